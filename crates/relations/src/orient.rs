//! Which way round a result goes, checked against its scorers: a side
//! cannot score more goals than its tally. When the goals placed in a
//! match name more scorers of one side's club than the smaller number of
//! the score, that side has the larger one, whatever the wording or the
//! order of the numbers said ("0-3 al Maradona, firmato da Højlund (21' e
//! 63') e da McTominay" is Napoli's 3-0; "a 3-0 hammering at
//! Middlesbrough, where Whittaker scored twice" is Middlesbrough's).
//!
//! Invariants: `orient` never changes which teams a match has, nor a level
//! score, nor a shoot-out; it never moves a goal; own goals and scorers
//! whose club is not one of the two sides count for nobody.

use crate::cues;
use crate::{EntitySpan, FoundGoal, FoundMatch};
use scoreline_core::{GoalKind, Label};
use scoreline_text::{Segmented, TokenKind};

/// Turns each result whose scorers contradict the order of its score.
/// Goals name more scorers of a side than its number of the score only
/// when it won: with `n` counted for it and at most the smaller number for
/// the other, and no more counted than the two numbers allow (goals placed
/// in the wrong match would count more), the larger number is its.
/// A sentence that names both sides and tells a win or a loss ("O Arsenal
/// venceu o Crystal Palace por 1-0") has said who won: its scorers, whose
/// clubs may be out of date ("frente ao antigo clube"), do not overrule it.
pub(crate) fn by_scorers(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    matches: &mut [FoundMatch],
    goals: &[FoundGoal],
) {
    if goals.is_empty() {
        return;
    }
    // Each goal counts for the match told nearest to it: a goal placed in a
    // result told further off may be another meeting's.
    let nearest: Vec<Option<usize>> = goals.iter().map(|g| nearest_match(matches, g)).collect();
    for (mi, m) in matches.iter_mut().enumerate() {
        let Some([x, y]) = m.score else {
            continue;
        };
        if x == y {
            continue;
        }
        let mut counted = [0u32; 2];
        for (g, _) in goals.iter().zip(&nearest).filter(|(g, near)| {
            g.match_index == Some(mi) && **near == Some(mi) && g.kind != GoalKind::OwnGoal
        }) {
            let Some(club) = affiliation(entities, &g.scorer) else {
                continue;
            };
            let sides = [0, 1].map(|k| plays_for(entities, &m.teams[k], club));
            match sides {
                [true, false] => counted[0] += 1,
                [false, true] => counted[1] += 1,
                _ => {}
            }
        }
        if told_in_full(seg, entities, m) {
            continue;
        }
        let low = x.min(y);
        if counted[0] + counted[1] > x + y {
            continue;
        }
        let winner = (0..2).find(|&k| counted[k] > low && counted[1 - k] <= low);
        let turned = match winner {
            Some(0) => x < y,
            Some(_) => y < x,
            None => false,
        };
        if turned {
            m.score = Some([y, x]);
        }
    }
}

/// Does the sentence of the match's score name both its teams and tell a
/// win or a loss?
fn told_in_full(seg: &Segmented<'_>, entities: &[EntitySpan], m: &FoundMatch) -> bool {
    let at = m.evidence.0;
    let Some(si) = seg
        .sentences
        .partition_point(|s| s.start_byte as usize <= at)
        .checked_sub(1)
    else {
        return false;
    };
    let sent = seg.sentences[si];
    let named = |team: &str| {
        entities.iter().any(|e| {
            e.label == Label::Club
                && e.reference == team
                && e.first >= sent.first
                && e.end <= sent.end
        })
    };
    named(&m.teams[0])
        && named(&m.teams[1])
        && (sent.first..sent.end).any(|j| {
            seg.tokens[j].kind == TokenKind::Word && {
                let w = seg.lower(j);
                cues::win(w) || cues::loss(w)
            }
        })
}

/// The match whose result or running score is told nearest the goal's
/// evidence, by bytes.
fn nearest_match(matches: &[FoundMatch], g: &FoundGoal) -> Option<usize> {
    let at = g.evidence.0;
    (0..matches.len()).min_by_key(|&k| {
        let m = &matches[k];
        std::iter::once(m.evidence.0)
            .chain(m.anchors.iter().copied())
            .map(|p| p.abs_diff(at))
            .min()
            .unwrap_or(usize::MAX)
    })
}

/// The reference-data club of the player named `scorer`, from any of the
/// mentions the recogniser linked.
fn affiliation<'e>(entities: &'e [EntitySpan], scorer: &str) -> Option<&'e str> {
    entities
        .iter()
        .filter(|e| e.label == Label::Player && e.reference == scorer)
        .find_map(|e| e.affiliation.as_deref())
}

/// Is the club entry `club` the team `team` (a mention of `team` linked to
/// it)?
fn plays_for(entities: &[EntitySpan], team: &str, club: &str) -> bool {
    entities
        .iter()
        .any(|e| e.label == Label::Club && e.reference == team && e.entry.as_deref() == Some(club))
}
