//! Match assembly: a club a result verb governs as its object, or the one
//! a score is told for after a verb of an implicit subject ("they had lost
//! 3-2 to Greece", "había caído, 2-0 para el Girona"), is not the subject
//! of the result; the implicit subject goes on from the result told
//! before. Traps: the agent of a passive, a score told for a club with no
//! verb before it. Fresh sentences in the seven languages
//! (`fixtures/match_governed_side_probes.txt`).

mod common;

#[test]
fn a_governed_club_is_the_opponent_of_the_implicit_subject() {
    common::assert_probes(include_str!("fixtures/match_governed_side_probes.txt"), 9);
}
