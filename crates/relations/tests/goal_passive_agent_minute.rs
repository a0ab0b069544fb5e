//! Goals, fourth round: generalisation probes written for the seven
//! languages — a minute between a scoring passive and its agent ("was
//! scored in the 12th minute by X", "Scored in the 33rd minute by X, the
//! goal …"), the goal credited to a name after its minute ("kwam in de
//! 23ste minuut op naam van X"), a hat-trick completed at a minute, and the
//! words that open a sentence before its minute (a red card, a
//! substitution). Every sentence here is written for the test.

mod common;

use common::{goal, scored};

fn unknown(scorer: &str) -> (String, Option<u32>, Option<u32>) {
    (scorer.to_owned(), None, None)
}

#[test]
fn a_minute_between_a_scoring_passive_and_its_agent() {
    assert_eq!(
        scored("The opener was scored in the 12th minute by [[Jarrod Bowen|PLAYER]]."),
        [goal("Jarrod Bowen", 12)]
    );
    assert_eq!(
        scored("Das 1:0 wurde in der 12. Minute von [[Jamal Musiala|PLAYER]] erzielt."),
        [goal("Jamal Musiala", 12)]
    );
    assert_eq!(
        scored("Das Tor wurde in der zwölften Minute von [[Jamal Musiala|PLAYER]] erzielt."),
        [goal("Jamal Musiala", 12)]
    );
    assert_eq!(
        scored("Le 1-0 a été inscrit à la 12e minute par [[Kylian Mbappé|PLAYER]]."),
        [goal("Kylian Mbappé", 12)]
    );
    assert_eq!(
        scored("O 1-0 foi marcado aos 12 minutos por [[Vangelis Pavlidis|PLAYER]]."),
        [goal("Vangelis Pavlidis", 12)]
    );
    assert_eq!(
        scored("El 1-0 fue marcado en el minuto 12 por [[Robert Lewandowski|PLAYER]]."),
        [goal("Robert Lewandowski", 12)]
    );
    assert_eq!(
        scored("Het 1-0 werd in de 12de minuut gescoord door [[Santiago Giménez|PLAYER]]."),
        [goal("Santiago Giménez", 12)]
    );
    assert_eq!(
        scored("L'1-0 è stato segnato al 12' da [[Lautaro Martínez|PLAYER]]."),
        [goal("Lautaro Martínez", 12)]
    );
}

#[test]
fn a_sentence_opened_by_a_scoring_participle_and_its_minute() {
    assert_eq!(
        scored("Scored in the 33rd minute by [[Jarrod Bowen|PLAYER]], the goal gave [[West Ham|CLUB]] the lead."),
        [goal("Jarrod Bowen", 33)]
    );
    assert_eq!(
        scored(
            "Erzielt in der 33. Minute von [[Florian Wirtz|PLAYER]], brachte das Tor die Führung."
        ),
        [goal("Florian Wirtz", 33)]
    );
    assert_eq!(
        scored("Marqué à la 33e minute par [[Kylian Mbappé|PLAYER]], le but a suffi."),
        [goal("Kylian Mbappé", 33)]
    );
    assert_eq!(
        scored(
            "Marcado en el minuto 33 por [[Robert Lewandowski|PLAYER]], el gol decidió el partido."
        ),
        [goal("Robert Lewandowski", 33)]
    );
    assert_eq!(
        scored("Marcado aos 33 minutos por [[Vangelis Pavlidis|PLAYER]], o golo deu vantagem ao [[Benfica|CLUB]]."),
        [goal("Vangelis Pavlidis", 33)]
    );
    assert_eq!(
        scored("Gescoord in de 33ste minuut door [[Santiago Giménez|PLAYER]], besliste het doelpunt de wedstrijd."),
        [goal("Santiago Giménez", 33)]
    );
    assert_eq!(
        scored("Segnato al 33' da [[Lautaro Martínez|PLAYER]], il gol ha deciso la partita."),
        [goal("Lautaro Martínez", 33)]
    );
}

