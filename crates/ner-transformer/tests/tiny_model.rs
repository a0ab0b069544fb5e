//! The backend end to end on small BERT models made by the test and loaded
//! from disk: a random one for the plumbing, a context-free one whose tags
//! are known for exact results.
#![cfg(feature = "rust-bert")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use scoreline_core::{Label, Lang};
use scoreline_ner::{Input, Mention, Recognizer};
use scoreline_ner_transformer::model::{Architecture, Model, ModelError};
use scoreline_ner_transformer::recognizer::{LoadError, TransformerRecognizer};
use scoreline_ner_transformer::tiny::{piece_table, TinyBert, CONLL_LABELS};
use scoreline_ner_transformer::Options;
use scoreline_refdata::RefData;
use scoreline_text::Segmented;
use std::collections::HashMap;
use std::path::Path;
use tch::Device;

const TEXT: &str = include_str!("fixtures/long-multilingual.txt");
const PIECES: &str = include_str!("fixtures/pieces.tsv");

/// The fixture's pieces and their tag indices.
fn pieces() -> (Vec<String>, HashMap<String, usize>) {
    piece_table(PIECES, &CONLL_LABELS).unwrap()
}

fn lookup_model(dir: &Path) {
    let (order, tags) = pieces();
    TinyBert::new(&CONLL_LABELS, &order)
        .write_lookup(dir, &tags)
        .unwrap();
}

fn random_model(dir: &Path) {
    let (order, _) = pieces();
    TinyBert::new(&CONLL_LABELS, &order)
        .write_random(dir, 7)
        .unwrap();
}

fn load(dir: &Path, window: Option<usize>, overlap: usize) -> TransformerRecognizer {
    let options = Options {
        window,
        overlap,
        ..Options::default()
    };
    TransformerRecognizer::load_on(dir, RefData::default(), &options, Device::Cpu).unwrap()
}

fn run(r: &TransformerRecognizer, text: &str) -> Vec<Mention> {
    let seg = Segmented::new(text);
    r.recognize(&Input {
        text,
        lang: Lang::Und,
        seg: &seg,
    })
}

fn surfaces<'t>(text: &'t str, ms: &[Mention]) -> Vec<(&'t str, Label)> {
    ms.iter()
        .map(|m| (&text[m.start..m.end], m.label))
        .collect()
}

/// Every mention is a slice of the text on token boundaries, in order and
/// not overlapping, with a confidence that is a probability.
fn assert_well_formed(text: &str, ms: &[Mention]) {
    let seg = Segmented::new(text);
    let starts: Vec<usize> = seg.tokens.iter().map(|t| t.start as usize).collect();
    let ends: Vec<usize> = seg.tokens.iter().map(|t| t.end as usize).collect();
    for m in ms {
        assert!(
            text.get(m.start..m.end).is_some(),
            "{m:?} is not a slice of the text"
        );
        assert!(
            starts.contains(&m.start) && ends.contains(&m.end),
            "{m:?} is not on token boundaries"
        );
        assert!(m.confidence > 0.0 && m.confidence <= 1.0, "{m:?}");
    }
    for pair in ms.windows(2) {
        assert!(
            pair[0].end <= pair[1].start,
            "{pair:?} overlap or are out of order"
        );
    }
}

#[test]
fn the_context_free_model_gives_the_expected_mentions_in_a_long_multilingual_document() {
    let dir = tempfile::tempdir().unwrap();
    lookup_model(dir.path());
    let whole = load(dir.path(), None, 0);
    // The tiny model reads 62 pieces a pass; the text has about 160 words.
    assert_eq!(whole.window(), 62);
    let got = run(&whole, TEXT);
    assert_well_formed(TEXT, &got);
    use Label::*;
    assert_eq!(
        surfaces(TEXT, &got),
        vec![
            ("Thomas Müller", Player),
            ("FC Bayern München", Club),
            ("Allianz Arena", Stadium),
            ("Vincent Kompany", Coach),
            ("Müller", Player),
            ("Harry Kane", Player),
            ("Bayern", Club),
            ("Borussia Dortmund", Club),
            ("Bundesliga", Competition),
            // "Lewan" + "##dowski": the word takes its first piece's tag.
            ("Robert Lewandowski", Player),
            ("Feyenoord", Club),
            ("Ajax", Club),
            ("Santiago Giménez", Player),
            ("Vinícius Júnior", Player),
            ("Estadio Metropolitano", Stadium),
            ("Atlético Madrid", Club),
            ("Kylian Mbappé", Player),
            ("Alexandre Lacazette", Player),
            ("Olympique Lyonnais", Club),
            ("Groupama Stadium", Stadium),
            ("Lautaro Martínez", Player),
            ("Inter", Club),
            ("Serie A", Competition),
            ("Pedro Gonçalves", Player),
            ("Sporting", Club),
            ("Primeira Liga", Competition),
            ("Rúben Amorim", Coach),
        ]
    );
    // Canonical names: a surname alone and a short club name take the
    // fuller name of the document.
    let by_surface: HashMap<&str, &str> = got
        .iter()
        .map(|m| (&TEXT[m.start..m.end], m.reference.as_str()))
        .collect();
    assert_eq!(by_surface["Müller"], "Thomas Müller");
    assert_eq!(by_surface["Bayern"], "FC Bayern München");
}

