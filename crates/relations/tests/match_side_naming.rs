//! Match assembly, fifth set: which club mention names a side when the
//! clause names one club (a ground of another club, a nickname or coach's
//! side), which wording aligns a score (the win or loss word nearest the
//! score in its clause), and which club after a score opens a clause of its
//! own; written as fresh sentences in the seven languages
//! (`fixtures/match_side_naming_probes.txt`).

mod common;

use common::probe_mismatches;

#[test]
fn the_probe_passages_in_seven_languages_give_their_matches() {
    let (passages, wrong) = probe_mismatches(include_str!("fixtures/match_side_naming_probes.txt"));
    assert!(passages >= 84, "{passages} passages read");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
