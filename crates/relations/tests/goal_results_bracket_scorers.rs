//! A results line's scorers in brackets without minutes, in the seven
//! languages' round-ups: every name a goal of the score before it, a count
//! after a name that many, an own-goal mark its kind. Traps: a bracket of
//! anything else ("n.V.", "strafschop", a minute), more names than the
//! score has goals, and goals the prose told already. Every line here is
//! written for the test.

mod common;

use common::{goals, placed, run};
use scoreline_core::GoalKind;

/// (scorer, goals) of a marked text, in the order first found.
fn tally(marked: &str) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = Vec::new();
    for (s, _) in placed(&run(marked)) {
        match out.iter_mut().find(|(n, _)| *n == s) {
            Some((_, k)) => *k += 1,
            None => out.push((s, 1)),
        }
    }
    out.sort();
    out
}

fn t(list: &[(&str, usize)]) -> Vec<(String, usize)> {
    let mut v: Vec<(String, usize)> = list.iter().map(|(s, n)| ((*s).to_owned(), *n)).collect();
    v.sort();
    v
}

#[test]
fn each_name_of_a_bracket_after_a_score_is_a_goal_a_count_that_many() {
    let lines = [
        (
            "Results:\n[[Leeds United|CLUB]] - [[Burnley|CLUB]] 3-1 ([[Piroe|PLAYER]] 2, [[James|PLAYER]] - [[Foster|PLAYER]])",
            vec![("Piroe", 2), ("James", 1), ("Foster", 1)],
        ),
        (
            "Die Ergebnisse:\n[[Hannover 96|CLUB]] - [[1. FC Magdeburg|CLUB]] 4:2 ([[Källman|PLAYER]] 2, [[Rochelt|PLAYER]], [[Leopold|PLAYER]] - [[Atik|PLAYER]], [[Nollenberger|PLAYER]])",
            vec![("Källman", 2), ("Rochelt", 1), ("Leopold", 1), ("Atik", 1), ("Nollenberger", 1)],
        ),
        (
            "Uitslagen:\n[[FC Volendam|CLUB]] - [[Jong AZ|CLUB]] 3-1 ([[Mühren|PLAYER]] 2, [[Veerman|PLAYER]]; [[Meerdink|PLAYER]])",
            vec![("Mühren", 2), ("Veerman", 1), ("Meerdink", 1)],
        ),
        (
            "Resultados:\n[[Racing|CLUB]] - [[Eibar|CLUB]] 2-1 ([[Arana|PLAYER]], [[Andrés Martín|PLAYER]] - [[Bautista|PLAYER]])",
            vec![("Arana", 1), ("Andrés Martín", 1), ("Bautista", 1)],
        ),
        (
            "Résultats :\n[[Lorient|CLUB]] - [[Metz|CLUB]] 2-0 ([[Tosin|PLAYER]] 2)",
            vec![("Tosin", 2)],
        ),
        (
            "Risultati:\n[[Pisa|CLUB]] - [[Bari|CLUB]] 2-1 ([[Tramoni|PLAYER]], [[Bonfanti|PLAYER]] - [[Novakovich|PLAYER]])",
            vec![("Tramoni", 1), ("Bonfanti", 1), ("Novakovich", 1)],
        ),
        (
            "Resultados:\n[[Tondela|CLUB]] - [[Chaves|CLUB]] 2-2 ([[Cícero|PLAYER]] 2 - [[Batxi|PLAYER]], [[Nélson Pedroso|PLAYER]])",
            vec![("Cícero", 2), ("Batxi", 1), ("Nélson Pedroso", 1)],
        ),
    ];
    for (text, want) in lines {
        assert_eq!(tally(text), t(&want), "{text}");
    }
}

#[test]
fn an_own_goal_mark_makes_its_name_an_own_goal() {
    let r = run("Die Ergebnisse:\n[[Fortuna Düsseldorf|CLUB]] - [[Eintracht Braunschweig|CLUB]] 2:2 ([[Itten|PLAYER]], [[Klaus|PLAYER]] - [[Köhler|PLAYER]], [[Oberdorf|PLAYER]]/Eigentor)");
    let own: Vec<String> = goals(&r)
        .into_iter()
        .filter(|g| g.3 == GoalKind::OwnGoal)
        .map(|g| g.0)
        .collect();
    assert_eq!(own, ["Oberdorf"]);
    assert_eq!(r.goals.len(), 4);
}

#[test]
fn a_bracket_of_anything_else_or_of_too_many_names_gives_no_goal() {
    let traps = [
        // Extra time, a shoot-out, an end, told in brackets.
        "Die Ergebnisse:\n[[SC Freiburg|CLUB]] - [[Hamburger SV|CLUB]] 2:1 (n.V.)",
        "Uitslagen:\n[[NEC|CLUB]] - [[FC Twente|CLUB]] 1-1 (strafschop [[Sadílek|PLAYER]])",
        // More names than the score has goals.
        "Risultati:\n[[Pisa|CLUB]] - [[Bari|CLUB]] 1-0 ([[Tramoni|PLAYER]], [[Bonfanti|PLAYER]])",
        // Not right after the score.
        "Resultados:\n[[Tondela|CLUB]] - [[Chaves|CLUB]] 1-0, com público ([[Cícero|PLAYER]])",
    ];
    for text in traps {
        assert_eq!(tally(text), t(&[]), "{text}");
    }
}

#[test]
fn goals_the_prose_told_are_not_told_again() {
    let text = "[[FC Volendam|CLUB]] - [[Jong AZ|CLUB]] 3-1 ([[Mühren|PLAYER]] 2, [[Veerman|PLAYER]]; [[Meerdink|PLAYER]])\n\nVolendam blijft koploper: [[Robert Mühren|PLAYER]] was twee keer trefzeker tegen [[Jong AZ|CLUB]].";
    let n = placed(&run(text))
        .iter()
        .filter(|(s, _)| s.ends_with("Mühren"))
        .count();
    assert_eq!(n, 2, "{:?}", placed(&run(text)));
}
