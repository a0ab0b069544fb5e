//! The gazetteer on real sentences: offsets slice the surface, span rules,
//! ambiguity, diacritics.

use scoreline_refdata::{Gazetteer, Kind, RefData};
use std::path::PathBuf;

fn data() -> RefData {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/refdata");
    RefData::load(&root).unwrap_or_else(|e| panic!("{e}"))
}

/// (surface, kinds of the hits, ambiguous?) for every candidate.
fn found(text: &str) -> Vec<(String, Vec<Kind>, bool)> {
    let data = data();
    let g = Gazetteer::new(&data).unwrap_or_else(|e| panic!("{e}"));
    g.find(text)
        .iter()
        .map(|c| {
            let kinds = c
                .hits
                .iter()
                .map(|h| data.entries[h.entry as usize].kind)
                .collect();
            (
                text[c.start..c.end].to_owned(),
                kinds,
                c.hits.iter().all(|h| h.ambiguous),
            )
        })
        .collect()
}

fn surfaces(text: &str) -> Vec<String> {
    found(text).into_iter().map(|(s, _, _)| s).collect()
}

#[test]
fn loads_every_kind_and_resolves_references() {
    let d = data();
    assert_eq!(
        (
            d.count(Kind::Club),
            d.count(Kind::Stadium),
            d.count(Kind::Competition)
        ),
        (7, 3, 3)
    );
    assert_eq!((d.count(Kind::Coach), d.count(Kind::Player)), (1, 3));
    assert_eq!(d.check(), vec![]);
    let messi = d.get(Kind::Player, "lionel-messi").map(|e| e.names.clone());
    assert_eq!(
        messi,
        Some(vec![
            "Lionel Messi".into(),
            "Messi".into(),
            "Leo Messi".into()
        ])
    );
}

#[test]
fn inflection_possessive_and_hyphen_compounds_follow_the_span_rules() {
    assert_eq!(surfaces("Lionel Messis Comeback"), ["Lionel Messis"]);
    assert_eq!(surfaces("Messi's assist"), ["Messi"]);
    assert_eq!(surfaces("als Leagues-Cup-Sieger"), ["Leagues-Cup"]);
    assert_eq!(surfaces("der ehemalige MLS-Profi"), ["MLS"]);
    assert_eq!(surfaces("bei der Klub-WM 2025"), ["Klub-WM"]);
    assert_eq!(surfaces("Bayern-Coach Kompany"), ["Bayern"]);
}

#[test]
fn longest_name_wins_and_diacritics_and_case_do_not_matter() {
    assert_eq!(
        surfaces("FC BAYERN MUNCHEN und Thomas Muller"),
        ["FC BAYERN MUNCHEN", "Thomas Muller"]
    );
    assert_eq!(surfaces("Fußball Arena München"), ["Fußball Arena München"]);
    assert_eq!(surfaces("Inter Miami CF gewinnt"), ["Inter Miami CF"]);
}

#[test]
fn a_name_listed_with_its_article_does_not_hide_a_longer_name_after_the_article() {
    // "Der FC" is a nickname of 1. FC Köln; "FC Bayern München" outruns it.
    assert_eq!(
        surfaces("Der FC Bayern München siegt, der FC jubelt nicht."),
        ["FC Bayern München", "der FC"]
    );
    // Nothing longer after the article: the nickname is found with it, and
    // linking looks past the article.
    assert_eq!(
        surfaces("Am Ende jubelte die Alte Dame."),
        ["die Alte Dame"]
    );
}

#[test]
fn a_name_found_with_its_article_may_be_an_entry_that_lists_it_bare() {
    // Hertha BSC lists "Die Alte Dame", Juventus "Alte Dame".
    let data = data();
    let g = Gazetteer::new(&data).unwrap_or_else(|e| panic!("{e}"));
    let found = g.find("Am Ende jubelte die Alte Dame.");
    assert_eq!(found.len(), 1);
    let hits: Vec<(&str, bool, bool)> = found[0]
        .hits
        .iter()
        .map(|h| {
            let id = data.entries[h.entry as usize].id.as_str();
            (id, h.ambiguous, h.borrowed)
        })
        .collect();
    assert_eq!(
        hits,
        [("hertha-bsc", true, false), ("juventus", true, true)]
    );
}

#[test]
fn ambiguous_names_are_marked_and_words_inside_words_are_not_names() {
    let f = found("Inter gewann in Monterrey, das Interview gab Messi.");
    let names: Vec<(&str, bool)> = f.iter().map(|(s, _, a)| (s.as_str(), *a)).collect();
    assert_eq!(
        names,
        [("Inter", true), ("Monterrey", true), ("Messi", false)]
    );
    assert_eq!(f[0].1, [Kind::Club]);
}

#[test]
fn offsets_are_exact_in_accented_and_non_latin_text() {
    let text = "Зенит? Nein: Thomas Müllers Tor im Signal-Iduna-Park… 東京 Jordi Alba";
    let data = data();
    let g = Gazetteer::new(&data).unwrap_or_else(|e| panic!("{e}"));
    let spans: Vec<&str> = g.find(text).iter().map(|c| &text[c.start..c.end]).collect();
    assert_eq!(spans, ["Thomas Müllers", "Signal-Iduna-Park", "Jordi Alba"]);
}

#[test]
fn a_malformed_row_names_file_and_line() {
    let dir = std::env::temp_dir().join(format!("scoreline-refdata-test-{}", std::process::id()));
    let clubs = dir.join("clubs");
    std::fs::create_dir_all(&clubs).unwrap_or_else(|e| panic!("{e}"));
    let file = clubs.join("bad.tsv");
    std::fs::write(&file, "id\tname\tkind\tcountry\tcity\tstadium\taliases\tambiguous\nb-club\tB\tclub\tde\t\t\t\t\na-club\tA\tclub\tde\t\t\t\t\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let err = RefData::load(&dir).map(|_| ()).map_err(|e| e.to_string());
    assert_eq!(
        err,
        Err(format!(
            "{}:3: rows must be sorted by id with no repeats: \"a-club\" comes after \"b-club\"",
            file.display()
        ))
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Each kind of finding, from a fixture with one flaw of each.
#[test]
fn check_names_every_flaw() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/refdata-flawed");
    let d = RefData::load(&root).unwrap_or_else(|e| panic!("{e}"));
    let found: Vec<String> = d.check().iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        [
            "clubs cf-monterrey: \"rayados\" is listed twice",
            "clubs fc-bayern-munchen: stadium \"allianz-arena\" does not exist",
            "clubs fc-bayern-munchen: \"FC  Bayern\" is not normalised (NFC, single spaces, trimmed)",
            "players jesus-gallardo: \"Jesu\\u{301}s Gallardo\" is not normalised (NFC, single spaces, trimmed)",
            "players luis-romo: club \"cruz-azul\" does not exist",
            "players: \"romo\" names luis-romo, sergio-romo but is not marked ambiguous",
        ]
    );
}
