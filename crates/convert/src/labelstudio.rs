//! Label Studio's JSON export (a JSON array of tasks; JSONL of tasks is read
//! too). A task's text is `data.text`; its id `data.id`, else the task id;
//! `data.lang` and `data.date` are used when present. The first annotation
//! that was not cancelled is imported; `labels` results become entities
//! (one per label), other result types (relations, choices, text areas) are
//! not entities and are passed over. A task with no such annotation is a
//! problem: it has not been labelled, and importing it as "no entities"
//! would be a false claim.
//!
//! Offsets: `value.start`/`value.end` count code points (Label Studio's
//! front end stores code points since its fix of text with emoji; see
//! HumanSignal/label-studio-frontend#308). Exports made before that count
//! UTF-16 units, which differ after any astral character. `value.text` is
//! checked against the span; when it matches only as UTF-16 units the span
//! is converted, when it matches neither way it is a problem.
//!
//! Written out, each document is a task with `data` {`id`, `text`, `lang`,
//! `date`} and one annotation whose results use `from_name` "label" and
//! `to_name` "text" (Label Studio's default NER labelling config).

use crate::build::{id_of, offset, Draft, Importer, Span};
use crate::json_items;
use crate::WriteError;
use scoreline_core::{CharIndex, Document, Loaded, Location, Problem};
use serde_json::{json, Value};
use std::io::Write;
use std::path::Path;

pub fn read(path: &Path, importer: &Importer, out: &mut Loaded) {
    json_items::import(path, importer, out, draft);
}

fn draft(task: &Value, location: &Location, fallback_id: String) -> Result<Draft, Vec<Problem>> {
    let data = task.get("data");
    let id = id_of(data.and_then(|d| d.get("id")))
        .or_else(|| id_of(task.get("id")))
        .unwrap_or(fallback_id);
    let problem = |m: String| Problem::new(location.clone(), m).in_doc(Some(&id));
    let Some(text) = data.and_then(|d| d.get("text")).and_then(Value::as_str) else {
        return Err(vec![problem(
            "a Label Studio task needs its text in `data.text`".to_owned(),
        )]);
    };
    let annotation = task
        .get("annotations")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find(|a| a.get("was_cancelled").and_then(Value::as_bool) != Some(true));
    let Some(annotation) = annotation else {
        return Err(vec![problem(
            "the task has no annotation that was not cancelled (not labelled yet?)".to_owned(),
        )]);
    };
    let ix = CharIndex::new(text);
    let mut spans = Vec::new();
    let mut problems = Vec::new();
    let results = annotation.get("result").and_then(Value::as_array);
    for (i, result) in results.into_iter().flatten().enumerate() {
        let Some(value) = result.get("value") else {
            continue;
        };
        let Some(labels) = value.get("labels").and_then(Value::as_array) else {
            continue;
        };
        let at = |m: String| problem(format!("result {i}: {m}"));
        let (Some(start), Some(end)) = (offset(value.get("start")), offset(value.get("end")))
        else {
            problems.push(at(
                "`value.start` and `value.end` must be whole numbers".to_owned()
            ));
            continue;
        };
        let (start, end) = match value.get("text").and_then(Value::as_str) {
            Some(written) => match settle(&ix, start, end, written) {
                Some(span) => span,
                None => {
                    problems.push(at(format!(
                        "span [{start}, {end}) is {:?} in the text, but the result says {written:?}",
                        ix.slice(start, end).unwrap_or("(outside the text)")
                    )));
                    continue;
                }
            },
            None => (start, end),
        };
        if labels.is_empty() {
            problems.push(at("the result has no label".to_owned()));
        }
        for label in labels {
            match label.as_str() {
                Some(label) => spans.push(Span {
                    start,
                    end,
                    label: label.to_owned(),
                    line: None,
                }),
                None => problems.push(at(format!("label {label} is not a string"))),
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Draft {
        id: Some(id),
        lang: data
            .and_then(|d| d.get("lang"))
            .and_then(Value::as_str)
            .map(str::to_owned),
        date: data.and_then(|d| d.get("date")).cloned(),
        text: text.to_owned(),
        spans,
    })
}

/// The code-point span whose text is `written`: as given, or read as UTF-16
/// code units (exports from before Label Studio counted code points).
fn settle(ix: &CharIndex, start: usize, end: usize, written: &str) -> Option<(usize, usize)> {
    if ix.slice(start, end) == Some(written) {
        return Some((start, end));
    }
    let (s, e) = (from_utf16(ix.text(), start)?, from_utf16(ix.text(), end)?);
    (ix.slice(s, e) == Some(written)).then_some((s, e))
}

/// The code-point offset of UTF-16 offset `units`, if it falls on a character.
fn from_utf16(text: &str, units: usize) -> Option<usize> {
    let mut u = 0;
    for (n, c) in text.chars().enumerate() {
        if u == units {
            return Some(n);
        }
        if u > units {
            return None;
        }
        u += c.len_utf16();
    }
    (u == units).then(|| text.chars().count())
}

pub fn write(
    docs: &[(Location, Document)],
    out: &mut dyn Write,
) -> Result<Vec<Problem>, WriteError> {
    out.write_all(b"[")?;
    for (n, (_, doc)) in docs.iter().enumerate() {
        let results: Vec<Value> = doc
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| {
                json!({
                    "id": format!("e{i}"),
                    "from_name": "label",
                    "to_name": "text",
                    "type": "labels",
                    "value": {"start": e.start, "end": e.end, "text": e.text, "labels": [e.label.as_str()]},
                })
            })
            .collect();
        let task = json!({
            "id": n + 1,
            "data": {"id": doc.id, "text": doc.text, "lang": doc.lang.code(), "date": doc.date},
            "annotations": [{"result": results}],
        });
        out.write_all(if n == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(&mut *out, &task)?;
    }
    out.write_all(b"\n]\n")?;
    Ok(Vec::new())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_after_an_emoji_are_settled_to_code_points() {
        // "⚽" is in the BMP (one unit), "🏆" is astral (two units).
        let text = "🏆 Benfica ⚽ Sporting";
        let ix = CharIndex::new(text);
        assert_eq!(settle(&ix, 2, 9, "Benfica"), Some((2, 9)));
        assert_eq!(settle(&ix, 3, 10, "Benfica"), Some((2, 9)));
        assert_eq!(settle(&ix, 13, 21, "Sporting"), Some((12, 20)));
        assert_eq!(settle(&ix, 4, 9, "Benfica"), None);
        // Inside the surrogate pair is no character boundary.
        assert_eq!(from_utf16(text, 1), None);
    }
}
