//! Input records: `.txt` files (one document each, id from the file name),
//! JSONL (`id`, `text`, optional `date` and `lang`), `.json` files holding
//! one such record (a spec document, annotations ignored), directories of
//! them, and
//! `-` for JSONL on stdin. Read lazily, one record at a time, and no record
//! is kept past [`MAX_DOC_BYTES`], so that memory stays flat however large
//! (or broken) the input.

use crate::report::{Kind, Report};
use scoreline_core::{JsonlLines, Lang, LineError, Location, Problem};
use serde::Deserialize;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// One document to extract from.
#[derive(Debug, Clone, PartialEq)]
pub struct InputDoc {
    pub id: String,
    pub text: String,
    pub date: Option<String>,
    pub lang: Option<Lang>,
    pub location: Location,
}

#[derive(Debug, Deserialize)]
struct Record {
    id: Option<String>,
    text: Option<String>,
    date: Option<String>,
    lang: Option<String>,
}

/// Documents larger than this are refused (reported, not processed): a
/// single news article is never this long, a mis-split file often is.
pub const MAX_DOC_BYTES: usize = 4 * 1024 * 1024;

/// The name stdin has in messages.
pub const STDIN_NAME: &str = "<stdin>";

type Lines = JsonlLines<Box<dyn BufRead + Send>>;

enum Pending {
    Path(PathBuf),
    Stdin,
    Problem(Report),
}

struct Jsonl {
    path: PathBuf,
    lines: Lines,
    /// Whether a line of this file has parsed: a binary first line means a
    /// binary file, skipped whole rather than reported line by line.
    good_line: bool,
}

impl Jsonl {
    fn new(path: PathBuf, reader: Box<dyn BufRead + Send>) -> Self {
        Jsonl {
            path,
            lines: JsonlLines::new(reader).with_limit(MAX_DOC_BYTES),
            good_line: false,
        }
    }
}

enum Source {
    Text(PathBuf),
    Json(PathBuf),
    Jsonl(Jsonl),
}

/// A lazy stream of records over many inputs.
pub struct Inputs {
    pending: std::vec::IntoIter<Pending>,
    current: Option<Source>,
}

impl std::fmt::Debug for Inputs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Inputs").finish_non_exhaustive()
    }
}

fn here(path: &Path, line: Option<usize>) -> Location {
    Location {
        file: path.to_owned(),
        line,
    }
}

fn report(kind: Kind, location: Location, doc: Option<&str>, message: String) -> Report {
    Report::new(kind, Problem::new(location, message).in_doc(doc))
}

/// The id of a `.txt` document: its file name without extension.
fn text_id(path: &Path) -> String {
    path.file_stem().map_or_else(
        || path.display().to_string(),
        |s| s.to_string_lossy().into_owned(),
    )
}

fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / f64::from(1 << 20))
}

/// Lists a directory's `.txt`, `.jsonl` and `.json` files (sorted); an unreadable
/// entry or a directory without inputs is reported, not passed over.
fn expand_dir(dir: &Path, into: &mut Vec<Pending>) {
    let before = into.len();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                let p = e.into_path();
                if p.extension()
                    .is_some_and(|x| x == "txt" || x == "jsonl" || x == "json")
                {
                    into.push(Pending::Path(p));
                }
            }
            Ok(_) => {}
            Err(e) => {
                let at = e.path().unwrap_or(dir).to_owned();
                into.push(Pending::Problem(report(
                    Kind::Unreadable,
                    here(&at, None),
                    None,
                    format!("cannot read directory entry: {e}"),
                )));
            }
        }
    }
    if into.len() == before {
        into.push(Pending::Problem(report(
            Kind::Unreadable,
            here(dir, None),
            None,
            "directory holds no .txt or .jsonl file".to_owned(),
        )));
    }
}

impl Inputs {
    /// Expands directories (`.txt`, `.jsonl`, sorted) now; reads lazily.
    pub fn new(paths: &[PathBuf]) -> Self {
        let mut pending = Vec::new();
        for p in paths {
            if p.as_os_str() == "-" {
                pending.push(Pending::Stdin);
            } else if p.is_dir() {
                expand_dir(p, &mut pending);
            } else {
                pending.push(Pending::Path(p.clone()));
            }
        }
        Inputs {
            pending: pending.into_iter(),
            current: None,
        }
    }

