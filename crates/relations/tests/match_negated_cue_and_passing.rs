//! Match assembly, session 8: a negated win or loss ("without losing",
//! "sem perder", "ohne zu verlieren") aligns no score, and a club named once
//! in passing in a text about another club is no implicit side, and the
//! infinitives, present forms and participles of the win and loss verbs
//! align a score as their other forms do; with a trap
//! for a text whose other club is named only twice. Written as fresh
//! sentences in the seven languages
//! (`fixtures/match_negated_cue_and_passing_probes.txt`).

mod common;

#[test]
fn the_probe_passages_in_seven_languages_give_their_matches() {
    common::assert_probes(
        include_str!("fixtures/match_negated_cue_and_passing_probes.txt"),
        34,
    );
}
