//! Goal → match placement and the goal's team: in a round-up the goal
//! belongs to the match its own text is about, a goal of a match with no
//! stated score belongs to none, and the team is the club it counts for.

mod common;

use common::{placed, run, teams};
use scoreline_relations::Relations;

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
    assert_eq!(placed(&r), [("Barcola".into(), teams("Italia", "Francia"))]);
}

/// (scorer, team) for every goal.
fn teams_of_goals(r: &Relations) -> Vec<(String, Option<String>)> {
    r.goals
        .iter()
        .map(|g| (g.scorer.clone(), g.team.clone()))
        .collect()
}

#[test]
fn the_team_is_the_club_a_goal_is_scored_for() {
    let r = run("[[Leverkusen|CLUB]] beat [[Bremen|CLUB]] 2-1. [[Ducksch|PLAYER]] scored for [[Bremen|CLUB]] in the 23rd minute.");
    assert_eq!(
        teams_of_goals(&r),
        [("Ducksch".into(), Some("Bremen".into()))]
    );
}

#[test]
fn the_team_is_the_scorers_club_when_it_plays_in_the_match() {
    let r = run("[[Everton|CLUB|everton]] beat [[Ipswich|CLUB|ipswich]] 3-0. [[Beto|PLAYER|everton]] opened the scoring (12').");
    assert_eq!(
        teams_of_goals(&r),
        [("Beto".into(), Some("Everton".into()))]
    );
}

#[test]
fn an_own_goal_counts_for_the_other_side_than_the_scorers() {
    let r = run("[[Everton|CLUB|everton]] beat [[Ipswich|CLUB|ipswich]] 3-0. [[O'Shea|PLAYER|ipswich]] turned a cross into his own net (84').");
    assert_eq!(r.goals[0].kind, scoreline_core::GoalKind::OwnGoal);
    assert_eq!(
        teams_of_goals(&r),
        [("O'Shea".into(), Some("Everton".into()))]
    );
}

#[test]
fn an_own_goal_for_a_club_counts_for_that_club() {
    // The scorer's club is unknown; the side the own goal is "for" is the
    // one credited, not the one conceding.
    let r = run("[[Valencia|CLUB]] beat [[Celta|CLUB]] 2-0. An own goal by [[Starfelt|PLAYER]] for [[Valencia|CLUB]] in the 15th minute settled it.");
    assert_eq!(
        teams_of_goals(&r),
        [("Starfelt".into(), Some("Valencia".into()))]
    );
}

#[test]
fn one_team_named_in_the_goals_sentence_is_its_team_or_the_side_scored_against() {
    let r = run(
        "[[Betis|CLUB|betis]] and [[Sevilla|CLUB|sevilla]] drew 1-1.\n\n\
         [[Isco|PLAYER]] put the [[Verdiblancos|CLUB|betis]] ahead from the spot (34'). \
         [[Lukébakio|PLAYER]] equalised against [[Betis|CLUB|betis]] (62').",
    );
    assert_eq!(
        teams_of_goals(&r),
        [
            ("Isco".into(), Some("Betis".into())),
            ("Lukébakio".into(), Some("Sevilla".into()))
        ]
    );
}

#[test]
fn a_paragraph_with_nothing_to_place_its_goal_goes_to_the_match_the_text_leads_with() {
    // The last score told before the goal is an earlier result in passing.
    let r = run(
        "[[Portugal|CLUB]] beat [[Scotland|CLUB]] 3-1 in Lisbon.\n\n\
         On Thursday they had beaten [[Croatia|CLUB]] 2-1.\n\n\
         After the break [[Bruno Fernandes|PLAYER]] equalised with a long shot (54').",
    );
    assert_eq!(
        placed(&r),
        [("Bruno Fernandes".into(), teams("Portugal", "Scotland"))]
    );
}

#[test]
fn a_goal_against_a_club_of_no_found_match_belongs_to_none() {
    let r = run("[[Tottenham|CLUB]] beat [[Bodø/Glimt|CLUB]] 3-1 in the semi-final.\n\n\
         [[Højlund|PLAYER]] is set to start; he scored against [[Chelsea|CLUB]] last weekend in the 70th minute.");
    assert_eq!(placed(&r), [("Højlund".into(), None)]);
}

#[test]
fn a_goal_against_another_club_told_in_an_aside_keeps_its_match() {
    let r = run("[[Senegal|CLUB]] and [[DR Congo|CLUB]] drew 1-1.\n\n\
         Then [[Jackson|PLAYER]], who had scored against [[Sudan|CLUB]] in March, equalised with a header in the 71st minute.");
    // The aside's own goal (against Sudan) is one of no found match.
    assert_eq!(
        placed(&r),
        [
            ("Jackson".into(), teams("Senegal", "DR Congo")),
            ("Jackson".into(), None)
        ]
    );
}
