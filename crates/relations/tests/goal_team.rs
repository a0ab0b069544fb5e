//! The team a goal counts for: the text's own evidence first ("for X" in
//! the scorer's clause, the side a goal list puts the scorer under), then
//! the scorer's club in the reference data, then the score's count (a side
//! whose goals are all told leaves the rest to the other), then a club
//! named alone in the goal's sentence; no team when nothing decides.
//! Probes in seven languages, as fixtures: a passage, then `Scorer => Team`
//! or `Scorer => none`, one line per goal in text order.

mod common;

use common::run;

/// Every goal of a passage as `Scorer => Team`.
fn team_lines(marked: &str) -> Vec<String> {
    run(marked)
        .goals
        .iter()
        .map(|g| format!("{} => {}", g.scorer, g.team.as_deref().unwrap_or("none")))
        .collect()
}

/// Runs every passage of a fixture; asserts at least `at_least` passages
/// and that each gives its goals the teams written.
fn assert_teams(fixture: &str, at_least: usize) {
    let (passages, wrong) = common::fixture_mismatches(fixture, team_lines, false);
    assert!(passages >= at_least, "{passages} passages read");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_side_with_all_its_goals_told_leaves_the_rest_to_the_other() {
    assert_teams(include_str!("fixtures/goal_team_count_probes.txt"), 14);
}

#[test]
fn a_goal_list_puts_each_scorer_under_a_side() {
    assert_teams(include_str!("fixtures/goal_team_list_probes.txt"), 14);
}

#[test]
fn for_a_club_counts_in_the_scorers_own_clause() {
    assert_teams(include_str!("fixtures/goal_team_for_probes.txt"), 14);
}

#[test]
fn a_running_score_credits_the_side_that_went_up() {
    assert_teams(include_str!("fixtures/goal_team_running_probes.txt"), 8);
}
