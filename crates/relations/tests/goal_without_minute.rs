//! Goals told without a minute, in the seven languages, and the tellings
//! that are not goals. Every sentence here is written for the test.

mod common;

use common::{run, scorers};

#[test]
fn a_card_in_another_clause_leaves_the_goal() {
    assert_eq!(
        scorers("[[Álvaro Fidalgo|PLAYER]] viene espulso per proteste, e in pieno recupero [[Alan Pulido|PLAYER]] chiude i conti."),
        ["Alan Pulido"]
    );
    assert_eq!(
        scorers("[[Jude Bellingham|PLAYER]] fue expulsado ante Osasuna: en aquel empate [[Kylian Mbappé|PLAYER]] abrió el marcador y [[Ante Budimir|PLAYER]] empató de penalti."),
        ["Kylian Mbappé", "Ante Budimir"]
    );
    // The card in the goal's own clause still casts doubt on it.
    assert_eq!(
        scorers("[[Robert Lewandowski|PLAYER]] marcó y vio la tarjeta amarilla por quitarse la camiseta."),
        Vec::<String>::new()
    );
}

#[test]
fn a_miss_or_a_save_in_the_sentence_makes_a_list_of_takers() {
    assert_eq!(
        scorers("[[Alex Greenwood|PLAYER]], [[Niamh Charles|PLAYER]] and [[Chloe Kelly|PLAYER]] scored for England, while [[Beth Mead|PLAYER]] had her effort saved."),
        Vec::<String>::new()
    );
    assert_eq!(
        scorers("Do lado sul-africano, [[Teboho Mokoena|PLAYER]] e [[Mothobi Mvala|PLAYER]] marcaram, e [[Evidence Makgopa|PLAYER]] falhou."),
        Vec::<String>::new()
    );
}

#[test]
fn the_takers_after_a_shootout_told_in_other_words_score_no_goal() {
    assert_eq!(
        scorers("En la tanda, [[Đorđe Petrović|PLAYER]] le adivinó el lanzamiento a [[Matt Ritchie|PLAYER]]. Por los visitantes solo marcaron [[Kieran Trippier|PLAYER]] y [[Bruno Guimarães|PLAYER]]."),
        Vec::<String>::new()
    );
    // One taker named after the verb is a taker too.
    assert_eq!(
        scorers("I supplementari scorrono senza occasioni e si va ai rigori. Per il Liverpool va a segno solo [[Mohamed Salah|PLAYER]]."),
        Vec::<String>::new()
    );
}

#[test]
fn a_name_right_after_the_verb_is_its_subject() {
    assert_eq!(
        scorers("Eerder had [[Gerard Moreno|PLAYER]] Villarreal op voorsprong gezet en maakte [[Edinson Cavani|PLAYER]] gelijk."),
        ["Gerard Moreno", "Edinson Cavani"]
    );
    assert_eq!(
        scorers("[[Jamal Musiala|PLAYER]] verlor den Ball im Mittelfeld und danach traf [[Florian Wirtz|PLAYER]] für Leverkusen."),
        ["Florian Wirtz"]
    );
}

#[test]
fn the_agent_of_a_sides_goal_scored_it() {
    // The player before the verb crossed or erred; the agent scored.
    assert_eq!(
        scorers("[[Pepê|PLAYER]] cruzou e os Dragões adiantaram-se por [[Samu Omorodion|PLAYER]], de cabeça."),
        ["Samu Omorodion"]
    );
    assert_eq!(
        scorers("[[Remko Pasveer|PLAYER]] a relâché le ballon et les Brugeois ont égalisé par [[Hans Vanaken|PLAYER]]."),
        ["Hans Vanaken"]
    );
}

#[test]
fn a_relative_clause_does_not_part_the_subject_from_its_verb() {
    assert_eq!(
        scorers("[[Hulk|PLAYER]], que a sus 38 años marcó el domingo ante el Vasco, llega en plena forma."),
        ["Hulk"]
    );
    assert_eq!(
        scorers("[[Ousmane Dembélé|PLAYER]], qui porte désormais le numéro 10, a encore marqué samedi face à Lille."),
        ["Ousmane Dembélé"]
    );
}

