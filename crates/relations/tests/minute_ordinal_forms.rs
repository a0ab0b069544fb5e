//! Ordinal minutes written without their minute word, or joined to it: an
//! ordinal made an adjective by a hyphen ("a 20th-minute lead"), an ordinal
//! after a preposition of time and its article that closes its clause ("in
//! the 58th.", "à la 61e :", "in de 64ste, …"), and a scorers' line whose
//! items give the minute, the name and the running score ("12e Chouaref
//! 1-0."). Dates ("on the 18th"), rounds and places ("in the 3rd round",
//! "à la 3e place") and a German league ("1. FC Köln 3:1") stay no
//! minutes; a card or a save at such a minute stays no goal. Every sentence
//! here is written for the test.

mod common;

use common::{goal, scored};

#[test]
fn an_ordinal_joined_to_its_minute_word_by_a_hyphen_is_a_minute() {
    assert_eq!(
        scored("[[Alessia Russo|PLAYER]] gave Arsenal a 20th-minute lead with a header."),
        [goal("Alessia Russo", 20)]
    );
    assert_eq!(
        scored("[[Ollie Watkins|PLAYER]] settled it with a 77th-minute strike from the edge of the box."),
        [goal("Ollie Watkins", 77)]
    );
}

#[test]
fn a_booking_at_a_hyphenated_minute_stays_no_goal() {
    assert!(scored(
        "[[Declan Rice|PLAYER]] picked up a 20th-minute yellow card for a late tackle."
    )
    .is_empty());
}

#[test]
fn an_ordinal_after_a_preposition_of_time_closing_its_clause_is_a_minute() {
    assert_eq!(
        scored("[[Joël Piroe|PLAYER]] restored the lead with a low finish in the 58th."),
        [goal("Joël Piroe", 58)]
    );
    assert_eq!(
        scored("The leveller came in the 71st, when [[Brian White|PLAYER]] met a cross at the near post."),
        [goal("Brian White", 71)]
    );
    assert_eq!(
        scored("[[Tai Baribo|PLAYER]] converted a penalty kick in the 40th for Philadelphia."),
        [goal("Tai Baribo", 40)]
    );
    assert_eq!(
        scored("Les Verts ont égalisé à la 61e : frappe enroulée de [[Zuriko Davitashvili|PLAYER]] dans la lucarne."),
        [goal("Zuriko Davitashvili", 61)]
    );
    assert_eq!(
        scored("Puis une tête de [[Joaquín Panichelli|PLAYER]] à la 88e, sur un centre venu de la droite."),
        [goal("Joaquín Panichelli", 88)]
    );
    assert_eq!(
        scored("[[Troy Parrott|PLAYER]] schoot de 1-0 binnen in de 64ste, na een snelle counter."),
        [goal("Troy Parrott", 64)]
    );
}

#[test]
fn an_ordinal_of_a_date_a_round_or_a_place_is_no_minute() {
    assert_eq!(
        scored("[[Joël Piroe|PLAYER]] scored against Norwich on the 18th."),
        [("Joël Piroe".to_owned(), None, None)]
    );
    assert!(
        scored("[[Joël Piroe|PLAYER]] scored in the 3rd round against Norwich.")
            .iter()
            .all(|g| g.1.is_none())
    );
    assert!(
        scored("[[Lucas Stassin|PLAYER]] a marqué et Saint-Étienne remonte à la 3e place.")
            .iter()
            .all(|g| g.1.is_none())
    );
}

#[test]
fn a_save_at_an_ordinal_minute_without_its_word_stays_no_goal() {
    assert!(scored(
        "[[Bart Verbruggen|PLAYER]] saved a penalty from [[Joël Piroe|PLAYER]] in the 58th."
    )
    .is_empty());
    assert!(scored(
        "[[Zuriko Davitashvili|PLAYER]] a reçu un carton jaune à la 61e, pour une faute sur le meneur."
    )
    .is_empty());
}

#[test]
fn a_scorers_line_of_minute_name_and_running_score_gives_each_goal_its_minute() {
    assert_eq!(
        scored("Buts : 12e [[Chouaref|PLAYER]] 1-0. 38e [[Sène|PLAYER]] 1-1. 64e [[Sorgić|PLAYER]] 2-1."),
        [goal("Chouaref", 12), goal("Sène", 38), goal("Sorgić", 64)]
    );
    assert_eq!(
        scored("Goals: 9th [[Ollie Watkins|PLAYER]] 1-0, 55th [[Morgan Rogers|PLAYER]] 2-0."),
        [goal("Ollie Watkins", 9), goal("Morgan Rogers", 55)]
    );
    assert_eq!(
        scored("Doelpunten: 24ste [[Van Mieghem|PLAYER]] 1-0, 52ste [[Uldriķis|PLAYER]] 1-1."),
        [goal("Van Mieghem", 24), goal("Uldriķis", 52)]
    );
    assert_eq!(
        scored("Reti: 12° [[De Ketelaere|PLAYER]] 0-1, 77° [[Krstović|PLAYER]] 1-2."),
        [goal("De Ketelaere", 12), goal("Krstović", 77)]
    );
    assert_eq!(
        scored("Goles: 8º [[Iago Aspas|PLAYER]] 1-0, 67º [[Borja Iglesias|PLAYER]] 2-0."),
        [goal("Iago Aspas", 8), goal("Borja Iglesias", 67)]
    );
    assert_eq!(
        scored("Golos: 22º [[Pavlidis|PLAYER]] 1-0, 30º [[Di María|PLAYER]] 2-0."),
        [goal("Pavlidis", 22), goal("Di María", 30)]
    );
}

#[test]
fn a_german_league_before_a_score_is_no_minute() {
    assert!(scored(
        "Am Ende siegte der [[Linton Maina|PLAYER]] mit 1. FC Köln 3:1, ohne selbst zu treffen."
    )
    .iter()
    .all(|g| g.1.is_none()));
}
