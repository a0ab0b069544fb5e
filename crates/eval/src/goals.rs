//! Goal scoring: scorer, minute and stoppage agree (null equals only null);
//! in the linked variant the goal's match is the gold goal's match (same two
//! teams, or both without a match). The full variant is beyond spec §3: the
//! goal's team (null equals only null) and kind agree too, because the team
//! credited and the penalty / own-goal kind are facts users take from a goal
//! and nothing else measures them.

use crate::assign::max_matching;
use crate::matches::team_alignments;
use crate::names::GoldNames;
use crate::prf::Counts;
use scoreline_core::{Document, Goal, GoalKind};
use serde::Serialize;

/// A missed or spurious goal, for the error listing. `variant` says whether it
/// failed already on scorer/minute (`basic`), or only on its match (`linked`)
/// or on its team or kind (`full`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoalError {
    pub doc: String,
    pub error: &'static str,
    pub variant: &'static str,
    pub scorer: String,
    pub minute: Option<u32>,
    pub stoppage: Option<u32>,
    pub team: Option<String>,
    pub kind: GoalKind,
    pub match_teams: Option<[String; 2]>,
}

#[derive(Debug, Default)]
pub struct GoalScore {
    pub basic: Counts,
    pub linked: Counts,
    pub full: Counts,
    pub errors: Vec<GoalError>,
}

fn fits_basic(pred: &Goal, gold: &Goal, names: &GoldNames) -> bool {
    pred.minute == gold.minute
        && pred.stoppage == gold.stoppage
        && names.matches(&pred.scorer, &gold.scorer)
}

fn fits_full(pred: &Goal, gold: &Goal, names: &GoldNames) -> bool {
    let same_team = match (&pred.team, &gold.team) {
        (None, None) => true,
        (Some(p), Some(g)) => names.matches(p, g),
        _ => false,
    };
    fits_basic(pred, gold, names) && same_team && pred.kind == gold.kind
}

fn teams_of<'d>(doc: &'d Document, goal: &Goal) -> Option<&'d [String; 2]> {
    goal.match_id
        .as_deref()
        .and_then(|id| doc.match_by_id(id))
        .map(|m| &m.teams)
}

pub fn score(gold: &Document, pred: &Document, names: &GoldNames) -> GoalScore {
    let (g, p) = (&gold.goals, &pred.goals);
    let same_match = |i: usize, j: usize| match (teams_of(pred, &p[i]), teams_of(gold, &g[j])) {
        (None, None) => true,
        (Some(pt), Some(gt)) => team_alignments(pt, gt, names).contains(&true),
        _ => false,
    };
    let basic = max_matching(p.len(), g.len(), |i, j| fits_basic(&p[i], &g[j], names));
    let linked = max_matching(p.len(), g.len(), |i, j| {
        fits_basic(&p[i], &g[j], names) && same_match(i, j)
    });
    let full = max_matching(p.len(), g.len(), |i, j| fits_full(&p[i], &g[j], names));
    let mut errors = Vec::new();
    for (variant, pairs) in [("basic", &basic), ("linked", &linked), ("full", &full)] {
        let error = |doc: &Document, goal: &Goal, error| GoalError {
            doc: gold.id.clone(),
            error,
            variant,
            scorer: goal.scorer.clone(),
            minute: goal.minute,
            stoppage: goal.stoppage,
            team: goal.team.clone(),
            kind: goal.kind,
            match_teams: teams_of(doc, goal).cloned(),
        };
        let in_basic_p = |i: usize| basic.iter().any(|(pi, _)| *pi == i);
        let in_basic_g = |j: usize| basic.iter().any(|(_, gj)| *gj == j);
        // A linked or full error is listed only when the basic variant got it
        // right.
        let listed_p = |i: usize| variant == "basic" || in_basic_p(i);
        let listed_g = |j: usize| variant == "basic" || in_basic_g(j);
        errors.extend(
            (0..p.len())
                .filter(|&i| listed_p(i) && !pairs.iter().any(|(pi, _)| *pi == i))
                .map(|i| error(pred, &p[i], "fp")),
        );
        errors.extend(
            (0..g.len())
                .filter(|&j| listed_g(j) && !pairs.iter().any(|(_, gj)| *gj == j))
                .map(|j| error(gold, &g[j], "fn")),
        );
    }
    GoalScore {
        basic: Counts::from_matching(p.len(), g.len(), basic.len()),
        linked: Counts::from_matching(p.len(), g.len(), linked.len()),
        full: Counts::from_matching(p.len(), g.len(), full.len()),
        errors,
    }
}
