//! Match assembly, fourth set: results lines with their scorers in
//! brackets, results whose subject is a pronoun or left implicit, earlier
//! legs told in previews, shoot-outs beside aggregate scores; written as
//! fresh sentences in the seven languages (`fixtures/match_results_lines_and_legs_probes.txt`).

mod common;

use common::probe_mismatches;

#[test]
fn the_probe_passages_in_seven_languages_give_their_matches() {
    let (passages, wrong) = probe_mismatches(include_str!(
        "fixtures/match_results_lines_and_legs_probes.txt"
    ));
    assert!(passages >= 50, "{passages} passages read");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
