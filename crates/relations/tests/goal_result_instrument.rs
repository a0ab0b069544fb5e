//! The instrument of a result names its scorers, in the seven languages:
//! after the score, "thanks to", "grâce à", "grazie a", "dank" and a name,
//! or "with"/"con"/"com"/"met" and a noun "of" a name, tell by whom the
//! result came — one goal each, or the count said before the name — when
//! the score has room for them all. Traps: a name after "with" that hangs
//! from no noun, an assist, a save, a count the score cannot hold. Every
//! sentence here is written for the test.

mod common;

use common::{run, scored};

fn scorers(marked: &str) -> Vec<String> {
    run(marked).goals.into_iter().map(|g| g.scorer).collect()
}

#[test]
fn the_names_of_a_results_instrument_are_its_scorers() {
    assert_eq!(
        scorers("[[Brentford|CLUB]] beat [[Fulham|CLUB]] 2-0 thanks to [[Yoane Wissa|PLAYER]] and [[Bryan Mbeumo|PLAYER]]."),
        ["Yoane Wissa", "Bryan Mbeumo"]
    );
    assert_eq!(
        scorers("[[Freiburg|CLUB]] schlug [[Mainz|CLUB]] 2:0 dank eines Doppelpacks von [[Vincenzo Grifo|PLAYER]]."),
        ["Vincenzo Grifo", "Vincenzo Grifo"]
    );
    assert_eq!(
        scorers("[[AZ|CLUB]] won met 2-0 van [[Twente|CLUB]] dankzij doelpunten van [[Troy Parrott|PLAYER]] en [[Sem Steijn|PLAYER]]."),
        ["Troy Parrott", "Sem Steijn"]
    );
    assert_eq!(
        scorers("[[Cruz Azul|CLUB]] se impuso 2-0 a [[Pumas|CLUB]] con anotaciones de [[Ángel Sepúlveda|PLAYER]] y [[Carlos Rotondi|PLAYER]]."),
        ["Ángel Sepúlveda", "Carlos Rotondi"]
    );
    assert_eq!(
        scorers("[[Lausanne|CLUB]] s'est imposé 3-0 face à [[Servette|CLUB]] grâce à un doublé d'[[Alvyn Sanches|PLAYER]] et à une réussite de [[Kaly Sène|PLAYER]]."),
        ["Alvyn Sanches", "Alvyn Sanches", "Kaly Sène"]
    );
    assert_eq!(
        scorers("La [[Juventus|CLUB]] si era imposta 2-0 sul [[Torino|CLUB]] grazie a [[Timothy Weah|PLAYER]] e a [[Kenan Yıldız|PLAYER]]."),
        ["Timothy Weah", "Kenan Yıldız"]
    );
    assert_eq!(
        scorers("O [[Sporting|CLUB]] venceu o [[Farense|CLUB]] por 1-0 com um remate certeiro de [[Francisco Trincão|PLAYER]]."),
        ["Francisco Trincão"]
    );
}

#[test]
fn a_name_after_with_that_hangs_from_no_noun_is_no_scorer() {
    assert!(scored(
        "[[Chelsea|CLUB]] won 3-0 against [[Everton|CLUB]] with [[Cole Palmer|PLAYER]] on the bench."
    )
    .is_empty());
    assert!(scored(
        "El [[Betis|CLUB]] ganó 1-0 al [[Celta|CLUB]] con [[Isco|PLAYER]] en el banquillo."
    )
    .is_empty());
}

#[test]
fn an_assist_a_save_or_a_miss_in_the_instrument_names_no_scorer() {
    assert!(scored(
        "[[Chelsea|CLUB]] won 1-0 against [[Everton|CLUB]] with an assist of [[Cole Palmer|PLAYER]]."
    )
    .is_empty());
    assert!(scored(
        "[[Lens|CLUB]] a battu [[Lille|CLUB]] 1-0 grâce à une parade décisive de [[Mathew Ryan|PLAYER]]."
    )
    .is_empty());
    assert!(scored(
        "Il [[Napoli|CLUB]] ha vinto 1-0 con un rigore sbagliato di [[Romelu Lukaku|PLAYER]]."
    )
    .is_empty());
}