#[test]
fn small_windows_stitch_to_the_same_mentions() {
    let dir = tempfile::tempdir().unwrap();
    lookup_model(dir.path());
    let whole = run(&load(dir.path(), None, 0), TEXT);
    for (window, overlap) in [(16, 4), (12, 6), (9, 0), (30, 8)] {
        let r = load(dir.path(), Some(window), overlap);
        assert_eq!(r.window(), window);
        assert_eq!(run(&r, TEXT), whole, "window {window}, overlap {overlap}");
    }
}

#[test]
fn a_random_model_gives_well_formed_mentions_with_our_labels() {
    let dir = tempfile::tempdir().unwrap();
    random_model(dir.path());
    std::fs::write(
        dir.path().join("labels.tsv"),
        "PER\tPLAYER\nORG\tCLUB\nLOC\t-\nMISC\t-\n",
    )
    .unwrap();
    for window in [None, Some(10)] {
        let ms = run(&load(dir.path(), window, 3), TEXT);
        assert_well_formed(TEXT, &ms);
        assert!(!ms.is_empty(), "random weights tag something");
        assert!(
            ms.iter()
                .all(|m| matches!(m.label, Label::Player | Label::Club)),
            "{ms:?}"
        );
    }
}

#[test]
fn documents_read_in_one_batch_get_what_they_get_alone() {
    let dir = tempfile::tempdir().unwrap();
    random_model(dir.path());
    let r = load(dir.path(), Some(20), 5);
    let texts: Vec<&str> = TEXT.lines().collect();
    let segs: Vec<Segmented> = texts.iter().map(|t| Segmented::new(t)).collect();
    let inputs: Vec<Input> = texts
        .iter()
        .zip(&segs)
        .map(|(text, seg)| Input {
            text,
            lang: Lang::Und,
            seg,
        })
        .collect();
    let together = r.recognize_batch(&inputs);
    assert_eq!(together.len(), texts.len());
    for (input, batched) in inputs.iter().zip(&together) {
        let alone = r.recognize(input);
        let key = |ms: &[Mention]| {
            ms.iter()
                .map(|m| (m.start, m.end, m.label))
                .collect::<Vec<_>>()
        };
        assert_eq!(key(batched), key(&alone), "{}", input.text);
        for (a, b) in batched.iter().zip(&alone) {
            assert!((a.confidence - b.confidence).abs() < 1e-4);
        }
    }
}

#[test]
fn the_mapping_file_decides_the_labels() {
    let dir = tempfile::tempdir().unwrap();
    lookup_model(dir.path());
    std::fs::write(
        dir.path().join("labels.tsv"),
        "# every person a coach, places stadiums, no organisations\nPER\tCOACH\nORG\t-\nLOC\tSTADIUM\nMISC\t-\n",
    )
    .unwrap();
    let got = run(&load(dir.path(), Some(24), 6), TEXT);
    assert_well_formed(TEXT, &got);
    let labels: Vec<Label> = got.iter().map(|m| m.label).collect();
    assert!(labels
        .iter()
        .all(|l| matches!(l, Label::Coach | Label::Stadium)));
    assert_eq!(labels.iter().filter(|l| **l == Label::Coach).count(), 12);
    let stadiums: Vec<&str> = got
        .iter()
        .filter(|m| m.label == Label::Stadium)
        .map(|m| &TEXT[m.start..m.end])
        .collect();
    assert_eq!(
        stadiums,
        vec![
            "Allianz Arena",
            "Rotterdam",
            "Estadio Metropolitano",
            "Groupama Stadium",
            "San Siro",
            "Alvalade"
        ]
    );
    // A mapping given explicitly wins over the directory's.
    let other = dir.path().join("other.tsv");
    std::fs::write(&other, "PER\t-\nORG\tCLUB\nLOC\t-\nMISC\t-\n").unwrap();
    let options = Options {
        mapping: Some(other),
        ..Options::default()
    };
    let r = TransformerRecognizer::load_on(dir.path(), RefData::default(), &options, Device::Cpu)
        .unwrap();
    let clubs = run(&r, TEXT);
    assert_eq!(clubs.len(), 9);
    assert!(clubs.iter().all(|m| m.label == Label::Club));
}