    /// JSONL records from any reader, named `name` in messages.
    pub fn jsonl(name: PathBuf, reader: Box<dyn BufRead + Send>) -> Self {
        let mut inputs = Inputs::new(&[]);
        inputs.current = Some(Source::Jsonl(Jsonl::new(name, reader)));
        inputs
    }

    fn open(&mut self, pending: Pending) -> Option<Report> {
        let path = match pending {
            Pending::Problem(r) => return Some(r),
            Pending::Stdin => {
                let stdin = BufReader::with_capacity(1 << 16, std::io::stdin());
                self.current = Some(Source::Jsonl(Jsonl::new(
                    PathBuf::from(STDIN_NAME),
                    Box::new(stdin),
                )));
                return None;
            }
            Pending::Path(p) => p,
        };
        if path.extension().is_some_and(|x| x == "jsonl") {
            match File::open(&path) {
                Ok(f) => {
                    let reader = Box::new(BufReader::with_capacity(1 << 16, f));
                    self.current = Some(Source::Jsonl(Jsonl::new(path, reader)));
                    None
                }
                Err(e) => Some(report(
                    Kind::Unreadable,
                    here(&path, None),
                    None,
                    format!("cannot open: {e}"),
                )),
            }
        } else if path.extension().is_some_and(|x| x == "json") {
            self.current = Some(Source::Json(path));
            None
        } else {
            self.current = Some(Source::Text(path));
            None
        }
    }
}

/// 1-based line of byte `at` in `bytes`.
fn line_of(bytes: &[u8], at: usize) -> usize {
    bytes[..at.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn text_file(path: &Path) -> Result<InputDoc, Report> {
    text_document(path, read_capped(path)?)
}

/// A `.json` file holding one record: the spec's document format is read
/// as it is, its annotations ignored.
fn json_file(path: &Path) -> Result<InputDoc, Report> {
    jsonl_line(path, 1, &read_capped(path)?).map_err(|(r, _)| r)
}

/// A whole file, refused past [`MAX_DOC_BYTES`] without reading further.
fn read_capped(path: &Path) -> Result<Vec<u8>, Report> {
    let id = text_id(path);
    let mut bytes = Vec::new();
    let read =
        File::open(path).and_then(|f| f.take(MAX_DOC_BYTES as u64 + 1).read_to_end(&mut bytes));
    if let Err(e) = read {
        return Err(report(
            Kind::Unreadable,
            here(path, None),
            Some(&id),
            format!("cannot read: {e}"),
        ));
    }
    if bytes.len() > MAX_DOC_BYTES {
        let len = std::fs::metadata(path).map_or(bytes.len() as u64, |m| m.len());
        return Err(report(
            Kind::TooLarge,
            here(path, None),
            Some(&id),
            format!(
                "document of {} is over the limit of {}",
                mib(len),
                mib(MAX_DOC_BYTES as u64)
            ),
        ));
    }
    Ok(bytes)
}

/// One `.txt` document from its bytes: refused if binary or not UTF-8.
pub fn text_document(path: &Path, bytes: Vec<u8>) -> Result<InputDoc, Report> {
    let id = text_id(path);
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(report(
            Kind::Binary,
            here(path, Some(line_of(&bytes, at))),
            Some(&id),
            format!("binary file (NUL byte at byte {at})"),
        ));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(InputDoc {
            id,
            text,
            date: None,
            lang: None,
            location: here(path, None),
        }),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            Err(report(
                Kind::NotUtf8,
                here(path, Some(line_of(e.as_bytes(), at))),
                Some(&id),
                format!("not valid UTF-8 (at byte {at})"),
            ))
        }
    }
}

/// The `id` of a record that does not parse whole, found by looking for
/// `"id": "…"` in what there is: only to name the document in a message.
fn id_hint(bytes: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(bytes);
    let mut from = 0;
    while let Some(i) = text[from..].find("\"id\"") {
        let at = from + i;
        from = at + 4;
        // An escaped quote is inside a string, not a key.
        if text[..at].ends_with('\\') {
            continue;
        }
        let Some(value) = text[from..].trim_start().strip_prefix(':') else {
            continue;
        };
        let mut strings = serde_json::Deserializer::from_str(value.trim_start()).into_iter();
        if let Some(Ok(id)) = strings.next() {
            return Some(id);
        }
    }
    None
}

