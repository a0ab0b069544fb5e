//! A win or loss verb right before the first club of "A score B" (only
//! articles between) has that club for its subject: the verb-first order
//! of German and Dutch after a fronted word ("Elders verloor PSV met 4-0
//! bij Ajax") and of Spanish, Italian and Portuguese ("vince la Juve 1-3
//! sul campo del Napoli", "perdeu o Grêmio por 3-1"); a verb that may take
//! the club as its object ("venceu o Grêmio") is left out. English and
//! French put the subject first, so they have no such probe. Passages are
//! our own.

mod common;

use common::unlike_one_match;

#[test]
fn a_verb_before_the_first_club_tells_its_result() {
    let cases = [
        (
            "Am Samstag verlor [[Bochum|CLUB]] mit 3:0 bei [[Mainz|CLUB]].",
            "Bochum|Mainz 0-3",
        ),
        (
            "Elders verloor [[Heracles|CLUB]] met 3-0 bij [[Twente|CLUB]].",
            "Heracles|Twente 0-3",
        ),
        (
            "El domingo perdió el [[Betis|CLUB]] 3-0 ante el [[Sevilla|CLUB]].",
            "Betis|Sevilla 0-3",
        ),
        (
            "Domenica vince la [[Juve|CLUB]] 1-3 sul campo del [[Napoli|CLUB]].",
            "Juve|Napoli 3-1",
        ),
        (
            "No domingo, perdeu o [[Grêmio|CLUB]] por 3-1 no campo do [[Inter|CLUB]].",
            "Grêmio|Inter 1-3",
        ),
    ];
    let wrong = unlike_one_match(&cases);
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// A verb whose object the first club is ("beat", "travolge") tells the
/// other side's win, not the club's: the rule leaves it to the wording
/// rules before it ("Il Milan travolge il Torino 3-1" is the Milan's).
#[test]
fn a_transitive_win_before_the_club_is_not_its_subject() {
    let cases = [
        (
            "Ieri il [[Milan|CLUB]] travolge il [[Torino|CLUB]] 3-1 a San Siro.",
            "Milan|Torino 3-1",
        ),
        (
            "On Saturday [[Arsenal|CLUB]] beat [[Chelsea|CLUB]] 3-1 at home.",
            "Arsenal|Chelsea 3-1",
        ),
    ];
    let wrong = unlike_one_match(&cases);
    assert!(wrong.is_empty(), "{wrong:#?}");
}
