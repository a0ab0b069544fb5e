//! The loader on fixture files: formats, directories, and every kind of bad
//! input, each named by file and line.

use scoreline_core::load_paths;
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn messages(paths: &[PathBuf]) -> Vec<String> {
    load_paths(paths)
        .problems
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn a_directory_is_read_recursively_in_path_order() {
    let loaded = load_paths(&[fixture("corpus")]);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let ids: Vec<&str> = loaded
        .documents
        .iter()
        .map(|(_, d)| d.id.as_str())
        .collect();
    assert_eq!(ids, ["nl-1", "pt-1", "es-1"]);
    // JSONL lines are counted from 1, blank lines included.
    let lines: Vec<Option<usize>> = loaded.documents.iter().map(|(l, _)| l.line).collect();
    assert_eq!(lines, [Some(1), Some(3), None]);
}

#[test]
fn offsets_are_code_points_on_accented_text() {
    let loaded = load_paths(&[fixture("corpus")]);
    for (_, doc) in &loaded.documents {
        for e in &doc.entities {
            let surface: String = doc
                .text
                .chars()
                .skip(e.start)
                .take(e.end - e.start)
                .collect();
            assert_eq!(surface, e.text);
        }
    }
    let pt = &loaded.documents[1].1;
    assert_eq!(pt.entities[1].text, "Maracanã");
}

#[test]
fn every_bad_line_is_reported_and_the_good_ones_load() {
    let path = fixture("bad.jsonl");
    let loaded = load_paths(std::slice::from_ref(&path));
    let ids: Vec<&str> = loaded
        .documents
        .iter()
        .map(|(_, d)| d.id.as_str())
        .collect();
    assert_eq!(ids, ["fr-1", "fr-1"]);
    let p = path.display();
    let m = messages(std::slice::from_ref(&path));
    assert_eq!(m.len(), 4, "{m:#?}");
    assert_eq!(
        m[0],
        format!("{p}:2: not valid JSON (column 45): EOF while parsing a string")
    );
    assert_eq!(m[1], format!("{p}:3: not valid UTF-8 (at byte 55)"));
    assert_eq!(m[2], format!("{p}:5: a document must be a JSON object"));
    assert_eq!(
        m[3],
        format!("{p}:4: document \"fr-1\": document id is used again (first at {p}:1)")
    );
}

#[test]
fn missing_paths_and_other_files_are_problems() {
    let m = messages(&[fixture("nope.jsonl"), fixture("corpus/notes.txt")]);
    assert_eq!(m.len(), 2, "{m:#?}");
    assert!(m[0].ends_with("nope.jsonl: no such file or directory"));
    assert!(m[1].ends_with("notes.txt: not a .json or .jsonl file"));
}
