//! Results lines that split the score between the teams, each tally right
//! after its club, the scorers in brackets between: "Brentford 2 (Mbeumo 56
//! pen) Fulham 1", "Everton 0 Wolves 3", "Getafe 1 (Mayoral, 33'), Osasuna 1
//! (Budimir, 78')".
//!
//! Invariants: `split` never reads a list joined by commas alone as results
//! ("Celtic 9, Rangers 7" is a table: a comma between the clubs is taken only
//! after a bracket naming a player), never a tally above `MAX_TALLY` and
//! never one followed by a points word.

use crate::cues;
use crate::EntitySpan;
use scoreline_core::Label;
use scoreline_text::{Segmented, TokenKind};

/// The largest tally a results line gives a side.
const MAX_TALLY: u32 = 15;

/// How many tokens the scorers' bracket after a tally may hold.
const BRACKET_REACH: usize = 48;

/// A results line: the two clubs (indices into the entities), their tallies,
/// and the tokens from the first tally to the second.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    pub clubs: [usize; 2],
    pub score: [u32; 2],
    pub first: usize,
    pub end: usize,
}

/// The tally at token `i`: a bare small number standing alone (not "2-1",
/// "2.", "2:1", "90+2").
fn tally(seg: &Segmented<'_>, i: usize) -> Option<u32> {
    let t = seg.tokens.get(i)?;
    if t.kind != TokenKind::Number || !t.space_before {
        return None;
    }
    let n: u32 = seg.token_text(i).parse().ok()?;
    let glued = seg.tokens.get(i + 1).is_some_and(|n| {
        !n.space_before && matches!(seg.token_text(i + 1), "-" | "–" | ":" | "." | "+" | "/")
    });
    (n <= MAX_TALLY && !glued).then_some(n)
}

/// The end of the bracket opened at token `open`, when it names a player
/// (`players`: their first tokens, sorted) before closing inside the
/// sentence.
fn scorers_bracket(
    seg: &Segmented<'_>,
    players: &[usize],
    open: usize,
    end: usize,
) -> Option<usize> {
    let last = (open + BRACKET_REACH).min(end);
    let close = (open + 1..last).find(|&j| matches!(seg.token_text(j), ")" | "("))?;
    let from = players.partition_point(|&p| p <= open);
    let named = players.get(from).is_some_and(|&p| p < close);
    (seg.token_text(close) == ")" && named).then_some(close + 1)
}

/// Every results line of the document: one pass over the entities, and
/// only clubs followed by a tally are looked at further.
pub(crate) fn lines(seg: &Segmented<'_>, entities: &[EntitySpan]) -> Vec<Line> {
    // (first token, entity) of every club a tally follows, sorted.
    let mut tallied: Vec<(usize, usize)> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.label == Label::Club && tally(seg, e.end).is_some())
        .map(|(k, e)| (e.first, k))
        .collect();
    if tallied.len() < 2 {
        return Vec::new();
    }
    tallied.sort_unstable();
    let mut players: Vec<usize> = entities
        .iter()
        .filter(|e| e.label == Label::Player)
        .map(|e| e.first)
        .collect();
    players.sort_unstable();
    let club_at = |i: usize| {
        tallied
            .binary_search_by_key(&i, |&(first, _)| first)
            .ok()
            .map(|p| tallied[p].1)
    };
    let mut out: Vec<Line> = Vec::new();
    for &(first, c1) in &tallied {
        if out.last().is_some_and(|l| first < l.end) {
            continue;
        }
        let si = seg.sentences.partition_point(|s| s.end <= first);
        let Some(sent) = seg.sentences.get(si).filter(|s| !s.offtopic) else {
            continue;
        };
        if let Some(line) = line_at(seg, entities, &club_at, &players, c1, sent.end) {
            out.push(line);
        }
    }
    out
}

/// The results line opened by club `c1`, if one is.
fn line_at(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    club_at: &dyn Fn(usize) -> Option<usize>,
    players: &[usize],
    c1: usize,
    end: usize,
) -> Option<Line> {
    let first = entities[c1].end;
    let a = tally(seg, first)?;
    let mut j = first + 1;
    let mut bracketed = false;
    if j < end && seg.token_text(j) == "(" {
        j = scorers_bracket(seg, players, j, end)?;
        bracketed = true;
    }
    // Between the sides: nothing, a dash or "v", or after the scorers'
    // bracket a comma.
    if j < end {
        let sep = seg.token_text(j);
        if matches!(sep, "-" | "–" | "—" | "v" | "vs") || (bracketed && matches!(sep, "," | ";"))
        {
            j += 1;
        }
    }
    let c2 = club_at(j)?;
    if entities[c2].reference == entities[c1].reference {
        return None;
    }
    let second = entities[c2].end;
    let b = tally(seg, second)?;
    let next = second + 1;
    let closes = next >= end
        || matches!(seg.token_text(next), "(" | "," | ";" | "." | ")")
        || club_at(next).is_some();
    if !closes || (next < end && cues::points(seg.lower(next))) {
        return None;
    }
    // "Celtic 44 pts Rangers 35": a points word after the first tally.
    if cues::points(seg.lower(first + 1)) {
        return None;
    }
    Some(Line {
        clubs: [c1, c2],
        score: [a, b],
        first,
        end: next,
    })
}
