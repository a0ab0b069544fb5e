//! Goal → match placement across the legs of a tie: a goal told in a
//! paragraph about one leg belongs to that leg's match, not to the match
//! of the other leg told of last; an everyday word that can name a leg
//! ("dar la vuelta") names none.

mod common;

use common::run;

/// (scorer, index of the goal's match) for every goal.
fn placed_at(r: &scoreline_relations::Relations) -> Vec<(String, Option<usize>)> {
    r.goals
        .iter()
        .map(|g| (g.scorer.clone(), g.match_index))
        .collect()
}

/// The index of the match with this score, as told.
fn with_score(r: &scoreline_relations::Relations, score: [u32; 2]) -> Option<usize> {
    r.matches.iter().position(|m| m.score == Some(score))
}

/// Asserts that all `n` goals are placed in the match with `score`.
fn all_in(r: &scoreline_relations::Relations, score: [u32; 2], n: usize) {
    let at = with_score(r, score);
    assert!(at.is_some(), "{:?}", r.matches);
    let p = placed_at(r);
    assert_eq!(p.len(), n, "{p:?}");
    assert!(p.iter().all(|(_, m)| *m == at), "{p:?}");
}

#[test]
fn goals_told_after_the_second_leg_is_named_belong_to_it() {
    let r = run("[[Tigres|CLUB|tigres]] ganó el título tras vencer 2-1 a [[Monterrey|CLUB|monterrey]]. \
         En la ida, [[Monterrey|CLUB|monterrey]] se había impuesto 1-0 con gol de [[Ana Pérez|PLAYER|monterrey]] (50').\n\n\
         La vuelta empezó con un gol temprano. Al minuto 20, [[Lucía García|PLAYER|tigres]] cabeceó a la red, \
         y [[Sara Gómez|PLAYER|tigres]] amplió al 60'. [[Ana Pérez|PLAYER|monterrey]] descontó al 85'.");
    let first_leg = with_score(&r, [1, 0]);
    let second_leg = with_score(&r, [2, 1]);
    assert!(
        first_leg.is_some() && second_leg.is_some(),
        "{:?}",
        r.matches
    );
    let p = placed_at(&r);
    assert_eq!(p.len(), 4, "{p:?}");
    assert_eq!(p[0], ("Ana Pérez".to_owned(), first_leg), "{p:?}");
    assert!(p[1..].iter().all(|(_, m)| *m == second_leg), "{p:?}");
}

#[test]
fn a_paragraph_about_the_return_leg_places_its_goals_there_in_german() {
    let r = run("[[West Ham|CLUB|west-ham]] und [[Leverkusen|CLUB|leverkusen]] trennten sich im Rückspiel 1:1, \
         [[Leverkusen|CLUB|leverkusen]] steht im Halbfinale.\n\n\
         Das Hinspiel hatte [[Leverkusen|CLUB|leverkusen]] 2:0 gewonnen.\n\n\
         Im Rückspiel brachte [[Michail Antonio|PLAYER|west-ham]] die Gastgeber in der 13. Minute in Führung, \
         [[Jeremie Frimpong|PLAYER|leverkusen]] glich in der 89. Minute aus.");
    all_in(&r, [1, 1], 2);
}

#[test]
fn the_first_leg_named_as_two_words_places_goals_in_english() {
    let r = run(
        "[[Arsenal|CLUB|arsenal]] drew 1-1 with [[PSV|CLUB|psv]] on Wednesday and go through. \
         In the first leg [[Arsenal|CLUB|arsenal]] had won 3-0 in Eindhoven.\n\n\
         Back in the second leg, [[Luuk de Jong|PLAYER|psv]] headed the visitors in front (22') \
         before [[Bukayo Saka|PLAYER|arsenal]] levelled (64').",
    );
    all_in(&r, [1, 1], 2);
}

#[test]
fn turning_a_game_around_is_not_the_return_leg() {
    // "le dio la vuelta" (turned it around) names no leg: the goals stay
    // in the first leg told of, the only match with a score.
    let r = run("Los blancos parten con ventaja tras el 3-2 de la ida ante el [[Manchester City|CLUB|man-city]].\n\n\
         Aquel partido fue intenso. El [[Real Madrid|CLUB|real-madrid]] le dio la vuelta en el tramo final \
         con goles de [[Brahim Díaz|PLAYER|real-madrid]] (86') y [[Jude Bellingham|PLAYER|real-madrid]] (90').");
    all_in(&r, [3, 2], 2);
}

