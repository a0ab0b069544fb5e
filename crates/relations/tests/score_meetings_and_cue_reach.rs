//! Score kinds, third round: a score named as a match of its own (its
//! opponent or its date after it) is a result, not the state of a game; a
//! live blog's other matches and its headline keep their results; a
//! half-time cue reaches no score past a "but", the end of the match or a
//! goal. Sentences are our own, in the seven languages.

mod common;

use common::{each_score_is as each_is, score_kinds as kinds};
use scoreline_relations::score::ScoreKind;
use ScoreKind::{Other, Result, Running};

/// "das 0:3 beim SC Paderborn", "el 0-3 ante el Getafe", "il 2-1
/// dell'aprile 2015": an article before the score, then its opponent or its
/// date, and no goal scored into it.
#[test]
fn a_score_named_with_its_opponent_or_date_is_a_result() {
    each_is(
        &[
            ("Der Tiefpunkt war das 0:3 beim VfL Bochum.", 0, 3),
            ("Unvergessen bleibt das 4:1 gegen Schalke.", 4, 1),
            ("Het dieptepunkt was het 0-3 tegen Ajax.", 0, 3),
            ("El punto de inflexión fue el 0-3 ante el Getafe.", 0, 3),
            ("En el 1-1 de febrero, Osasuna sufrió mucho.", 1, 1),
            ("Le tournant reste le 0-3 contre Lens.", 0, 3),
            ("L'ultimo successo resta il 2-1 dell'aprile 2015.", 2, 1),
            ("Brucia ancora lo 0-4 sulla Juventus.", 0, 4),
            ("O pior momento foi o 0-3 contra o Grêmio.", 0, 3),
        ],
        Result,
    );
}

/// The same words with a goal scored into the score, or nothing after it:
/// the state of the match.
#[test]
fn a_score_a_goal_makes_stays_running_whatever_follows() {
    each_is(
        &[
            ("Kane traf zum 2:0 gegen Bochum.", 2, 0),
            ("Depay maakte het 2-0 tegen Ajax.", 2, 0),
            ("Pérez marcó el 2-0 ante el Getafe.", 2, 0),
            ("Mbappé a fait le 2-0 contre Lens.", 2, 0),
            ("Lautaro segna il 2-0 contro il Torino.", 2, 0),
            ("Pedro marcou o 2-0 contra o Grêmio.", 2, 0),
            ("Der Tiefpunkt war das 0:3.", 0, 3),
        ],
        Running,
    );
}

/// Two goal shouts make a live blog, where a score is the state of the
/// match; `line` is told in it.
fn blog(shout: &str, line: &str) -> String {
    format!(
        "Live\n\n{line}\n\n- - - - - - - - - - - -\n\n{shout}! Leeds 1-0 Sunderland.\n\n{shout}! Leeds 2-0 Sunderland."
    )
}

/// In a live blog, a score of another match (a draw, an end, its date or
/// its opponent told with it) is that match's result, and the headline
/// states one; the blog's own scores stay running.
#[test]
fn a_live_blog_keeps_its_other_matches_and_headline() {
    let cases = [
        (
            "GOAL",
            "Rangers, who drew 2-2 with the Jambos in August, start unchanged.",
            2,
            2,
        ),
        (
            "TOR",
            "Arteta setzt auf dieselbe Elf wie beim 3:0 gegen Sunderland.",
            3,
            0,
        ),
        ("DOELPUNT", "Vorig seizoen eindigde het duel in 3-3.", 3, 3),
        (
            "GOL",
            "El último clásico, disputado en abril, terminó 3-3.",
            3,
            3,
        ),
        (
            "BUT",
            "Le pays hôte avait lancé son tournoi par un succès 3-0 contre les Comores.",
            3,
            0,
        ),
        (
            "GOL",
            "L'anno scorso alla New Balance Arena finì 3-3.",
            3,
            3,
        ),
        (
            "GOLO",
            "No último encontro, em março, o jogo acabou 3-3.",
            3,
            3,
        ),
    ];
    for (shout, line, a, b) in cases {
        let text = blog(shout, line);
        let k = kinds(&text);
        assert!(k.contains(&(a, b, Result)), "{a}-{b} in {text:?}: {k:?}");
        assert!(k.contains(&(1, 0, Running)), "{text:?}: {k:?}");
    }
    let headline = format!(
        "Live: Leeds 3-1 Sunderland\n\n{}",
        blog("GOAL", "Kick-off at Elland Road.")
    );
    let k = kinds(&headline);
    assert_eq!(k.first(), Some(&(3, 1, Result)), "{k:?}");
}

