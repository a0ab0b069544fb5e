//! A minute's clause whose subject is a description or a pronoun ("The
//! Norwegian", "Der 21-Jährige", "O sueco") with no player named in it but
//! objects: the description stands for the last player named before it who
//! is not an object, unless two were named together; what the clause tells
//! then decides as for a name (a card, a change, a save: no goal). Probes in
//! all seven languages, in `fixtures/goal_described_subject_probes.txt`.

mod common;

use common::assert_scorer_probes;

#[test]
fn a_description_or_pronoun_subject_is_the_player_before() {
    assert_scorer_probes(
        include_str!("fixtures/goal_described_subject_probes.txt"),
        14,
    );
}