#[test]
fn the_agent_after_a_minute_of_no_goal_is_no_scorer() {
    // A lost ball, a save told as a passive with a minute.
    assert_eq!(
        scored("The ball was lost in the 33rd minute by [[Virgil van Dijk|PLAYER]]."),
        []
    );
    assert_eq!(
        scored("Saved in the 33rd minute by [[Alisson|PLAYER]], the penalty did not count."),
        []
    );
    assert_eq!(
        scored("Der Ball wurde in der 33. Minute von [[Joshua Kimmich|PLAYER]] verloren."),
        []
    );
    assert_eq!(
        scored("Il rigore fu parato al 33' dal portiere [[Mike Maignan|PLAYER]]."),
        []
    );
}

#[test]
fn a_goal_credited_to_a_name_after_its_minute() {
    assert_eq!(
        scored("De 1-0 kwam in de 23ste minuut op naam van [[Santiago Giménez|PLAYER]]."),
        [goal("Santiago Giménez", 23)]
    );
    assert_eq!(
        scored("In de 12de minuut kwam de 1-0 op naam van [[Santiago Giménez|PLAYER]]."),
        [goal("Santiago Giménez", 12)]
    );
    assert_eq!(
        scored("Das 2:0 ging in der 23. Minute auf das Konto von [[Jamal Musiala|PLAYER]]."),
        [goal("Jamal Musiala", 23)]
    );
    assert_eq!(
        scored("El 2-0, en el minuto 23, corrió a cuenta de [[Robert Lewandowski|PLAYER]]."),
        [goal("Robert Lewandowski", 23)]
    );
    assert_eq!(
        scored("Il gol del vantaggio porta la firma di [[Lautaro Martínez|PLAYER]] al 23'."),
        [goal("Lautaro Martínez", 23)]
    );
    assert_eq!(
        scored("O golo de [[Vangelis Pavlidis|PLAYER]] surgiu aos 34 minutos."),
        [goal("Vangelis Pavlidis", 34)]
    );
}

#[test]
fn a_hat_trick_completed_at_a_minute_is_its_third_goal() {
    let three = |p: &str, m: u32| vec![goal(p, m), unknown(p), unknown(p)];
    assert_eq!(
        scored("[[Harry Kane|PLAYER]] completed his hat-trick in the 80th minute."),
        three("Harry Kane", 80)
    );
    assert_eq!(
        scored("[[Kylian Mbappé|PLAYER]] a parachevé son triplé à la 80e minute."),
        three("Kylian Mbappé", 80)
    );
    assert_eq!(
        scored("[[Lautaro Martínez|PLAYER]] ha chiuso la sua tripletta all'80'."),
        three("Lautaro Martínez", 80)
    );
    assert_eq!(
        scored("[[Vangelis Pavlidis|PLAYER]] fechou o hat-trick aos 80 minutos."),
        three("Vangelis Pavlidis", 80)
    );
    assert_eq!(
        scored("[[Robert Lewandowski|PLAYER]] completó su triplete en el minuto 80."),
        three("Robert Lewandowski", 80)
    );
    assert_eq!(
        scored("[[Harry Kane|PLAYER]] vollendete seinen Hattrick in der 80. Minute."),
        three("Harry Kane", 80)
    );
    assert_eq!(
        scored("[[Santiago Giménez|PLAYER]] voltooide zijn hattrick in de 80ste minuut."),
        three("Santiago Giménez", 80)
    );
    // The other two told with their minutes: three goals in all.
    assert_eq!(
        scored("[[Harry Kane|PLAYER]] scored in the 10th and 30th minutes and completed his hat-trick in the 80th minute."),
        [goal("Harry Kane", 10), goal("Harry Kane", 30), goal("Harry Kane", 80)]
    );
    // A hat-trick told at a minute without completing it is the one goal.
    assert_eq!(
        scored("[[Harry Kane|PLAYER]], who scored a hat-trick last week, headed in again in the 80th minute."),
        [goal("Harry Kane", 80)]
    );
}

