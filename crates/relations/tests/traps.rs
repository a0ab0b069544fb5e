//! Relations on sentences with entities marked inline (`[[Kane|PLAYER]]`):
//! goals and matches that must be found, and traps that must not be.

mod common;

use common::{goals, run};
use scoreline_core::GoalKind;

#[test]
fn a_report_gives_its_match_and_goals() {
    let r = run("[[Bayern|CLUB]] besiegt [[Mainz|CLUB]] 3:1. [[Kane|PLAYER]] traf doppelt (8., 90.+3), [[Musiala|PLAYER]] per Foulelfmeter (23.).");
    assert_eq!(r.matches.len(), 1);
    assert_eq!(
        r.matches[0].teams,
        ["Bayern".to_owned(), "Mainz".to_owned()]
    );
    assert_eq!(r.matches[0].score, Some([3, 1]));
    assert_eq!(
        goals(&r),
        [
            ("Kane".into(), Some(8), None, GoalKind::Regular),
            ("Kane".into(), Some(90), Some(3), GoalKind::Regular),
            ("Musiala".into(), Some(23), None, GoalKind::Penalty)
        ]
    );
    assert!(r.goals.iter().all(|g| g.match_index == Some(0)));
}

#[test]
fn the_loser_named_first_gets_the_lower_score() {
    let r = run("[[Inter Miami|CLUB]] lost 1-3 to [[Monterrey|CLUB]].");
    assert_eq!(r.matches[0].score, Some([1, 3]));
    let r = run("[[Monterrey|CLUB]] claimed a convincing 1-3 win over [[Minnesota|CLUB]].");
    assert_eq!(r.matches[0].score, Some([3, 1]));
}

#[test]
fn shootout_joins_its_match() {
    let r = run("[[Aberdeen|CLUB]] und [[Celtic|CLUB]] trennten sich 1:1 n.V., [[Aberdeen|CLUB]] gewann 4:3 i.E.");
    assert_eq!(r.matches.len(), 1, "{:?}", r.matches);
    assert_eq!(
        (r.matches[0].score, r.matches[0].penalties),
        (Some([1, 1]), Some([4, 3]))
    );
}

#[test]
fn half_time_and_aggregate_scores_are_not_matches() {
    let r = run("[[Bayern|CLUB]] – [[Mainz|CLUB]] 3:2 (1:1).");
    assert_eq!(
        r.matches.iter().map(|m| m.score).collect::<Vec<_>>(),
        [Some([3, 2])]
    );
    let r = run("At half-time [[Arsenal|CLUB]] led [[Chelsea|CLUB]] 1-0.");
    assert!(r.matches.is_empty(), "{:?}", r.matches);
    let r = run("[[Real Madrid|CLUB]] went through 4-3 on aggregate against [[City|CLUB]].");
    assert!(r.matches.is_empty(), "{:?}", r.matches);
}

#[test]
fn cards_misses_var_and_substitutions_at_a_minute_are_not_goals() {
    let r = run("[[Alba|PLAYER]] sah die Rote Karte (77.). [[Guirassy|PLAYER]] verschoss einen Elfmeter (33.).");
    assert!(r.goals.is_empty(), "{:?}", r.goals);
    let r = run("[[Vinícius|PLAYER]] scored in the 60th minute but VAR disallowed it for offside.");
    assert!(r.goals.is_empty(), "{:?}", r.goals);
    let r = run("[[Müller|PLAYER]] was replaced in the 70th minute by [[Sané|PLAYER]].");
    assert!(r.goals.is_empty(), "{:?}", r.goals);
}

#[test]
fn running_scores_are_not_matches_but_give_goals() {
    let r = run("[[Leipzig|CLUB]] – [[Bremen|CLUB]] 3:1: 1:0 [[Openda|PLAYER]] (8.), 1:1 [[Ducksch|PLAYER]] (23.), 2:1 [[Šeško|PLAYER]] (61.), 3:1 [[Simons|PLAYER]] (90.+1)");
    assert_eq!(r.matches.len(), 1, "{:?}", r.matches);
    let scorers: Vec<&str> = r.goals.iter().map(|g| g.scorer.as_str()).collect();
    assert_eq!(scorers, ["Openda", "Ducksch", "Šeško", "Simons"]);
}

