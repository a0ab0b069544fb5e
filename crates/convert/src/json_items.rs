//! The records of a JSON export, each with the line it starts on: a JSON
//! array (Label Studio's export), JSONL (doccano's, spaCy-style), or one
//! object. A record that is not valid JSON is that record's problem only
//! (for JSONL; a broken array cannot be split and is the file's problem).

use crate::build::{Draft, Importer};
use crate::WriteError;
use scoreline_core::{Document, JsonlLines, Loaded, Location, Problem};
use serde_json::value::RawValue;
use serde_json::Value;
use std::path::Path;

/// One record: where it is, and its value or what is wrong with it.
pub(crate) type Record = (Location, Result<Value, Problem>);

/// Reads the records of `path`; `Err` when the file as a whole is unreadable.
pub(crate) fn records(path: &Path) -> Result<Vec<Record>, Problem> {
    let bytes = std::fs::read(path)
        .map_err(|e| Problem::new(crate::whole(path), format!("cannot read: {e}")))?;
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        Problem::new(
            crate::whole(path),
            format!("not valid UTF-8 (at byte {})", e.valid_up_to()),
        )
    })?;
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with('[') {
        return array(path, text);
    }
    let is_json = path.extension().is_some_and(|e| e == "json");
    if is_json {
        if let Ok(value) = serde_json::from_str::<Value>(text) {
            let lead = text.len() - text.trim_start().len();
            let line = text[..lead].matches('\n').count() + 1;
            return Ok(vec![(at(path, line), Ok(value))]);
        }
    }
    Ok(JsonlLines::new(bytes.as_slice())
        .map(|(line, b)| {
            let location = at(path, line);
            let value = b
                .map_err(|e| e.to_string())
                .and_then(|b| serde_json::from_slice::<Value>(&b).map_err(|e| e.to_string()))
                .map_err(|e| Problem::new(location.clone(), format!("not valid JSON: {e}")));
            (location, value)
        })
        .collect())
}

fn at(path: &Path, line: usize) -> Location {
    Location {
        file: path.to_owned(),
        line: Some(line),
    }
}

/// A JSON array's elements with the line each starts on, found from where
/// its raw text lies in the file.
fn array(path: &Path, text: &str) -> Result<Vec<Record>, Problem> {
    let raws: Vec<&RawValue> = serde_json::from_str(text).map_err(|e| {
        Problem::new(
            crate::whole(path),
            format!(
                "not a valid JSON array (line {} column {}): {e}",
                e.line(),
                e.column()
            ),
        )
    })?;
    let base = text.as_ptr() as usize;
    let mut line = 1;
    let mut counted = 0;
    let mut out = Vec::with_capacity(raws.len());
    for raw in raws {
        let offset = (raw.get().as_ptr() as usize - base).min(text.len());
        line += text[counted..offset].matches('\n').count();
        counted = offset;
        let location = at(path, line);
        let value = serde_json::from_str::<Value>(raw.get())
            .map_err(|e| Problem::new(location.clone(), format!("not valid JSON: {e}")));
        out.push((location, value));
    }
    Ok(out)
}

/// Imports every record of a JSON export with `draft`, which turns one
/// record into a [`Draft`]; `fallback_id` names a record whose source gives
/// no id (`file-stem-N`, N counting records from 1).
pub(crate) fn import(
    path: &Path,
    importer: &Importer,
    out: &mut Loaded,
    draft: impl Fn(&Value, &Location, String) -> Result<Draft, Vec<Problem>>,
) {
    let records = match records(path) {
        Ok(r) => r,
        Err(p) => {
            out.problems.push(p);
            return;
        }
    };
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    for (n, (location, value)) in records.into_iter().enumerate() {
        let made = value
            .map_err(|p| vec![p])
            .and_then(|v| draft(&v, &location, format!("{stem}-{}", n + 1)))
            .and_then(|d| importer.finish(d, &location));
        match made {
            Ok(doc) => out.documents.push((location, doc)),
            Err(ps) => out.problems.extend(ps),
        }
    }
}

/// Writes one JSON record a document, made by `record` from the document
/// and its entities as `[start, end, "LABEL"]` triples.
pub(crate) fn write_records(
    docs: &[(Location, Document)],
    out: &mut dyn std::io::Write,
    record: impl Fn(&Document, Vec<Value>) -> Value,
) -> Result<Vec<Problem>, WriteError> {
    for (_, doc) in docs {
        serde_json::to_writer(&mut *out, &record(doc, triples(doc)))?;
        out.write_all(b"\n")?;
    }
    Ok(Vec::new())
}

/// A document's entities as `[start, end, "LABEL"]` triples.
fn triples(doc: &Document) -> Vec<Value> {
    doc.entities
        .iter()
        .map(|e| serde_json::json!([e.start, e.end, e.label.as_str()]))
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn array_elements_know_their_lines() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tasks.json");
        std::fs::write(&path, "[\n  {\"a\": 1},\n\n  {\"b\":\n 2}, {\"c\": 3}\n]\n").unwrap();
        let lines: Vec<Option<usize>> = records(&path)
            .unwrap()
            .into_iter()
            .map(|(l, _)| l.line)
            .collect();
        assert_eq!(lines, [Some(2), Some(4), Some(5)]);
    }

    #[test]
    fn jsonl_keeps_going_after_a_bad_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("docs.jsonl");
        std::fs::write(&path, "{\"a\": 1}\n{oops\n\n{\"c\": 3}\n").unwrap();
        let recs = records(&path).unwrap();
        assert_eq!(recs.len(), 3);
        assert!(recs[1].1.is_err());
        assert_eq!(recs[2].0.line, Some(4));
        assert_eq!(recs[2].1.as_ref().ok(), Some(&serde_json::json!({"c": 3})));
    }
}
