//! A liveblog goal entry whose heading names no one ("85. Minute – TOR für
//! Frankfurt, 4:1!") goes on in its next line, which names the scorer —
//! unless that line opens another entry. A heading of a card or a
//! substitution makes no goal of the line after it. Every text here is
//! written for the test.

mod common;

use common::{goal, scored};

#[test]
fn a_goal_heading_naming_no_one_takes_the_scorer_from_the_next_line() {
    assert_eq!(
        scored("85. Minute – TOR für Frankfurt, 4:1!\n[[Can Uzun|PLAYER]] verwandelt den Handelfmeter flach ins Eck."),
        [goal("Can Uzun", 85)]
    );
    assert_eq!(
        scored("45.+2 Minute – TOR für Frankfurt, 2:1!\n[[Farès Chaïbi|PLAYER]] zieht aus 16 Metern ab und trifft."),
        [("Farès Chaïbi".to_owned(), Some(45), Some(2))]
    );
    assert_eq!(
        scored("67' – GOAL for Arsenal!\nWhat a header from [[Gabriel Magalhães|PLAYER]] at the near post."),
        [goal("Gabriel Magalhães", 67)]
    );
    assert_eq!(
        scored("23' – DOELPUNT Ajax, 1-0!\n[[Brian Brobbey|PLAYER]] schiet de bal hard binnen."),
        [goal("Brian Brobbey", 23)]
    );
    assert_eq!(
        scored("54' – ¡GOL del Betis!\n[[Isco|PLAYER]] define con la zurda ante la salida del portero."),
        [goal("Isco", 54)]
    );
    assert_eq!(
        scored("12e – BUT pour Lens !\n[[Florian Thauvin|PLAYER]] enroule une frappe du gauche."),
        [goal("Florian Thauvin", 12)]
    );
    assert_eq!(
        scored("31' – GOL dell'Inter!\n[[Lautaro Martínez|PLAYER]] insacca di testa su cross da destra."),
        [goal("Lautaro Martínez", 31)]
    );
    assert_eq!(
        scored("77' – GOLO do Benfica!\n[[Vangelis Pavlidis|PLAYER]] finaliza na pequena área."),
        [goal("Vangelis Pavlidis", 77)]
    );
}

#[test]
fn the_next_line_opening_another_entry_is_not_read_for_the_scorer() {
    let found = scored("85. Minute – TOR für Frankfurt, 4:1!\n86. Minute – Gelbe Karte für [[Jordan Henderson|PLAYER]].");
    assert!(
        !found.iter().any(|g| g.0 == "Jordan Henderson"),
        "{found:?}"
    );
}

#[test]
fn a_card_heading_makes_no_goal_of_the_next_line() {
    assert!(scored("58. Minute – Gelb-Rot für Ajax!\n[[Jordan Henderson|PLAYER]] kommt zu spät und muss vom Feld.").is_empty());
    assert!(scored(
        "58' – Red card for Ajax!\n[[Jordan Henderson|PLAYER]] is sent off for a late tackle."
    )
    .is_empty());
}
