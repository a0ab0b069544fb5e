//! doccano's JSONL export for sequence labelling: one document a line with
//! its `text` (older exports: `data`) and spans as `label` (or `labels`)
//! triples `[start, end, "LABEL"]`, or, in the export with relations, as
//! `entities` objects with `start_offset`, `end_offset` and `label`. The
//! document id is `id`; `lang` and `date` are read at the top level or under
//! `meta`. Offsets are code points (doccano's server is Python and its front
//! end has converted to code points since doccano/doccano#99).
//!
//! Written out: `{"id", "text", "label": [[start, end, "LABEL"]], "lang",
//! "date"}`, which doccano imports, keeping the extra keys as metadata.

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
    let id = id_of(record.get("id")).unwrap_or(fallback_id);
    let problem = |m: String| vec![Problem::new(location.clone(), m).in_doc(Some(&id))];
    let text = record
        .get("text")
        .or_else(|| record.get("data"))
        .and_then(Value::as_str)
        .ok_or_else(|| problem("a doccano record needs its text in `text`".to_owned()))?;
    let list = ["entities", "label", "labels"]
        .into_iter()
        .find_map(|k| record.get(k));
    let spans = match list {
        Some(list) => spans_of(list, "start_offset", "end_offset"),
        None => Ok(Vec::new()),
    }
    .map_err(|m| problem(format!("{m} (a sequence-labelling export is expected)")))?;
    Ok(Draft::of_record(record, id.clone(), text, spans))
}

pub fn write(
    docs: &[(Location, Document)],
    out: &mut dyn Write,
) -> Result<Vec<Problem>, WriteError> {
    json_items::write_records(
        docs,
        out,
        |d, spans| json!({"id": d.id, "text": d.text, "label": spans, "lang": d.lang.code(), "date": d.date}),
    )
}
