//! Bad input end to end through `Inputs` and `run`, on the files under
//! `tests/fixtures/bad-input/` and on large or broken inputs made here: each
//! bad record is reported once, by kind, with file, line and document; the
//! rest of the run goes on; what was written stays written.

use scoreline_extract::{run, Inputs, Kind, Pipeline, Report, RunSummary};
use scoreline_ner::embedded::EmbeddedRecognizer;
use scoreline_ner::{Input, Mention, Recognizer};
use std::io::{self, BufRead, Read, Write};
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad-input")
}

fn pipeline() -> Pipeline {
    let r = EmbeddedRecognizer::load(&repo().join("models")).unwrap_or_else(|e| panic!("{e}"));
    Pipeline::new(Box::new(r))
}

struct Outcome {
    ids: Vec<String>,
    reports: Vec<Report>,
    summary: RunSummary,
}

fn ids(out: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}"));
            v["id"].as_str().unwrap_or_default().to_owned()
        })
        .collect()
}

fn extract_with(p: &Pipeline, inputs: Inputs) -> Outcome {
    let mut out = Vec::new();
    let mut reports = Vec::new();
    let summary = run(
        p,
        inputs,
        &mut out,
        &mut |r| reports.push(r.clone()),
        &mut |_| {},
    )
    .unwrap_or_else(|e| panic!("{e}"));
    Outcome {
        ids: ids(&out),
        reports,
        summary,
    }
}

fn extract(paths: &[PathBuf]) -> Outcome {
    extract_with(&pipeline(), Inputs::new(paths))
}

/// (kind, file name, line, document) of a report.
fn place(r: &Report) -> (Kind, String, Option<usize>, Option<String>) {
    let file = r.problem.location.file.file_name().map_or_else(
        || r.problem.location.file.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    (
        r.kind,
        file,
        r.problem.location.line,
        r.problem.doc_id.clone(),
    )
}

fn s(x: &str) -> Option<String> {
    Some(x.to_owned())
}

#[test]
fn every_bad_record_is_reported_once_where_it_is_and_the_rest_is_written() {
    let o = extract(&[fixtures(), fixtures().join("missing.txt")]);
    let got: Vec<_> = o.reports.iter().map(place).collect();
    let f = |n: &str| n.to_owned();
    let expected = vec![
        (Kind::Binary, f("binary.jsonl"), Some(1), None),
        (Kind::Empty, f("empty.txt"), None, s("empty")),
        (Kind::NotUtf8, f("latin1.txt"), Some(2), s("latin1")),
        (Kind::UnknownLanguage, f("polish.txt"), None, s("polish")),
        (Kind::NotJson, f("records.jsonl"), Some(2), s("cut-1")),
        (Kind::NotUtf8, f("records.jsonl"), Some(3), s("latin1-1")),
        (Kind::Empty, f("records.jsonl"), Some(4), s("empty-1")),
        (
            Kind::UnknownLanguage,
            f("records.jsonl"),
            Some(5),
            s("pl-1"),
        ),
        (Kind::BadRecord, f("records.jsonl"), Some(6), None),
        (Kind::BadRecord, f("records.jsonl"), Some(7), s("xx-1")),
        (Kind::BadRecord, f("records.jsonl"), Some(8), s("num-1")),
        (
            Kind::UnknownLanguage,
            f("records.jsonl"),
            Some(9),
            s("sv-1"),
        ),
        (Kind::Binary, f("scan.txt"), Some(3), s("scan")),
        (Kind::Unreadable, f("missing.txt"), None, s("missing")),
    ];
    assert_eq!(got, expected);
    // Documents with a warning are written; skipped ones are not.
    assert_eq!(
        o.ids,
        ["empty", "good", "polish", "de-ok-1", "empty-1", "pl-1", "sv-1", "en-ok-2"]
    );
    let s = &o.summary;
    assert_eq!(
        (s.read, s.written, s.skipped, s.warned),
        (17, 8, 9, 5),
        "{s}"
    );
    assert_eq!(
        s.to_string(),
        format!(
            "read 17, written 8 ({} words), skipped 9 (1 missing or unreadable, 2 binary, \
             2 not valid UTF-8, 1 not JSON, 3 incomplete record), warnings 5 (2 empty, \
             3 language not one of the seven)",
            s.words
        )
    );
    let messages: Vec<String> = o.reports.iter().map(ToString::to_string).collect();
    assert!(
        messages[5].ends_with(
            "records.jsonl:3: document \"latin1-1\": not valid UTF-8 (at column 30); skipped"
        ),
        "{}",
        messages[5]
    );
    assert!(
        messages[3].contains("document \"polish\": the text is in Polish (pol)"),
        "{}",
        messages[3]
    );
}

#[test]
fn an_eighth_language_is_written_as_und_and_an_empty_text_with_no_entities() {
    let mut out = Vec::new();
    let inputs = Inputs::new(&[fixtures().join("polish.txt"), fixtures().join("empty.txt")]);
    run(&pipeline(), inputs, &mut out, &mut |_| {}, &mut |_| {}).unwrap_or_else(|e| panic!("{e}"));
    let docs: Vec<scoreline_core::Document> = String::from_utf8_lossy(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}")))
        .collect();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].lang, scoreline_core::Lang::Und);
    assert!(docs[0].text.starts_with("Legia Warszawa"));
    assert_eq!(docs[1].text, "");
    assert!(docs[1].entities.is_empty() && docs[1].matches.is_empty());
}