#[test]
fn a_count_after_the_verb_gives_that_many_goals() {
    assert_eq!(
        scorers("[[Vangelis Pavlidis|PLAYER]] scored a hat-trick for Bruno Lage's side."),
        [
            "Vangelis Pavlidis",
            "Vangelis Pavlidis",
            "Vangelis Pavlidis"
        ]
    );
    let mut each =
        scorers("[[Robert Lewandowski|PLAYER]] und [[Raphinha|PLAYER]] trafen jeweils doppelt.");
    each.sort();
    assert_eq!(
        each,
        [
            "Raphinha",
            "Raphinha",
            "Robert Lewandowski",
            "Robert Lewandowski"
        ]
    );
    assert_eq!(
        scorers("[[Daizen Maeda|PLAYER]] opende vroeg de score, waarna [[Kyogo Furuhashi|PLAYER]] er nog twee bij maakte."),
        ["Daizen Maeda", "Kyogo Furuhashi", "Kyogo Furuhashi"]
    );
    assert_eq!(
        scorers("[[Kasper Dolberg|PLAYER]] respondió en ambas ocasiones para los Malvas."),
        ["Kasper Dolberg", "Kasper Dolberg"]
    );
    assert_eq!(
        scorers("O ucraniano [[Artem Dovbyk|PLAYER]] bisou no fim de semana."),
        ["Artem Dovbyk", "Artem Dovbyk"]
    );
    // A list without "each" shares the count: once each.
    assert_eq!(
        scorers("[[Hans Vanaken|PLAYER]] y [[Christos Tzolis|PLAYER]] adelantaron dos veces a los locales."),
        ["Hans Vanaken", "Christos Tzolis"]
    );
}

#[test]
fn a_season_tally_is_not_a_goal() {
    assert_eq!(
        scorers(
            "[[Mauro Icardi|PLAYER]], who scored 24 goals two seasons ago, is still recovering."
        ),
        Vec::<String>::new()
    );
}

#[test]
fn a_goal_noun_after_the_scorers_possessive() {
    assert_eq!(
        scorers("[[Lawrence Shankland|PLAYER]]'s double gave Hearts a 2-1 win over Aberdeen."),
        ["Lawrence Shankland", "Lawrence Shankland"]
    );
    assert_eq!(
        scorers("Bournemouth and Palace drew, [[Antoine Semenyo|PLAYER]]'s opener cancelled out by [[Jean-Philippe Mateta|PLAYER]]."),
        ["Antoine Semenyo", "Jean-Philippe Mateta"]
    );
    // The pass of a player is not their goal.
    assert_eq!(
        scorers("[[Olivia Moultrie|PLAYER]]'s through ball was the best moment of the half."),
        Vec::<String>::new()
    );
}

#[test]
fn the_scorers_named_as_a_list() {
    assert_eq!(
        scorers("[[Ademola Lookman|PLAYER]], [[Gianluca Scamacca|PLAYER]] und [[Mario Pasalić|PLAYER]] hießen die Torschützen."),
        ["Ademola Lookman", "Gianluca Scamacca", "Mario Pasalić"]
    );
    assert_eq!(
        scorers("Buteurs : [[Nabil Fekir|PLAYER]], [[Dimitri Payet|PLAYER]]."),
        ["Nabil Fekir", "Dimitri Payet"]
    );
}

#[test]
fn a_goal_said_again_as_a_pronoun_names_more_scorers() {
    assert_eq!(
        scorers("Alemania goleó con dos goles de [[Kai Havertz|PLAYER]] y otros de [[Niclas Füllkrug|PLAYER]], [[Jamal Musiala|PLAYER]] y [[Florian Wirtz|PLAYER]]."),
        [
            "Kai Havertz",
            "Kai Havertz",
            "Niclas Füllkrug",
            "Jamal Musiala",
            "Florian Wirtz"
        ]
    );
    assert_eq!(
        scorers("O Fogão venceu com dois gols de [[Luiz Henrique|PLAYER]], além de um de [[Igor Jesus|PLAYER]]."),
        ["Luiz Henrique", "Luiz Henrique", "Igor Jesus"]
    );
}

