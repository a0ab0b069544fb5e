//! Goals: a scorer (a PLAYER entity) next to a minute, unless the clause
//! tells of a card, a miss, a save, VAR or a substitution; braces and
//! hat-tricks without minutes; the subject of a scoring verb; kind
//! from penalty / own-goal wording; the match by position (the nearest result
//! before it in the document, else after it).

use crate::cues;
use crate::link::match_for;
use crate::minute::{self, Minute};
use crate::unanchored;
use crate::{EntitySpan, FoundGoal, FoundMatch};
use scoreline_core::{GoalKind, Label};
use scoreline_text::Segmented;

pub(crate) fn words<'s>(seg: &'s Segmented<'_>, from: usize, to: usize) -> Vec<&'s str> {
    (from..to.min(seg.tokens.len()))
        .map(|i| seg.lower(i))
        .collect()
}

pub(crate) fn kind_of(seg: &Segmented<'_>, from: usize, to: usize) -> GoalKind {
    let w = words(seg, from, to);
    let glued: String = w.concat();
    if w.iter().any(|x| cues::own_goal(x))
        || glued.contains("(og)")
        || glued.contains("owngoal")
        || glued.contains("golcontra")
        || glued.contains("e.d.")
        || glued.contains("(et)")
    {
        GoalKind::OwnGoal
    } else if w.iter().any(|x| cues::penalty(x)) || glued.contains("(pen") || glued.contains("(p)")
    {
        GoalKind::Penalty
    } else {
        GoalKind::Regular
    }
}

/// A goal by `p` told by tokens `from..to` of a sentence ending at `s_end`:
/// match by position, kind from the words around, no minute yet.
pub(crate) fn told(
    seg: &Segmented<'_>,
    matches: &[FoundMatch],
    p: &EntitySpan,
    (from, to): (usize, usize),
    s_end: usize,
) -> FoundGoal {
    FoundGoal {
        match_index: match_for(matches, seg.tokens[p.first].start as usize),
        scorer: p.reference.clone(),
        team: None,
        minute: None,
        stoppage: None,
        kind: kind_of(seg, from.saturating_sub(4), (to + 4).min(s_end)),
        evidence: (
            seg.tokens[from].start as usize,
            seg.tokens[to - 1].end as usize,
        ),
    }
}

pub fn assemble(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    matches: &[FoundMatch],
) -> Vec<FoundGoal> {
    let minutes = minute::find(seg);
    let players: Vec<&EntitySpan> = entities
        .iter()
        .filter(|e| e.label == Label::Player)
        .collect();
    let mut out = Vec::new();
    let mut used_minutes = vec![false; minutes.len()];
    for s in seg.sentences.iter().filter(|s| !s.offtopic) {
        let in_sentence: Vec<(usize, &Minute)> = minutes
            .iter()
            .enumerate()
            .filter(|(_, m)| m.first >= s.first && m.end <= s.end)
            .collect();
        let mut last_scorer: Option<(&EntitySpan, usize)> = None;
        // Players already given a minute in this sentence: in a list
        // ("27' Retegui (A), 43' Politano (N)") they are not the next scorer.
        let mut scored: Vec<usize> = Vec::new();
        for (k, &(mi, m)) in in_sentence.iter().enumerate() {
            // The scorer: the player of the minute just before when this one
            // follows it ("(19., 56.)"); a player right before the minute
            // ("Kane (23.)", "Bowen 9"); the first player not yet given a
            // minute since the previous minute (or the sentence start) — the
            // subject, not the provider of the assist named after it; a
            // player right after the minute ("27' pt Retegui"); else one
            // soon after it ("in de zesde minuut was het raak: Ewa Pajor").
            let since = if k == 0 {
                s.first
            } else {
                in_sentence[k - 1].1.end
            };
            let listed = last_scorer
                .filter(|(_, end)| m.first <= end + 1)
                .map(|(p, _)| p);
            let free = |p: &&&EntitySpan| !scored.contains(&p.first);
            let right_before = players
                .iter()
                .find(|p| p.first >= since && p.end <= m.first && m.first - p.end <= 2)
                .copied();
            let right_after = players
                .iter()
                .find(|p| p.first >= m.end && p.first <= m.end + 3 && p.end <= s.end)
                .copied();
            let before = players
                .iter()
                .filter(free)
                .find(|p| p.first >= since && p.end <= m.first && m.first - p.end <= 40)
                .copied();
            let after = players
                .iter()
                .find(|p| p.first >= m.end && p.first <= m.end + 12 && p.end <= s.end)
                .copied();
            let Some(p) = listed.or(right_before).or(before).or(right_after).or(after) else {
                continue;
            };
            last_scorer = Some((p, m.end));
            let (from, to) = if p.first < m.first {
                (p.first, m.end)
            } else {
                (m.first, p.end)
            };
            let clause = words(
                seg,
                from.saturating_sub(5).max(s.first),
                (to + 6).min(s.end),
            );
            // A minute next to a player is a goal unless the clause says
            // otherwise: a card, a save, a substitution, an injury.
            if clause.iter().any(|w| cues::not_a_goal(w)) {
                continue;
            }
            scored.push(p.first);
            used_minutes[mi] = true;
            let at = seg.tokens[m.first].start as usize;
            let mut goal = told(seg, matches, p, (from, to), s.end);
            goal.minute = Some(m.minute);
            goal.stoppage = m.stoppage;
            // The minute, not the player, places a goal in a round-up.
            goal.match_index = match_for(matches, at);
            out.push(goal);
        }
    }
    // Braces and hat-tricks without minutes, once every minute is known: a
    // player whose goals have minutes anywhere in the text is not counted
    // again.
    for s in seg.sentences.iter().filter(|s| !s.offtopic) {
        for p in players
            .iter()
            .filter(|p| p.first >= s.first && p.end <= s.end)
        {
            let near = words(seg, p.end, (p.end + 6).min(s.end));
            let Some(n) = near.iter().find_map(|w| cues::multi_goal(w)) else {
                continue;
            };
            let has_minutes = out
                .iter()
                .any(|g: &FoundGoal| g.scorer == p.reference && g.minute.is_some());
            if has_minutes {
                continue;
            }
            let at = seg.tokens[p.first].start as usize;
            for _ in 0..n {
                out.push(FoundGoal {
                    match_index: match_for(matches, at),
                    scorer: p.reference.clone(),
                    team: None,
                    minute: None,
                    stoppage: None,
                    kind: GoalKind::Regular,
                    evidence: (at, seg.tokens[p.end - 1].end as usize),
                });
            }
        }
    }
    unanchored::find(seg, &players, matches, &mut out);
    // The same goal told twice (report and goal list): one record.
    let mut seen = std::collections::HashSet::new();
    out.retain(|g| g.minute.is_none() || seen.insert((g.scorer.clone(), g.minute, g.stoppage)));
    out
}
