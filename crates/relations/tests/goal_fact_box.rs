//! A fact box's line is read by its label: "Tore:", "Goals:", "Buts :",
//! "Reti:", "Golos:" list goals, each item a name and a minute; a label
//! of cards, dismissals or misses ("Avertissements :", "Cartões
//! amarelos:", "Booked:", "Gemiste strafschop:") lists none, its plural
//! read as its singular, in the seven languages. Every line here is
//! written for the test.

mod common;
mod goals_check;

use goals_check::check_minutes as check;

#[test]
fn a_line_labelled_with_cards_or_misses_lists_no_goals() {
    check(&[
        ("[[Strasbourg|CLUB]] 2-1 [[Aberdeen|CLUB]]\nButs : [[Emanuel Emegha|PLAYER]] (19e), [[Diego Moreira|PLAYER]] (58e) pour Strasbourg ; [[Kevin Nisbet|PLAYER]] (33e) pour Aberdeen.\nAvertissements : [[Ismaël Doukouré|PLAYER]] (41e) pour Strasbourg ; [[Jack Milne|PLAYER]] (29e).",
         &[("Emanuel Emegha", 19), ("Diego Moreira", 58), ("Kevin Nisbet", 33)]),
        ("[[Sporting|CLUB]] 2-0 [[Braga|CLUB]]\nGolos: [[Viktor Gyökeres|PLAYER]] 12', [[Francisco Trincão|PLAYER]] 56'\nCartões amarelos: [[Ricardo Horta|PLAYER]] (40'), [[Vitor Carvalho|PLAYER]] (71')",
         &[("Viktor Gyökeres", 12), ("Francisco Trincão", 56)]),
        ("[[Arsenal|CLUB]] 2 [[Chelsea|CLUB]] 1\nGoals: [[Bukayo Saka|PLAYER]] 12, [[Kai Havertz|PLAYER]] 56; [[Cole Palmer|PLAYER]] 70.\nBookings: [[Declan Rice|PLAYER]] 33, [[Moisés Caicedo|PLAYER]] 61.",
         &[("Bukayo Saka", 12), ("Kai Havertz", 56), ("Cole Palmer", 70)]),
        ("[[Bayern|CLUB]] - [[Leverkusen|CLUB]] 2:1 (1:1)\nTore: 1:0 [[Harry Kane|PLAYER]] (12.), 1:1 [[Florian Wirtz|PLAYER]] (34.), 2:1 [[Jamal Musiala|PLAYER]] (78.)\nGelbe Karten: [[Joshua Kimmich|PLAYER]] (44.), [[Granit Xhaka|PLAYER]] (50.)",
         &[("Harry Kane", 12), ("Florian Wirtz", 34), ("Jamal Musiala", 78)]),
        ("[[AZ|CLUB]] - [[Twente|CLUB]] 1-0\nDoelpunten: 1-0 [[Troy Parrott|PLAYER]] (8.)\nGemiste strafschoppen: [[Sem Steijn|PLAYER]] (45.)",
         &[("Troy Parrott", 8)]),
        ("[[Sevilla|CLUB]] 1 - [[Betis|CLUB]] 0\nGoles: [[Isaac Romero|PLAYER]] (23')\nTarjetas amarillas: [[Marc Bartra|PLAYER]] (30'), [[Nemanja Gudelj|PLAYER]] (77')",
         &[("Isaac Romero", 23)]),
        ("[[Lugano|CLUB]]-[[Young Boys|CLUB]] 2-1\nReti: 34' [[Mattia Bottani|PLAYER]]; 61' [[Chris Bedia|PLAYER]]; 88' [[Renato Steffen|PLAYER]].\nEspulsioni: 80' [[Loris Benito|PLAYER]].",
         &[("Mattia Bottani", 34), ("Chris Bedia", 61), ("Renato Steffen", 88)]),
    ]);
}

#[test]
fn a_line_labelled_with_a_club_or_goals_lists_its_goals() {
    check(&[
        ("[[Servette|CLUB]] 1-2 [[Lausanne|CLUB]]\n[[Lausanne|CLUB]] : [[Alvyn Sanches|PLAYER]] (12e), [[Kaly Sène|PLAYER]] (70e)\n[[Servette|CLUB]] : [[Miroslav Stevanović|PLAYER]] (81e)",
         &[("Alvyn Sanches", 12), ("Kaly Sène", 70), ("Miroslav Stevanović", 81)]),
        ("[[Porto|CLUB]] 1-1 [[Benfica|CLUB]]\nMarcadores: [[Samu Aghehowa|PLAYER]] 30', [[Vangelis Pavlidis|PLAYER]] 75'",
         &[("Samu Aghehowa", 30), ("Vangelis Pavlidis", 75)]),
    ]);
}
