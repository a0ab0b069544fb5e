//! Scores something happened in (`score.rs`, `is_running`): "in the" before
//! a score ("scored twice in the 2-0 over Huracán", "en el 2 a 0", "dans le
//! 3-1", "in de 3-1") names the match, a result, not the running score a
//! goal made. Fresh sentences in four of the languages whose "in the"
//! stands apart (Italian "nel", German "im" and Portuguese "no" are one
//! word, and not read so). Trap: the score a goal made, with "in" after
//! it ("scored the 2-0 in the 60th minute"), stays a running score.

mod common;

use common::each_score_is;
use scoreline_relations::score::ScoreKind;

#[test]
fn a_score_a_goal_was_scored_in_is_a_result() {
    each_score_is(
        &[
            (
                "For Racing, Martínez scored twice in the 2-0 over Huracán.",
                2,
                0,
            ),
            (
                "Con Racing, Martínez firmó un doblete en el 2 a 0 sobre Huracán.",
                2,
                0,
            ),
            (
                "Avec Lens, Thauvin a marqué deux fois dans le 3-1 contre Lille.",
                3,
                1,
            ),
            (
                "Bij Feyenoord scoorde Ueda twee keer in de 3-1 tegen Ajax.",
                3,
                1,
            ),
        ],
        ScoreKind::Result,
    );
}

#[test]
fn the_score_a_goal_made_stays_a_running_one() {
    each_score_is(
        &[
            (
                "For Racing, Martínez scored the 2-0 in the 60th minute.",
                2,
                0,
            ),
            ("Con Racing, Martínez marcó el 2-0 en el minuto 60.", 2, 0),
            (
                "Avec Lens, Thauvin a marqué le 3-1 dans le temps additionnel.",
                3,
                1,
            ),
            ("Bij Feyenoord maakte Ueda de 3-1 in de slotfase.", 3, 1),
        ],
        ScoreKind::Running,
    );
}