#[test]
fn the_words_opening_a_sentence_tell_what_happened_at_its_minute() {
    assert_eq!(
        scored("Sent off in the 33rd minute, [[Jarrod Bowen|PLAYER]] left the field."),
        []
    );
    assert_eq!(
        scored(
            "Expulsado en el minuto 33 por el árbitro, [[Robert Lewandowski|PLAYER]] se marchó."
        ),
        []
    );
    assert_eq!(
        scored("Ausgewechselt in der 60. Minute, ging [[Jamal Musiala|PLAYER]] vom Platz."),
        []
    );
    assert_eq!(
        scored("Expulsé à la 33e minute, [[Achraf Hakimi|PLAYER]] a quitté le terrain."),
        []
    );
    assert_eq!(
        scored("Espulso al 33', [[Nicolò Barella|PLAYER]] ha lasciato il campo."),
        []
    );
    assert_eq!(
        scored("Expulso aos 33 minutos, [[Otamendi|PLAYER]] deixou o relvado."),
        []
    );
    assert_eq!(
        scored("Met rood weggestuurd in de 33ste minuut, verliet [[Jorrel Hato|PLAYER]] het veld."),
        []
    );
    // A sentence opened by its minute alone still names the scorer after it.
    assert_eq!(
        scored("In the 33rd minute, [[Jarrod Bowen|PLAYER]] fired in from the edge of the box."),
        [goal("Jarrod Bowen", 33)]
    );
}

#[test]
fn a_goal_against_a_club_told_after_after_is_an_earlier_one() {
    assert_eq!(
        scored("[[Pedro|PLAYER]] headed in to make it 2-2, his third goal in two games after scoring twice against [[Bahia|CLUB]] in midweek."),
        [unknown("Pedro"), unknown("Pedro")]
    );
    assert_eq!(
        scored("[[Marcus Thuram|PLAYER]] s'était blessé samedi, une semaine après avoir marqué contre [[Empoli|CLUB]]."),
        [unknown("Marcus Thuram")]
    );
    assert_eq!(
        scored("[[Marcus Thuram|PLAYER]] verletzte sich am Samstag, eine Woche nach seinem Tor gegen [[Empoli|CLUB]]."),
        [unknown("Marcus Thuram")]
    );
    assert_eq!(
        scored("[[Marcus Thuram|PLAYER]] se lesionó el sábado, una semana después de marcar ante el [[Empoli|CLUB]]."),
        [unknown("Marcus Thuram")]
    );
    assert_eq!(
        scored("[[Marcus Thuram|PLAYER]] lesionou-se no sábado, uma semana depois de marcar ao [[Empoli|CLUB]]."),
        [unknown("Marcus Thuram")]
    );
    assert_eq!(
        scored("[[Marcus Thuram|PLAYER]] si è fermato sabato, una settimana dopo aver segnato contro l'[[Empoli|CLUB]]."),
        [unknown("Marcus Thuram")]
    );
    assert_eq!(
        scored("Een week na zijn doelpunt tegen [[Empoli|CLUB]] raakte [[Marcus Thuram|PLAYER]] geblesseerd."),
        [unknown("Marcus Thuram")]
    );
    assert_eq!(
        scored(
            "A week after his goal against [[Empoli|CLUB]], [[Marcus Thuram|PLAYER]] got injured."
        ),
        [unknown("Marcus Thuram")]
    );
}

#[test]
fn no_goal_after_failing_to_score_or_missing() {
    assert_eq!(
        scored(
            "[[Marcus Thuram|PLAYER]] was dropped after failing to score against [[Empoli|CLUB]]."
        ),
        []
    );
    assert_eq!(
        scored("[[Marcus Thuram|PLAYER]] a été remplacé après n'avoir pas marqué contre [[Empoli|CLUB]]."),
        []
    );
    assert_eq!(
        scored("[[Marcus Thuram|PLAYER]] wurde nach seinem Fehlschuss gegen [[Empoli|CLUB]] kritisiert."),
        []
    );
    // "after" with the goal of no one named: a team's.
    assert_eq!(
        scored("[[Inter|CLUB]] relaxed after the goal against [[Empoli|CLUB]], and [[Marcus Thuram|PLAYER]] came off."),
        []
    );
}

