//! Goals: who scored at which minute, in the seven languages, and the
//! minutes that are not goals. Every sentence here is written for the test.

mod common;

use common::{goal, goals, run, scored};
use scoreline_core::GoalKind;

#[test]
fn the_provider_of_the_pass_is_not_the_scorer() {
    assert_eq!(
        scored("Das Siegtor erzielte [[Facundo Colidio|PLAYER]] nach Vorarbeit von [[Miguel Borja|PLAYER]] (20.)."),
        [goal("Facundo Colidio", 20)]
    );
    assert_eq!(
        scored("[[Ragnar Ache|PLAYER]] ha marcado de cabeza tras un saque de esquina de [[Marlon Ritter|PLAYER]] (34')."),
        [goal("Ragnar Ache", 34)]
    );
    assert_eq!(
        scored("[[Sophia Smith|PLAYER]] collected [[Olivia Moultrie|PLAYER]]'s through ball and finished low (30')."),
        [goal("Sophia Smith", 30)]
    );
    assert_eq!(
        scored("[[Giuliano Simeone|PLAYER]] a conclu en reprenant un centre de [[Nahuel Molina|PLAYER]] (71e)."),
        [goal("Giuliano Simeone", 71)]
    );
}

#[test]
fn the_goalkeeper_beaten_is_not_the_scorer() {
    assert_eq!(
        scored("[[Julián Álvarez|PLAYER]] reacted first and poked it past [[Alisson|PLAYER]] in the 18th minute."),
        [goal("Julián Álvarez", 18)]
    );
    assert_eq!(
        scored("[[Kasper Dolberg|PLAYER]] plaça une tête hors de portée de [[Matthieu Epolo|PLAYER]] (23')."),
        [goal("Kasper Dolberg", 23)]
    );
    assert_eq!(
        scored("Al 12' [[Ousmane Dembélé|PLAYER]] anticipa [[Virgil van Dijk|PLAYER]] e batte [[Alisson|PLAYER]] di sinistro."),
        [goal("Ousmane Dembélé", 12)]
    );
}

#[test]
fn the_player_fouled_is_not_the_scorer() {
    assert_eq!(
        scored("[[Enzo Millot|PLAYER]] wurde von [[Robin Koch|PLAYER]] gelegt, den Strafstoß verwandelte [[Ermedin Demirović|PLAYER]] zum 2:1 (56.)."),
        [goal("Ermedin Demirović", 56)]
    );
    assert_eq!(
        scored("[[Nicolas Kühn|PLAYER]] made it two from the spot after [[Reo Hatate|PLAYER]] was brought down (41')."),
        [goal("Nicolas Kühn", 41)]
    );
}

#[test]
fn the_later_subject_scores_not_the_first_named() {
    assert_eq!(
        scored("[[Luuk de Jong|PLAYER]] had a quiet afternoon and [[Ismael Saibari|PLAYER]] added a third on 71 minutes."),
        [goal("Ismael Saibari", 71)]
    );
    assert_eq!(
        scored("[[Kaoru Mitoma|PLAYER]] ran at [[Kieran Trippier|PLAYER]] and squared for [[Danny Welbeck|PLAYER]], who levelled on 34 minutes."),
        [goal("Danny Welbeck", 34)]
    );
    assert_eq!(
        scored("Foi aos 29 minutos que [[Mohamed Salah|PLAYER]] converteu depois que [[Levi Colwill|PLAYER]] derrubou [[Curtis Jones|PLAYER]]."),
        [goal("Mohamed Salah", 29)]
    );
}

#[test]
fn an_agent_or_con_names_the_scorer() {
    assert_eq!(
        scored(
            "Il Brasile accorcia al 26' con [[Matheus Cunha|PLAYER]], bravo a sfruttare un errore."
        ),
        [goal("Matheus Cunha", 26)]
    );
    assert_eq!(
        scored("Werder nam na een half uur de leiding via [[Marvin Ducksch|PLAYER]] (30.)."),
        [goal("Marvin Ducksch", 30)]
    );
    assert_eq!(
        scored("Le Barça s'est imposé grâce à [[Ferran Torres|PLAYER]] à la 84e minute."),
        [goal("Ferran Torres", 84)]
    );
    assert_eq!(
        scored("O Arouca marcou aos 20', num contra-ataque finalizado por [[Rafa Mujica|PLAYER]]."),
        [goal("Rafa Mujica", 20)]
    );
}

