//! Goals of a fact box's scorers line, in the notations of the seven
//! languages: the minute after the name with the penalty or own-goal mark
//! after it ("Moffi 70e sp"), and a running score before a spaced minute
//! ("1-0, m. 12: Hugo Duro"). Every line here is written for the test.

mod common;

use common::{goals, run};
use scoreline_core::GoalKind;

fn told(marked: &str) -> Vec<(String, Option<u32>, GoalKind)> {
    goals(&run(marked))
        .into_iter()
        .map(|(s, m, _, k)| (s, m, k))
        .collect()
}

fn item(name: &str, minute: u32, kind: GoalKind) -> (String, Option<u32>, GoalKind) {
    (name.to_owned(), Some(minute), kind)
}

#[test]
fn a_penalty_or_own_goal_mark_after_a_french_minute_keeps_the_minute() {
    let found = told("Les résultats.\n\n[[Brest|CLUB]] - [[Nice|CLUB]] 1-2 ([[Ajorque|PLAYER]] 55e ; [[Diop|PLAYER]] 12e, [[Moffi|PLAYER]] 70e sp)");
    assert_eq!(
        found,
        [
            item("Ajorque", 55, GoalKind::Regular),
            item("Diop", 12, GoalKind::Regular),
            item("Moffi", 70, GoalKind::Penalty),
        ]
    );
    let found = told("Les résultats.\n\n[[Pau|CLUB]] - [[Boulogne|CLUB]] 2-0 ([[Bobichon|PLAYER]] 39e, [[Kouassi|PLAYER]] 61e csc)");
    assert_eq!(
        found,
        [
            item("Bobichon", 39, GoalKind::Regular),
            item("Kouassi", 61, GoalKind::OwnGoal),
        ]
    );
}

#[test]
fn a_spaced_spanish_minute_before_a_colon_opens_its_scorer() {
    let found = told("El [[Valencia|CLUB]] ganó al [[Celta|CLUB]] 2-1.\n\nGoles: 1-0, m. 12: [[Hugo Duro|PLAYER]]. 1-1, m. 40: [[Iago Aspas|PLAYER]]. 2-1, m. 77: [[Diego López|PLAYER]].");
    assert_eq!(
        found,
        [
            item("Hugo Duro", 12, GoalKind::Regular),
            item("Iago Aspas", 40, GoalKind::Regular),
            item("Diego López", 77, GoalKind::Regular),
        ]
    );
    // Spaced and with no colon after it, "m. 12" may be metres.
    assert!(told("El [[Valencia|CLUB]] ganó al [[Celta|CLUB]] 2-1. [[Hugo Duro|PLAYER]] corrió 40 m. 12 veces.")
        .iter()
        .all(|(_, m, _)| m.is_none()));
}

#[test]
fn the_other_languages_scorers_lines_keep_their_marks() {
    let cases = [
        ("[[Everton|CLUB]] 3 ([[Beto|PLAYER]] 12, [[Iliman Ndiaye|PLAYER]] 49 pen; [[O'Shea|PLAYER]] 84 og) [[Ipswich|CLUB]] 0", [("Beto", 12, GoalKind::Regular), ("Iliman Ndiaye", 49, GoalKind::Penalty), ("O'Shea", 84, GoalKind::OwnGoal)]),
        ("[[Mainz|CLUB]] - [[Bochum|CLUB]] 2:1\nTore: 1:0 [[Burkardt|PLAYER]] (12.), 1:1 [[Boadu|PLAYER]] (40.), 2:1 [[Amiri|PLAYER]] (77., Foulelfmeter)", [("Burkardt", 12, GoalKind::Regular), ("Boadu", 40, GoalKind::Regular), ("Amiri", 77, GoalKind::Penalty)]),
        ("[[Napoli|CLUB]]-[[Genoa|CLUB]] 2-1\nMarcatori: 12' [[Lukaku|PLAYER]], 40' [[Vitinha|PLAYER]], 77' rig. [[McTominay|PLAYER]].", [("Lukaku", 12, GoalKind::Regular), ("Vitinha", 40, GoalKind::Regular), ("McTominay", 77, GoalKind::Penalty)]),
        ("[[Sporting|CLUB]] - [[Farense|CLUB]] 2-1\nGolos: [[Gyökeres|PLAYER]] (12'), [[Trincão|PLAYER]] (40'), [[Chico Lamba|PLAYER]] (77', pen.)", [("Gyökeres", 12, GoalKind::Regular), ("Trincão", 40, GoalKind::Regular), ("Chico Lamba", 77, GoalKind::Penalty)]),
        ("[[AZ|CLUB]] - [[Heracles|CLUB]] 3-1\nDoelpunten: 8' [[Parrott|PLAYER]] 1-0, 54' [[Mijnans|PLAYER]] 2-0, 74' [[Limnios|PLAYER]] 2-1", [("Parrott", 8, GoalKind::Regular), ("Mijnans", 54, GoalKind::Regular), ("Limnios", 74, GoalKind::Regular)]),
    ];
    for (text, want) in cases {
        let want: Vec<_> = want.iter().map(|(n, m, k)| item(n, *m, *k)).collect();
        assert_eq!(told(text), want, "{text}");
    }
}