#[test]
fn a_scorer_named_by_first_name_gets_the_full_name_told() {
    assert_eq!(
        scored("[[Leroy Sané|PLAYER]] joined in the summer. [[Leroy|PLAYER]] scored in the 23rd minute."),
        [goal("Leroy Sané", 23)]
    );
    assert_eq!(
        scored(
            "[[Vinícius Júnior|PLAYER]] começou no banco. [[Vini|PLAYER]] marcou aos 23 minutos."
        ),
        [goal("Vinícius Júnior", 23)]
    );
    assert_eq!(
        scored("[[Lamine Yamal|PLAYER]] stond in de basis. [[Lamine|PLAYER]] scoorde in de 23ste minuut."),
        [goal("Lamine Yamal", 23)]
    );
    // Two players of that first name: the name stays as told.
    assert_eq!(
        scored("[[Leroy Sané|PLAYER]] und [[Leroy Kwadwo|PLAYER]] spielten. [[Leroy|PLAYER]] traf in der 23. Minute."),
        [goal("Leroy", 23)]
    );
    // A surname is no first name: "Pedro" is not "Pedro Porro".
    assert_eq!(
        scored("[[Pedro Porro|PLAYER]] assisted. [[Pedro|PLAYER|flamengo]] scored in the 23rd minute and [[Pedro Porro|PLAYER|tottenham]] watched."),
        [goal("Pedro", 23)]
    );
}

#[test]
fn a_scoring_phrase_after_a_modal_tells_of_no_goal() {
    assert_eq!(
        scored(
            "\"[[Leroy|PLAYER]] is a player who can decide a game on his own,\" said the coach."
        ),
        []
    );
    assert_eq!(
        scored("[[Florian Wirtz|PLAYER]] kann ein Spiel allein entscheiden."),
        []
    );
    assert_eq!(
        scored("[[Lautaro Martínez|PLAYER]] può decidere la partita da solo, ma oggi ha deciso la partita [[Marcus Thuram|PLAYER]]."),
        [unknown("Marcus Thuram")]
    );
}

#[test]
fn goals_told_of_by_a_pronoun_after_one_player_named() {
    let two = |p: &str| vec![unknown(p), unknown(p)];
    assert_eq!(
        scored("[[Leroy Sané|PLAYER]] came off the bench. He had also scored twice in the rout of [[Auckland City|CLUB]]."),
        two("Leroy Sané")
    );
    assert_eq!(
        scored("[[Leroy Sané|PLAYER]] kam von der Bank. Er hatte zuvor doppelt gegen [[Auckland City|CLUB]] getroffen."),
        two("Leroy Sané")
    );
    assert_eq!(
        scored("[[Leroy Sané|PLAYER]] est entré en jeu. Il avait marqué deux fois contre [[Auckland City|CLUB]]."),
        two("Leroy Sané")
    );
    assert_eq!(
        scored("[[Leroy Sané|PLAYER]] è entrato dalla panchina. Aveva segnato due volte contro l'[[Auckland City|CLUB]]."),
        two("Leroy Sané")
    );
    assert_eq!(
        scored("[[Leroy Sané|PLAYER]] salió del banquillo. Había marcado dos veces ante el [[Auckland City|CLUB]]."),
        two("Leroy Sané")
    );
    assert_eq!(
        scored("[[Leroy Sané|PLAYER]] saiu do banco. Tinha marcado duas vezes frente ao [[Auckland City|CLUB]]."),
        two("Leroy Sané")
    );
    assert_eq!(
        scored("[[Leroy Sané|PLAYER]] kwam van de bank. Hij had eerder twee keer gescoord tegen [[Auckland City|CLUB]]."),
        two("Leroy Sané")
    );
    assert_eq!(
        scored("[[Leroy Sané|PLAYER]] came off the bench. The winger had scored against [[Auckland City|CLUB]]."),
        [unknown("Leroy Sané")]
    );
}

#[test]
fn a_pronoun_tells_no_goal_when_not_scoring_or_not_one_player() {
    assert_eq!(
        scored("[[Leroy Sané|PLAYER]] came off the bench. He has not scored against [[Bayern|CLUB]] since March."),
        []
    );
    assert_eq!(
        scored("[[Leroy Sané|PLAYER]] came off the bench. He scored 12 goals for [[Bayern|CLUB]] last season."),
        []
    );
    assert_eq!(
        scored("[[Leroy Sané|PLAYER]] came off the bench. He missed a penalty against [[Auckland City|CLUB]]."),
        []
    );
    // Two players named before: "he" is either.
    assert_eq!(
        scored("[[Leroy Sané|PLAYER]] and [[Jamal Musiala|PLAYER]] started. He had scored twice against [[Auckland City|CLUB]]."),
        []
    );
}

