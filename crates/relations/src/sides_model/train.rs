//! Training the side model on gold documents with their gold entities: the
//! rules run as at extraction time, and every result score they accept
//! becomes one ranking example. The right options: the pairs of a gold
//! match with that score (either way round); with no gold match of that
//! score, "no pair", and the rules' pair too when it is a gold pairing (a
//! step folded into its result). Deterministic (examples in document order
//! every epoch), so that `scoreline train` reproduces the committed model
//! byte for byte.

use super::{features, site_pairs, Decision, Sider, SidesModel, Site};
use crate::attach::train::{fit, gold_spans, Example};
use scoreline_core::Document;
use scoreline_text::Segmented;
use std::cell::RefCell;

/// Training settings: those of the attachment model (epochs).
pub use crate::attach::train::TrainConfig;

/// What training saw.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrainReport {
    pub documents: usize,
    /// Result scores the rules accepted.
    pub sites: usize,
    /// Of those, the ones with no gold match of their score.
    pub no_match: usize,
    /// Gold matches of the score whose pair is not among the candidates
    /// (not learnt).
    pub unreachable: usize,
    /// Sites where the rules' pick is right.
    pub rules_right: usize,
    pub features: usize,
}

/// A site as the rules found it: its score, the options' club pairs and
/// features, the rules' pick.
#[derive(Debug)]
struct Recorded {
    score: [u32; 2],
    pairs: Vec<Option<[String; 2]>>,
    options: Vec<Vec<u64>>,
    rule: Option<[String; 2]>,
}

#[derive(Debug, Default)]
struct Recorder {
    sites: RefCell<Vec<Recorded>>,
}

impl Sider for Recorder {
    fn sides(&self, site: &Site<'_, '_>) -> Option<Decision> {
        // As at extraction: a score the rules gave no sides is not asked.
        site.rule?;
        let (pairs, options) = options(site);
        let s = site.score();
        self.sites.borrow_mut().push(Recorded {
            score: [s.a, s.b],
            pairs,
            options,
            rule: site.rule.cloned(),
        });
        None
    }
}

/// A site's options — each pair of its clubs, then "no pair" (`None`) —
/// and their features.
pub fn options(site: &Site<'_, '_>) -> (Vec<Option<[String; 2]>>, Vec<Vec<u64>>) {
    let clubs = site.clubs();
    let info = features::Sides::new(site, &clubs);
    let mut out = Vec::new();
    let mut feats = Vec::new();
    let mut named = Vec::new();
    for (i, j) in site_pairs(site, &clubs) {
        info.pair(site, &clubs, i, j, &mut feats);
        out.push(feats.clone());
        named.push(Some([
            clubs[i].reference.to_owned(),
            clubs[j].reference.to_owned(),
        ]));
    }
    info.none(site, &mut feats);
    out.push(feats);
    named.push(None);
    (named, out)
}

fn same(a: &[String; 2], b: &[String; 2]) -> bool {
    (a[0] == b[0] && a[1] == b[1]) || (a[0] == b[1] && a[1] == b[0])
}

/// The ranking examples of gold documents, in document order.
pub fn examples(docs: &[Document], report: &mut TrainReport) -> Vec<Example> {
    let mut out = Vec::new();
    for d in docs {
        let seg = Segmented::new(&d.text);
        let spans = gold_spans(d, &seg);
        let recorder = Recorder::default();
        let scores = crate::score::find(&seg);
        crate::matches::assemble_with(&seg, &spans, &scores, &recorder);
        for r in recorder.sites.into_inner() {
            report.sites += 1;
            let [a, b] = r.score;
            let exact: Vec<&[String; 2]> = d
                .matches
                .iter()
                .filter(|m| {
                    m.score
                        .is_some_and(|[x, y]| (x, y) == (a, b) || (x, y) == (b, a))
                })
                .map(|m| &m.teams)
                .collect();
            let right: Vec<bool> = if exact.is_empty() {
                report.no_match += 1;
                let gold_pair = r
                    .rule
                    .as_ref()
                    .is_some_and(|p| d.matches.iter().any(|m| same(&m.teams, p)));
                r.pairs
                    .iter()
                    .map(|p| match p {
                        None => true,
                        Some(p) => gold_pair && r.rule.as_ref().is_some_and(|q| same(p, q)),
                    })
                    .collect()
            } else {
                r.pairs
                    .iter()
                    .map(|p| p.as_ref().is_some_and(|p| exact.iter().any(|g| same(g, p))))
                    .collect()
            };
            if !right.contains(&true) {
                report.unreachable += 1;
                continue;
            }
            let rule = r
                .pairs
                .iter()
                .position(|p| match (p, &r.rule) {
                    (Some(p), Some(q)) => same(p, q),
                    (None, None) => true,
                    _ => false,
                })
                .unwrap_or(r.pairs.len() - 1);
            report.rules_right += usize::from(right[rule]);
            out.push(Example {
                options: r.options,
                right,
                rule,
            });
        }
    }
    out
}

/// Trains on the gold documents `docs` (the train split).
pub fn train(docs: &[Document], config: TrainConfig) -> (SidesModel, TrainReport) {
    let mut report = TrainReport {
        documents: docs.len(),
        ..TrainReport::default()
    };
    let weights = fit(&examples(docs, &mut report), config);
    report.features = weights.weights.len();
    (SidesModel { weights }, report)
}
