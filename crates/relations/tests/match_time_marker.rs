//! Two results of one pairing told apart by a time marker in the clause of
//! one of them ("in de heenmatch", "l'anno scorso", "el sábado pasado",
//! "no domingo passado", "twee weken geleden"): two matches, not a step
//! folded into its result. Written as fresh passages
//! (`fixtures/match_time_marker_probes.txt`).

mod common;

use common::assert_probes;

#[test]
fn a_result_told_with_a_time_marker_is_another_meeting() {
    assert_probes(include_str!("fixtures/match_time_marker_probes.txt"), 5);
}