#[test]
fn a_goal_in_the_rout_of_another_club_is_not_of_the_match_told() {
    let r = common::run("[[Bayern Munich|CLUB]] beat [[Flamengo|CLUB]] 4-2. [[Leroy Sané|PLAYER]] came off the bench. He had also scored twice in the rout of [[Auckland City|CLUB]].");
    assert_eq!(
        common::placed(&r),
        [
            ("Leroy Sané".to_owned(), None),
            ("Leroy Sané".to_owned(), None)
        ]
    );
}

#[test]
fn two_german_ordinals_share_one_minute_word() {
    assert_eq!(
        scored("[[Harry Kane|PLAYER]] traf in der 10. und 30. Minute."),
        [goal("Harry Kane", 10), goal("Harry Kane", 30)]
    );
}

#[test]
fn an_epithet_names_the_one_player_told_just_before() {
    assert_eq!(
        scored("[[Erling Haaland|PLAYER]] was back in the side. The Norwegian scored in the 23rd minute."),
        [goal("Erling Haaland", 23)]
    );
    assert_eq!(
        scored("[[Erling Haaland|PLAYER]] volvió al once. El noruego marcó en el minuto 23."),
        [goal("Erling Haaland", 23)]
    );
    assert_eq!(
        scored("[[Harry Kane|PLAYER]] stand wieder in der Startelf. Der Kapitän traf in der 23. Minute."),
        [goal("Harry Kane", 23)]
    );
    assert_eq!(
        scored("[[Erling Haaland|PLAYER]] était titulaire. Le Norvégien a marqué à la 23e minute."),
        [goal("Erling Haaland", 23)]
    );
    assert_eq!(
        scored("[[Erling Haaland|PLAYER]] era titolare. Il norvegese ha segnato al 23'."),
        [goal("Erling Haaland", 23)]
    );
    assert_eq!(
        scored(
            "[[Erling Haaland|PLAYER]] stond weer in de basis. De Noor scoorde in de 23ste minuut."
        ),
        [goal("Erling Haaland", 23)]
    );
    assert_eq!(
        scored("[[Erling Haaland|PLAYER]] voltou ao onze. O norueguês marcou aos 23 minutos."),
        [goal("Erling Haaland", 23)]
    );
}

#[test]
fn an_epithet_after_two_players_joined_by_and_names_no_one() {
    assert_eq!(
        scored("[[Harry Kane|PLAYER]] and [[Jamal Musiala|PLAYER]] started. The striker scored in the 23rd minute."),
        []
    );
    assert_eq!(
        scored("[[Harry Kane|PLAYER]] und [[Jamal Musiala|PLAYER]] begannen. Der Stürmer traf in der 23. Minute."),
        []
    );
    assert_eq!(
        scored("[[Lautaro Martínez|PLAYER]] e [[Marcus Thuram|PLAYER]] sono partiti titolari. L'attaccante ha segnato al 23'."),
        []
    );
    assert_eq!(
        scored("[[Raphinha|PLAYER]] y [[Lamine Yamal|PLAYER]] fueron titulares. El extremo marcó en el minuto 23."),
        []
    );
}

#[test]
fn after_avant_que_the_french_ne_denies_nothing() {
    assert_eq!(
        scored("[[Mohamed Salah|PLAYER]] a ouvert le score à la 34e minute avant que [[Cody Gakpo|PLAYER]] ne double la mise dans le temps additionnel."),
        [goal("Mohamed Salah", 34), unknown("Cody Gakpo")]
    );
    assert_eq!(
        scored("[[Barış Alper Yılmaz|PLAYER]] avait ouvert le score dès la 8e minute, avant que [[Dries Mertens|PLAYER]] et [[Victor Osimhen|PLAYER]] ne scellent la victoire."),
        [goal("Barış Alper Yılmaz", 8), unknown("Dries Mertens"), unknown("Victor Osimhen")]
    );
    // "ne … pas" still denies.
    assert_eq!(
        scored("Il a fallu attendre longtemps avant que [[Cody Gakpo|PLAYER]] ne marque pas, une fois encore."),
        []
    );
}

