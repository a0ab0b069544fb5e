//! Match assembly, sixth set: an implicit subject goes on from the subject
//! of the result told in the sentence of the club it played before, and a
//! side told by an epithet at another club's ground is the club named
//! before; with traps for a club named again on its own, for a clause
//! about the match or both sides, and for a player named before the verb.
//! Written as fresh sentences in the seven languages
//! (`fixtures/match_implicit_subject_probes.txt`).

mod common;

use common::probe_mismatches;

#[test]
fn the_probe_passages_in_seven_languages_give_their_matches() {
    let (passages, wrong) =
        probe_mismatches(include_str!("fixtures/match_implicit_subject_probes.txt"));
    assert!(passages >= 18, "{passages} passages read");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