#[test]
fn scorers_lines_of_live_blogs() {
    let r = run("GOAL! Leeds 2-1 Sunderland ([[O'Nien|PLAYER]] og 52)\nGOAL! Leeds 3-1 Sunderland ([[Piroe|PLAYER]] pen 70)");
    assert_eq!(
        goals(&r),
        [
            ("O'Nien".into(), Some(52), None, GoalKind::OwnGoal),
            ("Piroe".into(), Some(70), None, GoalKind::Penalty)
        ]
    );
    assert_eq!(
        scored("Wolves 0 Forest 2 ([[Wood|PLAYER]] 33, 61)"),
        [goal("Wood", 33), goal("Wood", 61)]
    );
}

#[test]
fn live_blog_entries_are_goals_only_when_they_say_so() {
    let text = "89 min: [[Ederson|PLAYER]] comes up for a corner.\n\
                76e – BUT de [[Patrik Schick|PLAYER]], qui égalise pour Leverkusen.\n\
                90e+6 – BUT pour le Barça ! [[Raphinha|PLAYER]] s'offre un doublé.\n\
                31 min: [[Luis Díaz|PLAYER]] thinks he has scored, but VAR rules it out.\n\
                81 min: Penalty saved! [[Jobe Bellingham|PLAYER]] takes it himself.";
    assert_eq!(
        scored(text),
        [
            goal("Patrik Schick", 76),
            ("Raphinha".to_owned(), Some(90), Some(6))
        ]
    );
}

#[test]
fn every_minute_style_gives_the_goal() {
    assert_eq!(
        scored("[[Deniz Undav|PLAYER]] traf per Kopf (41.)."),
        [goal("Deniz Undav", 41)]
    );
    assert_eq!(
        scored("[[Raúl de Tomás|PLAYER]] transformó el penalti al minuto 104."),
        [goal("Raúl de Tomás", 104)]
    );
    assert_eq!(
        scored(
            "Aos 12 minutos do segundo tempo, [[Giorgian de Arrascaeta|PLAYER]] abriu o placar."
        ),
        [goal("Giorgian de Arrascaeta", 57)]
    );
    assert_eq!(
        scored("At 30 minutes of the second time, [[Igor Jesus|PLAYER]] pulled one back."),
        [goal("Igor Jesus", 75)]
    );
    assert_eq!(
        scored("[[Marco Asensio|PLAYER]] marcó en el 57º minuto."),
        [goal("Marco Asensio", 57)]
    );
    assert_eq!(
        scored("[[Vitinha|PLAYER]] abrió el marcador con un disparo desde la frontal (min. 11)."),
        [goal("Vitinha", 11)]
    );
}

#[test]
fn minutes_in_words() {
    assert_eq!(
        scored("Neunzehn Minuten nach der Pause war es [[Éder Militão|PLAYER]], der traf."),
        [goal("Éder Militão", 64)]
    );
    assert_eq!(
        scored("Nine minutes into the second half, [[Chancel Mbemba|PLAYER]] turned a cross into his own net."),
        [goal("Chancel Mbemba", 54)]
    );
    assert_eq!(
        scored(
            "Cinq minutes après la reprise, [[Wilfried Singo|PLAYER]] ouvre le score de la tête."
        ),
        [goal("Wilfried Singo", 50)]
    );
    assert_eq!(
        scored("Elf minuten na de pauze was het [[Kevin De Bruyne|PLAYER]] die scoorde."),
        [goal("Kevin De Bruyne", 56)]
    );
    assert_eq!(
        scored("Bei dem Sieg traf [[Ousmane Dembélé|PLAYER]] schon nach vier Minuten."),
        [goal("Ousmane Dembélé", 4)]
    );
}

#[test]
fn counted_from_another_event_is_no_minute() {
    // "vier Minuten später", "ten minutes later": the minute of the first
    // event is not known here, so no minute is guessed.
    assert!(
        scored("Vier Minuten später traf [[Kenan Yıldız|PLAYER]] erneut.")
            .iter()
            .all(|g| g.1.is_none())
    );
    assert!(
        scored("Ten minutes later [[Alexander Isak|PLAYER]] scored again.")
            .iter()
            .all(|g| g.1.is_none())
    );
}

