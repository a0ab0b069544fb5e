//! Every format on small fixture files written as the tools write them
//! (accented text, a Greek name, emoji before spans): imports match the spec
//! fixture, round trips spec → format → spec keep the entities, and bad
//! input is reported where it is while the rest still loads.

#![allow(clippy::unwrap_used)]

use scoreline_convert::{brat, read, write, Format, Importer, LabelMap};
use scoreline_core::{Document, Lang, Loaded, Location};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn importer() -> Importer {
    Importer::new(LabelMap::default(), None)
}

fn spec_docs() -> Vec<(Location, Document)> {
    let loaded = read(Format::Spec, &[fixture("spec.jsonl")], &importer());
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.documents.len(), 3);
    loaded.documents
}

fn spec_doc(id: &str) -> Document {
    spec_docs()
        .into_iter()
        .map(|(_, d)| d)
        .find(|d| d.id == id)
        .unwrap_or_else(|| panic!("no fixture document {id}"))
}

/// The entities as (start, end, label, text): what every format must keep.
fn spans(doc: &Document) -> Vec<(usize, usize, String, String)> {
    doc.entities
        .iter()
        .map(|e| (e.start, e.end, e.label.to_string(), e.text.clone()))
        .collect()
}

/// Problems as one line each, paths relative to the fixtures.
fn problem_lines(loaded: &Loaded) -> Vec<String> {
    let base = format!(
        "{}/",
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .display()
    );
    loaded
        .problems
        .iter()
        .map(|p| p.to_string().replace(&base, ""))
        .collect()
}

fn ids(loaded: &Loaded) -> Vec<&str> {
    loaded
        .documents
        .iter()
        .map(|(_, d)| d.id.as_str())
        .collect()
}

fn clean(loaded: Loaded) -> Vec<Document> {
    assert!(loaded.problems.is_empty(), "{:#?}", loaded.problems);
    loaded.documents.into_iter().map(|(_, d)| d).collect()
}

#[test]
fn label_studio_export_imports_with_mapped_labels_and_settled_utf16_offsets() {
    let docs = clean(read(
        Format::LabelStudio,
        &[fixture("labelstudio.json")],
        &importer(),
    ));
    assert_eq!(docs.len(), 2);
    // Task 101: the cancelled annotation is passed over, PER/ORG/LOC mapped,
    // relation and choices results are not entities.
    let pt = spec_doc("pt-fla-flu");
    assert_eq!(docs[0].id, "101");
    assert_eq!(docs[0].lang, Lang::Pt);
    assert_eq!(docs[0].text, pt.text);
    assert_eq!(spans(&docs[0]), spans(&pt));
    // Task 102 was exported with UTF-16 offsets after the emoji; its language
    // is detected (none is given).
    let en = spec_doc("en-olympiacos-aek");
    assert_eq!(docs[1].id, "en-olympiacos-aek");
    assert_eq!(docs[1].lang, Lang::En);
    assert_eq!(docs[1].date.as_deref(), Some("2025-02-20"));
    assert_eq!(spans(&docs[1]), spans(&en));
}

#[test]
fn label_studio_problems_are_located_and_the_good_task_still_loads() {
    let loaded = read(
        Format::LabelStudio,
        &[fixture("labelstudio-bad.json")],
        &importer(),
    );
    insta::assert_debug_snapshot!(problem_lines(&loaded));
    assert_eq!(ids(&loaded), ["204"]);
    assert_eq!(
        spans(&loaded.documents[0].1),
        spans(&spec_doc("de-bayern-dortmund"))
    );
}

#[test]
fn doccano_triples_and_entity_objects_both_import() {
    let docs = clean(read(
        Format::Doccano,
        &[fixture("doccano.jsonl")],
        &importer(),
    ));
    let (de, pt) = (spec_doc("de-bayern-dortmund"), spec_doc("pt-fla-flu"));
    assert_eq!(docs[0].id, "7");
    assert_eq!(
        (docs[0].lang, docs[0].date.as_deref()),
        (Lang::De, Some("2025-03-01"))
    );
    assert_eq!(spans(&docs[0]), spans(&de));
    assert_eq!(docs[1].id, "8");
    assert_eq!((docs[1].lang, docs[1].date.as_deref()), (Lang::Pt, None));
    assert_eq!(spans(&docs[1]), spans(&pt));
}

