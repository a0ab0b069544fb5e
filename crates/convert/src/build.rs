//! The one way an imported document is made: a format module gathers a
//! [`Draft`] (text, code-point spans with the tool's labels, whatever
//! metadata the format has), and [`Importer::finish`] maps the labels, fills
//! in the language, and validates the result with `scoreline_core`'s own
//! checks, so an import is held to the same rules as any gold file.

use crate::labels::LabelMap;
use scoreline_core::{validate, CharIndex, Document, Item, Lang, Location, Problem};
use scoreline_lang::LanguageId;
use serde_json::{json, Value};

/// One span as a tool wrote it, in code points, with the tool's label.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Span {
    pub start: usize,
    pub end: usize,
    pub label: String,
    /// The line the span is written on, where the format has one line a span
    /// (BRAT, CoNLL); otherwise problems name the document's line.
    pub line: Option<usize>,
}

/// A document as read from a tool's format, before checking.
#[derive(Debug, Clone, Default)]
pub(crate) struct Draft {
    pub id: Option<String>,
    pub lang: Option<String>,
    pub date: Option<Value>,
    pub text: String,
    pub spans: Vec<Span>,
}

impl Draft {
    /// A draft from a JSON record that keeps `lang` and `date` at its top
    /// level or under `meta` (doccano, spaCy-style, Prodigy).
    pub(crate) fn of_record(record: &Value, id: String, text: &str, spans: Vec<Span>) -> Draft {
        Draft {
            id: Some(id),
            lang: meta_str(record, "lang"),
            date: meta_value(record, "date"),
            text: text.to_owned(),
            spans,
        }
    }
}

/// How documents are imported: the label mapping and where a language comes
/// from when the source has none.
#[derive(Debug, Clone, Default)]
pub struct Importer {
    pub labels: LabelMap,
    /// The language of documents whose source names none; `None`: detect it
    /// from the text (`und` when detection is not confident).
    pub lang: Option<Lang>,
    detector: LanguageId,
}

impl Importer {
    pub fn new(labels: LabelMap, lang: Option<Lang>) -> Self {
        Importer {
            labels,
            lang,
            detector: LanguageId::new(),
        }
    }

    /// Maps labels, fills in the language and validates. Every problem of
    /// the document is reported at once; `item` indices count the spans in
    /// the order the source lists them.
    pub(crate) fn finish(
        &self,
        draft: Draft,
        location: &Location,
    ) -> Result<Document, Vec<Problem>> {
        let id = draft.id.unwrap_or_default();
        let mut problems = Vec::new();
        let ix = CharIndex::new(&draft.text);
        let mut entities: Vec<(usize, usize, &'static str, &str)> = Vec::new();
        for (i, span) in draft.spans.iter().enumerate() {
            let problem = |m: String| {
                let location = Location {
                    line: span.line.or(location.line),
                    ..location.clone()
                };
                Problem::new(location, m)
                    .in_doc(Some(&id))
                    .at(Item::Entity(i))
            };
            let label = match self.labels.get(&span.label) {
                Ok(Some(label)) => label,
                Ok(None) => continue,
                Err(e) => {
                    problems.push(problem(e));
                    continue;
                }
            };
            match ix.slice(span.start, span.end) {
                Some(text) if span.start < span.end => {
                    entities.push((span.start, span.end, label.as_str(), text));
                }
                _ => problems.push(problem(format!(
                    "span [{}, {}) is not a non-empty span of the text ({} code points)",
                    span.start,
                    span.end,
                    ix.char_len()
                ))),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        entities.sort_unstable();
        let lang = match (draft.lang, self.lang) {
            (Some(code), _) => code,
            (None, Some(lang)) => lang.code().to_owned(),
            (None, None) => self
                .detector
                .detect_document(&draft.text)
                .detection
                .lang
                .code()
                .to_owned(),
        };
        let value = json!({
            "id": id,
            "lang": lang,
            "date": draft.date.unwrap_or(Value::Null),
            "entities": entities
                .iter()
                .map(|(start, end, label, text)| {
                    json!({"start": start, "end": end, "label": label, "text": text})
                })
                .collect::<Vec<_>>(),
            "text": draft.text,
        });
        validate::document(value, location)
    }
}

/// A string or number field as an id ("17" and 17 are both ids).
pub(crate) fn id_of(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A string field, looked up first on the record and then in its `meta`
/// object (where doccano and Prodigy-style files keep metadata).
fn meta_str(record: &Value, key: &str) -> Option<String> {
    let direct = record.get(key).and_then(Value::as_str);
    let meta = record
        .get("meta")
        .and_then(|m| m.get(key))
        .and_then(Value::as_str);
    direct.or(meta).map(str::to_owned)
}

/// The metadata value of `key` as the spec wants it (`date` may be null).
fn meta_value(record: &Value, key: &str) -> Option<Value> {
    record
        .get(key)
        .or_else(|| record.get("meta").and_then(|m| m.get(key)))
        .cloned()
}

/// A code-point offset written as a JSON number.
pub(crate) fn offset(v: Option<&Value>) -> Option<usize> {
    v?.as_u64().and_then(|n| usize::try_from(n).ok())
}

/// Spans written as `[start, end, label]` triples (doccano's `label`,
/// spaCy's training `entities`) or as objects with the given offset keys
/// (doccano's `entities`, spaCy's `ents`, Prodigy's `spans`).
pub(crate) fn spans_of(list: &Value, start_key: &str, end_key: &str) -> Result<Vec<Span>, String> {
    let Some(items) = list.as_array() else {
        return Err("the span list must be an array".to_owned());
    };
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let (start, end, label) = match item {
                Value::Array(t) => (t.first(), t.get(1), t.get(2)),
                Value::Object(o) => (o.get(start_key), o.get(end_key), o.get("label")),
                _ => (None, None, None),
            };
            match (offset(start), offset(end), label.and_then(Value::as_str)) {
                (Some(start), Some(end), Some(label)) => Ok(Span {
                    start,
                    end,
                    label: label.to_owned(),
                    line: None,
                }),
                _ => Err(format!(
                    "span {i} must be [start, end, label] or {{{start_key:?}, {end_key:?}, \"label\"}} with whole-number offsets, found {item}"
                )),
            }
        })
        .collect()
}