/// A half-time score and, past a "but" or the end of the match, the
/// result: "zur Pause 2:0, am Ende hieß es 2:5".
#[test]
fn the_result_past_a_but_or_the_end_is_no_half_time_score() {
    let cases = [
        "Der BVB führte zur Pause 2:0, am Ende hieß es 2:5.",
        "At the break Leeds were 2-0 up, but they finished 2-5 losers.",
        "Bij rust stond het 2-0, maar de wedstrijd eindigde in 2-5.",
        "Se fue al descanso 2-0, pero acabó encajando un 2-5.",
        "À la pause, c'était 2-0, mais le match s'est terminé sur un 2-5.",
        "All'intervallo era 2-0, ma la partita finì 2-5.",
        "Ao intervalo estava 2-0, mas o jogo terminou 2-5.",
    ];
    for text in cases {
        let k = kinds(text);
        assert!(k.contains(&(2, 0, Other)), "{text:?}: {k:?}");
        assert!(k.contains(&(2, 5, Result)), "{text:?}: {k:?}");
    }
}

/// A first-half cue after a goal tells when the goal fell, not the score
/// ("1-0 grazie a una rete nel primo tempo"); "el 2-1 final" is the end.
#[test]
fn a_first_half_told_of_a_goal_or_a_final_score_is_no_half_time() {
    each_is(
        &[
            (
                "Im Dezember siegte Napoli 1:0 dank eines Tores in der ersten Halbzeit.",
                1,
                0,
            ),
            (
                "In December Napoli took it 1-0 thanks to a goal in the first half.",
                1,
                0,
            ),
            (
                "In december hield Napoli het op 1-0 door een doelpunt in de eerste helft.",
                1,
                0,
            ),
            (
                "Lo resolvió con un 1-0 gracias a un gol en el primer tiempo.",
                1,
                0,
            ),
            (
                "En décembre, Naples l'avait emporté 1-0 grâce à un but en première période.",
                1,
                0,
            ),
            (
                "All'andata il Napoli si era imposto 1-0 grazie a una rete nel primo tempo.",
                1,
                0,
            ),
            (
                "Em dezembro o Napoli fez 1-0 com um golo no primeiro tempo.",
                1,
                0,
            ),
            ("Garro descontó antes del descanso para el 2-1 final.", 2, 1),
        ],
        Result,
    );
    each_is(
        &[
            ("Napoli 1:0 zur Halbzeit.", 1, 0),
            ("Napoli led 1-0 at half-time.", 1, 0),
            ("Al descanso, 1-0.", 1, 0),
        ],
        Other,
    );
}

/// A score named as the interim one is the state of a match: "een 2-2
/// tussenstand", "der Zwischenstand von 2:2", "sul parziale di 2-2".
#[test]
fn a_score_named_as_interim_is_running() {
    each_is(
        &[
            ("The interim score of 2-2 did not last.", 2, 2),
            ("Der Zwischenstand von 2:2 hielt nicht lange.", 2, 2),
            (
                "Pas laat werd een 2-2 tussenstand nog omgezet in winst.",
                2,
                2,
            ),
            (
                "Con el marcador parcial de 2-2 el Betis cambió de sistema.",
                2,
                2,
            ),
            ("Le score provisoire de 2-2 n'a pas tenu.", 2, 2),
            ("Sul parziale di 2-2 il Genoa ha cambiato modulo.", 2, 2),
            ("Com o placar parcial de 2-2 o Grêmio recuou.", 2, 2),
        ],
        Running,
    );
}

/// An end told of the half is the half's: "the first half ended 1-1".
#[test]
fn the_end_of_a_half_keeps_its_half_time_score() {
    each_is(
        &[
            ("The first half ended 1-1 after a fine equaliser.", 1, 1),
            ("Die erste Halbzeit endete 1:1.", 1, 1),
            ("De eerste helft eindigde in 1-1.", 1, 1),
            ("El primer tiempo terminó 1-1.", 1, 1),
            ("La première période se termine sur un 1-1.", 1, 1),
            ("Il primo tempo finì 1-1.", 1, 1),
            ("O primeiro tempo terminou 1 a 1.", 1, 1),
        ],
        Other,
    );
}