#[test]
fn doccano_problems_are_located_and_the_rest_still_loads() {
    let loaded = read(
        Format::Doccano,
        &[fixture("doccano-bad.jsonl")],
        &importer(),
    );
    insta::assert_debug_snapshot!(problem_lines(&loaded));
    assert_eq!(ids(&loaded), ["4"]);
}

#[test]
fn an_explicit_mapping_rescues_an_unknown_label_or_drops_it() {
    let mut labels = LabelMap::default();
    labels.add_rule("GPE=PLAYER").unwrap();
    let loaded = read(
        Format::Doccano,
        &[fixture("doccano-bad.jsonl")],
        &Importer::new(labels, Some(Lang::Pt)),
    );
    assert_eq!(ids(&loaded), ["1", "4"]);
    assert_eq!(loaded.documents[0].1.entities[0].text, "Pedro");
    let mut labels = LabelMap::default();
    labels.add_rule("GPE=DROP").unwrap();
    let loaded = read(
        Format::Doccano,
        &[fixture("doccano-bad.jsonl")],
        &Importer::new(labels, Some(Lang::Pt)),
    );
    assert!(loaded.documents[0].1.entities.is_empty());
}

#[test]
fn brat_standoff_imports_text_bound_annotations_only() {
    let docs = clean(read(Format::Brat, &[fixture("brat")], &importer()));
    let de = spec_doc("de-bayern-dortmund");
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].id, de.id);
    assert_eq!(docs[0].lang, Lang::De);
    assert_eq!(docs[0].text, de.text);
    assert_eq!(spans(&docs[0]), spans(&de));
}

#[test]
fn brat_discontinuous_misquoted_and_unannotated_are_located() {
    let loaded = read(Format::Brat, &[fixture("brat-bad")], &importer());
    insta::assert_debug_snapshot!(problem_lines(&loaded));
    assert!(loaded.documents.is_empty());
}

#[test]
fn conll_rebuilds_text_with_single_spaces_and_reads_docstart_metadata() {
    let docs = clean(read(Format::Conll, &[fixture("sample.conll")], &importer()));
    insta::assert_json_snapshot!(docs);
}

#[test]
fn conll_bad_tags_are_located_and_the_next_document_still_loads() {
    let loaded = read(Format::Conll, &[fixture("conll-bad.conll")], &importer());
    insta::assert_debug_snapshot!(problem_lines(&loaded));
    assert_eq!(ids(&loaded), ["good-after-bad"]);
}

#[test]
fn spacy_jsonl_imports_entities_triples_and_ents_objects() {
    let docs = clean(read(Format::Spacy, &[fixture("spacy.jsonl")], &importer()));
    let (en, pt) = (spec_doc("en-olympiacos-aek"), spec_doc("pt-fla-flu"));
    assert_eq!(docs[0].id, en.id);
    assert_eq!(docs[0].date, en.date);
    assert_eq!(spans(&docs[0]), spans(&en));
    assert_eq!(docs[1].id, pt.id);
    assert_eq!(spans(&docs[1]), spans(&pt));
}

/// Writes the spec fixture in `format` into a temporary file and reads it back.
fn round_trip(format: Format, lang: Option<Lang>) -> (Vec<Document>, String) {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join(format!(
        "out.{}",
        if format == Format::LabelStudio {
            "json"
        } else {
            "jsonl"
        }
    ));
    let docs = spec_docs();
    if format == Format::Brat {
        let problems = brat::write_dir(&docs, &target).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
    } else {
        let mut bytes = Vec::new();
        let problems = write(format, &docs, &mut bytes).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        std::fs::write(&target, &bytes).unwrap();
    }
    let back = clean(read(
        format,
        std::slice::from_ref(&target),
        &Importer::new(LabelMap::default(), lang),
    ));
    let written = if target.is_file() {
        std::fs::read_to_string(&target).unwrap()
    } else {
        String::new()
    };
    (back, written)
}