#[test]
fn an_own_goal_or_a_half_may_stand_between_the_noun_and_the_scorer() {
    assert_eq!(
        scorers(
            "Un but contre son camp de [[Federico Gatti|PLAYER]] a offert le nul aux visiteurs."
        ),
        ["Federico Gatti"]
    );
    assert_eq!(
        scorers("A metà ripresa un'autorete di [[Antonio Rüdiger|PLAYER]] regala i tre punti."),
        ["Antonio Rüdiger"]
    );
    assert_eq!(
        scorers("Reti nella ripresa di [[Kenan Yildiz|PLAYER]] e [[Dusan Vlahovic|PLAYER]]."),
        ["Kenan Yildiz", "Dusan Vlahovic"]
    );
    // A pass between names its provider, not a scorer.
    assert_eq!(
        scorers("Der zweite Treffer nach schöner Vorarbeit von [[Jamie Leweling|PLAYER]] schien zu reichen."),
        Vec::<String>::new()
    );
}

#[test]
fn the_scorer_after_the_verb_that_follows_a_goal_noun() {
    assert_eq!(
        scorers("Den fünften Treffer steuerte [[Pablo Torre|PLAYER]] bei."),
        ["Pablo Torre"]
    );
}

#[test]
fn a_count_of_goals_is_its_subjects() {
    assert_eq!(
        scorers(
            "Protagonista [[Lionel Messi|PLAYER]], che entra nella ripresa e firma una tripletta."
        ),
        ["Lionel Messi", "Lionel Messi", "Lionel Messi"]
    );
    assert_eq!(
        scorers("Nessa noite, [[Vangelis Pavlidis|PLAYER]] fez um hat-trick."),
        [
            "Vangelis Pavlidis",
            "Vangelis Pavlidis",
            "Vangelis Pavlidis"
        ]
    );
}

#[test]
fn on_target_said_without_a_verb_of_scoring() {
    assert_eq!(
        scorers("Per gli ospiti a segno [[Giacomo Vrioni|PLAYER]] e [[Luca Langoni|PLAYER]]."),
        ["Giacomo Vrioni", "Luca Langoni"]
    );
    assert_eq!(
        scorers("Il Flamengo vince: in gol [[Gabigol|PLAYER]], [[Giorgian de Arrascaeta|PLAYER]] e [[Bruno Henrique|PLAYER]]."),
        ["Gabigol", "Giorgian de Arrascaeta", "Bruno Henrique"]
    );
    assert_eq!(
        scorers("The Galaxy won in August, [[Gabriel Pec|PLAYER]] and [[Joseph Paintsil|PLAYER]] both on target."),
        ["Gabriel Pec", "Joseph Paintsil"]
    );
    assert_eq!(
        scorers("Ook toen was [[Tahith Chong|PLAYER]] trefzeker."),
        ["Tahith Chong"]
    );
    // Shots on target are not goals.
    assert_eq!(
        scorers("[[Cole Palmer|PLAYER]] had three shots on target in the first half."),
        Vec::<String>::new()
    );
}

#[test]
fn a_player_who_decided_the_match_scored() {
    assert_eq!(
        scorers("[[Enner Valencia|PLAYER]] decidiu o clássico já nos acréscimos."),
        ["Enner Valencia"]
    );
    assert_eq!(
        scorers("[[Ayoub El Kaabi|PLAYER]] heeft beslist de topper met een strafschop."),
        ["Ayoub El Kaabi"]
    );
    // Deciding to do something is not scoring.
    assert_eq!(
        scorers("[[Ayoub El Kaabi|PLAYER]] decided to stay at the club for another season."),
        Vec::<String>::new()
    );
}

#[test]
fn consolation_and_difference_phrases() {
    assert_eq!(
        scorers("[[Edin Džeko|PLAYER]] avait sauvé l'honneur dans les dernières minutes."),
        ["Edin Džeko"]
    );
    assert_eq!(
        scorers("[[Ermedin Demirović|PLAYER]] y [[Edin Džeko|PLAYER]] maquillaron el resultado."),
        ["Ermedin Demirović", "Edin Džeko"]
    );
    assert_eq!(
        scorers("Puis [[Christos Tzolis|PLAYER]] et [[Ferran Jutglà|PLAYER]] ont fait la différence en seconde période."),
        ["Christos Tzolis", "Ferran Jutglà"]
    );
    assert_eq!(
        scorers("[[Juninho|PLAYER]] fechou a conta nos acréscimos."),
        ["Juninho"]
    );
    assert_eq!(
        scorers("[[Christian Pulisic|PLAYER]] and [[Tijjani Reijnders|PLAYER]] put the Rossoneri two up."),
        ["Christian Pulisic", "Tijjani Reijnders"]
    );
}