#[test]
fn an_earlier_goal_told_by_a_pronoun_after_after_or_by_a_relative_aside() {
    let r = common::run("[[Portland Thorns|CLUB]] beat [[Kansas City Current|CLUB]] 2-1. [[Sophia Smith|PLAYER]] beat the keeper at the near post (30'), her second goal in as many games after she also scored in last week's win over the [[Chicago Red Stars|CLUB]].");
    assert_eq!(
        common::placed(&r),
        [
            (
                "Sophia Smith".to_owned(),
                common::teams("Portland Thorns", "Kansas City Current")
            ),
            ("Sophia Smith".to_owned(), None)
        ]
    );
    let r = common::run("[[Senegal|CLUB]] and [[DR Congo|CLUB]] drew 1-1. Then [[Nicolas Jackson|PLAYER]], who already had scored twice against [[Sudan|CLUB]] in March, equalised with the head at the 71st minute.");
    assert_eq!(
        common::placed(&r),
        [
            (
                "Nicolas Jackson".to_owned(),
                common::teams("Senegal", "DR Congo")
            ),
            ("Nicolas Jackson".to_owned(), None),
            ("Nicolas Jackson".to_owned(), None)
        ]
    );
    // An aside that tells of no goal adds none.
    let r = common::run("[[Senegal|CLUB]] and [[DR Congo|CLUB]] drew 1-1. Then [[Nicolas Jackson|PLAYER]], who had played against [[Sudan|CLUB]] in March, equalised with the head at the 71st minute.");
    assert_eq!(
        common::placed(&r),
        [(
            "Nicolas Jackson".to_owned(),
            common::teams("Senegal", "DR Congo")
        )]
    );
}

#[test]
fn a_relative_aside_tells_an_earlier_goal_in_every_language() {
    for text in [
        "[[Senegal|CLUB]] und [[Kongo|CLUB]] spielten 1:1. Dann glich [[Nicolas Jackson|PLAYER]], der schon gegen [[Sudan|CLUB]] getroffen hatte, in der 71. Minute aus.",
        "[[Senegal|CLUB]] et la [[RD Congo|CLUB]] ont fait 1-1. Puis [[Nicolas Jackson|PLAYER]], qui avait déjà marqué contre le [[Soudan|CLUB]] en mars, a égalisé à la 71e minute.",
        "[[Senegal|CLUB]] y [[RD Congo|CLUB]] empataron 1-1. Luego [[Nicolas Jackson|PLAYER]], que ya había marcado ante [[Sudán|CLUB]] en marzo, empató en el minuto 71.",
        "[[Senegal|CLUB]] e [[RD Congo|CLUB]] hanno pareggiato 1-1. Poi [[Nicolas Jackson|PLAYER]], che aveva già segnato contro il [[Sudan|CLUB]] a marzo, ha pareggiato al 71'.",
        "[[Senegal|CLUB]] en [[DR Congo|CLUB]] speelden 1-1. Toen maakte [[Nicolas Jackson|PLAYER]], die in maart al tegen [[Soedan|CLUB]] scoorde, in de 71ste minuut gelijk.",
        "[[Senegal|CLUB]] e [[RD Congo|CLUB]] empataram 1-1. Depois [[Nicolas Jackson|PLAYER]], que já tinha marcado frente ao [[Sudão|CLUB]] em março, empatou aos 71 minutos.",
    ] {
        let r = common::run(text);
        let placed = common::placed(&r);
        assert_eq!(placed.len(), 2, "{text}");
        assert!(placed[0].1.is_some(), "{text}");
        assert_eq!(placed[1], ("Nicolas Jackson".to_owned(), None), "{text}");
        assert_eq!(r.goals[0].minute, Some(71), "{text}");
    }
}

