//! Linking on the committed models: a club name that begins with an ordinal
//! is one mention, a nickname listed with its article links past the
//! article, a name listed with its article does not hide the longer name
//! after the article, and a nickname two clubs share means the one the text
//! names.

use scoreline_core::{Document, Label, Lang, Location};
use scoreline_extract::{InputDoc, Pipeline};
use scoreline_ner::embedded::EmbeddedRecognizer;
use std::path::PathBuf;

fn extract(text: &str, lang: Lang) -> Document {
    let models = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../models");
    let r = EmbeddedRecognizer::load(&models).unwrap_or_else(|e| panic!("{e}"));
    Pipeline::new(Box::new(r)).process(&InputDoc {
        id: "t".into(),
        text: text.into(),
        date: None,
        lang: Some(lang),
        location: Location {
            file: PathBuf::from("test"),
            line: None,
        },
    })
}

/// (surface, label, reference-data id) of every entity.
fn linked(doc: &Document) -> Vec<(&str, Label, Option<&str>)> {
    doc.entities
        .iter()
        .map(|e| {
            let id = e.extra.get("kb_id").and_then(|v| v.as_str());
            (e.text.as_str(), e.label, id)
        })
        .collect()
}

#[test]
fn a_club_name_beginning_with_an_ordinal_is_one_linked_mention() {
    let doc = extract(
        "Union Berlin gewann gegen den Zweitligisten 1. FC Magdeburg mit 2:0. Danach spielte der 1. FC Kaiserslautern.",
        Lang::De,
    );
    let found = linked(&doc);
    for (surface, id) in [
        ("1. FC Magdeburg", "1-fc-magdeburg"),
        ("1. FC Kaiserslautern", "1-fc-kaiserslautern"),
    ] {
        assert!(
            found.contains(&(surface, Label::Club, Some(id))),
            "{surface}: {found:?}"
        );
    }
    assert!(!found.iter().any(|(s, _, _)| *s == "1."), "{found:?}");
}

#[test]
fn a_nickname_listed_with_its_article_is_linked_past_the_article() {
    let doc = extract(
        "Hertha BSC kämpfte bis zuletzt. Am Ende jubelte die Alte Dame über das 2:1 gegen Darmstadt.",
        Lang::De,
    );
    let found = linked(&doc);
    assert!(
        found.contains(&("Alte Dame", Label::Club, Some("hertha-bsc"))),
        "{found:?}"
    );
}

#[test]
fn a_name_listed_with_its_article_does_not_hide_the_club_after_the_article() {
    let doc = extract("Der FC Bayern München gewann in Bochum mit 3:0.", Lang::De);
    let found = linked(&doc);
    assert!(
        found.contains(&("FC Bayern München", Label::Club, Some("fc-bayern-munchen"))),
        "{found:?}"
    );
}

#[test]
fn a_nickname_two_clubs_share_means_the_club_the_text_names() {
    let doc = extract(
        "Juventus gewann in Turin gegen Lazio. Die Alte Dame bleibt damit Tabellenführer.",
        Lang::De,
    );
    let found = linked(&doc);
    assert!(
        found.contains(&("Alte Dame", Label::Club, Some("juventus"))),
        "{found:?}"
    );
}

#[test]
fn an_ambiguous_name_links_to_the_club_the_rest_of_the_text_speaks_for() {
    // "Liverpool" is Liverpool FC and Liverpool Montevideo, "Reds" Liverpool
    // FC and Toronto FC: together they mean Liverpool FC.
    let doc = extract(
        "O Liverpool venceu o Chelsea por 2-1. Os Reds voltaram ao topo.",
        Lang::Pt,
    );
    let found = linked(&doc);
    assert!(
        found.contains(&("Liverpool", Label::Club, Some("liverpool-fc"))),
        "{found:?}"
    );
    assert!(
        found.contains(&("Reds", Label::Club, Some("liverpool-fc"))),
        "{found:?}"
    );
}

#[test]
fn a_nickname_of_a_club_and_a_national_team_follows_the_text() {
    // "Azzurri" is Italy's and Napoli's: in a Napoli report, Napoli.
    let doc = extract(
        "Il Napoli ha battuto il Cagliari 2-0. Gli Azzurri restano primi.",
        Lang::It,
    );
    let found = linked(&doc);
    assert!(
        found.contains(&("Azzurri", Label::Club, Some("ssc-napoli"))),
        "{found:?}"
    );
}

#[test]
fn a_womens_team_named_by_the_mens_name_is_the_womens_team() {
    let doc = extract(
        "Samedi, les Bleues ont battu l'Angleterre 2-1. Avec trois points, la France est en tête.",
        Lang::Fr,
    );
    let found = linked(&doc);
    for surface in ["Bleues", "France"] {
        assert!(
            found.contains(&(surface, Label::Club, Some("france-women"))),
            "{surface}: {found:?}"
        );
    }
}

#[test]
fn a_nickname_found_with_an_article_another_club_lists_follows_the_text() {
    // "Die Adler" is listed for Eintracht Frankfurt, "Adler" for Benfica.
    let doc = extract(
        "Benfica hat den FC Porto klar geschlagen. Im Estádio da Luz siegten die Adler mit 4:1.",
        Lang::De,
    );
    let found = linked(&doc);
    assert!(
        found.contains(&("Adler", Label::Club, Some("sl-benfica"))),
        "{found:?}"
    );
}

#[test]
fn an_ambiguous_club_name_is_the_one_of_the_country_of_the_clubs_named() {
    // "Sporting" next to Benfica and Porto: Sporting CP.
    let doc = extract(
        "Benfica schlug den FC Porto 4:1 und liegt nun einen Punkt hinter Sporting.",
        Lang::De,
    );
    let found = linked(&doc);
    assert!(
        found.contains(&("Sporting", Label::Club, Some("sporting-cp"))),
        "{found:?}"
    );
}
