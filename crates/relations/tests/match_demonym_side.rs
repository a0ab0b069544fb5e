//! Match assembly, session 9: a people-of-a-place noun the recogniser
//! leaves unmarked ("die Rheinhessen", "los guipuzcoanos", "les
//! Phocéens") is a side when exactly one of its clubs is named in the
//! document; with traps for a shared noun, an unnamed club, an adjective
//! and one player. Written as fresh sentences
//! (`fixtures/match_demonym_side_probes.txt`); the table itself is checked
//! against the clubs of the reference data.

#![allow(clippy::unwrap_used)]

mod common;

use scoreline_refdata::{Demonyms, Kind, RefData};
use std::path::Path;

#[test]
fn the_probe_passages_give_their_matches() {
    common::assert_probes(include_str!("fixtures/match_demonym_side_probes.txt"), 12);
}

#[test]
fn every_table_file_parses_and_names_only_known_clubs() {
    let clubs = RefData::load(&common::repo().join("models/refdata")).unwrap();
    for (path, text) in scoreline_relations::demonyms::files() {
        let mut one = Demonyms::default();
        one.add(Path::new(path), text)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(!one.is_empty(), "{path} is empty");
        for id in one.ids() {
            let known = match id.strip_prefix('@') {
                Some(cc) => clubs
                    .entries
                    .iter()
                    .any(|e| e.kind == Kind::Club && e.country.as_deref() == Some(cc)),
                None => clubs.get(Kind::Club, id).is_some(),
            };
            assert!(
                known,
                "{path}: {id} is no club or country of models/refdata/clubs"
            );
        }
    }
}

#[test]
fn the_compiled_table_is_the_files_on_disk() {
    let dir = common::repo().join("models/refdata/demonyms");
    let on_disk = Demonyms::load(&dir).unwrap();
    let compiled = scoreline_relations::demonyms::table();
    for word in [
        "rheinhessen",
        "guipuzcoanos",
        "phocéens",
        "phoceens",
        "partenopei",
    ] {
        assert_eq!(on_disk.clubs(word), compiled.clubs(word), "{word}");
        assert!(!compiled.clubs(word).is_empty(), "{word}");
    }
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        scoreline_relations::demonyms::files().len(),
        "every file under models/refdata/demonyms is compiled in"
    );
    let clubs = common::repo().join("models/refdata/clubs");
    assert_eq!(
        std::fs::read_dir(&clubs).unwrap().count(),
        scoreline_relations::club_files().len(),
        "every file under models/refdata/clubs is compiled in"
    );
}

#[test]
fn a_noun_written_twice_in_a_file_is_an_error_naming_its_line() {
    let mut t = Demonyms::default();
    let err = t
        .add(
            Path::new("x.tsv"),
            "name\tclubs\nGones\tolympique-lyonnais\ngones\tolympique-lyonnais\n",
        )
        .unwrap_err();
    assert_eq!(err.to_string(), "x.tsv:3: \"gones\" is already on line 2");
    let err = t.add(Path::new("y.tsv"), "word\tclub\n").unwrap_err();
    assert!(err.to_string().starts_with("y.tsv:1: "), "{err}");
}