#[test]
fn an_epithet_with_a_count_against_a_club_after_one_player_named() {
    for text in [
        "[[Mayra Ramírez|PLAYER]] guía al [[Chelsea|CLUB]] hacia su sexto título.\n\nLa colombiana firma un doblete ante el [[Manchester United|CLUB]] en Stamford Bridge.",
        "[[Mayra Ramírez|PLAYER]] leads [[Chelsea|CLUB]] on.\n\nThe Colombian scores a brace against [[Manchester United|CLUB]].",
        "[[Mayra Ramírez|PLAYER]] führt [[Chelsea|CLUB]] an.\n\nDie Kolumbianerin schnürt einen Doppelpack gegen [[Manchester United|CLUB]].",
        "[[Mayra Ramírez|PLAYER]] guide [[Chelsea|CLUB]].\n\nLa Colombienne signe un doublé contre [[Manchester United|CLUB]].",
        "[[Mayra Ramírez|PLAYER]] trascina il [[Chelsea|CLUB]].\n\nLa colombiana firma una doppietta contro il [[Manchester United|CLUB]].",
        "[[Mayra Ramírez|PLAYER]] leidt [[Chelsea|CLUB]].\n\nDe Colombiaanse scoort twee keer tegen [[Manchester United|CLUB]].",
        "[[Mayra Ramírez|PLAYER]] guia o [[Chelsea|CLUB]].\n\nA colombiana marcou duas vezes frente ao [[Manchester United|CLUB]].",
    ] {
        assert_eq!(
            scored(text),
            [unknown("Mayra Ramírez"), unknown("Mayra Ramírez")],
            "{text}"
        );
    }
}

#[test]
fn a_team_as_the_subject_of_a_count_is_no_players() {
    for text in [
        "[[Mayra Ramírez|PLAYER]] leads [[Chelsea|CLUB]] on.\n\nThe team had scored twice against [[Manchester United|CLUB]].",
        "[[Mayra Ramírez|PLAYER]] leads [[Chelsea|CLUB]] on.\n\nThe [[Blues|CLUB]] had scored twice against [[Manchester United|CLUB]].",
        "[[Mayra Ramírez|PLAYER]] leads [[Chelsea|CLUB]] on.\n\nThe Blues had scored twice against [[Manchester United|CLUB]].",
    ] {
        assert_eq!(scored(text), [], "{text}");
    }
}

#[test]
fn the_subject_of_a_clause_opened_by_after_scored_at_the_minute() {
    for text in [
        "The visitors led 2-1 at the break after [[Memphis Depay|PLAYER]] converted a penalty awarded for a handball by [[Léo Ortiz|PLAYER]] (45+3').",
        "Zur Pause führten die Gäste 2:1, nachdem [[Memphis Depay|PLAYER]] verwandelte, einen Elfmeter nach Handspiel von [[Léo Ortiz|PLAYER]] (45.+3).",
        "Les visiteurs menaient 2-1 à la pause après que [[Memphis Depay|PLAYER]] a transformé un penalty pour une main de [[Léo Ortiz|PLAYER]] (45e+3).",
        "Los visitantes ganaban 2-1 al descanso después de que [[Memphis Depay|PLAYER]] marcara un penalti por mano de [[Léo Ortiz|PLAYER]] (45+3').",
        "Os visitantes venciam por 2-1 ao intervalo depois de [[Memphis Depay|PLAYER]] marcar um penálti por mão de [[Léo Ortiz|PLAYER]] (45+3').",
        "Gli ospiti erano avanti 2-1 all'intervallo dopo che [[Memphis Depay|PLAYER]] ha trasformato un rigore per un fallo di mano di [[Léo Ortiz|PLAYER]] (45'+3').",
        "De bezoekers leidden met 2-1 bij rust nadat [[Memphis Depay|PLAYER]] een strafschop benutte na hands van [[Léo Ortiz|PLAYER]] (45+3).",
        "[[Memphis Depay|PLAYER]] converted after a foul on [[Léo Ortiz|PLAYER]] (45+3').",
    ] {
        assert_eq!(
            scored(text),
            [("Memphis Depay".to_owned(), Some(45), Some(3))],
            "{text}"
        );
    }
}

#[test]
fn the_player_fouled_before_a_minute_is_no_scorer() {
    assert_eq!(
        scored("The visitors led after a foul on [[Léo Ortiz|PLAYER]] was given (45+3')."),
        []
    );
    assert_eq!(
        scored("Le penalty est sifflé pour une faute sur [[Ousmane Dembélé|PLAYER]] (45e+3)."),
        []
    );
}

