//! A text may end on a name, with no full stop after it (a headline, a
//! teaser, the last line of a page cut short): every stage that looks at the
//! token after a player or club must find none there, not read past the end.
//! Found on the 1 GB bench corpus, where a Spanish headline ended on "con
//! goles de Raúl Jiménez y Edson Álvarez". Every sentence is written for the
//! test; each is also cut after every one of its names.

mod common;

use common::{run, scorers, unmark};

const ENDING_ON_A_NAME: &[(&str, &[&str])] = &[
    (
        "1' Rueda la pelota en el [[Kempes|STADIUM]].\n\n[[México|CLUB]] vence 1-2 a [[Estados Unidos|CLUB]] en Houston con goles de [[Raúl Jiménez|PLAYER]] y [[Edson Álvarez|PLAYER]]",
        &[],
    ),
    (
        "84' ¡GOOOL! [[Maxi Araújo|PLAYER]] cruza rasteiro y [[Luis Suárez|PLAYER]]",
        &[],
    ),
    (
        "[[México|CLUB]] vence 1-2 a [[Estados Unidos|CLUB]] en Houston con goles de [[Raúl Jiménez|PLAYER]] y [[Edson Álvarez|PLAYER]]",
        &["Raúl Jiménez", "Edson Álvarez"],
    ),
    (
        "[[Brentford|CLUB]] beat [[Fulham|CLUB]] 2-0 with goals from [[Yoane Wissa|PLAYER]] and [[Bryan Mbeumo|PLAYER]]",
        &["Yoane Wissa", "Bryan Mbeumo"],
    ),
    (
        "[[Freiburg|CLUB]] gewinnt 2:1 gegen [[Mainz|CLUB]], die Tore: [[Vincenzo Grifo|PLAYER]] und [[Ritsu Doan|PLAYER]]",
        &[],
    ),
    (
        "[[AZ|CLUB]] wint met 2-0 van [[Twente|CLUB]] door doelpunten van [[Troy Parrott|PLAYER]] en [[Sem Steijn|PLAYER]]",
        &[],
    ),
    (
        "[[Lille|CLUB]] s'impose 2-1 face à [[Nantes|CLUB]] grâce à [[Jonathan David|PLAYER]] et [[Osame Sahraoui|PLAYER]]",
        &[],
    ),
    (
        "Il [[Como|CLUB]] batte 2-0 il [[Genoa|CLUB]] con le reti di [[Patrick Cutrone|PLAYER]] e [[Nico Paz|PLAYER]]",
        &[],
    ),
    (
        "O [[Sporting|CLUB]] venceu o [[Famalicão|CLUB]] por 2-0 com golos de [[Viktor Gyökeres|PLAYER]] e [[Trincão|PLAYER]]",
        &[],
    ),
];

/// The marked text cut right after each of its marks, the whole text last.
fn cuts(marked: &str) -> Vec<&str> {
    marked
        .match_indices("]]")
        .map(|(at, _)| &marked[..at + 2])
        .chain(std::iter::once(marked))
        .collect()
}

#[test]
fn a_text_cut_after_any_name_is_read_to_its_end() {
    for (marked, _) in ENDING_ON_A_NAME {
        for cut in cuts(marked) {
            let (text, spans) = unmark(cut);
            // The cut ends on a name: the case this file is about.
            assert!(spans.last().is_some_and(|s| s.1 == text.len()), "{cut}");
            let _ = run(cut);
        }
    }
}

#[test]
fn the_scorers_named_last_are_found() {
    for (marked, expected) in ENDING_ON_A_NAME.iter().filter(|(_, e)| !e.is_empty()) {
        assert_eq!(scorers(marked), *expected, "{marked}");
    }
}
