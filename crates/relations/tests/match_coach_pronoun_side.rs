//! Match assembly, session 8: a coach's side named by an article ("los de
//! Anselmi", "quelli di Conte") or by a participle of leading with its
//! agent ("los dirigidos por", "allenati da", "entraînés par", "coached
//! by") is the coach's club; with a trap for a player after the article.
//! Written as fresh sentences (`fixtures/match_coach_pronoun_side_probes.txt`).

mod common;

#[test]
fn the_probe_passages_give_their_matches() {
    common::assert_probes(
        include_str!("fixtures/match_coach_pronoun_side_probes.txt"),
        10,
    );
}
