//! Goals counted against the score, in the seven languages: a sentence
//! that tells one goal of a match whose score counts more names the
//! others' scorers in its other clauses, whatever their verb; and a player
//! told scoring before their goals with minutes scored another goal, while
//! the score leaves room for it. Every sentence here is written for the
//! test.

mod common;

use common::{run, scorers};

#[test]
fn the_other_clause_of_a_told_goal_names_a_goal_the_score_still_counts() {
    assert_eq!(
        scorers("[[Brentford|CLUB]] beat [[Fulham|CLUB]] 2-0 on Saturday. [[Yoane Wissa|PLAYER]] scored after ten minutes, and [[Bryan Mbeumo|PLAYER]] wrapped things up with a curler late on."),
        ["Yoane Wissa 10", "Bryan Mbeumo"]
    );
    assert_eq!(
        scorers("[[Freiburg|CLUB]] und [[Mainz|CLUB]] trennten sich 1:1. [[Vincenzo Grifo|PLAYER]] traf vor der Pause, [[Jonathan Burkardt|PLAYER]] stellte nach dem Wechsel den Endstand her."),
        ["Vincenzo Grifo", "Jonathan Burkardt"]
    );
    assert_eq!(
        scorers("[[AZ|CLUB]] won met 2-1 van [[Twente|CLUB]]. [[Troy Parrott|PLAYER]] scoorde in de eerste helft, [[Sem Steijn|PLAYER]] bracht Twente terug in de wedstrijd en [[Ruben van Bommel|PLAYER]] besliste het duel in de slotfase."),
        ["Troy Parrott", "Ruben van Bommel", "Sem Steijn"]
    );
    assert_eq!(
        scorers("El [[Betis|CLUB]] venció 2-0 al [[Celta|CLUB]]. [[Isco|PLAYER]] abrió el marcador a los 20 minutos y [[Vitor Roque|PLAYER]] sentenció tras el descanso."),
        ["Isco 20", "Vitor Roque"]
    );
    assert_eq!(
        scorers("Le [[Stade Rennais|CLUB]] s'est imposé 2-1 face au [[FC Nantes|CLUB]]. [[Arnaud Kalimuendo|PLAYER]] a ouvert le score en première période, [[Moses Simon|PLAYER]] a répliqué pour les Canaris, puis [[Ludovic Blas|PLAYER]] a offert la victoire aux siens."),
        ["Arnaud Kalimuendo", "Moses Simon", "Ludovic Blas"]
    );
    assert_eq!(
        scorers("Il [[Bologna|CLUB]] ha battuto il [[Torino|CLUB]] 2-0. [[Riccardo Orsolini|PLAYER]] ha segnato su rigore e [[Santiago Castro|PLAYER]] ha chiuso i giochi nel finale."),
        ["Riccardo Orsolini", "Santiago Castro"]
    );
    assert_eq!(
        scorers("O [[Sporting|CLUB]] venceu o [[Vitória de Guimarães|CLUB]] por 2-0. [[Viktor Gyökeres|PLAYER]] marcou na primeira parte e [[Francisco Trincão|PLAYER]] selou o triunfo já nos descontos."),
        ["Viktor Gyökeres", "Francisco Trincão"]
    );
}

#[test]
fn a_score_with_all_its_goals_told_takes_no_other_clause() {
    assert_eq!(
        scorers("[[Brentford|CLUB]] beat [[Fulham|CLUB]] 1-0 on Saturday. [[Yoane Wissa|PLAYER]] scored after ten minutes, and [[Bryan Mbeumo|PLAYER]] dazzled on the right."),
        ["Yoane Wissa 10"]
    );
    assert_eq!(
        scorers("[[Bologna|CLUB]] e [[Torino|CLUB]] hanno pareggiato 1-1. [[Riccardo Orsolini|PLAYER]] ha segnato su rigore, [[Duván Zapata|PLAYER]] ha risposto di testa e [[Santiago Castro|PLAYER]] ha corso tanto."),
        ["Riccardo Orsolini", "Duván Zapata"]
    );
}