/// A 50 MB JSONL line or `.txt` file is refused while read, named by its id
/// when the id comes before the text, and what follows it is extracted.
#[test]
fn a_50_mb_document_is_refused_and_the_next_one_is_extracted() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let big_text = "Tor! ".repeat(10 << 20);
    let jsonl = dir.path().join("big.jsonl");
    let mut f = std::fs::File::create(&jsonl).unwrap_or_else(|e| panic!("{e}"));
    writeln!(f, "{{\"id\":\"huge-1\",\"text\":\"{big_text}\"}}").unwrap_or_else(|e| panic!("{e}"));
    writeln!(
        f,
        "{{\"id\":\"small-2\",\"text\":\"Ajax won 2-0 at home.\"}}"
    )
    .unwrap_or_else(|e| panic!("{e}"));
    drop(f);
    let txt = dir.path().join("huge-2.txt");
    std::fs::write(&txt, &big_text).unwrap_or_else(|e| panic!("{e}"));
    let o = extract(&[jsonl, txt, fixtures().join("good.txt")]);
    let got: Vec<_> = o.reports.iter().map(place).collect();
    assert_eq!(
        got,
        [
            (Kind::TooLarge, "big.jsonl".to_owned(), Some(1), s("huge-1")),
            (Kind::TooLarge, "huge-2.txt".to_owned(), None, s("huge-2")),
        ]
    );
    assert!(
        o.reports[0]
            .to_string()
            .ends_with("record: line of 50.0 MiB is over the limit of 4.0 MiB; skipped"),
        "{}",
        o.reports[0]
    );
    assert_eq!(o.ids, ["small-2", "good"]);
}

/// A reader that gives `ok` bytes, then fails.
struct Breaks {
    ok: io::Cursor<Vec<u8>>,
}

impl Read for Breaks {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self.ok.read(buf)? {
            0 => Err(io::Error::other("connection reset")),
            n => Ok(n),
        }
    }
}

#[test]
fn a_stream_that_breaks_keeps_what_came_before_and_says_where_it_broke() {
    let lines = "{\"id\":\"a\",\"text\":\"Ajax won.\"}\n{\"id\":\"b\",\"text\":\"PSV lost.\"}\n";
    let reader: Box<dyn BufRead + Send> = Box::new(io::BufReader::new(Breaks {
        ok: io::Cursor::new(lines.as_bytes().to_vec()),
    }));
    let o = extract_with(&pipeline(), Inputs::jsonl(PathBuf::from("<stdin>"), reader));
    assert_eq!(o.ids, ["a", "b"]);
    assert_eq!(o.reports.len(), 1);
    assert_eq!(
        o.reports[0].to_string(),
        "<stdin>:3: read error: connection reset (nothing after it can be read); skipped"
    );
}