#[test]
fn a_minute_of_stoppage_time_in_words() {
    assert_eq!(
        scored("[[Ángel Correa|PLAYER]] glich erst in der fünften Minute der Nachspielzeit (90.+5) aus."),
        [("Ángel Correa".to_owned(), Some(90), Some(5))]
    );
    assert_eq!(
        scored("Brazil levelled in the second minute of first-half stoppage time, [[Raphinha|PLAYER]] converting the penalty."),
        [("Raphinha".to_owned(), Some(45), Some(2))]
    );
    assert_eq!(
        scored(
            "Y en el tercer minuto del añadido, [[Dries Mertens|PLAYER]] firmó el 3-1 definitivo."
        ),
        [("Dries Mertens".to_owned(), Some(90), Some(3))]
    );
}

#[test]
fn shirt_numbers_are_not_minutes() {
    assert!(scored("Al minuto 27, [[Raúl Jiménez|PLAYER]], el '9' de siempre, empujó un centro raso de [[Johan Vásquez|PLAYER]].")
        .iter()
        .all(|g| g.0 == "Raúl Jiménez"));
    assert!(scored("[[Nick Woltemade|PLAYER]] erhält die Rückennummer 27.").is_empty());
    assert!(scored("[[Ollie Watkins|PLAYER]] keeps No 11 and the new man takes No 9.").is_empty());
    assert!(scored("Es war Bandas 17. Saisontor, sagte [[Marta|PLAYER]].").is_empty());
}

#[test]
fn durations_are_not_minutes() {
    assert!(scored(
        "Antes del final de los 90 minutos, [[Cole Palmer|PLAYER]] había rozado el gol."
    )
    .iter()
    .all(|g| g.1 != Some(90)));
}

#[test]
fn cards_injuries_substitutions_saves_at_a_minute_are_not_goals() {
    for text in [
        "[[Daniel Muñoz|PLAYER]] vio la segunda tarjeta amarilla en el minuto 45+1.",
        "Touché à la cuisse, [[Cristiano Ronaldo|PLAYER]] a cédé sa place à la 88e minute.",
        "Seinen Foulelfmeter parierte [[Alexander Nübel|PLAYER]] mit einer starken Parade (90.+3).",
        "The goalkeeper [[Lionel Mpasi|PLAYER]] had stopped a penalty (29th minute).",
        "[[Robert Lewandowski|PLAYER]] limped off after 70 minutes on Tuesday.",
        "malgré les expulsions de [[Willian Pacho|PLAYER]] (82e).",
        "Al 78' [[Kenan Yildiz|PLAYER]] trova il 2-1, ma il VAR annulla per fuorigioco.",
    ] {
        assert!(scored(text).is_empty(), "{text}: {:?}", scored(text));
    }
}

#[test]
fn one_goal_told_twice_is_one_record() {
    let r = scored(
        "[[Julián Álvarez|PLAYER]] poked it past the keeper in the 18th minute.\n\
         Scorers: [[Álvarez|PLAYER]] 18, [[Enzo Fernández|PLAYER]] 71.",
    );
    assert_eq!(r, [goal("Julián Álvarez", 18), goal("Enzo Fernández", 71)]);
}

#[test]
fn the_subject_after_a_minute_scores() {
    assert_eq!(
        scored("Aos 79', [[Ousmane Diomande|PLAYER]] derrubou [[Vangelis Pavlidis|PLAYER]] na área e [[Ángel Di María|PLAYER]], de penálti, fez o 1–1."),
        [goal("Ángel Di María", 79)]
    );
    assert_eq!(
        scored("Il 2-0 arriva al minuto 78: [[Stefan Ortega|PLAYER]] stende [[Luis Díaz|PLAYER]] in area e [[Mohamed Salah|PLAYER]] trasforma il rigore."),
        [goal("Mohamed Salah", 78)]
    );
    assert_eq!(
        scored("Mais le RSCA a réagi : [[Luis Vázquez|PLAYER]] a repris un ballon repoussé par [[Matthieu Epolo|PLAYER]] (67')."),
        [goal("Luis Vázquez", 67)]
    );
}

