//! One document through the stages: language, segmentation, recognition,
//! and the conversion of byte offsets to code points at the edge.

use crate::input::InputDoc;
use rayon::prelude::*;
use scoreline_core::{CharIndex, Document, Entity, Goal, Lang, Match};
use scoreline_lang::LanguageId;
use scoreline_ner::{Input, Mention, Recognizer};
use scoreline_relations::attach::AttachModel;
use scoreline_relations::EntitySpan;
use scoreline_text::Segmented;
use serde_json::{json, Map};

/// The stages, built once and shared by all threads.
pub struct Pipeline {
    pub lang: LanguageId,
    pub recognizer: Box<dyn Recognizer>,
    /// Who scored each goal the rules find at a minute; the rules' pick
    /// when absent.
    pub attach: Option<AttachModel>,
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
                entry: m.entry_id.clone(),
                affiliation: m.affiliation.clone(),
            })
        })
        .collect()
}

impl Pipeline {
    pub fn new(recognizer: Box<dyn Recognizer>) -> Self {
        Pipeline {
            lang: LanguageId::new(),
            recognizer,
            attach: None,
        }
    }

    /// The pipeline with a trained scorer-attachment model
    /// (`models/relations/attach.bin`, see [`AttachModel::load`]).
    pub fn with_attach(mut self, model: AttachModel) -> Self {
        self.attach = Some(model);
        self
    }

    /// Extracts one document. A language given in the input wins over
    /// detection.
    pub fn process(&self, input: &InputDoc) -> Document {
        let (lang, extra) = self.language(input);
        let seg = Segmented::new(&input.text);
        // Recognition needs a language for its features; `und` documents are
        // tagged with the language-independent features only.
        let mentions = self.recognizer.recognize(&Input {
            text: &input.text,
            lang,
            seg: &seg,
        });
        self.assemble(input, lang, extra, &seg, mentions)
    }

    /// Extracts documents, in their order: in parallel, and, for a
    /// recogniser that reads texts together, in chunks of its batch size
    /// (the same documents as one `process` each).
    /// How many documents the recogniser reads together (1: one at a time).
    pub fn batch_size(&self) -> usize {
        self.recognizer.batch_size()
    }

    pub fn process_batch(&self, inputs: &[InputDoc]) -> Vec<Document> {
        let size = self.recognizer.batch_size();
        if size <= 1 {
            return inputs.par_iter().map(|d| self.process(d)).collect();
        }
        inputs
            .par_chunks(size)
            .flat_map_iter(|chunk| {
                let prepared: Vec<(Lang, Map<String, serde_json::Value>, Segmented)> = chunk
                    .iter()
                    .map(|d| {
                        let (lang, extra) = self.language(d);
                        (lang, extra, Segmented::new(&d.text))
                    })
                    .collect();
                let batch: Vec<Input> = chunk
                    .iter()
                    .zip(&prepared)
                    .map(|(d, (lang, _, seg))| Input {
                        text: &d.text,
                        lang: *lang,
                        seg,
                    })
                    .collect();
                let mentions = self.recognizer.recognize_batch(&batch);
                drop(batch);
                let mentions = mentions.into_iter().chain(std::iter::repeat_with(Vec::new));
                chunk
                    .iter()
                    .zip(prepared)
                    .zip(mentions)
                    .map(|((d, (lang, extra, seg)), m)| self.assemble(d, lang, extra, &seg, m))
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    /// The document's language and how it was decided.
    fn language(&self, input: &InputDoc) -> (Lang, Map<String, serde_json::Value>) {
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
        (lang, extra)
    }

    /// The document from its recognised mentions: relations, and byte
    /// offsets turned into code points.
    fn assemble(
        &self,
        input: &InputDoc,
        lang: Lang,
        extra: Map<String, serde_json::Value>,
        seg: &Segmented<'_>,
        mentions: Vec<Mention>,
    ) -> Document {
        let ix = CharIndex::new(&input.text);
        let spans = entity_spans(seg, &mentions);
        let attach: &dyn scoreline_relations::attach::Attacher = match &self.attach {
            Some(model) => model,
            None => &scoreline_relations::attach::Rules,
        };
        let found = scoreline_relations::extract_with(seg, &spans, attach);
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
                    venue: m.venue.clone(),
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
