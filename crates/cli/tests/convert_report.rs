//! `scoreline convert` and `scoreline report` end to end: outputs, messages
//! and exit codes on the fixture files of the convert and report crates.

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn scoreline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_scoreline"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run scoreline: {e}"))
}

fn fixture(krate: &str, name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(krate)
        .join("tests/fixtures")
        .join(name);
    p.to_string_lossy().into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn path(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

#[test]
fn label_studio_to_spec_gives_documents_that_validate() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = dir.path().join("ls.jsonl");
    let out = scoreline(&[
        "convert",
        "--from",
        "labelstudio",
        "--to",
        "spec",
        &fixture("convert", "labelstudio.json"),
        "-o",
        &path(&out_file),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("2 document(s) converted from labelstudio to spec, 0 problem(s)"));
    let check = scoreline(&["validate", &path(&out_file)]);
    assert!(check.status.success(), "{}", stderr(&check));
    assert_eq!(
        String::from_utf8_lossy(&check.stdout),
        "2 valid document(s), 0 problem(s)\n"
    );
}

#[test]
fn spec_to_conll_on_stdout_and_back() {
    let dir = tempfile::tempdir().unwrap();
    let conll = scoreline(&[
        "convert",
        "--from",
        "spec",
        "--to",
        "conll",
        &fixture("convert", "spec.jsonl"),
    ]);
    assert!(conll.status.success(), "{}", stderr(&conll));
    let text = String::from_utf8(conll.stdout).unwrap();
    assert!(text.starts_with("-DOCSTART- id=de-bayern-dortmund lang=de date=2025-03-01\n\nThomas\tB-PLAYER\nMüller\tI-PLAYER\n"));
    assert!(text.contains("Ολυμπιακός\tB-CLUB\n"));
    let file = dir.path().join("out.conll");
    std::fs::write(&file, &text).unwrap();
    let back = scoreline(&["convert", "--from", "conll", "--to", "spec", &path(&file)]);
    assert!(back.status.success(), "{}", stderr(&back));
    let lines = String::from_utf8(back.stdout).unwrap();
    assert_eq!(lines.lines().count(), 3);
    assert!(
        lines.contains(r#"{"start":0,"end":13,"label":"PLAYER","text":"Thomas Müller"}"#),
        "{lines}"
    );
}

#[test]
fn bad_input_is_reported_with_file_and_line_and_exits_one() {
    let out = scoreline(&[
        "convert",
        "--from",
        "doccano",
        "--to",
        "spacy",
        &fixture("convert", "doccano-bad.jsonl"),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("doccano-bad.jsonl:1: document \"1\": entity 0: unknown label \"GPE\""),
        "{err}"
    );
    assert!(err.contains("doccano-bad.jsonl:3: not valid JSON"), "{err}");
    assert!(
        err.contains("1 document(s) converted from doccano to spacy, 3 problem(s)"),
        "{err}"
    );
    // The good line is still written.
    let written = String::from_utf8(out.stdout).unwrap();
    assert_eq!(written.lines().count(), 1);
    assert!(
        written.contains(r#""entities":[[7,12,"PLAYER"]]"#),
        "{written}"
    );
}

#[test]
fn a_label_mapping_rescues_unknown_labels() {
    let out = scoreline(&[
        "convert",
        "--from",
        "labelstudio",
        "--to",
        "doccano",
        "--map",
        "MISC=COMPETITION",
        &fixture("convert", "labelstudio-bad.json"),
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    // Task 201 now loads; 202 (misquoted span) and 203 (no annotation) do not.
    assert!(!err.contains("\"201\""), "{err}");
    assert!(
        err.contains("2 document(s) converted from labelstudio to doccano, 2 problem(s)"),
        "{err}"
    );
}

#[test]
fn brat_output_needs_a_directory_and_bad_mappings_stop_the_run() {
    let out = scoreline(&[
        "convert",
        "--from",
        "spec",
        "--to",
        "brat",
        &fixture("convert", "spec.jsonl"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("-o DIR"));
    let out = scoreline(&[
        "convert",
        "--from",
        "doccano",
        "--to",
        "spec",
        "--map",
        "PER=PLACE",
        &fixture("convert", "doccano.jsonl"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown label \"PLACE\""),
        "{}",
        stderr(&out)
    );
}

#[test]
fn spec_to_brat_writes_a_directory_brat_can_open() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir: PathBuf = dir.path().join("brat");
    let out = scoreline(&[
        "convert",
        "--from",
        "spec",
        "--to",
        "brat",
        &fixture("convert", "spec.jsonl"),
        "-o",
        &path(&out_dir),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let ann = std::fs::read_to_string(out_dir.join("pt-fla-flu.ann")).unwrap();
    assert!(ann.starts_with("T1\tCLUB 2 10\tFlamengo\n"), "{ann}");
    assert!(ann.contains("STADIUM 44 52\tMaracanã\n"), "{ann}");
    assert!(out_dir.join("annotation.conf").exists());
}

#[test]
fn report_with_gold_writes_one_page_with_highlights_and_evaluation() {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("report.html");
    let out = scoreline(&[
        "report",
        "--pred",
        &fixture("report", "pred.jsonl"),
        "--gold",
        &fixture("report", "gold.jsonl"),
        "-o",
        &path(&html),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains(r#"<mark class="PLAYER" id="d0-e4" title="PLAYER → Bukayo Saka"><span class="ev" data-ev="d0-g0">Bukayo Saka</span></mark>"#));
    assert!(page.contains("<h2>Evaluation</h2>"));
    assert!(page.contains("<h3>Entity errors (3)</h3>"));
}

#[test]
fn report_leaves_out_invalid_predictions_and_exits_one() {
    let dir = tempfile::tempdir().unwrap();
    let pred = dir.path().join("pred.jsonl");
    let good = std::fs::read_to_string(fixture("report", "pred.jsonl")).unwrap();
    std::fs::write(&pred, format!("{good}{{\"id\": \"broken\"}}\n")).unwrap();
    let html = dir.path().join("report.html");
    let out = scoreline(&["report", "--pred", &path(&pred), "-o", &path(&html)]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("pred.jsonl:3: document \"broken\""),
        "{}",
        stderr(&out)
    );
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("<p>2 documents, 9 entities, 1 matches, 3 goals."));
    assert!(!page.contains("<h2>Evaluation</h2>"));
}