#[test]
fn a_named_goalkeeper_does_not_score() {
    assert!(
        scored("Aux 20 minutes, le gardien [[Agustín Rossi|PLAYER]] a sorti la frappe.").is_empty()
    );
    assert_eq!(
        scored("[[Jamal Musiala|PLAYER]] überwand PSG-Torhüter [[Gianluigi Donnarumma|PLAYER]] (45.+1)."),
        [("Jamal Musiala".to_owned(), Some(45), Some(1))]
    );
}

#[test]
fn he_scores_again_at_the_next_minute() {
    assert_eq!(
        scored("Zunächst verkürzte [[Kenan Yıldız|PLAYER]] mit einem Schlenzer (82.), vier Minuten später traf er erneut (86.)."),
        [goal("Kenan Yıldız", 82), goal("Kenan Yıldız", 86)]
    );
}

#[test]
fn an_earlier_event_in_the_sentence_does_not_spoil_the_goal() {
    assert_eq!(
        scored("Mas [[Rodrigo Zalazar|PLAYER]] foi expulso aos 60' e [[Kasper Høgh|PLAYER]] bisou (66' e 85')."),
        [goal("Kasper Høgh", 66), goal("Kasper Høgh", 85)]
    );
    assert_eq!(
        scored("Al 105' [[Adam Marusic|PLAYER]] viene espulso per doppia ammonizione e al 113' [[Dan Ndoye|PLAYER]] firma il 2-2."),
        [goal("Dan Ndoye", 113)]
    );
}

#[test]
fn more_minute_styles() {
    assert_eq!(
        scored("O Galo empatou aos 33 do segundo tempo, com gol de [[Hulk|PLAYER]]."),
        [goal("Hulk", 78)]
    );
    assert_eq!(
        scored("Il Rangers ha pareggiato nel 23esimo minuto con [[Cyriel Dessers|PLAYER]]."),
        [goal("Cyriel Dessers", 23)]
    );
    assert_eq!(
        scored("Nel minuto 45+1 [[Nicolas Kühn|PLAYER]] ha segnato il rigore del 2-1."),
        [("Nicolas Kühn".to_owned(), Some(45), Some(1))]
    );
    assert_eq!(
        scored("Gols: 2 x 1 – [[Memphis Depay|PLAYER]] (pênalti), 15'/2ºT; 3 x 1 – [[Vitor Roque|PLAYER]], 40'/2ºT."),
        [goal("Memphis Depay", 60), goal("Vitor Roque", 85)]
    );
    assert_eq!(
        scored("Le norvegesi pareggiano al 21' della ripresa con [[Ada Hegerberg|PLAYER]]."),
        [goal("Ada Hegerberg", 66)]
    );
    assert_eq!(
        scored("Un cabezazo de [[Hugo Duro|PLAYER]] en el 80 da oxígeno a los Ches."),
        [goal("Hugo Duro", 80)]
    );
}

#[test]
fn italian_scorers_lines_cut_after_abbreviations() {
    let r = run("Lecce-Inter 0-4 (0-2)\n8' pt [[Lautaro Martínez|PLAYER]] (I), 17' st rig. [[Hakan Calhanoglu|PLAYER]] (I), 33' st aut. [[Federico Baschirotto|PLAYER]] (L)");
    assert_eq!(
        goals(&r),
        [
            ("Lautaro Martínez".into(), Some(8), None, GoalKind::Regular),
            ("Hakan Calhanoglu".into(), Some(62), None, GoalKind::Penalty),
            (
                "Federico Baschirotto".into(),
                Some(78),
                None,
                GoalKind::OwnGoal
            )
        ]
    );
}

#[test]
fn spanish_live_blog_entries() {
    let text = "Minuto 51. ¡GOOOL DE ESPAÑA! 1-0. [[Lamine Yamal|PLAYER]] conduce y sirve para [[Dani Olmo|PLAYER]], que define ante [[Manuel Neuer|PLAYER]].\n\
                Minuto 30. Gol anulado a [[Kylian Mbappé|PLAYER]] por fuera de juego.";
    assert_eq!(scored(text), [goal("Dani Olmo", 51)]);
}

#[test]
fn a_length_of_time_is_not_a_minute() {
    assert!(scored("[[Cody Gakpo|PLAYER]] y [[Mohamed Salah|PLAYER]] (72') le dieron la vuelta en apenas tres minutos.")
        .iter()
        .all(|g| g.1 == Some(72) || g.1.is_none()));
}

