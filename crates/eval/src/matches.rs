//! Match scoring: the two teams match the gold match's two teams (in either
//! order) and the scores agree under the same alignment; in the full variant
//! the shoot-out scores agree too.

use crate::assign::max_matching;
use crate::names::GoldNames;
use crate::prf::Counts;
use scoreline_core::{Document, Match};
use serde::Serialize;

/// A missed or spurious match (basic variant), for the error listing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MatchError {
    pub doc: String,
    pub error: &'static str,
    pub teams: [String; 2],
    pub score: Option<[u32; 2]>,
    pub penalties: Option<[u32; 2]>,
}

#[derive(Debug, Default)]
pub struct MatchScore {
    pub basic: Counts,
    pub full: Counts,
    pub errors: Vec<MatchError>,
}

/// The orders (straight, swapped) in which `pred`'s teams match `gold`'s.
pub fn team_alignments(pred: &[String; 2], gold: &[String; 2], names: &GoldNames) -> [bool; 2] {
    [
        names.matches(&pred[0], &gold[0]) && names.matches(&pred[1], &gold[1]),
        names.matches(&pred[0], &gold[1]) && names.matches(&pred[1], &gold[0]),
    ]
}

fn aligned(pair: Option<[u32; 2]>, swapped: bool) -> Option<[u32; 2]> {
    pair.map(|[a, b]| if swapped { [b, a] } else { [a, b] })
}

fn fits(pred: &Match, gold: &Match, names: &GoldNames, full: bool) -> bool {
    let orders = team_alignments(&pred.teams, &gold.teams, names);
    [false, true]
        .into_iter()
        .zip(orders)
        .any(|(swapped, teams_fit)| {
            teams_fit
                && aligned(pred.score, swapped) == gold.score
                && (!full || aligned(pred.penalties, swapped) == gold.penalties)
        })
}

pub fn score(gold: &Document, pred: &Document, names: &GoldNames) -> MatchScore {
    let (g, p) = (&gold.matches, &pred.matches);
    let basic = max_matching(p.len(), g.len(), |i, j| fits(&p[i], &g[j], names, false));
    let full = max_matching(p.len(), g.len(), |i, j| fits(&p[i], &g[j], names, true));
    let error = |m: &Match, error| MatchError {
        doc: gold.id.clone(),
        error,
        teams: m.teams.clone(),
        score: m.score,
        penalties: m.penalties,
    };
    let mut errors: Vec<MatchError> = Vec::new();
    errors.extend(
        (0..p.len())
            .filter(|i| !basic.iter().any(|(pi, _)| pi == i))
            .map(|i| error(&p[i], "fp")),
    );
    errors.extend(
        (0..g.len())
            .filter(|j| !basic.iter().any(|(_, gj)| gj == j))
            .map(|j| error(&g[j], "fn")),
    );
    MatchScore {
        basic: Counts::from_matching(p.len(), g.len(), basic.len()),
        full: Counts::from_matching(p.len(), g.len(), full.len()),
        errors,
    }
}
