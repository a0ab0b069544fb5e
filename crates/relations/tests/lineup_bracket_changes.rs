//! A line-up writes its changes in brackets after the starter: the player
//! who came on and the minute ("Elías Montiel (Alán Bautista, 75')",
//! "Colley (78' Elia)"). Those minutes are no goals. A scorers' line, whose
//! brackets hold a minute and no other name ("Zalazar (12'), Pau Víctor
//! (90'+3); Pavlidis (34')"), keeps its goals. Every line here is written
//! for the test.

mod common;

use common::{goal, scored};

#[test]
fn a_change_in_a_line_ups_brackets_is_no_goal() {
    for line in [
        "Pachuca: [[Carlos Moreno|PLAYER]]; [[Sergio Barreto|PLAYER]], [[Gustavo Cabral|PLAYER]], [[Eduardo Bauermann|PLAYER]]; [[Elías Montiel|PLAYER]] ([[Alán Bautista|PLAYER]], 75'), [[Pedro Pedraza|PLAYER]]; [[Salomón Rondón|PLAYER]].",
        "Young Boys: [[David von Ballmoos|PLAYER]]; [[Athekame|PLAYER]], [[Camara|PLAYER]], [[Benito|PLAYER]]; [[Lauper|PLAYER]], [[Niasse|PLAYER]]; [[Colley|PLAYER]] (78' [[Elia|PLAYER]]), [[Monteiro|PLAYER]].",
        "Arsenal: [[David Raya|PLAYER]]; [[Ben White|PLAYER]], [[William Saliba|PLAYER]], [[Gabriel Magalhães|PLAYER]]; [[Declan Rice|PLAYER]] (64' [[Mikel Merino|PLAYER]]), [[Martin Ødegaard|PLAYER]]; [[Bukayo Saka|PLAYER]].",
        "Bayern: [[Manuel Neuer|PLAYER]]; [[Joshua Kimmich|PLAYER]], [[Dayot Upamecano|PLAYER]], [[Min-jae Kim|PLAYER]]; [[Leon Goretzka|PLAYER]] (70. [[Aleksandar Pavlović|PLAYER]]), [[Michael Olise|PLAYER]]; [[Harry Kane|PLAYER]].",
        "Ajax: [[Remko Pasveer|PLAYER]]; [[Devyne Rensch|PLAYER]], [[Josip Šutalo|PLAYER]], [[Youri Baas|PLAYER]]; [[Jordan Henderson|PLAYER]] (71' [[Kian Fitz-Jim|PLAYER]]), [[Kenneth Taylor|PLAYER]]; [[Wout Weghorst|PLAYER]].",
        "Lens : [[Brice Samba|PLAYER]] ; [[Jonathan Gradit|PLAYER]], [[Kevin Danso|PLAYER]], [[Facundo Medina|PLAYER]] ; [[Neil El Aynaoui|PLAYER]] ([[Andy Diouf|PLAYER]], 68e), [[Adrien Thomasson|PLAYER]] ; [[Florian Thauvin|PLAYER]].",
        "Benfica: [[Anatoliy Trubin|PLAYER]]; [[Tomás Araújo|PLAYER]], [[António Silva|PLAYER]], [[Nicolás Otamendi|PLAYER]]; [[Florentino Luís|PLAYER]] (77' [[Leandro Barreiro|PLAYER]]), [[Orkun Kökçü|PLAYER]]; [[Vangelis Pavlidis|PLAYER]].",
        "Inter: [[Yann Sommer|PLAYER]]; [[Benjamin Pavard|PLAYER]], [[Francesco Acerbi|PLAYER]], [[Alessandro Bastoni|PLAYER]]; [[Nicolò Barella|PLAYER]] (66' [[Davide Frattesi|PLAYER]]), [[Hakan Çalhanoğlu|PLAYER]]; [[Lautaro Martínez|PLAYER]].",
    ] {
        assert!(
            scored(line).iter().all(|g| g.1.is_none()),
            "{line}: {:?}",
            scored(line)
        );
    }
}

#[test]
fn a_scorers_line_with_a_minute_alone_in_each_bracket_keeps_its_goals() {
    assert_eq!(
        scored("Marcadores: [[Zalazar|PLAYER]] (12'), [[Pau Víctor|PLAYER]] (90'); [[Pavlidis|PLAYER]] (34'), [[Sudakov|PLAYER]] (58'); [[Ricardo Horta|PLAYER]] (70'), [[Bruma|PLAYER]] (80')."),
        [
            goal("Zalazar", 12),
            goal("Pau Víctor", 90),
            goal("Pavlidis", 34),
            goal("Sudakov", 58),
            goal("Ricardo Horta", 70),
            goal("Bruma", 80)
        ]
    );
}
