//! Score kinds, second round: the wording that decides whether a score is a
//! result, the state of a match while it lasts, or a half-time score, in
//! the seven languages. Sentences are our own.

mod common;

use common::{each_score_is as each_is, score_kinds as kinds};
use scoreline_relations::score::ScoreKind;
use ScoreKind::{Other, Result, Running};

/// A lead word belongs to the score only inside its clause: "2-0 lead",
/// "1:0-Führung", but not "1-2: al vantaggio di Pulisic rispose Dimarco",
/// where the lead is the first goal of the story that follows.
#[test]
fn a_lead_word_past_a_colon_is_not_the_scores() {
    each_is(
        &[
            (
                "All'andata il Milan vinse per 1-2: al vantaggio di Pulisic rispose Dimarco, poi segnò Gabbia.",
                1,
                2,
            ),
            (
                "Im Hinspiel verlor Gladbach mit 0:2; die Führung hatte Kane nach zehn Minuten erzielt.",
                0,
                2,
            ),
        ],
        Result,
    );
    each_is(
        &[
            ("Napoli took a 2-0 lead through Lukaku and McTominay.", 2, 0),
            (
                "Bayern ging mit 1:0 in Führung, doch Gladbach glich aus.",
                1,
                0,
            ),
        ],
        Running,
    );
}

/// "After the break" is the second half: a score told with it is no
/// half-time score ("na rust zorgde Ivanović voor 0-2", "Dopo la pausa
/// Downs ha fatto anche il 0:2"), while "at the break" still is one.
#[test]
fn after_the_break_is_not_half_time() {
    each_is(
        &[
            ("Dopo la pausa Downs ha fatto anche il 0:2 di testa.", 0, 2),
            ("Nach der Pause köpfte Kleindienst zum 1:1 ein.", 1, 1),
            ("Tras el descanso, Morata firmó el 2-0 de cabeza.", 2, 0),
            (
                "Après la pause, Dembélé a fait le 2-1 d'une frappe croisée.",
                2,
                1,
            ),
            (
                "Negen minuten na rust zorgde Ivanović met een laag schot voor 0-2.",
                0,
                2,
            ),
            ("Na de pauze maakte Depay de 2-1.", 2, 1),
        ],
        Running,
    );
    each_is(
        &[
            ("Zur Pause stand es 1:1 in Leipzig.", 1, 1),
            ("Alla pausa era 0:1 e il pubblico fischiava.", 0, 1),
            ("Al descanso se llegó con 1-0.", 1, 0),
            ("It was 2-1 at the break in Turin.", 2, 1),
            // Portuguese "na" is "in the", not Dutch "after".
            ("Na pausa estava 1:1 em Wolfsburg.", 1, 1),
        ],
        Other,
    );
}

/// A lead carried out of an earlier game is that game's result: "arrived
/// with a 2-0 lead from the first leg", "mit einer 3:1-Führung aus dem
/// Hinspiel"; a lead in the match itself stays its state.
#[test]
fn a_lead_from_an_earlier_game_is_its_result() {
    each_is(
        &[
            (
                "Celtic arrived with a 2-0 lead from the first leg in Glasgow.",
                2,
                0,
            ),
            (
                "PSV ging mit einer 3 zu 1 Führung aus dem Hinspiel in die Partie.",
                3,
                1,
            ),
        ],
        Result,
    );
}

/// A score closing a sentence after a colon is the state a goal made
/// ("cabeceou no canto: 1 a 0."), but not when the goal is only what came
/// before ("after an early goal by X, Y turned the game around: 1-2"): then
/// the sentence tells the match's end.
#[test]
fn a_goal_told_as_what_came_before_does_not_make_a_running_score() {
    each_is(
        &[
            (
                "Na een vroege treffer van Naujoks draaiden de Bosschenaren de wedstrijd in de tweede helft om: 1-2.",
                1,
                2,
            ),
            (
                "After an early goal by Watkins, Forest turned the game around in the second half: 1-2.",
                1,
                2,
            ),
        ],
        Result,
    );
    each_is(
        &[
            ("Pedro cabeceou no canto de Weverton: 1 a 0.", 1, 0),
            ("Nach einem Eckball traf Tah mit dem Kopf: 1:0.", 1, 0),
        ],
        Running,
    );
}

/// In a live blog every score is the state of the match, unless its
/// sentence says the match is over: "finishes" as "finished".
#[test]
fn a_live_blog_end_told_in_the_present_stays_a_result() {
    let blog = "GOAL! Galatasaray 1-0 Fenerbahçe. GOAL! Galatasaray 1-1 Fenerbahçe. \
                The derby finishes level, 1-1.";
    assert_eq!(
        kinds(blog),
        [(1, 0, Running), (1, 1, Running), (1, 1, Result)],
        "{blog}"
    );
}

/// "de" or "the" before a score makes it a state only after a scoring verb;
/// in Dutch and German the verb may stand before its subject ("maakte
/// Memphis Depay de 2-1"). An article with no such verb stays a result.
#[test]
fn a_scoring_verb_before_its_subject_makes_a_running_score() {
    each_is(
        &[("In de slotfase maakte Memphis Depay de 2-1.", 2, 1)],
        Running,
    );
    each_is(
        &[("PSV won de topper tegen Feyenoord met 2-1.", 2, 1)],
        Result,
    );
}
