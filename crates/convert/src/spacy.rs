//! spaCy-style JSONL: one document a line, `{"text", "entities": [[start,
//! end, "LABEL"]], "meta": {"id", "lang", "date"}}`, the character-offset
//! form spaCy's training scripts turn into `Doc`s (`doc.char_span(start,
//! end, label)`); offsets are Python `str` indices, i.e. code points.
//! Read back, `ents` (as `Doc.to_json` writes them) and `spans` (Prodigy)
//! with `start`/`end`/`label` objects are accepted too, and `id`, `lang`
//! and `date` at the top level as well as under `meta`.

use crate::build::{id_of, spans_of, Draft, Importer};
use crate::json_items;
use crate::WriteError;
use scoreline_core::{Document, Loaded, Location, Problem};
use serde_json::{json, Value};
use std::io::Write;
use std::path::Path;

pub fn read(path: &Path, importer: &Importer, out: &mut Loaded) {
    json_items::import(path, importer, out, draft);
}

fn draft(record: &Value, location: &Location, fallback_id: String) -> Result<Draft, Vec<Problem>> {
    let id = id_of(record.get("id"))
        .or_else(|| id_of(record.get("meta").and_then(|m| m.get("id"))))
        .unwrap_or(fallback_id);
    let problem = |m: String| vec![Problem::new(location.clone(), m).in_doc(Some(&id))];
    let text = record
        .get("text")
        .and_then(Value::as_str)
        .ok_or_else(|| problem("a spaCy-style record needs its text in `text`".to_owned()))?;
    let list = ["entities", "ents", "spans"]
        .into_iter()
        .find_map(|k| record.get(k));
    let spans = match list {
        Some(list) => spans_of(list, "start", "end").map_err(problem)?,
        None => Vec::new(),
    };
    Ok(Draft::of_record(record, id.clone(), text, spans))
}

pub fn write(
    docs: &[(Location, Document)],
    out: &mut dyn Write,
) -> Result<Vec<Problem>, WriteError> {
    json_items::write_records(
        docs,
        out,
        |d, spans| json!({"text": d.text, "entities": spans, "meta": {"id": d.id, "lang": d.lang.code(), "date": d.date}}),
    )
}
