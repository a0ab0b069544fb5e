//! A score named with an article is a state of a match only when its
//! clause tells the goal that made it ("Kane headed the 2-0", "zum 2:1
//! traf Müller"); with no goal, scorer's verb or minute in its clause it
//! is a result ("it was only enough for a 0-1", "ficaram no 0 a 0 na
//! Fonte Nova"). Passages are our own, in the six languages with such an
//! article ("the" before a score needs a goal word in English anyway).

mod common;

use common::{each_score_is, score_kinds};
use scoreline_relations::score::ScoreKind;

#[test]
fn an_article_score_with_no_goal_in_its_clause_is_a_result() {
    let cases = [
        (
            "In Luzern reichte es nur zu einem 0:1, die Stimmung kippte.",
            0,
            1,
        ),
        (
            "In Zwolle kwam het 0-1 hard aan, en de sfeer sloeg om.",
            0,
            1,
        ),
        (
            "En Vigo se llevaron el 0-1 a casa, y el ánimo cambió.",
            0,
            1,
        ),
        (
            "À Lorient, ils ont ramené le 0-1, et l'ambiance a changé.",
            0,
            1,
        ),
        ("A Lecce è arrivato lo 0-1, e l'umore è cambiato.", 0, 1),
        (
            "Em Braga, as equipas ficaram no 0-1, e o ambiente mudou.",
            0,
            1,
        ),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(text, a, b)| {
            score_kinds(text)
                .iter()
                .filter(|(x, y, _)| (x, y) == (a, b))
                .any(|(_, _, k)| *k == ScoreKind::Running)
        })
        .map(|(text, _, _)| format!("{text}: {:?}", score_kinds(text)))
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// The same article and score with the goal told in the clause: a state.
#[test]
fn an_article_score_with_its_goal_is_a_state() {
    each_score_is(
        &[
            ("In Luzern köpfte er das 0:1, die Stimmung kippte.", 0, 1),
            (
                "In Zwolle kopte hij de 0-1 binnen, en de sfeer sloeg om.",
                0,
                1,
            ),
            ("En Vigo marcó el 0-1 de cabeza, y el ánimo cambió.", 0, 1),
            (
                "En Vigo el joven firmaba así el 0-1, y el ánimo cambió.",
                0,
                1,
            ),
            (
                "À Lorient, il a marqué le 0-1 de la tête, et l'ambiance a changé.",
                0,
                1,
            ),
            (
                "A Lecce ha segnato lo 0-1 di testa, e l'umore è cambiato.",
                0,
                1,
            ),
            (
                "Em Braga, ele marcou o 0-1 de cabeça, e o ambiente mudou.",
                0,
                1,
            ),
        ],
        ScoreKind::Running,
    );
}