#[test]
fn spec_to_offset_formats_and_back_is_the_identity_on_entities() {
    let original: Vec<Document> = spec_docs().into_iter().map(|(_, d)| d).collect();
    for format in [
        Format::Spec,
        Format::LabelStudio,
        Format::Doccano,
        Format::Spacy,
    ] {
        let (back, _) = round_trip(format, None);
        assert_eq!(back.len(), original.len(), "{format}");
        for (b, o) in back.iter().zip(&original) {
            assert_eq!(
                (&b.id, b.lang, &b.date, &b.text),
                (&o.id, o.lang, &o.date, &o.text),
                "{format}"
            );
            assert_eq!(spans(b), spans(o), "{format}");
        }
    }
}

#[test]
fn spec_to_brat_and_back_keeps_text_and_entities() {
    let mut original: Vec<Document> = spec_docs().into_iter().map(|(_, d)| d).collect();
    // brat reads a directory in file-name order.
    original.sort_by(|a, b| a.id.cmp(&b.id));
    let (back, _) = round_trip(Format::Brat, None);
    assert_eq!(back.len(), original.len());
    for (b, o) in back.iter().zip(&original) {
        assert_eq!((&b.id, b.lang, &b.text), (&o.id, o.lang, &o.text));
        assert_eq!(spans(b), spans(o));
    }
}

#[test]
fn spec_to_conll_and_back_keeps_ids_metadata_and_entity_surfaces() {
    let original: Vec<Document> = spec_docs().into_iter().map(|(_, d)| d).collect();
    let (back, written) = round_trip(Format::Conll, None);
    insta::assert_snapshot!(written);
    assert_eq!(back.len(), original.len());
    for (b, o) in back.iter().zip(&original) {
        assert_eq!((&b.id, b.lang, &b.date), (&o.id, o.lang, &o.date));
        // The text is rebuilt from tokens, so offsets move; labels and
        // surfaces (tokens joined by single spaces) stay.
        let surfaces = |d: &Document| -> Vec<(String, String)> {
            d.entities
                .iter()
                .map(|e| {
                    (
                        e.label.to_string(),
                        e.text.split_whitespace().collect::<Vec<_>>().join(" "),
                    )
                })
                .collect()
        };
        assert_eq!(surfaces(b), surfaces(o));
    }
}

#[test]
fn conll_export_splits_a_token_at_an_entity_boundary_and_reports_overlaps() {
    let json = r#"{"id":"x","lang":"de","date":null,"text":"Schalke04 siegt in Gelsenkirchen.","entities":[
        {"start":0,"end":7,"label":"CLUB","text":"Schalke"},
        {"start":3,"end":9,"label":"CLUB","text":"alke04"}]}"#;
    let location = Location {
        file: PathBuf::from("inline.json"),
        line: None,
    };
    let doc =
        scoreline_core::validate::document(serde_json::from_str(json).unwrap(), &location).unwrap();
    let mut out = Vec::new();
    let problems = write(Format::Conll, &[(location, doc)], &mut out).unwrap();
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "-DOCSTART- id=x lang=de\n\nSchalke\tB-CLUB\n04\tO\nsiegt\tO\nin\tO\nGelsenkirchen\tO\n.\tO\n\n"
    );
    assert_eq!(
        problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["inline.json: document \"x\": entity 1: the entity overlaps an earlier one, which IOB2 cannot hold; left out"]
    );
}

#[test]
fn an_empty_document_survives_conll_both_ways() {
    let json = r#"{"id":"empty","lang":"it","date":"2025-01-05","text":"","entities":[]}"#;
    let location = Location {
        file: PathBuf::from("inline.json"),
        line: None,
    };
    let doc =
        scoreline_core::validate::document(serde_json::from_str(json).unwrap(), &location).unwrap();
    let mut out = Vec::new();
    write(Format::Conll, &[(location, doc.clone())], &mut out).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("empty.conll");
    std::fs::write(&file, out).unwrap();
    let back = clean(read(Format::Conll, &[file], &importer()));
    assert_eq!(back, [doc]);
}
