//! The team a goal counts for. Evidence, strongest first: a club of the
//! goal's match named right after "for" in the clause that tells the goal
//! ("scored early for the Werkself (12.)", "para el Tigre (66')"); the
//! scorer's club in the reference data, when it is one of the match's two
//! teams; the team of the scorer's earlier goal in the same match. An own
//! goal counts for the other team than the scorer's. The side a goal list
//! puts the scorer under ([`listed`]) is the text's own evidence, read
//! before the reference data. Goals nothing decides go to the side whose
//! goals are not all told yet, when the other's are ([`count`]). A running
//! score beside the scorer ([`running`]) is read after the reference data:
//! its order of sides is not always the result's.

mod count;
mod listed;
mod running;

use crate::cues;
use crate::link::TeamNames;
use crate::score::Score;
use crate::{EntitySpan, FoundGoal, FoundMatch};
use scoreline_core::{GoalKind, Label};
use scoreline_text::Segmented;

/// Tokens after a goal's evidence read for "for <club>".
const CLAUSE: usize = 8;

/// "for", in the seven languages.
fn is_for(w: &str) -> bool {
    matches!(
        w,
        "for" | "für" | "voor" | "namens" | "para" | "pour" | "per" | "pelo" | "pela" | "pelos"
    )
}

pub(crate) fn assign(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    scores: &[Score],
    matches: &[FoundMatch],
    goals: &mut [FoundGoal],
) {
    if goals.is_empty() {
        return;
    }
    let names = TeamNames::new(entities);
    // Goals only a club named in their sentence would decide, decided last.
    let mut named_only = Vec::new();
    for k in 0..goals.len() {
        let Some(m) = goals[k].match_index.and_then(|i| matches.get(i)) else {
            continue;
        };
        let (from, to) = token_span(seg, goals[k].evidence);
        // The goal's scorer among the players its evidence spans, not
        // another player told in it.
        let in_evidence =
            |e: &&EntitySpan| e.label == Label::Player && e.first >= from && e.end <= to;
        let scorer = entities
            .iter()
            .filter(in_evidence)
            .find(|e| e.reference == goals[k].scorer)
            .or_else(|| entities.iter().find(in_evidence));
        // "for the Werkself": a team of the match within a few words after
        // "for" (articles and adjectives between), before the next player's
        // clause begins.
        let next_player = entities
            .iter()
            .filter(|e| e.label == Label::Player && e.first >= to)
            .map(|e| e.first)
            .min()
            .unwrap_or(usize::MAX);
        // Within the sentence that tells the goal (its scorer's): "Für den
        // FCS hatte Brünker verkürzt" after it tells another side's goal.
        let told = scorer.map_or(to.saturating_sub(1), |p| p.first);
        let (told_first, told_end) = seg
            .sentence_of_token(told)
            .map_or((from, seg.tokens.len()), |s| (s.first, s.end));
        let clause_end = (to + CLAUSE)
            .min(seg.tokens.len())
            .min(next_player)
            .min(told_end);
        // "for X" belongs to its clause: after the scorer, up to the next
        // clause break ("scorten voor de Rotterdammers, voor AZ deed Parrott
        // …" tells AZ's goal); before the scorer, only opening a clause of
        // its own (after one word at most: "pelo Mirassol, Reinaldo
        // converteu", "mentre per il Verdão … Estêvão"), not ending another
        // player's ("Conway pulled one back for Boro, substitute Simms …").
        let (s_first, s_end) = scorer.map_or((from, to), |p| (p.first, p.end));
        let club_for = |j: usize| {
            entities
                .iter()
                .filter(|e| e.label == Label::Club && e.first > j && e.first <= j + 3)
                .find(|e| m.teams.contains(&e.reference))
        };
        let is_break = |j: usize| matches!(seg.token_text(j), "," | ";" | ":" | "—" | "–");
        let after = (s_end..clause_end)
            .take_while(|&j| !is_break(j))
            .filter(|&j| is_for(seg.lower(j)))
            .find_map(club_for);
        let other_before = entities
            .iter()
            .filter(|e| e.label == Label::Player && e.end <= s_first)
            .map(|e| e.end)
            .max()
            .unwrap_or(0);
        let opens_clause = |j: usize| {
            let start = (told_first..j)
                .rev()
                .find(|&i| is_break(i))
                .map_or(told_first, |i| i + 1);
            j - start <= 1
        };
        let before = || {
            (told_first.max(other_before)..s_first)
                .rev()
                .filter(|&j| is_for(seg.lower(j)) && opens_clause(j))
                .find_map(club_for)
                .filter(|c| c.end <= s_first)
        };
        let named_for = after.or_else(before).map(|e| e.reference.clone());
        let listed =
            || scorer.and_then(|p| listed::side(seg, entities, &names, m, (p.first, p.end)));
        let running =
            || scorer.and_then(|p| running::side(seg, entities, scores, m, (p.first, p.end)));
        let club_of_scorer = scorer
            .and_then(|p| p.affiliation.as_deref())
            .and_then(|club| {
                m.teams
                    .iter()
                    .find(|team| names.entries(team).any(|e| e == club))
            })
            .cloned();
        let earlier = || {
            goals[..k]
                .iter()
                .find(|g| g.scorer == goals[k].scorer && g.match_index == goals[k].match_index)
                .and_then(|g| g.team.clone())
        };
        // One team of the match named in the goal's sentence: "Isco adelantó
        // a los verdiblancos (34')"; named as the side scored against, the
        // other one ("equalised against Betis").
        let sentence = seg
            .sentence_of_token(from)
            .map_or((from, to), |s| (s.first, s.end));
        let named_alone = || {
            let mut named = entities
                .iter()
                .filter(|e| e.label == Label::Club && e.first >= sentence.0 && e.end <= sentence.1)
                .filter_map(|e| names.team_of(m, e).map(|t| (e, t)));
            let (club, team) = named.next()?;
            if named.any(|(_, other)| other != team) {
                return None;
            }
            let scored_on = (club.first.saturating_sub(3)..club.first)
                .any(|j| j >= sentence.0 && cues::against(seg.lower(j)));
            if scored_on {
                m.teams.iter().find(|t| *t != team).cloned()
            } else {
                Some(team.clone())
            }
        };
        goals[k].team = if goals[k].kind == GoalKind::OwnGoal {
            // Known, the scorer's side concedes: the other scores; the side
            // an own goal is "for" is the one credited.
            club_of_scorer
                .and_then(|own| m.teams.iter().find(|t| **t != own).cloned())
                .or(named_for)
        } else {
            let team = named_for
                .or_else(listed)
                .or(club_of_scorer)
                .or_else(running)
                .or_else(earlier);
            if team.is_none() {
                named_only.push((k, named_alone()));
            }
            team
        };
    }
    // The score's count outweighs a club named in the goal's sentence, which
    // may be the side scored against as well as the scorer's.
    count::complete(matches, goals);
    for (k, team) in named_only {
        if goals[k].team.is_none() {
            goals[k].team = team;
        }
    }
    count::complete(matches, goals);
}

/// The tokens covering a byte span.
fn token_span(seg: &Segmented<'_>, (start, end): (usize, usize)) -> (usize, usize) {
    let first = seg.tokens.partition_point(|t| (t.start as usize) < start);
    let last = seg.tokens.partition_point(|t| (t.end as usize) <= end);
    (first, last.max(first + 1))
}
