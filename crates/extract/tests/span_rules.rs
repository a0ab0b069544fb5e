//! Spec §2 span rules on the committed models, one document each: nothing is
//! annotated in navigation crumbs or sentences about another sport, and a
//! name in a one-word inflected form ends its mention.

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

fn entities(doc: &Document) -> Vec<(&str, Label)> {
    doc.entities
        .iter()
        .map(|e| (e.text.as_str(), e.label))
        .collect()
}

#[test]
fn crumbs_hold_no_entities_even_when_repeated_below() {
    let doc = extract(
        "Accueil > Football > Ligue 1\n\nLe Paris Saint-Germain a battu le RC Lens 2-0 en Ligue 1, samedi au Parc des Princes.",
        Lang::Fr,
    );
    let first_line = "Accueil > Football > Ligue 1".chars().count();
    assert!(
        doc.entities.iter().all(|e| e.start > first_line),
        "{:?}",
        entities(&doc)
    );
    assert!(entities(&doc).contains(&("Ligue 1", Label::Competition)));
}

#[test]
fn other_sports_give_no_entities_and_no_matches() {
    let doc = extract(
        "El Real Madrid ganó 2-0 al Getafe en el Bernabéu. Además: el Unicaja gana la Copa del Rey de baloncesto tras vencer 83-79 al Real Madrid en la final.",
        Lang::Es,
    );
    let basketball = "El Real Madrid ganó 2-0 al Getafe en el Bernabéu. "
        .chars()
        .count();
    assert!(
        doc.entities.iter().all(|e| e.end <= basketball),
        "{:?}",
        entities(&doc)
    );
    let scores: Vec<_> = doc.matches.iter().filter_map(|m| m.score).collect();
    assert_eq!(scores, [[2, 0]]);
}

#[test]
fn an_inflected_name_ends_its_mention() {
    let doc = extract(
        "Nach Lionel Messis Startelf-Comeback jubelte Miami. Der Halbfinaleinzug von Monterrey war verdient, Monterreys Abwehr hielt, auch wegen Inters Ehrentreffer.",
        Lang::De,
    );
    let found = entities(&doc);
    for (surface, label) in [
        ("Lionel Messis", Label::Player),
        ("Monterreys", Label::Club),
        ("Inters", Label::Club),
    ] {
        assert!(found.contains(&(surface, label)), "{surface}: {found:?}");
    }
}
