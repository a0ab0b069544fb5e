//! Input records: `.txt` files (one document each, id from the file name),
//! JSONL (`id`, `text`, optional `date` and `lang`), directories of them, and
//! `-` for JSONL on stdin. Read lazily, one record at a time, so that memory
//! stays flat however large the input.

use scoreline_core::{JsonlLines, Lang, Location, Problem};
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

enum Source {
    Text(PathBuf),
    Jsonl(PathBuf, JsonlLines<Box<dyn BufRead + Send>>),
}

/// A lazy stream of records over many inputs.
pub struct Inputs {
    pending: std::vec::IntoIter<PathBuf>,
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

impl Inputs {
    /// Expands directories (`.txt`, `.jsonl`, sorted) now; reads lazily.
    pub fn new(paths: &[PathBuf]) -> Self {
        let mut files = Vec::new();
        for p in paths {
            if p.as_os_str() == "-" {
                files.push(p.clone());
            } else if p.is_dir() {
                let mut found: Vec<PathBuf> = walkdir::WalkDir::new(p)
                    .sort_by_file_name()
                    .into_iter()
                    .filter_map(Result::ok)
                    .filter(|e| e.file_type().is_file())
                    .map(walkdir::DirEntry::into_path)
                    .filter(|f| f.extension().is_some_and(|x| x == "txt" || x == "jsonl"))
                    .collect();
                files.append(&mut found);
            } else {
                files.push(p.clone());
            }
        }
        Inputs {
            pending: files.into_iter(),
            current: None,
        }
    }

    fn open(&mut self, path: PathBuf) -> Option<Result<InputDoc, Problem>> {
        if path.as_os_str() == "-" {
            let stdin: Box<dyn BufRead + Send> = Box::new(BufReader::new(std::io::stdin()));
            self.current = Some(Source::Jsonl(
                PathBuf::from("<stdin>"),
                JsonlLines::new(stdin),
            ));
            return None;
        }
        match File::open(&path) {
            Err(e) => Some(Err(Problem::new(
                here(&path, None),
                format!("cannot open: {e}"),
            ))),
            Ok(f) => {
                if path.extension().is_some_and(|x| x == "jsonl") {
                    self.current = Some(Source::Jsonl(
                        path,
                        JsonlLines::new(Box::new(BufReader::new(f))),
                    ));
                } else {
                    self.current = Some(Source::Text(path));
                }
                None
            }
        }
    }
}

fn text_file(path: &Path) -> Result<InputDoc, Problem> {
    let id = path.file_stem().map_or_else(
        || path.display().to_string(),
        |s| s.to_string_lossy().into_owned(),
    );
    let problem = |m: String| Err(Problem::new(here(path, None), m).in_doc(Some(&id)));
    let mut bytes = Vec::new();
    let read =
        File::open(path).and_then(|f| f.take(MAX_DOC_BYTES as u64 + 1).read_to_end(&mut bytes));
    if let Err(e) = read {
        return problem(format!("cannot read: {e}"));
    }
    if bytes.len() > MAX_DOC_BYTES {
        return problem(format!(
            "document larger than {} MiB, skipped",
            MAX_DOC_BYTES >> 20
        ));
    }
    if bytes.contains(&0) {
        return problem("binary file (NUL bytes), skipped".to_owned());
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(InputDoc {
            id,
            text,
            date: None,
            lang: None,
            location: here(path, None),
        }),
        Err(e) => problem(format!(
            "not valid UTF-8 (at byte {}), skipped",
            e.utf8_error().valid_up_to()
        )),
    }
}

fn jsonl_line(path: &Path, line_no: usize, bytes: &[u8]) -> Result<InputDoc, Problem> {
    let location = here(path, Some(line_no));
    let problem = |m: String, id: Option<&str>| Err(Problem::new(location.clone(), m).in_doc(id));
    if bytes.len() > MAX_DOC_BYTES {
        return problem(
            format!("line larger than {} MiB, skipped", MAX_DOC_BYTES >> 20),
            None,
        );
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return problem("not valid UTF-8, skipped".to_owned(), None);
    };
    let record: Record = match serde_json::from_str(text) {
        Ok(r) => r,
        Err(e) => {
            return problem(
                format!("not a JSON record (column {}): {e}", e.column()),
                None,
            )
        }
    };
    let id = match record.id {
        Some(id) if !id.trim().is_empty() => id,
        _ => return problem("no `id`, skipped".to_owned(), None),
    };
    let Some(doc_text) = record.text else {
        return problem("no `text`, skipped".to_owned(), Some(&id));
    };
    let lang = match record.lang.as_deref() {
        None => None,
        Some(code) => match code.parse::<Lang>() {
            Ok(l) => Some(l),
            Err(e) => return problem(format!("{e}; skipped"), Some(&id)),
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

impl Iterator for Inputs {
    type Item = Result<InputDoc, Problem>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            match self.current.take() {
                None => {
                    let path = self.pending.next()?;
                    if let Some(item) = self.open(path) {
                        return Some(item);
                    }
                }
                Some(Source::Text(path)) => return Some(text_file(&path)),
                Some(Source::Jsonl(path, mut lines)) => match lines.next() {
                    None => {}
                    Some((line, Ok(bytes))) => {
                        let item = jsonl_line(&path, line, &bytes);
                        self.current = Some(Source::Jsonl(path, lines));
                        return Some(item);
                    }
                    Some((line, Err(e))) => {
                        return Some(Err(Problem::new(
                            here(&path, Some(line)),
                            format!("read error: {e}; rest of file skipped"),
                        )));
                    }
                },
            }
        }
    }
}