#[test]
fn shoot_out_kicks_are_not_goals() {
    for text in [
        "Dans le tir au but, [[Angelo Stiller|PLAYER]], [[Enzo Millot|PLAYER]] et [[Chris Führich|PLAYER]] ont marqué.",
        "In the shoot-out, [[Thiago Almada|PLAYER]] and [[Marlon Freitas|PLAYER]] converted.",
        "Den entscheidenden Strafstoß verwandelte [[Álex Berenguer|PLAYER]] ganz cool.",
        "[[Rúben Neves|PLAYER]] a inscrit le tir au but décisif.",
        "[[Nuno Mendes|PLAYER]] a transformé la dernière tentative.",
    ] {
        assert!(scored(text).is_empty(), "{text}: {:?}", scored(text));
    }
}

#[test]
fn goals_told_without_a_minute() {
    assert_eq!(
        scored("Für die Current trafen [[Temwa Chawinga|PLAYER]] und [[Bia Zaneratto|PLAYER]]."),
        [
            ("Temwa Chawinga".to_owned(), None, None),
            ("Bia Zaneratto".to_owned(), None, None)
        ]
    );
    assert_eq!(
        scored("[[Temwa Chawinga|PLAYER]] scored three times as the Current won."),
        vec![("Temwa Chawinga".to_owned(), None, None); 3]
    );
    assert_eq!(
        scored("Zum Auftakt hatte Bayern Zagreb 9:2 geschlagen, [[Harry Kane|PLAYER]] traf dabei viermal."),
        vec![("Harry Kane".to_owned(), None, None); 4]
    );
    // The player fouled before the penalty is not a subject of the verb.
    assert_eq!(
        scored("[[Enzo Millot|PLAYER]] wurde von [[Robin Koch|PLAYER]] gelegt, den Strafstoß verwandelte [[Ermedin Demirović|PLAYER]] sicher."),
        [("Ermedin Demirović".to_owned(), None, None)]
    );
}

#[test]
fn a_headline_brace_over_goals_with_minutes_adds_none() {
    let r = scored(
        "[[Chris Wood|PLAYER]] double keeps Forest flying.\n\
         Forest won 2-0 at Molineux: [[Chris Wood|PLAYER]] (33', 61').",
    );
    assert_eq!(r, [goal("Chris Wood", 33), goal("Chris Wood", 61)]);
}

#[test]
fn a_list_of_cards_continues() {
    assert!(scored("Malgré les expulsions de [[Willian Pacho|PLAYER]] (82e) et de [[Lucas Hernandez|PLAYER]] (90e+2), Paris a tenu.").is_empty());
}

#[test]
fn one_minute_told_twice_in_a_sentence_is_one_goal() {
    assert_eq!(
        scored("The first goal fell in the 17th minute: [[Oscar Gloukh|PLAYER]] played deep on [[Karim Konaté|PLAYER]], who stayed cool in front of [[Kjell Scherpen|PLAYER]] (17.)."),
        [goal("Karim Konaté", 17)]
    );
}

#[test]
fn an_age_is_not_a_minute() {
    assert!(
        scored("[[João Moutinho|PLAYER]], aos 38 anos, marcou o pontapé decisivo na série.")
            .iter()
            .all(|g| g.1.is_none())
    );
}

#[test]
fn into_his_own_net_names_the_scorer() {
    assert_eq!(
        scored("Aos 44', [[Facundo Torres|PLAYER]] cruza rasteiro e [[André Ramalho|PLAYER]], tentando cortar, manda contra a própria rede."),
        [goal("André Ramalho", 44)]
    );
}

#[test]
fn scoring_phrases_tell_goals_without_a_minute() {
    for (text, scorer) in [
        (
            "[[Mohamed Salah|PLAYER]] opened the scoring before the break.",
            "Mohamed Salah",
        ),
        (
            "[[Kevin Nisbet|PLAYER]] pulled one back for the Dons late on.",
            "Kevin Nisbet",
        ),
        (
            "Juste avant la pause, [[Mikel Oyarzabal|PLAYER]] a redonné l'avantage aux siens.",
            "Mikel Oyarzabal",
        ),
        (
            "En el 1-1, [[Kylian Mbappé|PLAYER]] abrió el marcador.",
            "Kylian Mbappé",
        ),
        (
            "Vlak na rust zette [[Tahith Chong|PLAYER]] de thuisploeg op voorsprong.",
            "Tahith Chong",
        ),
        (
            "[[Raphael Veiga|PLAYER]] rettete mit einem späten Treffer einen Punkt.",
            "Raphael Veiga",
        ),
    ] {
        assert_eq!(scored(text), [(scorer.to_owned(), None, None)], "{text}");
    }
    // The verb alone, or the noun alone, says nothing.
    assert!(scored("[[Lionel Messi|PLAYER]] gave an interview after the match.").is_empty());
    assert!(scored("[[Jude Bellingham|PLAYER]] extended his contract until 2030.").is_empty());
}

