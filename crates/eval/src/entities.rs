//! Entity scoring: strict (same start, end and label) and partial
//! (overlapping span, same label), one to one, per label.

use crate::assign::max_matching;
use crate::prf::Counts;
use scoreline_core::{Entity, Label};
use serde::Serialize;
use std::collections::BTreeMap;

/// A missed or spurious entity (strict), for the error listing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityError {
    pub doc: String,
    /// `fp` (predicted, not in gold) or `fn` (in gold, not predicted).
    pub error: &'static str,
    pub start: usize,
    pub end: usize,
    pub label: Label,
    pub text: String,
}

/// One document's entity figures.
#[derive(Debug, Default)]
pub struct EntityScore {
    pub strict: BTreeMap<Label, Counts>,
    pub partial: BTreeMap<Label, Counts>,
    /// (gold label, predicted label) for entities of the same span; `None` on
    /// one side where the other side has no entity with that span.
    pub confusion: Vec<(Option<Label>, Option<Label>)>,
    pub errors: Vec<EntityError>,
}

pub fn score(doc: &str, gold: &[Entity], pred: &[Entity]) -> EntityScore {
    let mut out = EntityScore::default();
    for label in Label::ALL {
        let g: Vec<&Entity> = gold.iter().filter(|e| e.label == label).collect();
        let p: Vec<&Entity> = pred.iter().filter(|e| e.label == label).collect();
        let strict = max_matching(p.len(), g.len(), |i, j| {
            p[i].start == g[j].start && p[i].end == g[j].end
        });
        let partial = max_matching(p.len(), g.len(), |i, j| {
            p[i].start < g[j].end && g[j].start < p[i].end
        });
        out.strict
            .insert(label, Counts::from_matching(p.len(), g.len(), strict.len()));
        out.partial.insert(
            label,
            Counts::from_matching(p.len(), g.len(), partial.len()),
        );
        let error = |e: &Entity, error| EntityError {
            doc: doc.to_owned(),
            error,
            start: e.start,
            end: e.end,
            label,
            text: e.text.clone(),
        };
        let mut pred_hit = vec![false; p.len()];
        let mut gold_hit = vec![false; g.len()];
        for &(i, j) in &strict {
            pred_hit[i] = true;
            gold_hit[j] = true;
        }
        out.errors.extend(
            p.iter()
                .zip(&pred_hit)
                .filter(|(_, hit)| !**hit)
                .map(|(e, _)| error(e, "fp")),
        );
        out.errors.extend(
            g.iter()
                .zip(&gold_hit)
                .filter(|(_, hit)| !**hit)
                .map(|(e, _)| error(e, "fn")),
        );
    }
    out.errors
        .sort_by(|a, b| (a.start, a.end, a.error).cmp(&(b.start, b.end, b.error)));
    out.confusion = confusion(gold, pred);
    out
}

/// Pairs gold and predicted entities of the same span: a predicted entity of
/// the same label first, else any other label; unpaired ones meet `None`.
fn confusion(gold: &[Entity], pred: &[Entity]) -> Vec<(Option<Label>, Option<Label>)> {
    let mut used = vec![false; pred.len()];
    let mut cells = Vec::with_capacity(gold.len());
    for g in gold {
        let same_span = |p: &Entity| p.start == g.start && p.end == g.end;
        let pick = (0..pred.len())
            .find(|&i| !used[i] && same_span(&pred[i]) && pred[i].label == g.label)
            .or_else(|| (0..pred.len()).find(|&i| !used[i] && same_span(&pred[i])));
        if let Some(i) = pick {
            used[i] = true;
        }
        cells.push((Some(g.label), pick.map(|i| pred[i].label)));
    }
    cells.extend(
        pred.iter()
            .zip(&used)
            .filter(|(_, u)| !**u)
            .map(|(p, _)| (None, Some(p.label))),
    );
    cells
}
