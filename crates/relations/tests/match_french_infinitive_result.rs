//! French reflexive result verbs in the infinitive ("est venu s'imposer",
//! "a fini par s'incliner") tell who won as their finite forms do. Passages
//! are our own.

mod common;

use common::unlike_one_match;

#[test]
fn an_infinitive_win_or_loss_aligns_the_score() {
    let cases = [
        (
            "Puis [[Lugano|CLUB]] est venu s'imposer 1-2 face au [[FC Bâle|CLUB]].",
            "FC Bâle|Lugano 1-2",
        ),
        (
            "Puis [[Berkane|CLUB]] a fini par s'incliner 1-0 face au [[Zamalek|CLUB]].",
            "Berkane|Zamalek 0-1",
        ),
    ];
    let wrong = unlike_one_match(&cases);
    assert!(wrong.is_empty(), "{wrong:#?}");
}