#[test]
fn a_brace_without_minutes_gives_two_goals() {
    let r = run("[[Haaland|PLAYER]] scored twice as [[City|CLUB]] beat [[Wolves|CLUB]] 2-0.");
    assert_eq!(
        goals(&r),
        [
            ("Haaland".into(), None, None, GoalKind::Regular),
            ("Haaland".into(), None, None, GoalKind::Regular)
        ]
    );
}

#[test]
fn substitutions_and_injuries_at_a_minute_are_not_goals_in_any_language() {
    for text in [
        "71' – Substituição no Benfica: sai [[Orkun Kökçü|PLAYER]], com queixas físicas.",
        "Wissel bij Nederland: [[Memphis Depay|PLAYER]] gaat er in de 79ste minuut uit.",
        "[[Nicolas Raskin|PLAYER]] viel in de 38ste minuut uit met een enkelblessure.",
        "[[Diogo Dalot|PLAYER]] kreeg in de 61ste minuut zijn tweede gele kaart.",
        "[[Josip Šutalo|PLAYER]], déjà averti, a été exclu à la 63e minute.",
    ] {
        let r = run(text);
        assert!(r.goals.is_empty(), "{text}: {:?}", r.goals);
    }
}

#[test]
fn a_goal_list_gives_each_minute_the_player_after_it() {
    let r = run("Atalanta-Napoli 2-3: 16' pt [[Anguissa|PLAYER]] (N), 27' pt [[Retegui|PLAYER]] (A), 43' pt [[Politano|PLAYER]] (N)");
    let goals: Vec<(&str, Option<u32>)> = r
        .goals
        .iter()
        .map(|g| (g.scorer.as_str(), g.minute))
        .collect();
    assert_eq!(
        goals,
        [
            ("Anguissa", Some(16)),
            ("Retegui", Some(27)),
            ("Politano", Some(43))
        ]
    );
}

#[test]
fn the_subjects_of_a_scoring_verb_score_without_a_minute() {
    let r = run("[[Hans Vanaken|PLAYER]] y [[Christos Tzolis|PLAYER]] adelantaron dos veces al [[Brujas|CLUB]].");
    let goals: Vec<(&str, Option<u32>)> = r
        .goals
        .iter()
        .map(|g| (g.scorer.as_str(), g.minute))
        .collect();
    assert_eq!(goals, [("Hans Vanaken", None), ("Christos Tzolis", None)]);
    // A goal already found with its minute is not found again.
    let r = run("[[Kane|PLAYER]] traf zum 1:0 (23.). Später traf [[Kane|PLAYER]] noch einmal, doch das Tor zählte nicht wegen Abseits.");
    assert_eq!(r.goals.len(), 1, "{:?}", r.goals);
}

#[test]
fn a_goal_noun_names_its_scorers() {
    let r = run("[[México|CLUB]] vence 1-2 a [[Estados Unidos|CLUB]] con goles de [[Raúl Jiménez|PLAYER]] y [[Edson Álvarez|PLAYER]].");
    let scorers: Vec<&str> = r.goals.iter().map(|g| g.scorer.as_str()).collect();
    assert_eq!(scorers, ["Raúl Jiménez", "Edson Álvarez"]);
    let r = run("O [[Botafogo|CLUB]] goleou por 5 a 0, com dois gols de [[Luiz Henrique|PLAYER]] e dois de [[Thiago Almada|PLAYER]].");
    let scorers: Vec<&str> = r.goals.iter().map(|g| g.scorer.as_str()).collect();
    assert_eq!(
        scorers,
        [
            "Luiz Henrique",
            "Luiz Henrique",
            "Thiago Almada",
            "Thiago Almada"
        ]
    );
    // A red card in the sentence: nothing is taken from it.
    let r = run(
        "Gol de [[Vinícius|PLAYER]], pero el árbitro mostró la tarjeta roja a [[Rüdiger|PLAYER]].",
    );
    assert!(r.goals.is_empty(), "{:?}", r.goals);
}

