//! The `scoreline` binary end to end: exit codes and messages on real files.

use std::path::PathBuf;
use std::process::{Command, Output};

fn scoreline(args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_scoreline"))
        .args(args)
        .output();
    out.unwrap_or_else(|e| panic!("cannot run scoreline: {e}"))
}

fn example() -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/spec/example-de.json");
    p.to_string_lossy().into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn eval_of_the_example_against_itself_prints_one_everywhere() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let json = dir.path().join("report.json");
    let ex = example();
    let out = scoreline(&[
        "eval",
        "--gold",
        &ex,
        "--pred",
        &ex,
        "--json",
        &json.to_string_lossy(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for metric in [
        "entities strict",
        "entities partial",
        "matches ",
        "matches full",
        "goals ",
        "goals linked",
        "goals full",
    ] {
        let line = text
            .lines()
            .find(|l| l.starts_with(metric))
            .unwrap_or_else(|| panic!("no {metric:?} row in\n{text}"));
        assert_eq!(
            line.split_whitespace().filter(|w| *w == "1.000").count(),
            3,
            "{line}"
        );
    }
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap_or_default())
            .unwrap_or_default();
    for (group, variant) in [
        ("entities", "strict"),
        ("entities", "partial"),
        ("matches", "basic"),
        ("matches", "full"),
        ("goals", "basic"),
        ("goals", "linked"),
        ("goals", "full"),
    ] {
        let s = &report[group][variant];
        assert_eq!(
            (s["p"].as_f64(), s["r"].as_f64(), s["f1"].as_f64()),
            (Some(1.0), Some(1.0), Some(1.0)),
            "{group}.{variant}"
        );
        assert!(
            s["tp"].as_u64().is_some_and(|n| n > 0) && s["fp"] == 0 && s["fn"] == 0,
            "{group}.{variant}: {s}"
        );
    }
}

/// The example as one JSONL line with one entity offset broken.
fn corrupted_jsonl(dir: &std::path::Path) -> PathBuf {
    let text = std::fs::read_to_string(example()).unwrap_or_default();
    let mut doc: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    doc["entities"][4]["start"] = serde_json::json!(175);
    let path = dir.join("broken.jsonl");
    let good = serde_json::json!({"id": "ok", "lang": "en", "date": null, "text": "Kane scored.", "entities": [], "matches": [], "goals": []});
    std::fs::write(&path, format!("{good}\n{doc}\n")).unwrap_or_else(|e| panic!("{e}"));
    path
}

#[test]
fn validate_names_file_line_document_and_entity_of_a_corrupted_offset() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = corrupted_jsonl(dir.path());
    let out = scoreline(&["validate", &path.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let expected = format!(
        "{}:2: document \"de-ccc-2024-monterrey-inter\": entity 4: text[175:184] is \"ordi Alba\", but the entity's text is \"Jordi Alba\"",
        path.display()
    );
    assert!(err.contains(&expected), "{err}");
    assert!(
        stdout(&out).contains("1 valid document(s), 1 problem(s)"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn validate_reports_a_missing_file_and_goes_on() {
    let ex = example();
    let out = scoreline(&["validate", "/nonexistent/gold.jsonl", &ex]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("/nonexistent/gold.jsonl: no such file or directory"),
        "{}",
        stderr(&out)
    );
    assert!(stdout(&out).contains("1 valid document(s), 1 problem(s)"));
}

#[test]
fn eval_with_an_invalid_prediction_is_partial() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = corrupted_jsonl(dir.path());
    let ex = example();
    let out = scoreline(&["eval", "--gold", &ex, "--pred", &path.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(1), "partial run");
    assert!(stderr(&out).contains("pred:"), "{}", stderr(&out));
    // The invalid document is left out: the gold document counts as missed.
    assert!(
        stdout(&out).contains("1 gold without prediction"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn bad_arguments_exit_two() {
    assert_eq!(scoreline(&["eval", "--gold"]).status.code(), Some(2));
}
