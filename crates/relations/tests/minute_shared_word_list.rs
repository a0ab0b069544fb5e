//! A list of ordinal minutes sharing one minute word at its end ("in the
//! 6th, the 41st and the 77th minute", "in der 6., der 41. und der 77.
//! Minute", "in de zesde, de 23ste en de 71ste minuut"): each item is a
//! minute. Lists of rounds or match days stay no minutes, cards at such
//! minutes no goals. Probes in all seven languages, in
//! `fixtures/minute_shared_word_list_probes.txt`.

mod common;

use common::assert_scorer_probes;

#[test]
fn every_item_of_a_list_sharing_its_minute_word_is_a_minute() {
    assert_scorer_probes(
        include_str!("fixtures/minute_shared_word_list_probes.txt"),
        10,
    );
}
