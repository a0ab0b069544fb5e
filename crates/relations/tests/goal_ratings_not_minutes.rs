//! Player ratings after a report ("Falcone 6,5; Gaspar 5", "Nicolas 3 –
//! Scally 3") are not minutes: a number written with a decimal comma is no
//! minute, and a line whose every name carries a number of ten or less is
//! a line of marks. Goal lines with bare minutes still count. Every line
//! here is written for the test.

mod common;

use common::scorers;

#[test]
fn a_line_of_marks_in_any_language_gives_no_goal() {
    let lines = [
        "[[Lecce|CLUB]] - [[Cagliari|CLUB]] 2-1.\n\n[[Wladimiro Falcone|PLAYER]] 6,5; [[Kialonda Gaspar|PLAYER]] 5, [[Tiago Gabriel|PLAYER]] 6,5; [[Ylber Ramadani|PLAYER]] 7; [[Lameck Banda|PLAYER]] 8.",
        "[[Leipzig|CLUB]] - [[Gladbach|CLUB]] 1:3.\n\nGladbach: [[Moritz Nicolas|PLAYER]] 3 – [[Joe Scally|PLAYER]] 3, [[Ko Itakura|PLAYER]] 2, [[Nico Elvedi|PLAYER]] 3 – [[Robin Hack|PLAYER]] 1.",
        "[[Ajax|CLUB]] - [[PSV|CLUB]] 2-2.\n\nAjax: [[Remko Pasveer|PLAYER]] 6, [[Lucas Rosa|PLAYER]] 7, [[Josip Šutalo|PLAYER]] 5, [[Youri Baas|PLAYER]] 6.",
        "[[Betis|CLUB]] - [[Getafe|CLUB]] 2-0.\n\nBetis: [[Rui Silva|PLAYER]] 7; [[Youssouf Sabaly|PLAYER]] 6, [[Natan|PLAYER]] 6,5, [[Romain Perraud|PLAYER]] 5.",
        "[[PSG|CLUB]] - [[Reims|CLUB]] 2-1.\n\nPSG : [[Gianluigi Donnarumma|PLAYER]] 6,5 – [[Achraf Hakimi|PLAYER]] 7, [[Marquinhos|PLAYER]] 6, [[Nuno Mendes|PLAYER]] 8.",
        "[[Benfica|CLUB]] - [[Braga|CLUB]] 1-0.\n\nBenfica: [[Anatoliy Trubin|PLAYER]] 6; [[Tomás Araújo|PLAYER]] 7, [[António Silva|PLAYER]] 6, [[Nicolás Otamendi|PLAYER]] 5.",
        "[[Arsenal|CLUB]] - [[Chelsea|CLUB]] 1-1.\n\nArsenal: [[David Raya|PLAYER]] 7; [[Ben White|PLAYER]] 6, [[William Saliba|PLAYER]] 8, [[Gabriel|PLAYER]] 7.",
    ];
    let wrong: Vec<String> = lines
        .iter()
        .filter_map(|l| {
            let got = scorers(l);
            (!got.is_empty()).then(|| format!("{l}: {got:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn a_line_of_goals_with_bare_minutes_still_counts() {
    assert_eq!(
        scorers("[[Wolves|CLUB]] 0 [[Forest|CLUB]] 3 ([[Chris Wood|PLAYER]] 33, 61, [[Callum Hudson-Odoi|PLAYER]] 80)"),
        ["Chris Wood 33", "Chris Wood 61", "Callum Hudson-Odoi 80"]
    );
    // Two early goals are still goals: two items make no line of marks.
    assert_eq!(
        scorers("[[West Ham|CLUB]] 2 [[Fulham|CLUB]] 0 ([[Jarrod Bowen|PLAYER]] 4, [[Mohammed Kudus|PLAYER]] 9)"),
        ["Jarrod Bowen 4", "Mohammed Kudus 9"]
    );
}