#[test]
fn a_clause_of_a_card_a_save_a_substitution_or_a_denial_names_no_scorer() {
    assert_eq!(
        scorers("[[Brentford|CLUB]] beat [[Fulham|CLUB]] 2-0 on Saturday. [[Yoane Wissa|PLAYER]] scored after ten minutes, and [[Bryan Mbeumo|PLAYER]] was booked late on."),
        ["Yoane Wissa 10"]
    );
    assert_eq!(
        scorers("[[Freiburg|CLUB]] und [[Mainz|CLUB]] trennten sich 1:1. [[Vincenzo Grifo|PLAYER]] traf vor der Pause, [[Jonathan Burkardt|PLAYER]] sah nach dem Wechsel die Rote Karte."),
        ["Vincenzo Grifo"]
    );
    assert_eq!(
        scorers("El [[Betis|CLUB]] venció 2-0 al [[Celta|CLUB]]. [[Isco|PLAYER]] abrió el marcador a los 20 minutos y [[Vitor Roque|PLAYER]] no pudo con [[Vicente Guaita|PLAYER]]."),
        ["Isco 20"]
    );
    assert_eq!(
        scorers("O [[Sporting|CLUB]] venceu o [[Vitória de Guimarães|CLUB]] por 2-0. [[Viktor Gyökeres|PLAYER]] marcou na primeira parte e [[Francisco Trincão|PLAYER]] foi substituído ao intervalo."),
        ["Viktor Gyökeres"]
    );
    assert_eq!(
        scorers("[[AZ|CLUB]] won met 2-0 van [[Twente|CLUB]]. [[Troy Parrott|PLAYER]] scoorde in de eerste helft, [[Sem Steijn|PLAYER]] kreeg een gele kaart."),
        ["Troy Parrott"]
    );
}

#[test]
fn more_clauses_than_missing_goals_name_none() {
    // Two goals missing, three players who might have scored them: the
    // score cannot tell which.
    assert_eq!(
        scorers("O [[Sporting|CLUB]] venceu o [[Vitória de Guimarães|CLUB]] por 3-0. [[Viktor Gyökeres|PLAYER]] marcou na primeira parte, [[Francisco Trincão|PLAYER]] brilhou na direita, [[Pedro Gonçalves|PLAYER]] correu muito e [[Morten Hjulmand|PLAYER]] mandou no meio-campo."),
        ["Viktor Gyökeres"]
    );
}

#[test]
fn a_player_named_as_an_object_of_a_participle_is_no_scorer() {
    assert_eq!(
        scorers("Le [[Stade Rennais|CLUB]] s'est imposé 2-1 face au [[FC Nantes|CLUB]]. [[Arnaud Kalimuendo|PLAYER]] a ouvert le score en première période, trompant [[Alban Lafont|PLAYER]] du droit."),
        ["Arnaud Kalimuendo"]
    );
    assert_eq!(
        scorers("[[Brentford|CLUB]] beat [[Fulham|CLUB]] 2-1. [[Yoane Wissa|PLAYER]] scored the opener, beating [[Bernd Leno|PLAYER]] at his near post."),
        ["Yoane Wissa"]
    );
}

#[test]
fn a_goal_told_before_the_same_players_goal_with_a_minute_is_another_goal() {
    assert_eq!(
        scorers("El [[Fulham|CLUB]] ganó 3-1 al [[Brentford|CLUB]]. [[Yoane Wissa|PLAYER]] adelantó a las abejas en el minuto 9, pero [[Raúl Jiménez|PLAYER]] igualó antes del descanso. Ya en la segunda mitad, [[Raúl Jiménez|PLAYER]] convirtió un penalti en el 66 y [[Emile Smith Rowe|PLAYER]] marcó el tercero en el 80."),
        ["Yoane Wissa 9", "Raúl Jiménez 66", "Emile Smith Rowe 80", "Raúl Jiménez"]
    );
    // Told after them, a summary: the same goals.
    assert_eq!(
        scorers("[[Fulham|CLUB]] won 3-1 against [[Brentford|CLUB]]. [[Raúl Jiménez|PLAYER]] scored twice (40', 66') and [[Emile Smith Rowe|PLAYER]] added a third (80'). [[Fulham|CLUB]] won 3-1 with goals from [[Raúl Jiménez|PLAYER]] and [[Emile Smith Rowe|PLAYER]]."),
        ["Raúl Jiménez 40", "Raúl Jiménez 66", "Emile Smith Rowe 80"]
    );
    // More goals than the score: the telling without a minute is one of
    // those with minutes.
    assert_eq!(
        scorers("[[Fulham|CLUB]] won 2-0 against [[Brentford|CLUB]]. [[Raúl Jiménez|PLAYER]] scored twice. He struck first in the 40th minute. [[Raúl Jiménez|PLAYER]] then converted a penalty in the 66th minute."),
        ["Raúl Jiménez 40", "Raúl Jiménez 66"]
    );
}

