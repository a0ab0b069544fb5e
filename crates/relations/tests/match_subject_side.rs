//! Match assembly, session 11: with the club of a result named as the side
//! met, the implicit side is the club the text goes on from, not the
//! nearest club named: one named before as the side met ("against
//! Hearts") or placed in a table against another ("drei Punkte vor
//! Servette") is none; with a trap for a club after a word of place.
//! Written as fresh sentences (`fixtures/match_subject_side_probes.txt`).

mod common;

#[test]
fn the_probe_passages_give_their_matches() {
    common::assert_probes(include_str!("fixtures/match_subject_side_probes.txt"), 8);
}
