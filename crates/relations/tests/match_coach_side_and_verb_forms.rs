//! Match assembly: a coach's side is the club the text joins
//! the coach to, over the reference data's club; every person, tense and
//! gerund of a verb of beating a side makes the club after it the beaten
//! object. Written as fresh sentences in the seven languages
//! (`fixtures/match_coach_side_and_verb_forms_probes.txt`).

mod common;

use common::probe_mismatches;

#[test]
fn the_probe_passages_in_seven_languages_give_their_matches() {
    let (passages, wrong) = probe_mismatches(include_str!(
        "fixtures/match_coach_side_and_verb_forms_probes.txt"
    ));
    assert!(passages >= 14, "{passages} passages read");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