#[test]
fn an_epithet_with_a_relative_clause_tells_the_goal_of_the_player_named_before() {
    let cases = [
        ("Bei Ajax ruhen die Hoffnungen auf [[Brian Brobbey|PLAYER]]. Der Stürmer, der im Pokal gegen [[NEC|CLUB]] getroffen hatte, ist wieder fit.", "Brian Brobbey", 1),
        ("All eyes are on the form of [[Hamza Igamane|PLAYER]]. The Moroccan scored a hat-trick against [[Dundee United|CLUB]] last weekend.", "Hamza Igamane", 3),
        ("Todo depende de la forma de [[Edinson Cavani|PLAYER]]. El uruguayo, que marcó el fin de semana pasado ante [[Independiente|CLUB]], arrastra una molestia.", "Edinson Cavani", 1),
        ("Tutto dipende da [[Keinan Davis|PLAYER]]. L'inglese, che ha segnato due volte contro il [[Lecce|CLUB]], è nel mirino del Leeds.", "Keinan Davis", 2),
        ("Alle ogen zijn gericht op [[Brian Brobbey|PLAYER]]. De spits, die vorige maand tegen [[NEC|CLUB]] nog twee keer scoorde, is hersteld.", "Brian Brobbey", 2),
        ("Tout repose sur [[Jonathan David|PLAYER]]. Le Canadien, qui a marqué contre [[Monaco|CLUB]] samedi, est en forme.", "Jonathan David", 1),
        ("A esperança está em [[Pedro|PLAYER]]. O atacante, que marcou contra o [[Athletico-PR|CLUB]] no domingo, voltou a treinar.", "Pedro", 1),
    ];
    for (text, player, n) in cases {
        assert_eq!(scorers(text), vec![player.to_owned(); n], "{text}");
    }
}

#[test]
fn an_epithet_denied_or_counting_points_tells_no_goal() {
    assert_eq!(
        scorers("Todo depende de la forma de [[Edinson Cavani|PLAYER]]. El uruguayo, que no marcó ante [[Independiente|CLUB]], arrastra una molestia."),
        Vec::<String>::new()
    );
    assert_eq!(
        scorers("Já o [[Palmeiras|CLUB]] chega embalado, com [[Vitor Roque|PLAYER]] em forma. O resultado deixou o Alviverde a três pontos do líder [[Flamengo|CLUB]] no Brasileirão."),
        Vec::<String>::new()
    );
}

#[test]
fn a_goalless_draw_takes_no_goal() {
    let r = run("Dopo lo 0-0 contro il [[Parma|CLUB]], il [[Napoli|CLUB]] ospita il Cagliari. All'andata gli azzurri dominarono con i gol di [[Giovanni Di Lorenzo|PLAYER]] al 6' e [[Romelu Lukaku|PLAYER]] al 33'.");
    assert_eq!(r.goals.len(), 2, "{:?}", r.goals);
    assert!(
        r.goals.iter().all(|g| g.match_index.is_none()),
        "{:?}",
        r.goals
    );
    let r = run("[[Fulham|CLUB]] and [[Brentford|CLUB]] drew 0-0 last week. Earlier in the season [[Raúl Jiménez|PLAYER]] scored in the 40th minute.");
    assert_eq!(r.goals.len(), 1, "{:?}", r.goals);
    assert_eq!(r.goals[0].match_index, None);
}

