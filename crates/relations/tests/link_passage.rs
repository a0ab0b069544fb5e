//! A goal belongs to the match of its passage: the sentence whose score it
//! sits in, the paragraph where its minute is told, and, when the evidence
//! ties two matches, the match told before it in its paragraph, else the
//! text's own match (the one whose teams it names most), not a result told
//! in passing. Probes in seven languages, as fixtures: a passage ("¶" a
//! paragraph break), then `Scorer => TeamA|TeamB` (teams in alphabetical
//! order) or `Scorer => none`, one line per goal in text order.

mod common;

use common::run;

/// Every goal of a passage as `Scorer => A|B`, teams sorted.
fn placed_lines(marked: &str) -> Vec<String> {
    let r = run(marked);
    r.goals
        .iter()
        .map(|g| {
            let teams = g.match_index.and_then(|i| r.matches.get(i)).map_or_else(
                || "none".to_owned(),
                |m| {
                    let mut t = m.teams.clone();
                    t.sort();
                    t.join("|")
                },
            );
            format!("{} => {teams}", g.scorer)
        })
        .collect()
}

/// Runs every passage of a fixture; asserts at least `at_least` passages
/// and that each places its goals as written.
fn assert_placed(fixture: &str, at_least: usize) {
    let placed = |text: &str| placed_lines(&text.replace('¶', "\n\n"));
    let (passages, wrong) = common::fixture_mismatches(fixture, placed, false);
    assert!(passages >= at_least, "{passages} passages read");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_score_in_the_goals_sentence_places_it_over_clubs_named_nearby() {
    assert_placed(include_str!("fixtures/link_sentence_score_probes.txt"), 7);
}

#[test]
fn ties_go_to_the_match_told_in_the_paragraph_else_the_texts_own() {
    assert_placed(include_str!("fixtures/link_tie_break_probes.txt"), 21);
}

#[test]
fn a_goal_is_placed_where_its_minute_is_told() {
    assert_placed(include_str!("fixtures/link_goal_place_probes.txt"), 7);
}