#[test]
fn the_return_leg_told_with_a_contracted_article_in_italian() {
    let r = run("L'[[Inter|CLUB|inter]] ha pareggiato 1-1 con il [[Bayern|CLUB|bayern]] ed è in semifinale.\n\n\
         All'andata aveva vinto 2-1 a Monaco. \
         Al ritorno [[Harry Kane|PLAYER|bayern]] ha portato avanti i tedeschi al 52', \
         poi [[Lautaro Martínez|PLAYER|inter]] ha pareggiato al 58'.");
    all_in(&r, [1, 1], 2);
}

#[test]
fn back_from_injury_is_not_the_return_leg() {
    // "au retour de blessure" names no leg: the goal is the first leg's,
    // the match its paragraph tells of.
    let r = run("Le [[PSG|CLUB|psg]] a fait match nul 1-1 contre [[Liverpool|CLUB|liverpool]] au match retour.\n\n\
         Au match aller, le [[PSG|CLUB|psg]] avait gagné 2-0. Au retour de blessure, \
         [[Ousmane Dembélé|PLAYER|psg]] avait marqué (30e).");
    let first_leg = with_score(&r, [2, 0]);
    assert!(first_leg.is_some(), "{:?}", r.matches);
    let p = placed_at(&r);
    assert_eq!(p, vec![("Ousmane Dembélé".to_owned(), first_leg)], "{p:?}");
}

#[test]
fn a_first_leg_told_in_passing_does_not_take_the_next_paragraphs_goals() {
    let r = run("[[PSV|CLUB|psv]] speelde in de terugwedstrijd met 2-2 gelijk tegen [[Juventus|CLUB|juventus]]. \
         In de heenwedstrijd had [[Juventus|CLUB|juventus]] met 2-1 gewonnen.\n\n\
         In Eindhoven maakte [[Ivan Perišić|PLAYER|psv]] in de 53ste minuut gelijk en \
         [[Ismael Saibari|PLAYER|psv]] zette de thuisploeg in de 74ste minuut op voorsprong.");
    all_in(&r, [2, 2], 2);
}

#[test]
fn goals_of_a_first_leg_told_with_no_club_go_to_it_not_to_a_later_match() {
    // The first leg's 1:1 has no team beside it: it is the meeting of the
    // two clubs the text names most (matches.rs, `earlier_leg`); its goals
    // are its own, not the 3:1 at Freiburg's, told of later.
    let r = run(
        "Am Samstag empfängt der [[BVB|CLUB|dortmund]] den [[FC Bayern|CLUB|bayern]]. \
         Im Hinspiel hatte es 1:1 gestanden, [[Jamie Gittens|PLAYER|dortmund]] (45.) und \
         [[Jamal Musiala|PLAYER|bayern]] (85.) trafen.\n\n\
         Zuletzt gewann [[Dortmund|CLUB|dortmund]] 3:1 in [[Freiburg|CLUB|freiburg]]. \
         [[Serhou Guirassy|PLAYER|dortmund]] traf doppelt (20., 70.).",
    );
    let at_freiburg = with_score(&r, [3, 1]);
    assert!(at_freiburg.is_some(), "{:?}", r.matches);
    let p = placed_at(&r);
    let of = |name: &str| -> Vec<Option<usize>> {
        p.iter()
            .filter(|(s, _)| s == name)
            .map(|(_, m)| *m)
            .collect()
    };
    let first_leg = with_score(&r, [1, 1]);
    assert!(
        first_leg.is_some() && first_leg != at_freiburg,
        "{:?}",
        r.matches
    );
    assert_eq!(of("Jamie Gittens"), vec![first_leg], "{p:?}");
    assert_eq!(of("Jamal Musiala"), vec![first_leg], "{p:?}");
    assert_eq!(
        of("Serhou Guirassy"),
        vec![at_freiburg, at_freiburg],
        "{p:?}"
    );
}
