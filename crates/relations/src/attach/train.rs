//! Training the attachment model on gold documents with their gold
//! entities: the rules run as at extraction time, and every goal they find
//! at a minute becomes one ranking example — the right candidate is the
//! player whose reference is the scorer of a gold goal at that minute (and
//! stoppage), "no one" when no gold goal has that minute. Deterministic
//! (the examples in document order every epoch; averaging makes up for the
//! missing shuffle), so that `scoreline train` reproduces the committed
//! model byte for byte.

use super::model::{AttachModel, Trainer};
use super::{features, Attacher, Site};
use crate::EntitySpan;
use scoreline_core::{CharIndex, Document};
use scoreline_text::Segmented;
use std::cell::RefCell;

/// Training settings.
#[derive(Debug, Clone, Copy)]
pub struct TrainConfig {
    pub epochs: usize,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig { epochs: 10 }
    }
}

/// What training saw.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrainReport {
    pub documents: usize,
    /// Goals the rules found at a minute.
    pub sites: usize,
    /// Of those, the ones with no gold goal at the minute ("no one" right).
    pub no_goal: usize,
    /// Of those, gold goals whose scorer is not among the candidates (not
    /// learnt).
    pub unreachable: usize,
    /// Sites where the rules' pick is right.
    pub rules_right: usize,
    pub features: usize,
}

/// One goal site as training reads it: the options' features (candidates,
/// then "no one") and which options are right.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    pub options: Vec<Vec<u64>>,
    pub right: Vec<bool>,
    /// The option the rules picked.
    pub rule: usize,
}

/// A goal site as the rules found it: its minute, its candidates'
/// references, the options' features, the rules' pick.
#[derive(Debug)]
struct Recorded {
    minute: u32,
    stoppage: Option<u32>,
    refs: Vec<String>,
    options: Vec<Vec<u64>>,
    rule: usize,
}

/// The sites, recorded while the rules run; the rules' pick stands.
#[derive(Debug, Default)]
struct Recorder {
    sites: RefCell<Vec<Recorded>>,
}

impl Attacher for Recorder {
    fn scorer<'e>(&self, site: &Site<'_, '_, 'e>) -> Option<&'e EntitySpan> {
        let (candidates, options) = options(site);
        let rule = candidates
            .iter()
            .position(|c| c.first == site.rule.first)
            .unwrap_or(candidates.len());
        let refs = candidates.iter().map(|c| c.reference.clone()).collect();
        self.sites.borrow_mut().push(Recorded {
            minute: site.minute.minute,
            stoppage: site.minute.stoppage,
            refs,
            options,
            rule,
        });
        Some(site.rule)
    }
}

/// A site's candidates and the features of its options: one per
/// candidate, then "no one".
pub fn options<'e>(site: &Site<'_, '_, 'e>) -> (Vec<&'e EntitySpan>, Vec<Vec<u64>>) {
    let candidates = site.candidates();
    let mut options = Vec::with_capacity(candidates.len() + 1);
    let mut feats = Vec::new();
    for c in &candidates {
        features::candidate(site, c, &mut feats);
        options.push(feats.clone());
    }
    features::none(site, candidates.len(), &mut feats);
    options.push(feats);
    (candidates, options)
}

/// A document's gold entities as the token spans relations reads; an
/// entity covering no whole token is left out.
pub fn gold_spans(d: &Document, seg: &Segmented<'_>) -> Vec<EntitySpan> {
    let ix = CharIndex::new(&d.text);
    d.entities
        .iter()
        .filter_map(|e| {
            let (start, end) = (ix.to_byte(e.start)?, ix.to_byte(e.end)?);
            let first = seg.tokens.partition_point(|t| (t.start as usize) < start);
            let last = seg.tokens.partition_point(|t| (t.end as usize) <= end);
            (first < last).then(|| EntitySpan {
                first,
                end: last,
                label: e.label,
                reference: e.reference.clone().unwrap_or_else(|| e.text.clone()),
                entry: None,
                affiliation: None,
            })
        })
        .collect()
}

/// The ranking examples of gold documents, in document order.
pub fn examples(docs: &[Document], report: &mut TrainReport) -> Vec<Example> {
    let mut out = Vec::new();
    for d in docs {
        let seg = Segmented::new(&d.text);
        let spans = gold_spans(d, &seg);
        let recorder = Recorder::default();
        crate::extract_with(&seg, &spans, &recorder);
        for Recorded {
            minute,
            stoppage,
            refs,
            options,
            rule,
        } in recorder.sites.into_inner()
        {
            report.sites += 1;
            let scorers: Vec<&str> = d
                .goals
                .iter()
                .filter(|g| g.minute == Some(minute) && g.stoppage == stoppage)
                .map(|g| g.scorer.as_str())
                .collect();
            let mut right: Vec<bool> = refs.iter().map(|r| scorers.contains(&r.as_str())).collect();
            right.push(scorers.is_empty());
            if scorers.is_empty() {
                report.no_goal += 1;
            } else if !right.contains(&true) {
                report.unreachable += 1;
                continue;
            }
            report.rules_right += usize::from(right[rule]);
            out.push(Example {
                options,
                right,
                rule,
            });
        }
    }
    out
}

/// Trains on the gold documents `docs` (the train split).
pub fn train(docs: &[Document], config: TrainConfig) -> (AttachModel, TrainReport) {
    let mut report = TrainReport {
        documents: docs.len(),
        ..TrainReport::default()
    };
    let examples = examples(docs, &mut report);
    let model = fit(&examples, config);
    report.features = model.weights.len();
    (model, report)
}

/// The averaged ranking perceptron of `examples`, read in their order every
/// epoch.
pub fn fit(examples: &[Example], config: TrainConfig) -> AttachModel {
    let mut trainer = Trainer::default();
    for _ in 0..config.epochs {
        for e in examples {
            trainer.learn(&e.options, &e.right);
        }
    }
    trainer.average()
}