#[test]
fn a_scoring_phrase_reaches_over_a_possessive_and_back_from_a_final_verb() {
    assert_eq!(
        scorers("[[Brian Brobbey|PLAYER]] gave Francesco Farioli's team an early lead."),
        ["Brian Brobbey"]
    );
    assert_eq!(
        scorers("In de heenwedstrijd hadden [[Wout Weghorst|PLAYER]] en [[Brian Brobbey|PLAYER]] voor de Amsterdamse goals gezorgd."),
        ["Wout Weghorst", "Brian Brobbey"]
    );
}

#[test]
fn a_subject_does_not_follow_its_verb_over_a_comma() {
    assert_eq!(
        scorers(
            "Très marqué, [[Gianluigi Donnarumma|PLAYER]] a adressé un message à son coéquipier."
        ),
        Vec::<String>::new()
    );
}

#[test]
fn another_meeting_of_the_same_sides_is_another_match() {
    assert_eq!(
        scorers("[[Ajax|CLUB]] beat [[Feyenoord|CLUB]] 2-1. [[Brian Brobbey|PLAYER]] scored the opener (23'). In the first leg [[Feyenoord|CLUB]] and [[Ajax|CLUB]] drew 1-1, with goals from [[Brian Brobbey|PLAYER]] and [[Anis Hadj Moussa|PLAYER]]."),
        ["Brian Brobbey 23", "Brian Brobbey", "Anis Hadj Moussa"]
    );
    // The same result told again adds no goal.
    assert_eq!(
        scorers("[[Ajax|CLUB]] beat [[Feyenoord|CLUB]] 2-1. [[Brian Brobbey|PLAYER]] scored the opener (23'). [[Ajax|CLUB]] won 2-1 with goals from [[Brian Brobbey|PLAYER]] and [[Mika Godts|PLAYER]]."),
        ["Brian Brobbey 23", "Mika Godts"]
    );
}

#[test]
fn goals_told_again_in_a_results_line_are_the_same_goals() {
    assert_eq!(
        scorers("[[Nottingham Forest|CLUB]] went third as [[Chris Wood|PLAYER]] scored twice at Molineux, where [[Wolves|CLUB]] slumped to a 2-0 defeat.\n[[Bournemouth|CLUB]] and [[Crystal Palace|CLUB]] drew 1-1.\n[[Wolves|CLUB]] 0 [[Nottingham Forest|CLUB]] 2 ([[Chris Wood|PLAYER]] 33, 61)\n[[Bournemouth|CLUB]] 1 ([[Antoine Semenyo|PLAYER]] 20) [[Crystal Palace|CLUB]] 1 ([[Jean-Philippe Mateta|PLAYER]] 74)"),
        [
            "Chris Wood 33",
            "Chris Wood 61",
            "Antoine Semenyo 20",
            "Jean-Philippe Mateta 74"
        ]
    );
}

#[test]
fn a_name_inside_a_goal_told_with_its_minute_gets_no_second_goal() {
    let r = run("Per il Timão è decisiva la doppietta di [[Memphis Depay|PLAYER]], mentre per il Verdão era andato a segno il giovane [[Estêvão|PLAYER]] al 30' del secondo tempo.");
    let without_minute: Vec<&str> = r
        .goals
        .iter()
        .filter(|g| g.minute.is_none())
        .map(|g| g.scorer.as_str())
        .collect();
    assert!(!without_minute.contains(&"Estêvão"), "{:?}", r.goals);
    // The last item of a list of goals with minutes has none of its own.
    assert_eq!(
        scorers("Finì 0-4 con i gol di [[Giovanni Di Lorenzo|PLAYER]] al 6', [[Romelu Lukaku|PLAYER]] al 33' e [[Alessandro Buongiorno|PLAYER]] nel finale."),
        [
            "Giovanni Di Lorenzo 6",
            "Romelu Lukaku 33",
            "Alessandro Buongiorno"
        ]
    );
}