#[test]
fn portuguese_no_is_in_the_not_number() {
    assert_eq!(
        scored("A equipa tomou a liderança no 29º minuto quando [[Mohamed Salah|PLAYER]] converteu um penálti."),
        [goal("Mohamed Salah", 29)]
    );
}

#[test]
fn var_about_another_players_goal_spares_this_one() {
    assert_eq!(
        scored("[[Denzel Dumfries|PLAYER]] vollendete zum 3:2 (53.), ein vermeintliches 4:2 durch [[Lautaro Martínez|PLAYER]] nahm der VAR zurück."),
        [goal("Denzel Dumfries", 53)]
    );
}

#[test]
fn the_takers_listed_after_a_shoot_out_are_not_scorers() {
    let r = scored(
        "El Newcastle ganó 4-3 en la tanda de penaltis. Por los visitantes solo marcaron [[Kieran Trippier|PLAYER]] y [[Bruno Guimarães|PLAYER]].",
    );
    assert!(r.is_empty(), "{r:?}");
    // Without a shoot-out before it, such a list names scorers.
    assert_eq!(
        scored("Für die Current trafen [[Temwa Chawinga|PLAYER]] und [[Bia Zaneratto|PLAYER]]."),
        [
            ("Temwa Chawinga".to_owned(), None, None),
            ("Bia Zaneratto".to_owned(), None, None)
        ]
    );
}

#[test]
fn an_epithet_scores_for_the_player_of_the_sentence_before() {
    assert_eq!(
        scored("Beşiktaş won dankzij [[Ciro Immobile|PLAYER]]. De Italiaan scoorde eerst uit een strafschop (20') en daarna met het hoofd (60')."),
        [goal("Ciro Immobile", 20), goal("Ciro Immobile", 60)]
    );
    // Without a finishing verb, a minute of the next sentence is no one's.
    assert!(
        scored("[[Ciro Immobile|PLAYER]] was fit again. The crowd sang loudly (20').").is_empty()
    );
}

#[test]
fn the_near_post_is_where_a_goal_went_in() {
    assert_eq!(
        scored("[[Christos Tzolis|PLAYER]] cut in and beat the keeper at his near post (14')."),
        [goal("Christos Tzolis", 14)]
    );
    assert_eq!(
        scored("[[Dani Rodríguez|PLAYER]] stand am langen Pfosten frei und drückte den Ball über die Linie (21.)."),
        [goal("Dani Rodríguez", 21)]
    );
    // Against the post, no goal.
    assert!(scored("[[Cole Palmer|PLAYER]] hit the post (71').").is_empty());
}

#[test]
fn until_and_failing_twice_are_no_braces() {
    assert!(scored("Erst im Februar hatte [[Jamal Musiala|PLAYER]] seinen Vertrag bis zum 30.6.2030 verlängert.").is_empty());
    assert!(scored("[[Iñaki Williams|PLAYER]] scheiterte zweimal an Dominik Greif.").is_empty());
    assert_eq!(
        scored("[[Dušan Vlahović|PLAYER]] firma il bis e chiude la partita."),
        vec![("Dušan Vlahović".to_owned(), None, None); 2]
    );
}

