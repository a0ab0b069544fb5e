//! A document's text as HTML: each entity a `<mark class="LABEL">`, each
//! match's and goal's evidence an anchor (`id`) at its start and `<span
//! class="ev" data-ev="…">` pieces over its extent, so that a table row can
//! link to it and the page can light it up.
//!
//! Entities are kept whole (a `<mark>` is never split); evidence pieces are
//! cut at entity edges instead, which keeps the markup nested whatever the
//! spans do. Entities overlapping an earlier one are not highlighted (they
//! stay in the counts). Offsets are code points, converted once through
//! `CharIndex`; a span outside the text is not drawn.

use crate::html::esc;
use scoreline_core::{CharIndex, Document};
use serde_json::{Map, Value};
use std::fmt::Write;

/// Element ids of one shown document (its position `n` on the page).
#[derive(Debug, Clone, Copy)]
pub struct Ids(pub usize);

impl Ids {
    pub fn doc(self) -> String {
        format!("d{}", self.0)
    }
    pub fn entity(self, i: usize) -> String {
        format!("d{}-e{i}", self.0)
    }
    pub fn match_evidence(self, i: usize) -> String {
        format!("d{}-m{i}", self.0)
    }
    pub fn goal_evidence(self, i: usize) -> String {
        format!("d{}-g{i}", self.0)
    }
}

/// The `evidence` extra field: a `[start, end]` code-point span.
pub fn evidence(extra: &Map<String, Value>) -> Option<(usize, usize)> {
    let span = extra.get("evidence")?.as_array()?;
    let [s, e] = span.as_slice() else {
        return None;
    };
    let (s, e) = (
        usize::try_from(s.as_u64()?).ok()?,
        usize::try_from(e.as_u64()?).ok()?,
    );
    (s < e).then_some((s, e))
}

/// The document's text with its highlights, and which entities were drawn.
pub fn text_html(doc: &Document, ids: Ids) -> (String, Vec<bool>) {
    let ix = CharIndex::new(&doc.text);
    let len = ix.char_len();
    let mut drawn = vec![false; doc.entities.len()];
    // Entities in text order, without overlaps: (start, end, index).
    let mut order: Vec<usize> = (0..doc.entities.len()).collect();
    order.sort_by_key(|&i| (doc.entities[i].start, doc.entities[i].end));
    let mut marks: Vec<(usize, usize, usize)> = Vec::new();
    for i in order {
        let e = &doc.entities[i];
        if e.start < e.end && e.end <= len && marks.last().is_none_or(|m| m.1 <= e.start) {
            marks.push((e.start, e.end, i));
            drawn[i] = true;
        }
    }
    let evidences: Vec<(usize, usize, String)> = doc
        .matches
        .iter()
        .enumerate()
        .filter_map(|(i, m)| Some((evidence(&m.extra)?, ids.match_evidence(i))))
        .chain(
            doc.goals
                .iter()
                .enumerate()
                .filter_map(|(i, g)| Some((evidence(&g.extra)?, ids.goal_evidence(i)))),
        )
        .filter(|((_, e), _)| *e <= len)
        .map(|((s, e), id)| (s, e, id))
        .collect();
    let mut cuts: Vec<usize> = vec![0, len];
    cuts.extend(marks.iter().flat_map(|m| [m.0, m.1]));
    cuts.extend(evidences.iter().flat_map(|e| [e.0, e.1]));
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = String::with_capacity(doc.text.len() * 2);
    let mut mark = 0;
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        for (_, _, id) in evidences.iter().filter(|e| e.0 == a) {
            let _ = write!(out, r#"<a class="anchor" id="{id}"></a>"#);
        }
        while marks.get(mark).is_some_and(|m| m.1 <= a) {
            mark += 1;
        }
        let current = marks.get(mark).filter(|m| m.0 <= a);
        if let Some(&(start, _, i)) = current.filter(|m| m.0 == a) {
            let e = &doc.entities[i];
            let _ = write!(
                out,
                r#"<mark class="{}" id="{}" title="{}{}">"#,
                e.label,
                ids.entity(i),
                e.label,
                esc(&format!(" → {}", e.ref_or_text()))
            );
            debug_assert_eq!(start, a);
        }
        let piece = ix.slice(a, b).unwrap_or_default();
        let covering: Vec<&str> = evidences
            .iter()
            .filter(|e| e.0 <= a && b <= e.1)
            .map(|e| e.2.as_str())
            .collect();
        if covering.is_empty() {
            out.push_str(&esc(piece));
        } else {
            let _ = write!(
                out,
                r#"<span class="ev" data-ev="{}">{}</span>"#,
                covering.join(" "),
                esc(piece)
            );
        }
        if current.is_some_and(|m| m.1 == b) {
            out.push_str("</mark>");
        }
    }
    (out, drawn)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn doc(json: &str) -> Document {
        let location = scoreline_core::Location {
            file: "inline.json".into(),
            line: None,
        };
        scoreline_core::validate::document(serde_json::from_str(json).unwrap(), &location).unwrap()
    }

    #[test]
    fn marks_stay_whole_and_evidence_is_cut_around_them() {
        let d = doc(
            r#"{"id":"x","lang":"de","date":null,"text":"Tor für Müller <3> in München",
            "entities":[{"start":8,"end":14,"label":"PLAYER","text":"Müller"},
                        {"start":22,"end":29,"label":"CLUB","text":"München","ref":"FC Bayern München"}],
            "goals":[{"match":null,"scorer":"Müller","minute":null,"evidence":[4,18]}]}"#,
        );
        let (html, drawn) = text_html(&d, Ids(3));
        assert_eq!(drawn, [true, true]);
        assert_eq!(
            html,
            concat!(
                r#"Tor <a class="anchor" id="d3-g0"></a><span class="ev" data-ev="d3-g0">für </span>"#,
                r#"<mark class="PLAYER" id="d3-e0" title="PLAYER → Müller"><span class="ev" data-ev="d3-g0">Müller</span></mark>"#,
                r#"<span class="ev" data-ev="d3-g0"> &lt;3&gt;</span> in "#,
                r#"<mark class="CLUB" id="d3-e1" title="CLUB → FC Bayern München">München</mark>"#
            )
        );
    }

    #[test]
    fn overlapping_and_out_of_range_spans_are_not_drawn() {
        let d = doc(
            r#"{"id":"x","lang":"en","date":null,"text":"Real Madrid won",
            "entities":[{"start":0,"end":11,"label":"CLUB","text":"Real Madrid"},
                        {"start":5,"end":11,"label":"CLUB","text":"Madrid"}],
            "goals":[{"match":null,"scorer":"X","minute":null,"evidence":[3,99]}]}"#,
        );
        let (html, drawn) = text_html(&d, Ids(0));
        assert_eq!(drawn, [true, false]);
        assert_eq!(
            html,
            r#"<mark class="CLUB" id="d0-e0" title="CLUB → Real Madrid">Real Madrid</mark> won"#
        );
    }
}