#[test]
fn a_goal_counts_for_the_scorers_club_or_the_club_it_is_scored_for() {
    let r = run("[[Inter|CLUB|inter]] beat [[Juventus|CLUB|juventus]] 2-1. [[Lautaro|PLAYER|inter]] scored (12'), [[Vlahovic|PLAYER]] scored for [[Juventus|CLUB|juventus]] (40') and [[Thuram|PLAYER|inter]] headed in (77').");
    let teams: Vec<(&str, Option<&str>)> = r
        .goals
        .iter()
        .map(|g| (g.scorer.as_str(), g.team.as_deref()))
        .collect();
    assert_eq!(
        teams,
        [
            ("Lautaro", Some("Inter")),
            ("Vlahovic", Some("Juventus")),
            ("Thuram", Some("Inter"))
        ]
    );
    // An own goal counts for the other side.
    let r = run("[[Inter|CLUB|inter]] beat [[Juventus|CLUB|juventus]] 1-0 after an own goal by [[Gatti|PLAYER|juventus]] (55').");
    assert_eq!(r.goals.len(), 1, "{:?}", r.goals);
    assert_eq!(
        (r.goals[0].kind, r.goals[0].team.as_deref()),
        (GoalKind::OwnGoal, Some("Inter"))
    );
}

#[test]
fn a_win_told_of_an_implicit_subject_against_the_club_named_counts_for_the_other() {
    let r = run("L'[[Argentina|CLUB]] ha sofferto. Nei quarti contro l'[[Ecuador|CLUB]], dopo l'1-1 dei tempi regolamentari, servirono i rigori, vinti 4-2.");
    assert_eq!(r.matches.len(), 1, "{:?}", r.matches);
    let m = &r.matches[0];
    let argentina = usize::from(m.teams[1] == "Argentina");
    let pens = m.penalties.unwrap_or_default();
    assert_eq!((pens[argentina], pens[1 - argentina]), (4, 2), "{m:?}");
}

#[test]
fn running_scores_told_in_prose_place_goals_but_are_not_results() {
    let r = run("[[Liverpool|CLUB]] beat [[Arsenal|CLUB]] 3-1. [[Salah|PLAYER]] made it 2-0 after the break (52').");
    let found: Vec<_> = r
        .matches
        .iter()
        .map(|m| (m.teams.clone(), m.score))
        .collect();
    assert_eq!(
        found,
        [(["Liverpool".to_owned(), "Arsenal".to_owned()], Some([3, 1]))]
    );
    assert_eq!(r.goals.len(), 1, "{:?}", r.goals);
    assert_eq!(r.goals[0].match_index, Some(0));
    // With no result stated, the last state told is the best guess.
    let r =
        run("[[Liverpool|CLUB]] – [[Arsenal|CLUB]]: [[Salah|PLAYER]] made it 2-0 with a header.");
    assert_eq!(r.matches.len(), 1, "{:?}", r.matches);
    let r = run("[[PSV|CLUB]] boekte tegen [[Ajax|CLUB]] de 2-1 zege.");
    assert_eq!(r.matches.len(), 1, "{:?}", r.matches);
}

#[test]
fn competition_and_venue_come_from_the_sentence_of_the_result() {
    let r = run("In der [[Bundesliga|COMPETITION]] gewann [[Bayern|CLUB]] gegen [[Mainz|CLUB]] 3:1 in der [[Allianz Arena|STADIUM]].");
    assert_eq!(r.matches.len(), 1, "{:?}", r.matches);
    assert_eq!(
        (
            r.matches[0].competition.as_deref(),
            r.matches[0].venue.as_deref()
        ),
        (Some("Bundesliga"), Some("Allianz Arena"))
    );
}
