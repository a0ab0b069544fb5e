//! Goal → match placement and the goal's team: in a round-up the goal
//! belongs to the match its own text is about, a goal of a match with no
//! stated score belongs to none, and the team is the club it counts for.

mod common;

use common::run;
use scoreline_relations::Relations;

/// (scorer, teams of the goal's match) for every goal.
fn placed(r: &Relations) -> Vec<(String, Option<[String; 2]>)> {
    r.goals
        .iter()
        .map(|g| {
            let teams = g
                .match_index
                .and_then(|i| r.matches.get(i))
                .map(|m| m.teams.clone());
            (g.scorer.clone(), teams)
        })
        .collect()
}

fn teams(a: &str, b: &str) -> Option<[String; 2]> {
    Some([a.to_owned(), b.to_owned()])
}

#[test]
fn a_results_line_naming_both_teams_places_its_goals() {
    // The last score told before Beto's goals is Bournemouth's draw; the
    // line itself names Everton and Ipswich.
    let r = run("[[Everton|CLUB|everton]] beat [[Ipswich|CLUB|ipswich]] 3-0 at home.\n\n\
         [[Bournemouth|CLUB|bournemouth]] and [[Palace|CLUB|palace]] drew 1-1.\n\n\
         Results\n\
         [[Bournemouth|CLUB|bournemouth]] 1 ([[Semenyo|PLAYER|bournemouth]] 20) [[Palace|CLUB|palace]] 1 ([[Mateta|PLAYER|palace]] 74)\n\
         [[Everton|CLUB|everton]] 3 ([[Beto|PLAYER]] 12, 49) [[Ipswich|CLUB|ipswich]] 0");
    let p = placed(&r);
    assert!(
        p.contains(&("Beto".into(), teams("Everton", "Ipswich"))),
        "{p:?}"
    );
    assert!(
        p.contains(&("Mateta".into(), teams("Bournemouth", "Palace"))),
        "{p:?}"
    );
}

#[test]
fn the_scorers_club_places_a_goal_among_the_matches_of_its_paragraph() {
    // Two results in one paragraph; Wood plays for Forest, told after the
    // Brentford score.
    let r = run("[[Forest|CLUB|forest]] won 2-0 at [[Wolves|CLUB|wolves]] and [[Brentford|CLUB|brentford]] beat [[Fulham|CLUB|fulham]] 2-1. \
         [[Chris Wood|PLAYER|forest]] scored twice (33', 61').");
    let p = placed(&r);
    assert_eq!(
        p,
        [
            ("Chris Wood".into(), teams("Forest", "Wolves")),
            ("Chris Wood".into(), teams("Forest", "Wolves"))
        ]
    );
}

#[test]
fn a_goal_told_before_its_matchs_score_in_the_paragraph_belongs_to_it() {
    // By position alone the goal would go to the match of the paragraph
    // before.
    let r = run("[[Celtic|CLUB]] beat [[St Mirren|CLUB]] 3-0.\n\n\
         [[Murray|PLAYER]] struck early (8'). In the end [[Dundee|CLUB]] won 3-1 against [[Kilmarnock|CLUB]].");
    assert_eq!(
        placed(&r),
        [("Murray".into(), teams("Dundee", "Kilmarnock"))]
    );
}

#[test]
fn a_goal_of_a_match_with_no_stated_score_belongs_to_none() {
    // The second paragraph tells of another match without its score.
    let r = run("[[Betis|CLUB]] beat [[Sevilla|CLUB]] 2-1.\n\n\
         Elsewhere [[Villarreal|CLUB]] and [[Getafe|CLUB]] met in a lively game. [[Ayoze|PLAYER]] scored in the 10th minute.");
    assert_eq!(placed(&r), [("Ayoze".into(), None)]);
}

#[test]
fn a_sentence_about_two_other_clubs_tells_of_their_match() {
    // Cruzeiro's result is in the paragraph, but Hulk's goals are of
    // Atlético-MG's match against Tombense, whose score is not stated.
    let r = run("O [[Cruzeiro|CLUB]] bateu o [[América-MG|CLUB]] por 2 a 1. \
         O rival será o [[Atlético-MG|CLUB]], que passou pelo [[Tombense|CLUB]] com gol de [[Hulk|PLAYER]] aos 20 minutos.");
    assert_eq!(placed(&r), [("Hulk".into(), None)]);
}

#[test]
fn a_report_keeps_its_goals_when_a_paragraph_names_one_other_club() {
    let r = run(
        "[[Liverpool|CLUB|liverpool]] beat [[Chelsea|CLUB|chelsea]] 2-1 at Anfield.\n\n\
         [[Salah|PLAYER]], once of [[Roma|CLUB|roma]], scored in the 29th minute.",
    );
    assert_eq!(
        placed(&r),
        [("Salah".into(), teams("Liverpool", "Chelsea"))]
    );
}

#[test]
fn a_paragraph_naming_both_teams_of_a_match_outweighs_a_result_in_passing() {
    // Switzerland's win is told last before the goal, and France played in
    // both matches; the paragraph names France and Italy.
    let r = run("L'[[Italia|CLUB|italy]] batte la [[Francia|CLUB|france]] 3 a 1, due mesi dopo la sconfitta contro la [[Svizzera|CLUB|switzerland]], che li aveva superati 2-0.\n\n\
         [[Barcola|PLAYER]] porta avanti i [[Bleus|CLUB|france]] (1'). L'[[Italia|CLUB|italy]] non si scompone.");
    assert_eq!(
        placed(&r),
        [("Barcola".into(), teams("Italia", "Francia"))]
    );
}
