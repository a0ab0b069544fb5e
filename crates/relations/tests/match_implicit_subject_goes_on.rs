//! After a result in which a named club met the side a passage is about
//! without naming it ("À domicile, Lugano est venu s'imposer 1-2"), the
//! named club is the side met; the next result told of the implicit side against another
//! club is that side's too, not the named club's. Passages are our own, in
//! the seven languages.

mod common;

use common::lacking_match;

#[test]
fn the_implicit_side_goes_on_after_a_club_beat_it() {
    let cases = [
        (
            "[[Pumas|CLUB]] arrive in crisis. At home, [[Cruz Azul|CLUB]] won 0-2. Then came a 1-1 against [[Atlas|CLUB]].",
            "Atlas|Pumas 1-1",
        ),
        (
            "[[Bochum|CLUB]] steckt in der Krise. Zu Hause gewann [[Schalke|CLUB]] mit 0:2. Danach reichte es nur zu einem 1:1 gegen [[Mainz|CLUB]].",
            "Bochum|Mainz 1-1",
        ),
        (
            "[[Heracles|CLUB]] zit in de problemen. Thuis won [[Twente|CLUB]] met 0-2. Daarna volgde een 1-1 tegen [[PEC Zwolle|CLUB]].",
            "Heracles|PEC Zwolle 1-1",
        ),
        (
            "Los [[Pumas|CLUB]] llegan en crisis. En casa, el [[Cruz Azul|CLUB]] ganó 0-2. Luego llegó un 1-1 con el [[Atlas|CLUB]].",
            "Atlas|Pumas 1-1",
        ),
        (
            "[[Lille|CLUB]] traverse une crise. À domicile, [[Lens|CLUB]] est venu s'imposer 0-2. Ensuite, le nul 1-1 contre [[Nantes|CLUB]].",
            "Lille|Nantes 1-1",
        ),
        (
            "Il [[Genoa|CLUB]] è in crisi. In casa la [[Sampdoria|CLUB]] ha vinto 0-2. Poi è arrivato un 1-1 contro il [[Pisa|CLUB]].",
            "Genoa|Pisa 1-1",
        ),
        (
            "O [[Vasco|CLUB]] vive uma crise. Em casa, o [[Flamengo|CLUB]] venceu por 0-2. Depois veio um 1-1 contra o [[Bahia|CLUB]].",
            "Bahia|Vasco 1-1",
        ),
    ];
    let wrong = lacking_match(&cases);
    assert!(wrong.is_empty(), "{wrong:#?}");
}
