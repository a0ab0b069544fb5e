//! `scoreline kb` end to end: build (with a bad line), query, export, and the
//! exit codes of each.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn scoreline(args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_scoreline"))
        .args(args)
        .output();
    out.unwrap_or_else(|e| panic!("cannot run scoreline: {e}"))
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../kb/tests/fixtures/old-firm.jsonl")
}

/// The fixture with a broken line in the middle.
fn with_a_bad_line(dir: &Path) -> PathBuf {
    let good = std::fs::read_to_string(fixture()).unwrap_or_else(|e| panic!("{e}"));
    let mut lines: Vec<&str> = good.lines().collect();
    lines.insert(2, "{\"id\": \"broken\", \"lang\": \"en\"");
    let path = dir.join("input.jsonl");
    std::fs::write(&path, lines.join("\n")).unwrap_or_else(|e| panic!("{e}"));
    path
}

#[test]
fn build_query_and_export_a_base() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let kb = dir.path().join("kb.sqlite");
    let kb = kb.to_string_lossy();
    let input = with_a_bad_line(dir.path());
    let out = scoreline(&["kb", "build", &input.to_string_lossy(), "-o", &kb]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(err.contains("input.jsonl:3"), "{err}");
    assert!(err.contains("4 document(s) added"), "{err}");

    let out = scoreline(&["kb", "query", "-k", &kb, "club-results", "Celtic"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let table = text(&out.stdout);
    assert!(table.contains("Celtic FC 3–1 Rangers FC"), "{table}");
    assert_eq!(table.lines().count(), 5, "{table}");

    let out = scoreline(&[
        "kb",
        "query",
        "-k",
        &kb,
        "--tsv",
        "top-scorers",
        "--limit",
        "1",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout).lines().nth(1),
        Some("1\tDaizen Maeda\tCeltic FC\t4\t2\t4\tplayer/daizen-maeda")
    );

    let ttl = dir.path().join("kb.ttl");
    let out = scoreline(&[
        "kb",
        "export",
        "-k",
        &kb,
        "--format",
        "ttl",
        "-o",
        &ttl.to_string_lossy(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let written = std::fs::read_to_string(&ttl).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        written.contains("@prefix schema: <https://schema.org/> ."),
        "{written}"
    );
    assert!(written.contains("a schema:SportsEvent"), "{written}");
    assert!(!dir.path().join("kb.ttl.partial").exists());
}

#[test]
fn what_cannot_run_exits_two() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let missing = dir.path().join("missing.sqlite");
    let out = scoreline(&["kb", "query", "-k", &missing.to_string_lossy(), "summary"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("not a scoreline knowledge base"));

    let kb = dir.path().join("kb.sqlite");
    let kb = kb.to_string_lossy();
    let out = scoreline(&["kb", "build", &fixture().to_string_lossy(), "-o", &kb]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = scoreline(&["kb", "query", "-k", &kb, "player-goals", "Nobody Atall"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no player named \"Nobody Atall\""));
    let out = scoreline(&["kb", "export", "-k", &kb, "--format", "csv"]);
    assert_eq!(out.status.code(), Some(2));
}

/// Documents in a base, read through the native JSON export.
fn documents_in(kb: &str) -> usize {
    let out = scoreline(&["kb", "export", "-k", kb, "--format", "json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    json["documents"].as_array().map_or(0, Vec::len)
}

#[test]
fn a_build_killed_midway_leaves_the_base_as_it_was() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let kb = dir.path().join("kb.sqlite");
    let kb = kb.to_string_lossy().into_owned();
    let out = scoreline(&["kb", "build", &fixture().to_string_lossy(), "-o", &kb]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    // Many more documents: the same reports under other ids.
    let lines = std::fs::read_to_string(fixture()).unwrap_or_else(|e| panic!("{e}"));
    let mut big = String::new();
    for copy in 0..1000 {
        for line in lines.lines() {
            big.push_str(&line.replacen("{\"id\": \"", &format!("{{\"id\": \"copy{copy}-"), 1));
            big.push('\n');
        }
    }
    let input = dir.path().join("big.jsonl");
    std::fs::write(&input, big).unwrap_or_else(|e| panic!("{e}"));
    let mut child = Command::new(env!("CARGO_BIN_EXE_scoreline"))
        .args(["kb", "build", &input.to_string_lossy(), "-o", &kb])
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    std::thread::sleep(std::time::Duration::from_millis(300));
    let _ = child.kill();
    let _ = child.wait();
    // Whether the kill came in time or not, the base holds one build or both,
    // never part of the second.
    let n = documents_in(&kb);
    assert!(n == 4 || n == 4004, "{n} documents");
}

#[test]
fn build_extracts_raw_news_with_extract() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let kb = dir.path().join("kb.sqlite");
    let kb = kb.to_string_lossy();
    let news =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../kb/tests/fixtures/ucl-final-2024.jsonl");
    let out = scoreline(&[
        "kb",
        "build",
        "--extract",
        &news.to_string_lossy(),
        "-o",
        &kb,
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = scoreline(&[
        "kb",
        "query",
        "-k",
        &kb,
        "--tsv",
        "stadium-matches",
        "Wembley",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let rows: Vec<String> = text(&out.stdout)
        .lines()
        .skip(1)
        .map(str::to_owned)
        .collect();
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert!(
        rows[0].contains("Real Madrid 2–0 Borussia Dortmund\tUEFA Champions League\t3"),
        "{rows:?}"
    );
}
