//! Which player of a clause takes the goal at its minute: the clause's
//! subject, not a name the clause goes on to tell after the subject's verb
//! — the goalkeeper beaten, the defender outjumped, the team-mate of a
//! one-two — however many words or an apposition stand between, in the
//! seven languages. Traps: a second name that opens a clause of its own
//! (after "and", after a comma), a name a pass is laid on for, a second
//! name with a finishing verb of its own. Every sentence here is written
//! for the test.

mod common;
mod goals_check;

use goals_check::check_minutes as check;

#[test]
fn the_subject_scores_over_the_name_its_long_clause_tells_after_the_verb() {
    check(&[
        ("[[Bukayo Saka|PLAYER]] opened the scoring with a low shot after a neat one-two with [[Martin Ødegaard|PLAYER]] (12').",
         &[("Bukayo Saka", 12)]),
        ("[[Jamal Musiala|PLAYER]] setzte sich nach einem Doppelpass im Strafraum gegen [[Nico Schlotterbeck|PLAYER]] durch (33.).",
         &[("Jamal Musiala", 33)]),
        ("[[Troy Parrott|PLAYER]] was in de kleine zestien sneller dan zijn bewaker [[Mats Wieffer|PLAYER]] (41').",
         &[("Troy Parrott", 41)]),
        ("[[Ferran Torres|PLAYER]] abrió el marcador con un disparo cruzado tras una pared con [[Pedri|PLAYER]] (12').",
         &[("Ferran Torres", 12)]),
        ("Sur un centre venu de la gauche, [[Arnaud Kalimuendo|PLAYER]] s'élevait plus haut que [[Nicolas Pallois|PLAYER]] (44e).",
         &[("Arnaud Kalimuendo", 44)]),
        ("[[Lautaro Martínez|PLAYER]], lanciato in profondità, ha saltato in dribbling anche [[Alessio Romagnoli|PLAYER]] al 27'.",
         &[("Lautaro Martínez", 27)]),
        ("[[Francisco Trincão|PLAYER]], chamado a converter, enganou [[Matheus Magalhães|PLAYER]] aos 52'.",
         &[("Francisco Trincão", 52)]),
    ]);
}

#[test]
fn a_second_name_that_opens_its_own_clause_or_finishes_is_the_scorer() {
    check(&[
        ("[[Bukayo Saka|PLAYER]] beat two defenders on the right and [[Kai Havertz|PLAYER]] finished it off (12').",
         &[("Kai Havertz", 12)]),
        ("[[Joshua Kimmich|PLAYER]] flankte von rechts in den Strafraum, [[Harry Kane|PLAYER]] köpfte ein (23.).",
         &[("Harry Kane", 23)]),
        ("[[Trent Alexander-Arnold|PLAYER]] played a long diagonal ball for [[Mohamed Salah|PLAYER]] (35').",
         &[("Mohamed Salah", 35)]),
        ("[[Quinten Timber|PLAYER]] veroverde de bal op het middenveld en [[Santiago Giménez|PLAYER]] (64') maakte het af.",
         &[("Santiago Giménez", 64)]),
    ]);
}

#[test]
fn a_name_a_preposition_governs_is_no_subject_of_the_clause() {
    check(&[
        ("[[Juve Stabia|CLUB]] e [[Cesena|CLUB]] chiudono 1-1: ad [[Andrea Adorante|PLAYER]], a segno nel primo tempo, ha risposto [[Cristian Shpendi|PLAYER]] al 57'.",
         &[("Cristian Shpendi", 57)]),
    ]);
}
