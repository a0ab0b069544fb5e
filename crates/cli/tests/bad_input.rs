//! `scoreline extract` on bad input, end to end: one message per bad record
//! naming file, line and document, the rest extracted, the summary last on
//! stderr, exit 1 (partial); streaming on stdin; output never lost.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixtures() -> PathBuf {
    repo().join("crates/extract/tests/fixtures/bad-input")
}

fn scoreline() -> Command {
    Command::new(env!("CARGO_BIN_EXE_scoreline"))
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = scoreline()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run scoreline: {e}"));
    let mut input = child.stdin.take().unwrap_or_else(|| panic!("no stdin"));
    input.write_all(stdin).unwrap_or_else(|e| panic!("{e}"));
    drop(input);
    child.wait_with_output().unwrap_or_else(|e| panic!("{e}"))
}

fn ids(stdout: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}"));
            v["id"].as_str().unwrap_or_default().to_owned()
        })
        .collect()
}

#[test]
fn bad_files_are_each_reported_the_rest_written_and_the_run_is_partial() {
    let dir = fixtures();
    let missing = dir.join("missing.jsonl");
    let out = run(
        &[
            "extract",
            &dir.to_string_lossy(),
            &missing.to_string_lossy(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1), "partial run");
    let err = String::from_utf8_lossy(&out.stderr);
    let d = dir.display();
    for expected in [
        format!("scoreline: skipped: {d}/binary.jsonl:1: binary file (NUL bytes)"),
        format!("scoreline: warning: {d}/empty.txt: document \"empty\": empty text; written with no entities"),
        format!("scoreline: skipped: {d}/latin1.txt:2: document \"latin1\": not valid UTF-8 (at byte 56)"),
        format!("scoreline: skipped: {d}/records.jsonl:2: document \"cut-1\": not valid JSON (column 59): EOF while parsing a string"),
        format!("scoreline: skipped: {d}/records.jsonl:6: no `id`"),
        format!("scoreline: warning: {d}/records.jsonl:9: document \"sv-1\": the text is in Swedish (swe)"),
        format!("scoreline: skipped: {d}/scan.txt:3: document \"scan\": binary file (NUL byte at byte 8)"),
        format!("scoreline: skipped: {}: cannot open: ", missing.display()),
    ] {
        assert!(err.contains(&expected), "missing {expected:?} in\n{err}");
    }
    let last = err.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("scoreline: read 17, written 8 (")
            && last.contains("skipped 9 (")
            && last.ends_with("warnings 5 (2 empty, 3 language not one of the seven)"),
        "{last}"
    );
    assert_eq!(
        ids(&out.stdout),
        ["empty", "good", "polish", "de-ok-1", "empty-1", "pl-1", "sv-1", "en-ok-2"]
    );
}

#[test]
fn stdin_is_streamed_and_a_bad_line_is_named_by_its_line_on_stdin() {
    let input = b"{\"id\":\"a\",\"text\":\"Harry Kane traf f\xc3\xbcr den FC Bayern.\"}\n{\"id\":\"b\",\"text\":\"cut\n{\"id\":\"c\",\"text\":\"Ajax won 2-0 at home.\"}\n";
    let out = run(&["extract", "-"], input);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("scoreline: skipped: <stdin>:2: document \"b\": not valid JSON"),
        "{err}"
    );
    assert_eq!(ids(&out.stdout), ["a", "c"]);
}

#[test]
fn clean_input_on_stdin_exits_zero_with_a_summary() {
    let out = run(
        &["extract", "-"],
        b"{\"id\":\"a\",\"text\":\"Harry Kane scored twice for Bayern Munich on Saturday.\"}\n",
    );
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.trim_end(),
        "scoreline: read 1, written 1 (9 words), skipped 0, warnings 0"
    );
    assert_eq!(ids(&out.stdout), ["a"]);
}

#[test]
fn output_to_a_file_keeps_the_good_documents_of_a_partial_run() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let pred = dir.path().join("pred.jsonl");
    let records = fixtures().join("records.jsonl");
    let out = run(
        &[
            "extract",
            &records.to_string_lossy(),
            "-o",
            &pred.to_string_lossy(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let written = std::fs::read(&pred).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        ids(&written),
        ["de-ok-1", "empty-1", "pl-1", "sv-1", "en-ok-2"]
    );
}

#[test]
fn an_output_that_is_also_an_input_is_refused_before_anything_is_touched() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("news.jsonl");
    let body = "{\"id\":\"a\",\"text\":\"Ajax won.\"}\n";
    std::fs::write(&path, body).unwrap_or_else(|e| panic!("{e}"));
    let p = path.to_string_lossy();
    let out = run(&["extract", &p, "-o", &p], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is also an input"));
    assert_eq!(std::fs::read_to_string(&path).unwrap_or_default(), body);
}

/// `scoreline extract … | head -1`: the reader leaving is success.
#[test]
fn a_reader_that_closes_the_pipe_early_is_success() {
    let corpus = repo().join("corpora/news.jsonl");
    let mut child = scoreline()
        .args(["extract", &corpus.to_string_lossy()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let stdout = child.stdout.take().unwrap_or_else(|| panic!("no stdout"));
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .unwrap_or_else(|e| panic!("{e}"));
    // The reader is dropped here: the pipe closes with output pending.
    let out = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    assert!(first.starts_with("{\"id\":"), "{first}");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!String::from_utf8_lossy(&out.stderr).contains("error"));
}