#[test]
fn a_finishing_verb_with_a_goal_for_its_object() {
    assert_eq!(
        scorers("Argentina won the last meeting 1–0 at the Maracanã, when [[Nicolás Otamendi|PLAYER]] headed the winner."),
        ["Nicolás Otamendi"]
    );
    assert_eq!(
        scorers("They beat Orlando City 1-0 in the final, [[Sean Nealis|PLAYER]] heading the winner late on."),
        ["Sean Nealis"]
    );
    assert_eq!(
        scorers("[[Claudia Pina|PLAYER]] curled in a fourth late on."),
        ["Claudia Pina"]
    );
    assert_eq!(
        scorers("[[Alexia Putellas|PLAYER]] made it three from the penalty spot."),
        ["Alexia Putellas"]
    );
    assert_eq!(
        scorers("In de verlenging sloeg [[Brian Brobbey|PLAYER]] toe."),
        ["Brian Brobbey"]
    );
    assert_eq!(
        scorers("The equaliser arrived anyway: [[Mayra Ramírez|PLAYER]] outmuscled her marker and fired in at the near post."),
        ["Mayra Ramírez"]
    );
    assert_eq!(
        scorers("In der Nachspielzeit verwertete [[Lea Schüller|PLAYER]] eine Flanke volley zum umjubelten Siegtreffer."),
        ["Lea Schüller"]
    );
    // The one who set the goal up did not score it.
    assert_eq!(
        scorers("[[Jamal Musiala|PLAYER]] legte nach der Pause zum Ausgleich auf."),
        Vec::<String>::new()
    );
    // A cross curled in is not a goal.
    assert_eq!(
        scorers("[[Trent Alexander-Arnold|PLAYER]] curled in a cross that nobody reached."),
        Vec::<String>::new()
    );
}

#[test]
fn the_opener_of_a_player() {
    assert_eq!(
        scorers("Marseille a gagné après l'ouverture du score d'[[Adrien Rabiot|PLAYER]]."),
        ["Adrien Rabiot"]
    );
    assert_eq!(
        scorers(
            "Der Ehrentreffer für die Gäste ging auf das Konto von [[Oliver Edvardsen|PLAYER]]."
        ),
        ["Oliver Edvardsen"]
    );
}

#[test]
fn a_plural_count_is_each_players() {
    assert_eq!(
        scorers("Goleó 5-0 con dobletes de [[Igor Jesus|PLAYER]] y [[Luiz Henrique|PLAYER]] y un tanto de [[Thiago Almada|PLAYER]]."),
        [
            "Igor Jesus",
            "Igor Jesus",
            "Luiz Henrique",
            "Luiz Henrique",
            "Thiago Almada"
        ]
    );
}

#[test]
fn a_goal_list_line_without_its_minute() {
    assert_eq!(
        scorers("Fiorentina–Como 0–2: 0–1 [[Nico Paz|PLAYER]] (23'), 0–2 [[Assane Diao|PLAYER]] (nel recupero)"),
        ["Nico Paz 23", "Assane Diao"]
    );
    assert_eq!(
        scorers("Gols: 2 x 1 [[Savarino|PLAYER]] (2ºT 12min); 3 x 1 [[Júnior Santos|PLAYER]] (acréscimos do 2ºT)."),
        ["Savarino 57", "Júnior Santos"]
    );
}

#[test]
fn the_scorer_as_an_apposition() {
    assert_eq!(
        scorers(
            "[[Romelu Lukaku|PLAYER]], buteur la semaine passée contre Côme, a dû céder sa place."
        ),
        ["Romelu Lukaku"]
    );
    // The league's top scorer is a record, not a goal.
    assert_eq!(
        scorers("[[Mason Greenwood|PLAYER]], meilleur buteur du championnat, sera la menace principale."),
        Vec::<String>::new()
    );
}

#[test]
fn scoring_again_or_told_by_a_cleft() {
    assert_eq!(
        scorers("Anche in quella occasione era stata [[Cristiana Girelli|PLAYER]] a segnare per la Juve."),
        ["Cristiana Girelli"]
    );
    assert_eq!(
        scorers("[[Raúl Jiménez|PLAYER]] volvió a marcar ante el Chelsea."),
        ["Raúl Jiménez"]
    );
    // A wish is not a goal.
    assert_eq!(
        scorers("[[Raúl Jiménez|PLAYER]] quiere volver a marcar ante el Chelsea."),
        Vec::<String>::new()
    );
}

#[test]
fn the_player_replied_to_scored_first() {
    assert_eq!(
        scorers("Pari tra Columbus e Cincinnati: a [[Cucho Hernández|PLAYER]] risponde nel recupero [[Luca Orellano|PLAYER]]."),
        ["Cucho Hernández", "Luca Orellano"]
    );
}

