//! Match assembly, session 8: a coach's side named by an article ("los de
//! Anselmi", "quelli di Conte") or by a participle of leading with its
//! agent ("los dirigidos por", "allenati da", "entraînés par", "coached
//! by") is the coach's club; with a trap for a player after the article.
//! Written as fresh sentences (`fixtures/match_coach_pronoun_side_probes.txt`).

mod common;

use common::probe_mismatches;

#[test]
fn the_probe_passages_give_their_matches() {
    let (passages, wrong) =
        probe_mismatches(include_str!("fixtures/match_coach_pronoun_side_probes.txt"));
    assert!(passages >= 10, "{passages} passages read");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
