//! `scoreline extract --ner transformer`: without the `rust-bert` feature a
//! clear refusal; with it, spec JSONL from a small model made on disk.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn scoreline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_scoreline"))
        .args(args)
        .output()
        .unwrap()
}

/// `scoreline extract --ner transformer` on the fixture input, with `more` arguments.
fn extract_transformer(more: &[&str]) -> Output {
    let input = fixture("transformer-input.jsonl");
    let input = input.to_string_lossy();
    let mut args = vec!["extract", "--ner", "transformer", &input];
    args.extend_from_slice(more);
    scoreline(&args)
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

#[cfg(not(feature = "rust-bert"))]
#[test]
fn without_the_feature_the_transformer_is_refused_with_exit_2() {
    let out = extract_transformer(&["--model-dir", "no-such-model"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("built without the `rust-bert` feature"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn transformer_options_without_the_transformer_are_refused() {
    let input = fixture("transformer-input.jsonl");
    let out = scoreline(&["extract", "--model-dir", "m", &input.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("go with `--ner transformer`"));
}

#[cfg(feature = "rust-bert")]
mod with_rust_bert {
    use super::*;
    use scoreline_ner_transformer::tiny::{piece_table, TinyBert, CONLL_LABELS};

    /// The context-free tiny model of the backend's own tests.
    fn tiny_model(dir: &Path) {
        let pieces = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../ner-transformer/tests/fixtures/pieces.tsv");
        let text = std::fs::read_to_string(pieces).unwrap();
        let (order, tags) = piece_table(&text, &CONLL_LABELS).unwrap();
        TinyBert::new(&CONLL_LABELS, &order)
            .write_lookup(dir, &tags)
            .unwrap();
    }

    fn models() -> String {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../models")
            .to_string_lossy()
            .into_owned()
    }

    #[test]
    fn extract_with_a_tiny_model_writes_valid_spec_jsonl_with_code_point_offsets() {
        let model = tempfile::tempdir().unwrap();
        tiny_model(model.path());
        let out_dir = tempfile::tempdir().unwrap();
        let out_path = out_dir.path().join("out.jsonl");
        let out = extract_transformer(&[
            "--model-dir",
            &model.path().to_string_lossy(),
            "--models",
            &models(),
            "--window",
            "12",
            "-o",
            &out_path.to_string_lossy(),
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let valid = scoreline(&["validate", &out_path.to_string_lossy()]);
        assert!(
            valid.status.success(),
            "{}",
            String::from_utf8_lossy(&valid.stderr)
        );
        let text = std::fs::read_to_string(&out_path).unwrap();
        let docs: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(docs.len(), 3);
        let mut found = Vec::new();
        for d in &docs {
            let chars: Vec<char> = d["text"].as_str().unwrap().chars().collect();
            for e in d["entities"].as_array().unwrap() {
                let (s, t) = (
                    e["start"].as_u64().unwrap() as usize,
                    e["end"].as_u64().unwrap() as usize,
                );
                let surface: String = chars[s..t].iter().collect();
                assert_eq!(surface, e["text"].as_str().unwrap());
                found.push((
                    d["id"].as_str().unwrap().to_owned(),
                    surface,
                    e["label"].as_str().unwrap().to_owned(),
                    s,
                ));
            }
        }
        let has = |id: &str, surface: &str, label: &str| {
            found
                .iter()
                .any(|(i, s, l, _)| i == id && s == surface && l == label)
        };
        assert!(has("t1", "Thomas Müller", "PLAYER"), "{found:?}");
        assert!(has("t1", "Allianz Arena", "STADIUM"), "{found:?}");
        assert!(has("t1", "Vincent Kompany", "COACH"), "{found:?}");
        assert!(has("t2", "Kylian Mbappé", "PLAYER"), "{found:?}");
        assert!(has("t3", "Rúben Amorim", "COACH"), "{found:?}");
        // Code points, not bytes: "Vincent" comes after "ü" in t1, so the
        // two counts differ there.
        let kompany = found
            .iter()
            .find(|(i, s, _, _)| i == "t1" && s == "Vincent Kompany")
            .unwrap();
        let t1: &str = docs[0]["text"].as_str().unwrap();
        assert_eq!(kompany.3, t1[..t1.find("Vincent").unwrap()].chars().count());
        assert_ne!(kompany.3, t1.find("Vincent").unwrap());
    }

    #[test]
    fn the_transformer_needs_a_model_directory() {
        let models = models();
        let out = extract_transformer(&["--models", &models]);
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("--model-dir"));
        let missing = extract_transformer(&["--model-dir", "no-such-model", "--models", &models]);
        assert_eq!(missing.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&missing.stderr).contains("no-such-model"));
    }
}