#[test]
fn a_verb_of_success_before_a_scoring_infinitive_tells_a_goal() {
    for text in [
        "[[Neil El Aynaoui|PLAYER]] a fini par égaliser juste avant la pause.",
        "[[Neil El Aynaoui|PLAYER]] a réussi à égaliser juste avant la pause.",
        "[[Neil El Aynaoui|PLAYER]] managed to equalise just before the break.",
        "[[Neil El Aynaoui|PLAYER]] logró empatar justo antes del descanso.",
        "[[Neil El Aynaoui|PLAYER]] è riuscito a pareggiare poco prima dell'intervallo.",
        "[[Neil El Aynaoui|PLAYER]] conseguiu empatar pouco antes do intervalo.",
        "[[Neil El Aynaoui|PLAYER]] wist vlak voor rust gelijk te maken.",
    ] {
        assert_eq!(scored(text), [unknown("Neil El Aynaoui")], "{text}");
    }
    for text in [
        "[[Neil El Aynaoui|PLAYER]] n'a pas réussi à égaliser.",
        "[[Neil El Aynaoui|PLAYER]] tried to equalise just before the break.",
        "[[Neil El Aynaoui|PLAYER]] no logró empatar antes del descanso.",
    ] {
        assert_eq!(scored(text), [], "{text}");
    }
}

#[test]
fn a_running_score_credited_to_a_name_is_its_goal() {
    for text in [
        "De 1-0 kwam op naam van [[Santiago Giménez|PLAYER]].",
        "Das 1:0 ging auf das Konto von [[Jamal Musiala|PLAYER]].",
        "El 1-0 fue obra de [[Robert Lewandowski|PLAYER]].",
        "Le 1-0 est l'œuvre de [[Kylian Mbappé|PLAYER]].",
        "L'1-0 porta la firma di [[Lautaro Martínez|PLAYER]].",
        "O 1-0 tem a assinatura de [[Vangelis Pavlidis|PLAYER]].",
        "The 1-0 was the work of [[Jarrod Bowen|PLAYER]].",
    ] {
        let (_, marks) = common::unmark(text);
        assert_eq!(scored(text), [unknown(&marks[0].3)], "{text}");
    }
    // The provider named after the scorer is none.
    assert_eq!(
        scored("De 1-0 kwam op naam van [[Santiago Giménez|PLAYER]] na een pass van [[Quinten Timber|PLAYER]]."),
        [unknown("Santiago Giménez")]
    );
    // A coach's name after the signature is no goal.
    assert_eq!(
        scored("The 2-0 win was the work of [[Arne Slot|COACH]]."),
        []
    );
}

#[test]
fn the_last_goal_of_a_rout_told_as_closing_it() {
    for text in [
        "[[Johan Bakayoko|PLAYER]] completó la fiesta de los de Eindhoven.",
        "[[Johan Bakayoko|PLAYER]] cerró la goleada.",
        "[[Johan Bakayoko|PLAYER]] completed the scoring.",
        "[[Johan Bakayoko|PLAYER]] wrapped up the scoring late on.",
        "[[Johan Bakayoko|PLAYER]] completou a goleada.",
        "[[Johan Bakayoko|PLAYER]] a clôturé la marque.",
        "[[Johan Bakayoko|PLAYER]] bepaalde de eindstand op 3-0.",
    ] {
        assert_eq!(scored(text), [unknown("Johan Bakayoko")], "{text}");
    }
    for text in [
        "[[Johan Bakayoko|PLAYER]] se perdió la fiesta por lesión.",
        "[[Johan Bakayoko|PLAYER]] completed the signing.",
    ] {
        assert_eq!(scored(text), [], "{text}");
    }
}

#[test]
fn a_sentence_scoring_at_its_minute_has_no_opening_phrase_and_after_a_foul_no_scorer() {
    // "Roja" names the side here, not a red card: the sentence scores at
    // its minute, so its opening words are not read as the event at it.
    assert_eq!(
        scored("A Roja entrou melhor e marcou aos 21', por [[Martín Zubimendi|PLAYER]], na sequência de um lance confuso."),
        [goal("Martín Zubimendi", 21)]
    );
    // The player after "after" who bundled another over is no scorer.
    assert_eq!(
        scored("They drew level on 38 minutes, [[Jamie Vardy|PLAYER]] sending [[Alphonse Areola|PLAYER]] the wrong way from the spot after [[Aaron Wan-Bissaka|PLAYER]] had bundled over [[Stephy Mavididi|PLAYER]]."),
        [goal("Jamie Vardy", 38)]
    );
}
