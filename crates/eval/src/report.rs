//! The corpus-level evaluation: pairs documents by id, scores each, and sums
//! the counts into a [`Report`] that serialises to the documented JSON.

use crate::entities::{self, EntityError};
use crate::goals::{self, GoalError};
use crate::matches::{self, MatchError};
use crate::names::GoldNames;
use crate::prf::{Counts, Score};
use scoreline_core::{Document, Label, Lang};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// Everything `scoreline eval` reports. The JSON has `entities.strict`,
/// `entities.partial`, `matches.basic`, `matches.full`, `goals.basic`,
/// `goals.linked` and `goals.full` (team and kind too, beyond spec §3) at the top, each with `p r f1 tp fp fn`, and the
/// breakdowns beside them.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub documents: DocumentCounts,
    pub entities: EntityReport,
    pub matches: MatchReport,
    pub goals: GoalReport,
    pub errors: Errors,
}

#[derive(Debug, Clone, Serialize)]
pub struct DocumentCounts {
    pub gold: usize,
    pub predicted: usize,
    /// Gold documents with no prediction: scored as all misses.
    pub missing_predictions: Vec<String>,
    /// Predictions whose id is in no gold document: reported, not scored
    /// (predictions over a larger corpus than the gold are normal).
    pub unknown_predictions: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EntityReport {
    pub strict: Score,
    pub partial: Score,
    pub strict_by_label: BTreeMap<Label, Score>,
    pub partial_by_label: BTreeMap<Label, Score>,
    pub strict_by_lang: BTreeMap<Lang, Score>,
    pub partial_by_lang: BTreeMap<Lang, Score>,
    /// `confusion[gold][pred]`: entities of the same span; `O` where one side
    /// has none.
    pub confusion: BTreeMap<String, BTreeMap<String, usize>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MatchReport {
    pub basic: Score,
    pub full: Score,
    pub basic_by_lang: BTreeMap<Lang, Score>,
    pub full_by_lang: BTreeMap<Lang, Score>,
}

#[derive(Debug, Clone, Serialize)]
pub struct GoalReport {
    pub basic: Score,
    pub linked: Score,
    pub full: Score,
    pub basic_by_lang: BTreeMap<Lang, Score>,
    pub linked_by_lang: BTreeMap<Lang, Score>,
    pub full_by_lang: BTreeMap<Lang, Score>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Errors {
    pub entities: Vec<EntityError>,
    pub matches: Vec<MatchError>,
    pub goals: Vec<GoalError>,
}

/// Sums of counts, per metric and breakdown key.
#[derive(Debug, Default)]
struct Tally {
    strict: BTreeMap<Label, Counts>,
    partial: BTreeMap<Label, Counts>,
    strict_lang: BTreeMap<Lang, Counts>,
    partial_lang: BTreeMap<Lang, Counts>,
    confusion: BTreeMap<String, BTreeMap<String, usize>>,
    matches: BTreeMap<Lang, Counts>,
    matches_full: BTreeMap<Lang, Counts>,
    goals: BTreeMap<Lang, Counts>,
    goals_linked: BTreeMap<Lang, Counts>,
    goals_full: BTreeMap<Lang, Counts>,
    errors: Errors,
}

fn add<K: Ord>(map: &mut BTreeMap<K, Counts>, key: K, c: Counts) {
    *map.entry(key).or_default() += c;
}

fn total<K>(map: &BTreeMap<K, Counts>) -> Counts {
    map.values().fold(Counts::default(), |mut acc, c| {
        acc += *c;
        acc
    })
}

fn scores<K: Ord + Clone>(map: &BTreeMap<K, Counts>) -> BTreeMap<K, Score> {
    map.iter().map(|(k, c)| (k.clone(), c.score())).collect()
}

fn label_name(l: Option<Label>) -> String {
    l.map_or_else(|| "O".to_owned(), |l| l.as_str().to_owned())
}

/// Scores `pred` against `gold`, pairing documents by id.
pub fn evaluate(gold: &[Document], pred: &[Document]) -> Report {
    let by_id: HashMap<&str, &Document> = pred.iter().map(|d| (d.id.as_str(), d)).collect();
    let gold_ids: HashMap<&str, ()> = gold.iter().map(|d| (d.id.as_str(), ())).collect();
    let mut t = Tally::default();
    let mut missing = Vec::new();
    for g in gold {
        let empty;
        let p = match by_id.get(g.id.as_str()) {
            Some(p) => *p,
            None => {
                missing.push(g.id.clone());
                empty = Document {
                    entities: vec![],
                    matches: vec![],
                    goals: vec![],
                    ..g.clone()
                };
                &empty
            }
        };
        let names = GoldNames::new(g);
        let e = entities::score(&g.id, &g.entities, &p.entities);
        for (label, c) in &e.strict {
            add(&mut t.strict, *label, *c);
            add(&mut t.strict_lang, g.lang, *c);
        }
        for (label, c) in &e.partial {
            add(&mut t.partial, *label, *c);
            add(&mut t.partial_lang, g.lang, *c);
        }
        for (gl, pl) in e.confusion {
            *t.confusion
                .entry(label_name(gl))
                .or_default()
                .entry(label_name(pl))
                .or_default() += 1;
        }
        t.errors.entities.extend(e.errors);
        let m = matches::score(g, p, &names);
        add(&mut t.matches, g.lang, m.basic);
        add(&mut t.matches_full, g.lang, m.full);
        t.errors.matches.extend(m.errors);
        let gs = goals::score(g, p, &names);
        add(&mut t.goals, g.lang, gs.basic);
        add(&mut t.goals_linked, g.lang, gs.linked);
        add(&mut t.goals_full, g.lang, gs.full);
        t.errors.goals.extend(gs.errors);
    }
    let unknown = pred
        .iter()
        .filter(|d| !gold_ids.contains_key(d.id.as_str()))
        .map(|d| d.id.clone())
        .collect();
    Report {
        documents: DocumentCounts {
            gold: gold.len(),
            predicted: pred.len(),
            missing_predictions: missing,
            unknown_predictions: unknown,
        },
        entities: EntityReport {
            strict: total(&t.strict).score(),
            partial: total(&t.partial).score(),
            strict_by_label: scores(&t.strict),
            partial_by_label: scores(&t.partial),
            strict_by_lang: scores(&t.strict_lang),
            partial_by_lang: scores(&t.partial_lang),
            confusion: t.confusion,
        },
        matches: MatchReport {
            basic: total(&t.matches).score(),
            full: total(&t.matches_full).score(),
            basic_by_lang: scores(&t.matches),
            full_by_lang: scores(&t.matches_full),
        },
        goals: GoalReport {
            basic: total(&t.goals).score(),
            linked: total(&t.goals_linked).score(),
            full: total(&t.goals_full).score(),
            basic_by_lang: scores(&t.goals),
            linked_by_lang: scores(&t.goals_linked),
            full_by_lang: scores(&t.goals_full),
        },
        errors: t.errors,
    }
}