/// The error of loading a tiny model that `spoil` has changed on disk.
fn load_error(spoil: impl Fn(&Path)) -> String {
    let dir = tempfile::tempdir().unwrap();
    lookup_model(dir.path());
    spoil(dir.path());
    TransformerRecognizer::load_on(
        dir.path(),
        RefData::default(),
        &Options::default(),
        Device::Cpu,
    )
    .unwrap_err()
    .to_string()
}

#[test]
fn broken_model_directories_are_reported() {
    let empty = tempfile::tempdir().unwrap();
    let err = TransformerRecognizer::load_on(
        empty.path(),
        RefData::default(),
        &Options::default(),
        Device::Cpu,
    )
    .unwrap_err();
    assert!(
        matches!(err, LoadError::Model(ModelError::Read { .. })),
        "{err}"
    );

    let err = load_error(|dir| {
        let config = dir.join("config.json");
        let text = std::fs::read_to_string(&config).unwrap();
        std::fs::write(&config, text.replace("\"bert\"", "\"gpt2\"")).unwrap();
    });
    assert!(err.contains("gpt2"), "{err}");

    let err = load_error(|dir| std::fs::remove_file(dir.join("vocab.txt")).unwrap());
    assert!(err.contains("vocab.txt"), "{err}");

    let err = load_error(|dir| std::fs::write(dir.join("labels.tsv"), "PER\tTEAM\n").unwrap());
    assert!(err.contains("line 1") && err.contains("TEAM"), "{err}");
}

/// Runs a Python program with Debian's python3-torch, panicking with its
/// output on failure.
fn python(args: &[&Path]) -> std::process::Output {
    let out = std::process::Command::new("/usr/bin/python3")
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{:?}: {}{}",
        args,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

#[test]
fn convert_model_turns_hugging_face_checkpoints_into_the_same_model() {
    let root = tempfile::tempdir().unwrap();
    let original = root.path().join("original");
    lookup_model(&original);
    let (bin, st) = (root.path().join("bin"), root.path().join("st"));
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    python(&[&fixtures.join("make-checkpoint.py"), &original, &bin, &st]);
    assert!(!bin.join("vocab.txt").exists() && bin.join("pytorch_model.bin").exists());
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/convert-model");
    let expected = run(&load(&original, Some(20), 4), TEXT);
    assert!(!expected.is_empty());
    for (checkpoint, name) in [(&bin, "from-bin"), (&st, "from-safetensors")] {
        let out_dir = root.path().join(name);
        let out = python(&[&script, checkpoint, &out_dir]);
        assert!(String::from_utf8_lossy(&out.stdout).contains("entity types: LOC, MISC, ORG, PER"));
        let got = run(&load(&out_dir, Some(20), 4), TEXT);
        let key = |ms: &[Mention]| {
            ms.iter()
                .map(|m| (m.start, m.end, m.label))
                .collect::<Vec<_>>()
        };
        assert_eq!(key(&got), key(&expected), "{name}");
    }
    let refused = std::process::Command::new("/usr/bin/python3")
        .arg(&script)
        .arg(root.path().join("nothing"))
        .arg(root.path().join("out"))
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("no config.json"));
}

#[test]
fn distilbert_roberta_and_xlm_roberta_load_and_tag_from_their_own_files() {
    let (order, _) = pieces();
    for (arch, vocabulary) in [
        (Architecture::DistilBert, "vocab.txt"),
        (Architecture::Roberta, "merges.txt"),
        (Architecture::XlmRoberta, "sentencepiece.bpe.model"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        TinyBert::new(&CONLL_LABELS, &order)
            .write_random_as(dir.path(), arch, 11)
            .unwrap();
        assert!(dir.path().join(vocabulary).is_file());
        let model = Model::load(dir.path(), Device::Cpu).unwrap();
        assert_eq!(model.architecture, arch);
        assert_eq!(model.labels, CONLL_LABELS);
        assert_eq!(model.max_pieces, 62, "{arch:?}");
        // The words are cut into known pieces, not read as unknown.
        let pieces = model.piece_ids("Müller");
        assert!(
            !pieces.is_empty() && !pieces.contains(&model.unk_id()),
            "{arch:?}: {pieces:?}"
        );
        let (seq, first) = model.with_specials(&pieces);
        assert_eq!(&seq[first..first + pieces.len()], pieces.as_slice());
        assert_eq!(seq.len(), pieces.len() + 2);
        for window in [None, Some(10)] {
            let ms = run(&load(dir.path(), window, 3), TEXT);
            assert_well_formed(TEXT, &ms);
            assert!(!ms.is_empty(), "{arch:?}");
        }
    }
}
