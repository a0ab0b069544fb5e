//! A result's order checked against its scorers (`orient.rs`): with more
//! scorers of one side's club than the smaller number of the score, that
//! side has the larger one, whatever the wording; with traps for scorers
//! that agree with the order told, a level score, an own goal and more
//! scorers than the score allows. Written as fresh passages in the seven
//! languages (`fixtures/orient_scorers_probes.txt`).

mod common;

use common::assert_probes;

#[test]
fn scorers_of_one_side_beyond_the_smaller_number_make_it_the_winner() {
    assert_probes(include_str!("fixtures/orient_scorers_probes.txt"), 13);
}
