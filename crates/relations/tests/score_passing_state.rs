//! Scores told as a state the match passed through (`score.rs`,
//! `passing_state`): an adverb of the meantime or a verb of leading or
//! trailing right before the score, or "up"/"down" right after it, make no
//! result; with traps for a result told after such a state, the end told
//! beside it, and the imperfect of winning, which tells a result. Written
//! as fresh passages in the seven languages
//! (`fixtures/score_passing_state_probes.txt`).

mod common;

use common::assert_probes;

#[test]
fn a_score_told_as_a_passing_state_is_no_result() {
    assert_probes(include_str!("fixtures/score_passing_state_probes.txt"), 12);
}
