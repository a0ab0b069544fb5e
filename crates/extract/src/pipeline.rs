//! One document through the stages: language, segmentation, recognition,
//! and the conversion of byte offsets to code points at the edge.

use crate::input::InputDoc;
use scoreline_core::{CharIndex, Document, Entity, Goal, Lang, Match};
use scoreline_lang::LanguageId;
use scoreline_ner::{Input, Mention, Recognizer};
use scoreline_relations::EntitySpan;
use scoreline_text::Segmented;
use serde_json::{json, Map};

/// The stages, built once and shared by all threads.
pub struct Pipeline {
    pub lang: LanguageId,
    pub recognizer: Box<dyn Recognizer>,
}

impl std::fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pipeline").finish_non_exhaustive()
    }
}

/// Confidences are written with three decimals: enough to rank, and the
/// output stays byte-identical across platforms' float printing.
fn rounded(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// The mentions (byte spans) as the token spans `relations` reads; a
/// mention covering no whole token is left out. Public so that the relations
/// stage can be benchmarked on exactly what the pipeline gives it.
pub fn entity_spans(seg: &Segmented<'_>, mentions: &[Mention]) -> Vec<EntitySpan> {
    mentions
        .iter()
        .filter_map(|m| {
            let first = seg.tokens.partition_point(|t| (t.start as usize) < m.start);
            let end = seg.tokens.partition_point(|t| (t.end as usize) <= m.end);
            (first < end).then(|| EntitySpan {
                first,
                end,
                label: m.label,
                reference: m.reference.clone(),
            })
        })
        .collect()
}

impl Pipeline {
    pub fn new(recognizer: Box<dyn Recognizer>) -> Self {
        Pipeline {
            lang: LanguageId::new(),
            recognizer,
        }
    }

    /// Extracts one document. A language given in the input wins over
    /// detection.
    pub fn process(&self, input: &InputDoc) -> Document {
        let mut extra = Map::new();
        let lang = match input.lang {
            Some(l) => {
                extra.insert("lang_source".into(), json!("input"));
                l
            }
            None => {
                let d = self.lang.detect_document(&input.text);
                extra.insert("lang_source".into(), json!("detected"));
                extra.insert(
                    "lang_confidence".into(),
                    json!(rounded(d.detection.confidence)),
                );
                if !d.foreign_paragraphs.is_empty() {
                    let paras: Vec<_> = d
                        .foreign_paragraphs
                        .iter()
                        .map(|p| json!({"start": p.start, "end": p.end, "lang": p.detection.lang, "confidence": rounded(p.detection.confidence)}))
                        .collect();
                    extra.insert("paragraph_langs".into(), json!(paras));
                }
                d.detection.lang
            }
        };
        let seg = Segmented::new(&input.text);
        // Recognition needs a language for its features; `und` documents are
        // tagged with the language-independent features only.
        let mentions = self.recognizer.recognize(&Input {
            text: &input.text,
            lang,
            seg: &seg,
        });
        let ix = CharIndex::new(&input.text);
        let spans = entity_spans(&seg, &mentions);
        let found = scoreline_relations::extract(&seg, &spans);
        let evidence = |(s, e): (usize, usize)| ix.char_span(s, e).map(|(s, e)| json!([s, e]));
        let matches: Vec<Match> = found
            .matches
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let mut extra = Map::new();
                if let Some(ev) = evidence(m.evidence) {
                    extra.insert("evidence".into(), ev);
                }
                Match {
                    id: format!("m{}", i + 1),
                    teams: m.teams.clone(),
                    score: m.score,
                    penalties: m.penalties,
                    competition: m.competition.clone(),
                    venue: None,
                    extra,
                }
            })
            .collect();
        let goals: Vec<Goal> = found
            .goals
            .iter()
            .map(|g| {
                let mut extra = Map::new();
                if let Some(ev) = evidence(g.evidence) {
                    extra.insert("evidence".into(), ev);
                }
                Goal {
                    match_id: g.match_index.map(|i| format!("m{}", i + 1)),
                    scorer: g.scorer.clone(),
                    team: g.team.clone(),
                    minute: g.minute,
                    stoppage: g.stoppage,
                    kind: g.kind,
                    extra,
                }
            })
            .collect();
        let entities = mentions
            .into_iter()
            .filter_map(|m| {
                let (start, end) = ix.char_span(m.start, m.end)?;
                let mut extra = Map::new();
                extra.insert("confidence".into(), json!(rounded(f64::from(m.confidence))));
                if let Some(id) = m.entry_id {
                    extra.insert("kb_id".into(), json!(id));
                }
                Some(Entity {
                    start,
                    end,
                    label: m.label,
                    text: input.text[m.start..m.end].to_owned(),
                    reference: Some(m.reference),
                    extra,
                })
            })
            .collect();
        Document {
            id: input.id.clone(),
            lang: if lang == Lang::Und { Lang::Und } else { lang },
            date: input.date.clone(),
            text: input.text.clone(),
            entities,
            matches,
            goals,
            extra,
        }
    }
}