#[test]
fn phrases_of_hope_and_of_turning_the_game() {
    assert_eq!(
        scorers("[[Alexander Isak|PLAYER]] avait brièvement redonné espoir aux Magpies."),
        ["Alexander Isak"]
    );
    assert_eq!(
        scorers(
            "Mais [[Ollie Watkins|PLAYER]] et [[Marco Asensio|PLAYER]] ont renversé la situation."
        ),
        ["Ollie Watkins", "Marco Asensio"]
    );
}

#[test]
fn a_negated_goal_is_none() {
    for marked in [
        "[[Harry Kane|PLAYER]] has not scored since October.",
        "[[Serge Gnabry|PLAYER]] hat in dieser Saison noch nicht getroffen.",
        "[[Brian Brobbey|PLAYER]] heeft deze maand niet gescoord.",
        "[[Álvaro Morata|PLAYER]] no marcó en todo el torneo.",
        "[[Kylian Mbappé|PLAYER]] n'a pas marqué depuis trois matches.",
        "[[Dusan Vlahovic|PLAYER]] non ha segnato nelle ultime gare.",
        "[[Pedro|PLAYER]] não marcou no clássico.",
    ] {
        assert_eq!(scorers(marked), Vec::<String>::new(), "{marked}");
    }
}

#[test]
fn not_only_is_no_negation() {
    assert_eq!(
        scorers(
            "[[Deniz Undav|PLAYER]], der nicht nur traf, sondern auch vorlegte, wurde gefeiert."
        ),
        ["Deniz Undav"]
    );
}

#[test]
fn the_kind_of_a_goal_between_commas_keeps_a_list() {
    assert_eq!(
        scorers("[[Bryan Mbeumo|PLAYER]], sur penalty, et [[Yoane Wissa|PLAYER]] avaient donné l'avantage aux locaux."),
        ["Bryan Mbeumo", "Yoane Wissa"]
    );
}

#[test]
fn a_goal_in_extra_time_told_beside_the_shootout() {
    assert_eq!(
        scorers("La semifinale finì 1-1 e fu vinta 4-3 ai rigori, con il gol di [[Ashley Hatch|PLAYER]] nei supplementari."),
        ["Ashley Hatch"]
    );
    // The kicks of the shoot-out are not goals.
    assert_eq!(
        scorers("Ai rigori segnano [[Vitinha|PLAYER]] e [[Gonçalo Ramos|PLAYER]], poi il gol di [[Désiré Doué|PLAYER]] su rigore."),
        Vec::<String>::new()
    );
}

#[test]
fn a_goal_the_week_before_is_another_matchs() {
    assert_eq!(
        scorers("[[Xherdan Shaqiri|PLAYER]] verwandelte den Elfmeter (56.). \"Heute hat alles gepasst\", sagte [[Xherdan Shaqiri|PLAYER]], der schon in der Vorwoche in Lugano getroffen hatte."),
        ["Xherdan Shaqiri 56", "Xherdan Shaqiri"]
    );
    assert_eq!(
        scorers("[[Ousmane Dembélé|PLAYER]] a ouvert le score (12e). [[Ousmane Dembélé|PLAYER]] avait déjà marqué la semaine passée face à Lille."),
        ["Ousmane Dembélé 12", "Ousmane Dembélé"]
    );
    assert_eq!(
        scorers("Das Tor erzielte [[Barbra Banda|PLAYER]] (37.). Im Halbfinale gegen Gotham gewann Orlando ebenfalls. Damals hatte [[Barbra Banda|PLAYER]] auch getroffen."),
        ["Barbra Banda 37", "Barbra Banda"]
    );
    // Counted once in its sentence, it is not counted again.
    assert_eq!(
        scorers("Das Hinrundenduell hatte Palmeiras mit 2-0 gewonnen, [[Estêvão|PLAYER]] schnürte damals einen Doppelpack."),
        ["Estêvão", "Estêvão"]
    );
    // Told again without a time, it is the same goal.
    assert_eq!(
        scorers("[[Ousmane Dembélé|PLAYER]] a ouvert le score (12e). [[Ousmane Dembélé|PLAYER]] a encore marqué, son dixième but de la saison."),
        ["Ousmane Dembélé 12"]
    );
}
