//! Reading documents from `.json` files (one document), `.jsonl` files (one
//! per line) and directories of them. A bad line or file becomes a
//! [`Problem`] naming where it is; it never stops the rest from loading.

use crate::jsonl::JsonlLines;
use crate::model::Document;
use crate::problem::{Location, Problem};
use crate::validate;
use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// What a load produced: the valid documents, in input order, and every problem.
#[derive(Debug, Default)]
pub struct Loaded {
    pub documents: Vec<(Location, Document)>,
    pub problems: Vec<Problem>,
}

/// A file of documents, as found under the paths given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Json(PathBuf),
    Jsonl(PathBuf),
}

/// Expands paths into the document files they hold: files as given,
/// directories recursively (`.json` and `.jsonl` files, sorted by path so that
/// every run reads them in the same order).
pub fn sources(paths: &[PathBuf]) -> (Vec<Source>, Vec<Problem>) {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        let here = || Location {
            file: path.clone(),
            line: None,
        };
        if path.is_dir() {
            let mut files: Vec<PathBuf> = Vec::new();
            for entry in walkdir::WalkDir::new(path).sort_by_file_name() {
                match entry {
                    Ok(e) if e.file_type().is_file() => files.push(e.into_path()),
                    Ok(_) => {}
                    Err(e) => {
                        problems.push(Problem::new(here(), format!("cannot read directory: {e}")))
                    }
                }
            }
            found.extend(files.into_iter().filter_map(classify));
        } else if !path.exists() {
            problems.push(Problem::new(here(), "no such file or directory"));
        } else {
            match classify(path.clone()) {
                Some(source) => found.push(source),
                None => problems.push(Problem::new(here(), "not a .json or .jsonl file")),
            }
        }
    }
    (found, problems)
}

fn classify(path: PathBuf) -> Option<Source> {
    match path.extension().and_then(|e| e.to_str()) {
        Some("json") => Some(Source::Json(path)),
        Some("jsonl") => Some(Source::Jsonl(path)),
        _ => None,
    }
}

/// Loads and validates every document under `paths`, and checks that ids are
/// unique across all of them.
pub fn load_paths(paths: &[PathBuf]) -> Loaded {
    let (files, mut problems) = sources(paths);
    let mut loaded = Loaded::default();
    for source in files {
        match source {
            Source::Json(path) => load_json(&path, &mut loaded),
            Source::Jsonl(path) => match File::open(&path) {
                Ok(f) => {
                    for (location, result) in read_jsonl(&path, BufReader::new(f)) {
                        match result {
                            Ok(doc) => loaded.documents.push((location, doc)),
                            Err(ps) => loaded.problems.extend(ps),
                        }
                    }
                }
                Err(e) => loaded.problems.push(Problem::new(
                    Location {
                        file: path,
                        line: None,
                    },
                    format!("cannot open: {e}"),
                )),
            },
        }
    }
    problems.append(&mut loaded.problems);
    loaded.problems = problems;
    check_unique_ids(&mut loaded);
    loaded
}

fn load_json(path: &Path, loaded: &mut Loaded) {
    let location = Location {
        file: path.to_owned(),
        line: None,
    };
    let mut bytes = Vec::new();
    if let Err(e) = File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)) {
        loaded
            .problems
            .push(Problem::new(location, format!("cannot read: {e}")));
        return;
    }
    match parse_one(&bytes, &location) {
        Ok(doc) => loaded.documents.push((location, doc)),
        Err(ps) => loaded.problems.extend(ps),
    }
}

fn parse_one(bytes: &[u8], location: &Location) -> Result<Document, Vec<Problem>> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        vec![Problem::new(
            location.clone(),
            format!("not valid UTF-8 (at byte {})", e.valid_up_to()),
        )]
    })?;
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        // serde's own "at line 1 column 9" would count lines inside one JSONL
        // line; the location already names the line.
        let message = e.to_string();
        let what = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(w, _)| w);
        let position = match location.line {
            Some(_) => format!("column {}", e.column()),
            None => format!("line {} column {}", e.line(), e.column()),
        };
        vec![Problem::new(
            location.clone(),
            format!("not valid JSON ({position}): {what}"),
        )]
    })?;
    validate::document(value, location)
}

/// Reads JSONL lazily: one item per non-blank line, with its location.
/// Invalid UTF-8 or JSON on one line is that line's problem only.
pub fn read_jsonl<'a, R: BufRead + 'a>(
    path: impl AsRef<Path> + 'a,
    reader: R,
) -> impl Iterator<Item = (Location, Result<Document, Vec<Problem>>)> + 'a {
    JsonlLines::new(reader).map(move |(line, bytes)| {
        let location = Location {
            file: path.as_ref().to_owned(),
            line: Some(line),
        };
        let parsed = match bytes {
            Ok(bytes) => parse_one(&bytes, &location),
            Err(e) => Err(vec![Problem::new(location.clone(), e.to_string())]),
        };
        (location, parsed)
    })
}

/// Reports every document whose id an earlier one already has.
pub fn check_unique_ids(loaded: &mut Loaded) {
    let mut first: HashMap<&str, &Location> = HashMap::new();
    let mut dups = Vec::new();
    for (location, doc) in &loaded.documents {
        if let Some(prev) = first.insert(doc.id.as_str(), location) {
            dups.push(
                Problem::new(
                    location.clone(),
                    format!("document id is used again (first at {prev})"),
                )
                .in_doc(Some(&doc.id)),
            );
            first.insert(doc.id.as_str(), prev);
        }
    }
    loaded.problems.extend(dups);
}
