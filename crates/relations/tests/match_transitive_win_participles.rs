//! Participles of verbs of beating a side ("ont corrigé le FC Zurich",
//! "ha steso la Sampdoria") make the club after them the side met: the
//! implicit subject, the club the passage is about, won. Passages are our
//! own.

mod common;

use common::unlike_one_match;

#[test]
fn a_beating_participle_makes_its_object_the_side_met() {
    let cases = [
        (
            "Le [[FC Bâle|CLUB]] respire. Ses joueurs ont corrigé le [[FC Zurich|CLUB]] 4-0 samedi.",
            "FC Bâle|FC Zurich 4-0",
        ),
        (
            "Il [[Cesena|CLUB]] vola. La squadra ha steso la [[Sampdoria|CLUB]] 2-0 sabato.",
            "Cesena|Sampdoria 2-0",
        ),
    ];
    let wrong = unlike_one_match(&cases);
    assert!(wrong.is_empty(), "{wrong:#?}");
}