#[test]
fn a_list_of_subjects_with_the_goals_as_object_scored_them_whatever_the_verb() {
    let cases = [
        "O [[Braga|CLUB]] venceu por 2-0. [[Ricardo Horta|PLAYER]] e [[Bruma|PLAYER]] assinaram os golos dos arsenalistas.",
        "[[Werder|CLUB]] gewann 2:0. [[Marvin Ducksch|PLAYER]] und [[Jens Stage|PLAYER]] besorgten die Tore.",
        "[[Brentford|CLUB]] won 2-0. [[Yoane Wissa|PLAYER]] and [[Bryan Mbeumo|PLAYER]] got the goals.",
        "El [[Betis|CLUB]] ganó 2-0. [[Isco|PLAYER]] y [[Vitor Roque|PLAYER]] firmaron los goles verdiblancos.",
        "Le [[LOSC|CLUB]] a gagné 2-0. [[Jonathan David|PLAYER]] et [[Edon Zhegrova|PLAYER]] ont signé les buts nordistes.",
        "Il [[Bologna|CLUB]] ha vinto 2-0. [[Riccardo Orsolini|PLAYER]] e [[Santiago Castro|PLAYER]] hanno firmato i gol rossoblù.",
        "[[AZ|CLUB]] won met 2-0. [[Troy Parrott|PLAYER]] en [[Sven Mijnans|PLAYER]] verzorgden de goals.",
    ];
    for text in cases {
        assert_eq!(scorers(text).len(), 2, "{text}");
    }
    assert_eq!(
        scorers("[[Werder|CLUB]] gewann 2:0. [[Marvin Ducksch|PLAYER]] und [[Jens Stage|PLAYER]] besorgten die Tore."),
        ["Marvin Ducksch", "Jens Stage"]
    );
}

#[test]
fn goals_conceded_or_denied_by_a_list_are_not_theirs() {
    assert_eq!(
        scorers("[[Brentford|CLUB]] lost 0-2. [[Mark Flekken|PLAYER]] and [[Nathan Collins|PLAYER]] conceded the goals in ten minutes."),
        Vec::<String>::new()
    );
    assert_eq!(
        scorers("[[Brentford|CLUB]] lost 0-2. [[Mark Flekken|PLAYER]] and [[Nathan Collins|PLAYER]] did not see the goals coming."),
        Vec::<String>::new()
    );
}

#[test]
fn a_foul_in_the_other_clause_names_no_scorer() {
    assert_eq!(
        scorers("El [[Betis|CLUB]] venció 2-0 al [[Celta|CLUB]]. [[Isco|PLAYER]] abrió el marcador a los 20 minutos y [[Marc Bartra|PLAYER]] derribó a [[Iago Aspas|PLAYER]] en el área."),
        ["Isco 20"]
    );
    assert_eq!(
        scorers("[[Brentford|CLUB]] beat [[Fulham|CLUB]] 2-0 on Saturday. [[Yoane Wissa|PLAYER]] scored after ten minutes, and [[Nathan Collins|PLAYER]] tripped [[Raúl Jiménez|PLAYER]] in the box."),
        ["Yoane Wissa 10"]
    );
}

#[test]
fn a_goal_of_the_games_course_as_the_object_of_its_subject_is_theirs() {
    let cases = [
        ("[[Yoane Wissa|PLAYER]] smashed home a fine equaliser late on.", "Yoane Wissa"),
        ("[[Sem Steijn|PLAYER]] zorgde in de slotfase toch nog voor de gelijkmaker.", "Sem Steijn"),
        ("[[Jonathan Burkardt|PLAYER]] wuchtete kurz vor Schluss den späten Siegtreffer ins Netz.", "Jonathan Burkardt"),
        ("Al final, [[Vitor Roque|PLAYER]] celebró con rabia el golazo en el descuento.", "Vitor Roque"),
        ("[[Ludovic Blas|PLAYER]] a arraché une égalisation méritée.", "Ludovic Blas"),
        ("[[Santiago Castro|PLAYER]] ha trovato il raddoppio con un gran colpo di testa.", "Santiago Castro"),
        ("[[Francisco Trincão|PLAYER]] fez de cabeça o golaço da noite.", "Francisco Trincão"),
    ];
    for (text, player) in cases {
        assert_eq!(scorers(text), [player], "{text}");
    }
}

#[test]
fn a_goal_given_conceded_or_denied_by_its_subject_is_not_theirs() {
    for text in [
        "[[Declan Rice|PLAYER]] set up the winner with a cross.",
        "[[Joshua Kimmich|PLAYER]] bereitete den Siegtreffer mit einer Ecke vor.",
        "[[Santiago Castro|PLAYER]] ha propiziato il raddoppio con un assist.",
        "[[Mark Flekken|PLAYER]] conceded the equaliser in stoppage time.",
        "[[Yoane Wissa|PLAYER]] did not score the winner.",
    ] {
        assert_eq!(scorers(text), Vec::<String>::new(), "{text}");
    }
}
