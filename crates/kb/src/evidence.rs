//! The provenance of one fact in one document: code-point spans, the text
//! they cover, and the extractor's confidence.

use scoreline_core::{CharIndex, Document};
use serde_json::{Map, Value};

#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    pub spans: Vec<[usize; 2]>,
    pub text: String,
    pub confidence: Option<f64>,
}

/// The `[start, end]` the extractor wrote as `evidence`, if any.
fn stated_span(extra: &Map<String, Value>) -> Option<[usize; 2]> {
    let pair = extra.get("evidence")?.as_array()?;
    match pair.as_slice() {
        [s, e] => Some([s.as_u64()? as usize, e.as_u64()? as usize]),
        _ => None,
    }
}

impl Evidence {
    /// Evidence of a match or goal: the span the extractor gave, else (gold
    /// and hand-made input) `named`, the first mentions of the entities the
    /// record names. The confidence is the record's own, else the lowest of
    /// the mentions inside its spans and of those it names: a fact is as sure
    /// as its weakest part.
    pub fn of_record(
        doc: &Document,
        ix: &CharIndex<'_>,
        extra: &Map<String, Value>,
        named: Vec<[usize; 2]>,
    ) -> Evidence {
        let spans = stated_span(extra).map_or_else(|| named.clone(), |s| vec![s]);
        let confidence = extra.get("confidence").and_then(Value::as_f64).or_else(|| {
            let mut all = spans.clone();
            all.extend(named);
            lowest_inside(doc, &all)
        });
        Evidence::new(ix, spans, confidence)
    }

    /// Evidence from spans and a confidence already known.
    pub fn new(ix: &CharIndex<'_>, mut spans: Vec<[usize; 2]>, confidence: Option<f64>) -> Self {
        spans.retain(|[s, e]| s < e && ix.slice(*s, *e).is_some());
        spans.sort_unstable();
        spans.dedup();
        let text = spans
            .iter()
            .filter_map(|[s, e]| ix.slice(*s, *e))
            .collect::<Vec<_>>()
            .join(" … ");
        Evidence {
            spans,
            text,
            confidence,
        }
    }

    pub fn spans_json(&self) -> String {
        serde_json::to_string(&self.spans).unwrap_or_else(|_| "[]".to_owned())
    }
}

/// A mention's confidence, as the extractor wrote it.
pub fn mention_confidence(extra: &Map<String, Value>) -> Option<f64> {
    extra.get("confidence").and_then(Value::as_f64)
}

fn lowest_inside(doc: &Document, spans: &[[usize; 2]]) -> Option<f64> {
    doc.entities
        .iter()
        .filter(|e| spans.iter().any(|[s, t]| *s <= e.start && e.end <= *t))
        .filter_map(|e| mention_confidence(&e.extra))
        .reduce(f64::min)
}