#[test]
fn a_count_the_score_cannot_hold_credits_no_one() {
    // Three names for a 2-0: the sentence is not read right.
    assert!(scored(
        "La [[Juventus|CLUB]] ha battuto 2-0 il [[Torino|CLUB]] grazie a [[Timothy Weah|PLAYER]], [[Kenan Yıldız|PLAYER]] e [[Dušan Vlahović|PLAYER]]."
    )
    .is_empty());
}

#[test]
fn nothing_after_a_semicolon_belongs_to_the_instrument() {
    assert_eq!(
        scorers("[[Lausanne|CLUB]] s'est imposé 1-0 face à [[Servette|CLUB]] grâce à [[Alvyn Sanches|PLAYER]] ; [[Kaly Sène|PLAYER]], lui, est resté sur le banc."),
        ["Alvyn Sanches"]
    );
}

#[test]
fn a_clause_after_a_comma_ends_the_instrument() {
    assert_eq!(
        scorers("El [[Palmeiras|CLUB]] se impuso 3-1 al [[Bragantino|CLUB]] con un doblete de [[Facundo Torres|PLAYER]] y un tanto de [[Andreas Pereira|PLAYER]], mientras que el equipo de [[Marcelo Gallardo|PLAYER]] empató."),
        ["Facundo Torres", "Facundo Torres", "Andreas Pereira"]
    );
    assert_eq!(
        scorers("[[Leeds|CLUB]] beat [[Norwich|CLUB]] 2-0 with goals from [[Joël Piroe|PLAYER]] and [[Dan James|PLAYER]], while the side of [[Kenny McLean|PLAYER]] stayed ninth."),
        ["Joël Piroe", "Dan James"]
    );
}

#[test]
fn a_player_replacing_another_at_a_minute_scored_nothing_then() {
    for marked in [
        "[[Charles De Ketelaere|PLAYER]], die in de 66ste minuut [[Mateo Retegui|PLAYER]] verving, raakte nog de paal.",
        "[[Kai Havertz|PLAYER]] replaces [[Leandro Trossard|PLAYER]] in the 70th minute.",
        "In der 70. Minute ersetzte [[Thomas Müller|PLAYER]] den müden [[Jamal Musiala|PLAYER]].",
        "En el minuto 70 [[Ferran Torres|PLAYER]] reemplazó a [[Raphinha|PLAYER]].",
        "À la 70e minute, [[Gonçalo Ramos|PLAYER]] remplace [[Bradley Barcola|PLAYER]].",
        "Al 70' [[Davide Frattesi|PLAYER]] sostituisce [[Nicolò Barella|PLAYER]].",
        "Aos 70 minutos, [[Bruma|PLAYER]] substituiu [[Gustavo Sá|PLAYER]].",
    ] {
        let found = scored(marked);
        assert!(found.is_empty(), "{marked}: {found:?}");
    }
}

#[test]
fn the_bar_or_the_post_hit_at_a_minute_is_no_goal_but_in_off_its_underside_it_is() {
    for marked in [
        "In de 30ste minuut schoot [[Wieke Kaptein|PLAYER]] op de lat.",
        "À la 30e minute, [[Wesley Saïd|PLAYER]] a trouvé le poteau.",
        "Aos 30 minutos, [[Pedro Gonçalves|PLAYER]] acertou no travessão.",
    ] {
        let found = scored(marked);
        assert!(found.is_empty(), "{marked}: {found:?}");
    }
    assert_eq!(
        scored(
            "In de 63ste minuut schoot [[Sven Mijnans|PLAYER]] via de onderkant van de lat raak."
        ),
        [common::goal("Sven Mijnans", 63)]
    );
    assert_eq!(
        scored("[[Wesley Saïd|PLAYER]] a marqué au second poteau (30e)."),
        [common::goal("Wesley Saïd", 30)]
    );
}
