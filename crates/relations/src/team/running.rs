//! The side whose score a goal changes, told in a running score beside its
//! scorer ("2:1 Führich (45.+2)", "Hirst made it 0-3"): the side that went
//! up by one from the score told before it (none told before: from 0-0).
//! Which number is whose is read off the match's own result as the text
//! writes it (a "3:2" aligned with the match's teams), and from nothing
//! else: a draw written as the result leaves a running score unread unless
//! only one reading fits within the final score.

use crate::score::{Score, ScoreKind};
use crate::{EntitySpan, FoundMatch};
use scoreline_core::Label;
use scoreline_text::Segmented;

/// Tokens between a scorer and a running score told beside it.
const BESIDE: usize = 4;

/// Scores either side of a running score read for the run's full score.
const RUN: usize = 8;

/// The team of `m` the running score beside the scorer at tokens
/// `first..end` credits with the goal.
pub(super) fn side(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    scores: &[Score],
    m: &FoundMatch,
    (first, end): (usize, usize),
) -> Option<String> {
    let final_score = m.score?;
    let k = beside(seg, entities, scores, (first, end))?;
    let now = scores[k];
    // The score before it in the same paragraph's telling: the nearest
    // earlier one one goal short of it.
    let before = scores[..k]
        .iter()
        .rev()
        .take(6)
        .find(|p| {
            p.kind != ScoreKind::Shootout
                && ((p.a + 1 == now.a && p.b == now.b) || (p.a == now.a && p.b + 1 == now.b))
        })
        .map_or((0, 0), |p| (p.a, p.b));
    let left_scored = match (now.a.checked_sub(before.0), now.b.checked_sub(before.1)) {
        (Some(1), Some(0)) => true,
        (Some(0), Some(1)) => false,
        _ => return None,
    };
    // Which team the left number is: as the telling of this goal's scores
    // closes, the full score told in the same run ("0:1 …, 1:1 …, 1:2 …"
    // in a 2-1 away win), nearest to it; a result written winner first
    // elsewhere says nothing of the run's order.
    let total = final_score[0] + final_score[1];
    let closing = scores
        .iter()
        .enumerate()
        .skip(k.saturating_sub(RUN))
        .take(2 * RUN + 1)
        .filter(|(_, s)| {
            s.a != s.b && s.a + s.b == total && s.kind != ScoreKind::Shootout && !s.half_time
        })
        .min_by_key(|(j, _)| j.abs_diff(k))
        .map(|(_, s)| (s.a, s.b));
    let left_is_first = match closing {
        Some((a, b)) if [a, b] == final_score => Some(true),
        Some((a, b)) if [b, a] == final_score => Some(false),
        _ => None,
    }
    .or_else(|| {
        // Only one reading keeps the running score within the result.
        let fits = |[x, y]: [u32; 2]| now.a <= x && now.b <= y;
        match (fits(final_score), fits([final_score[1], final_score[0]])) {
            (true, false) => Some(true),
            (false, true) => Some(false),
            _ => None,
        }
    })?;
    let team = usize::from(left_scored != left_is_first);
    Some(m.teams[team].clone())
}

/// The score told right beside the scorer, in its sentence, with no other
/// player between.
fn beside(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    scores: &[Score],
    (first, end): (usize, usize),
) -> Option<usize> {
    let sentence = seg
        .sentences
        .iter()
        .position(|s| s.first <= first && first < s.end)?;
    // Nothing between but brackets and a minute: no other player, no
    // clause break ("2-0, and Musiala …" is the score before his goal).
    let apart = |from: usize, to: usize| {
        entities
            .iter()
            .any(|e| e.label == Label::Player && e.first >= from && e.end <= to && e.first != first)
            || (from..to).any(|j| matches!(seg.token_text(j), "," | ";" | "–" | "—"))
    };
    scores
        .iter()
        .enumerate()
        .filter(|(_, s)| s.sentence == sentence && s.kind != ScoreKind::Shootout && !s.half_time)
        .filter_map(|(k, s)| {
            let gap = if s.end <= first {
                (!apart(s.end, first)).then(|| first - s.end)
            } else if s.first >= end {
                (!apart(end, s.first)).then(|| s.first - end)
            } else {
                None
            }?;
            (gap <= BESIDE).then_some((gap, k))
        })
        .min()
        .map(|(_, k)| k)
}