/// One JSONL line into a document. `Err((report, binary))`: `binary` when
/// the line holds NUL bytes.
fn jsonl_line(path: &Path, line_no: usize, bytes: &[u8]) -> Result<InputDoc, (Report, bool)> {
    let location = here(path, Some(line_no));
    let fail = |kind: Kind, m: String, id: Option<&str>| {
        Err((report(kind, location.clone(), id, m), kind == Kind::Binary))
    };
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return fail(
            Kind::Binary,
            format!("binary data (NUL byte at column {})", at + 1),
            None,
        );
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            return fail(
                Kind::NotUtf8,
                format!("not valid UTF-8 (at column {})", e.valid_up_to() + 1),
                id_hint(bytes).as_deref(),
            )
        }
    };
    let record: Record = match serde_json::from_str(text) {
        Ok(r) => r,
        Err(e) => {
            let (kind, what) = match e.classify() {
                serde_json::error::Category::Data => (
                    Kind::BadRecord,
                    "not an input record (`id`, `text`, optional `date`, `lang` as strings)",
                ),
                _ => (Kind::NotJson, "not valid JSON"),
            };
            let message = e.to_string();
            let detail = message
                .rsplit_once(" at line ")
                .map_or(message.as_str(), |(w, _)| w);
            return fail(
                kind,
                format!("{what} (column {}): {detail}", e.column()),
                id_hint(bytes).as_deref(),
            );
        }
    };
    let id = match record.id {
        Some(id) if !id.trim().is_empty() => id,
        _ => return fail(Kind::BadRecord, "no `id`".to_owned(), None),
    };
    let Some(doc_text) = record.text else {
        return fail(Kind::BadRecord, "no `text`".to_owned(), Some(&id));
    };
    let lang = match record.lang.as_deref() {
        None => None,
        Some(code) => match code.parse::<Lang>() {
            Ok(l) => Some(l),
            Err(e) => return fail(Kind::BadRecord, e.to_string(), Some(&id)),
        },
    };
    Ok(InputDoc {
        id,
        text: doc_text,
        date: record.date,
        lang,
        location,
    })
}

/// The next record of a JSONL source; `None` when the source is done (or
/// abandoned: broken stream, binary file).
fn next_line(src: &mut Jsonl) -> Option<Result<InputDoc, Report>> {
    let (line, read) = src.lines.next()?;
    let item = match read {
        Ok(bytes) => jsonl_line(&src.path, line, &bytes),
        Err(LineError::TooLong { len, limit, head }) => {
            let binary = head.contains(&0);
            let (kind, what) = if binary {
                (Kind::Binary, "binary data")
            } else {
                (Kind::TooLarge, "record")
            };
            let message = format!(
                "{what}: line of {} is over the limit of {}",
                mib(len),
                mib(limit as u64)
            );
            let id = id_hint(&head);
            Err((
                report(kind, here(&src.path, Some(line)), id.as_deref(), message),
                binary,
            ))
        }
        Err(e @ LineError::Io(_)) => {
            return Some(Err(report(
                Kind::Unreadable,
                here(&src.path, Some(line)),
                None,
                format!("{e} (nothing after it can be read)"),
            )))
        }
    };
    match item {
        Ok(doc) => {
            src.good_line = true;
            Some(Ok(doc))
        }
        Err((mut r, true)) if !src.good_line => {
            // Not JSONL at all: one message for the file, not one per line.
            r.problem.message = "binary file (NUL bytes)".to_owned();
            src.lines = JsonlLines::new(Box::new(std::io::empty()));
            Some(Err(r))
        }
        Err((r, _)) => Some(Err(r)),
    }
}

impl Iterator for Inputs {
    type Item = Result<InputDoc, Report>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            match self.current.take() {
                None => {
                    let pending = self.pending.next()?;
                    if let Some(problem) = self.open(pending) {
                        return Some(Err(problem));
                    }
                }
                Some(Source::Text(path)) => return Some(text_file(&path)),
                Some(Source::Json(path)) => return Some(json_file(&path)),
                Some(Source::Jsonl(mut src)) => {
                    if let Some(item) = next_line(&mut src) {
                        self.current = Some(Source::Jsonl(src));
                        return Some(item);
                    }
                }
            }
        }
    }
}