/// A writer that takes `accept` writes, then fails like a full disk.
struct FullDisk {
    written: Vec<u8>,
    accept: usize,
}

impl Write for FullDisk {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.accept == 0 {
            return Err(io::Error::new(io::ErrorKind::StorageFull, "disk full"));
        }
        self.accept -= 1;
        self.written.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn a_failing_output_keeps_every_batch_written_before_it() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("many.jsonl");
    let body: String = (0..600)
        .map(|i| format!("{{\"id\":\"d{i}\",\"text\":\"Ajax won {i}-0.\"}}\n"))
        .collect();
    std::fs::write(&path, body).unwrap_or_else(|e| panic!("{e}"));
    let mut out = FullDisk {
        written: Vec::new(),
        accept: 1,
    };
    let err = run(
        &pipeline(),
        Inputs::new(&[path]),
        &mut out,
        &mut |_| {},
        &mut |_| {},
    )
    .err()
    .unwrap_or_else(|| panic!("the second batch must fail"));
    assert_eq!(err.source.kind(), io::ErrorKind::StorageFull);
    let kept = ids(&out.written);
    let first_batch: Vec<String> = (0..scoreline_extract::run::BATCH)
        .map(|i| format!("d{i}"))
        .collect();
    assert_eq!(kept, first_batch);
    assert!(out.written.ends_with(b"\n"), "whole lines only");
    assert_eq!(err.summary.written, scoreline_extract::run::BATCH);
}

/// Recognises nothing, and panics on a text that says so.
#[derive(Debug)]
struct Fragile;

impl Recognizer for Fragile {
    fn recognize(&self, input: &Input<'_>) -> Vec<Mention> {
        assert!(!input.text.contains("PANIC"), "fragile recogniser");
        Vec::new()
    }
}

#[test]
fn a_panic_in_the_pipeline_costs_its_document_only() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("in.jsonl");
    let body = "{\"id\":\"a\",\"text\":\"Ajax won.\"}\n{\"id\":\"b\",\"text\":\"PANIC here\"}\n{\"id\":\"c\",\"text\":\"PSV lost.\"}\n";
    std::fs::write(&path, body).unwrap_or_else(|e| panic!("{e}"));
    let o = extract_with(&Pipeline::new(Box::new(Fragile)), Inputs::new(&[path]));
    assert_eq!(o.ids, ["a", "c"]);
    let got: Vec<_> = o.reports.iter().map(place).collect();
    assert_eq!(
        got,
        [(Kind::Internal, "in.jsonl".to_owned(), Some(2), s("b"))]
    );
    assert!(
        o.reports[0].to_string().contains("fragile recogniser"),
        "{}",
        o.reports[0]
    );
}

#[test]
fn a_directory_without_inputs_is_reported() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.path().join("notes.md"), "not an input").unwrap_or_else(|e| panic!("{e}"));
    let o = extract(&[dir.path().to_owned()]);
    assert!(o.ids.is_empty());
    assert_eq!(o.reports.len(), 1);
    assert_eq!(o.reports[0].kind, Kind::Unreadable);
    assert!(o.reports[0]
        .to_string()
        .ends_with("directory holds no .txt or .jsonl file; skipped"));
    assert!(Path::new(&o.reports[0].problem.location.file).is_dir());
}

#[test]
fn a_json_document_is_read_by_its_id_and_text_and_a_broken_one_is_reported() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let good = dir.path().join("annotated.json");
    std::fs::write(
        &good,
        "{\n  \"id\": \"de-pokal-1\",\n  \"lang\": \"de\",\n  \"text\": \"Der FC Bayern München gewann 3:1 gegen Mainz.\",\n  \"entities\": [],\n  \"matches\": []\n}\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, "{\"id\": \"x\", \"text\": ").unwrap_or_else(|e| panic!("{e}"));
    let o = extract(&[good, broken]);
    assert_eq!(o.ids, ["de-pokal-1"]);
    assert_eq!(o.reports.len(), 1);
    assert_eq!(
        place(&o.reports[0]),
        (Kind::NotJson, "broken.json".to_owned(), Some(1), s("x"))
    );
}