#[test]
fn a_shoot_out_colours_its_paragraph() {
    let r = scored(
        "En el tiro de penaltis el portero fue el héroe. Él ha parado el segundo disparo. Para el Kaiserslautern marcaron [[Marlon Ritter|PLAYER]], [[Ragnar Ache|PLAYER]] y [[Daniel Hanslik|PLAYER]].",
    );
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn hyphenated_ordinal_minutes() {
    assert_eq!(
        scored("[[Eduardo Camavinga|PLAYER]] avait marqué à la trente-quatrième minute."),
        [goal("Eduardo Camavinga", 34)]
    );
    assert_eq!(
        scored("[[Jules Koundé|PLAYER]] a surgi à la cent-seizième minute pour marquer."),
        [goal("Jules Koundé", 116)]
    );
    assert_eq!(
        scored("[[Bukayo Saka|PLAYER]] scored in the twenty-third minute."),
        [goal("Bukayo Saka", 23)]
    );
}

#[test]
fn a_liveblog_line_opened_by_a_bare_minute_is_one_entry() {
    // The minute, the shout and the scorer sit in three sentences of one line.
    assert_eq!(
        scored("73' ¡GOOOL DEL SEVILLA! 2-1. [[Isaac Romero|PLAYER]] empuja un rechace en el área pequeña.\n61' ¡Amarilla para [[Nemanja Gudelj|PLAYER]]!"),
        [goal("Isaac Romero", 73)]
    );
    assert_eq!(
        scored("12' GOAL! 1-0. [[Bukayo Saka|PLAYER]] curls one into the far corner.\n30' [[Declan Rice|PLAYER]] is booked for a late tackle, yellow card."),
        [goal("Bukayo Saka", 12)]
    );
    assert_eq!(
        scored("55' GOL! 0-1. [[Rafael Leão|PLAYER]] entra in area e batte il portiere sul primo palo."),
        [goal("Rafael Leão", 55)]
    );
    // A penalty guessed and held by the goalkeeper is no goal.
    assert_eq!(
        scored("66' ¡FALLA [[Javier Hernández|PLAYER]]! [[Luis Ángel Malagón|PLAYER]] adivina el penal y lo ataja."),
        []
    );
}

#[test]
fn a_goal_list_line_opened_by_a_bare_minute_is_a_goal() {
    assert_eq!(
        scored("Ajax - AZ 2-1\n14' 1-0 [[Brian Brobbey|PLAYER]]\n52' 1-1 [[Troy Parrott|PLAYER]]"),
        [goal("Brian Brobbey", 14), goal("Troy Parrott", 52)]
    );
}

#[test]
fn a_liveblog_penalty_is_a_goal_only_with_the_score_it_made() {
    assert_eq!(
        scored("88' Elfmeter! [[Nico Schlotterbeck|PLAYER]] foult [[Jamal Musiala|PLAYER]] im Strafraum."),
        []
    );
    assert_eq!(
        scored("61e – Penalty pour Lens... et [[Florian Thauvin|PLAYER]] ne tremble pas ! Lens 1-1 Nantes."),
        [goal("Florian Thauvin", 61)]
    );
}

#[test]
fn the_name_right_after_a_liveblog_shout_is_the_scorer() {
    assert_eq!(
        scored("81' GOAL! [[Dries Mertens|PLAYER]] sends the keeper the wrong way. [[Çağlar Söyüncü|PLAYER]] had pulled the shirt of the striker."),
        [goal("Dries Mertens", 81)]
    );
}

#[test]
fn a_scorer_who_just_came_on_still_scores() {
    assert_eq!(
        scored("Al 81' è [[Lorenzo Lucca|PLAYER]], appena entrato, a firmare il 2-0 con un tiro sotto la traversa."),
        [goal("Lorenzo Lucca", 81)]
    );
    assert_eq!(
        scored("A los 77', [[Ferran Torres|PLAYER]], que entró en la segunda parte, definió cruzado para el 3-1."),
        [goal("Ferran Torres", 77)]
    );
    // Coming on at a minute is no goal.
    assert_eq!(
        scored("O avançado [[Gonçalo Ramos|PLAYER]] entrou aos 70 minutos, mas não mudou o jogo."),
        []
    );
}

#[test]
fn a_defence_is_not_a_save_but_a_save_allowed_is() {
    assert_eq!(
        scored("Aos 58', [[Pedro Gonçalves|PLAYER]] aproveitou um erro da defesa contrária e fez o 2-0."),
        [goal("Pedro Gonçalves", 58)]
    );
    assert_eq!(
        scored("Aos 23 minutos, [[Vangelis Pavlidis|PLAYER]] permitiu a defesa de [[Kosta Runjaic|PLAYER]] num penálti."),
        []
    );
}

#[test]
fn the_verb_of_a_relative_clause_is_its_antecedents() {
    assert_eq!(
        scored("In de zesde minuut was het raak: [[Xavi Simons|PLAYER]] vond [[Lois Openda|PLAYER]], die hard scoorde."),
        [goal("Lois Openda", 6)]
    );
    assert_eq!(
        scored("In the 40th minute [[Martin Ødegaard|PLAYER]] found [[Kai Havertz|PLAYER]], who scored with a header."),
        [goal("Kai Havertz", 40)]
    );
}

#[test]
fn the_spanish_net_is_not_a_red_card() {
    assert_eq!(
        scored("En el minuto 64, [[Ayoze Pérez|PLAYER]] mandó a la red un centro de [[Álex Baena|PLAYER]]."),
        [goal("Ayoze Pérez", 64)]
    );
    assert_eq!(
        scored(
            "In the 64th minute [[Casemiro|PLAYER]] was shown a straight red for a late tackle."
        ),
        []
    );
}

#[test]
fn opening_the_scoring_makes_the_subject_the_scorer() {
    assert_eq!(
        scored("[[Álvaro Morata|PLAYER]] abrió el marcador con un remate tras una pared con [[Pedri|PLAYER]] (18')."),
        [goal("Álvaro Morata", 18)]
    );
}

#[test]
fn a_shot_under_the_bar_is_a_goal() {
    assert_eq!(
        scored("[[Ademola Lookman|PLAYER]] pareggia al 52' con un destro sotto la traversa."),
        [goal("Ademola Lookman", 52)]
    );
    assert_eq!(
        scored(
            "[[Cole Palmer|PLAYER]] equalised in the 52nd minute, firing in under the crossbar."
        ),
        [goal("Cole Palmer", 52)]
    );
    // Against the bar it is still a miss.
    assert_eq!(
        scored("Al 52' [[Ademola Lookman|PLAYER]] colpisce la traversa."),
        []
    );
}

#[test]
fn the_goalkeeper_sent_the_wrong_way_is_not_the_scorer() {
    assert_eq!(
        scored("Dal dischetto, al 38', [[Mateo Retegui|PLAYER]] spiazza [[Mike Maignan|PLAYER]] e porta l'Atalanta sul 2-1."),
        [goal("Mateo Retegui", 38)]
    );
    assert_eq!(
        scored("En el minuto 38, [[Robert Lewandowski|PLAYER]] engaña a [[Jan Oblak|PLAYER]] desde el punto de penalti y pone el 2-1."),
        [goal("Robert Lewandowski", 38)]
    );
}

#[test]
fn a_penalty_pushed_away_is_no_goal() {
    assert_eq!(
        scored("Al 64' [[Wladimiro Falcone|PLAYER]] respinge il rigore calciato da [[Romelu Lukaku|PLAYER]]."),
        []
    );
}

#[test]
fn a_brazilian_half_mark_and_minute_is_a_minute() {
    assert_eq!(
        scored("Gols: 1 x 0 [[Pedro|PLAYER]] (1ºT 22min); 2 x 0 [[Gerson|PLAYER]] (2ºT 5min)."),
        [goal("Pedro", 22), goal("Gerson", 50)]
    );
    assert_eq!(
        scored("2ºT 31min – GOL DO FLAMENGO! [[Bruno Henrique|PLAYER]] sobe mais alto e cabeceia para as redes.\n2ºT 20min – Gol anulado! [[Luiz Araújo|PLAYER]] empurrou, mas o VAR marcou impedimento."),
        [goal("Bruno Henrique", 76)]
    );
}

#[test]
fn a_defenders_missed_clearance_is_no_missed_shot() {
    assert_eq!(
        scored("Dès la 7e minute, [[Wissam Ben Yedder|PLAYER]] a profité d'un renvoi manqué de [[Leny Yoro|PLAYER]] pour ouvrir le score."),
        [goal("Wissam Ben Yedder", 7)]
    );
    assert_eq!(
        scored("In the seventh minute [[Jarrod Bowen|PLAYER]] pounced on a missed clearance and scored."),
        [goal("Jarrod Bowen", 7)]
    );
    assert_eq!(
        scored("À la 7e minute, [[Wissam Ben Yedder|PLAYER]] a manqué son penalty."),
        []
    );
}

#[test]
fn a_bare_minute_ending_the_text_opens_no_entry() {
    assert_eq!(scored("[[Harry Kane|PLAYER]] ist fit.\n88'"), []);
    assert_eq!(scored("88'"), []);
}
