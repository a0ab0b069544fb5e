//! One match per meeting: scores of the same two teams told in one document
//! are steps of one match ("GOAL! Leeds 1-0 Sunderland … Leeds 3-1
//! Sunderland") unless the text marks one as an earlier meeting (first leg,
//! last season, "had beaten") or neither score can be a step toward the other
//! (2-1 and 1-2).

use crate::cues;
use crate::FoundMatch;
use scoreline_text::{Segmented, TokenKind};

/// A match as assembly found it, with what consolidation needs to know.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub found: FoundMatch,
    /// The clause of its score is told as an earlier meeting.
    pub earlier: bool,
    /// Which team (0 or 1) the wording of its clause is about.
    pub subject: usize,
    /// The order of its score is a guess (one club named, no wording).
    pub unaligned: bool,
    /// Win or loss wording told which side won it.
    pub worded: bool,
    /// An earlier leg or season is named right beside its score.
    pub leg: bool,
    /// With both teams named in the clause of its score, the one named as
    /// the side the other played.
    pub named_object: Option<usize>,
    /// The month named in the clause of its score ("in September"):
    /// results of the pair told in different months are different
    /// meetings.
    pub month: Option<u8>,
    /// The team (0 or 1) the clause did not name, taken from the sentences
    /// before or the document's main clubs.
    pub inferred: Option<usize>,
}

/// `Some(swapped)` when `a` and `b` are the same two teams.
pub(crate) fn same_pair(a: &[String; 2], b: &[String; 2]) -> Option<bool> {
    if a == b {
        Some(false)
    } else if a[0] == b[1] && a[1] == b[0] {
        Some(true)
    } else {
        None
    }
}

pub(crate) fn flip(p: Option<[u32; 2]>, swapped: bool) -> Option<[u32; 2]> {
    p.map(|[x, y]| if swapped { [y, x] } else { [x, y] })
}

/// Can `step` be a state of the match on the way to `end` (each side at
/// most its final tally)?
fn is_step(step: [u32; 2], end: [u32; 2]) -> bool {
    step[0] <= end[0] && step[1] <= end[1]
}

/// A result told of one named club, its other side inferred ("Em Vila do
/// Conde, o Famalicão ganhou por 2-0"), is the result of that club told
/// elsewhere with both sides named and the same score ("Rio Ave 0-2
/// Famalicão"): the inferred side was a guess, the named one is not.
/// Earlier meetings keep their own.
pub(crate) fn retold_with_named_sides(cands: &mut Vec<Candidate>) {
    // The named club's score first.
    let of_named = |c: &Candidate, named: usize| {
        c.found
            .score
            .map(|[x, y]| if named == 0 { [x, y] } else { [y, x] })
    };
    let mut gone = vec![false; cands.len()];
    for k in 0..cands.len() {
        let (Some(i), false) = (cands[k].inferred, cands[k].earlier) else {
            continue;
        };
        let named = 1 - i;
        let Some(sc) = of_named(&cands[k], named) else {
            continue;
        };
        let club = &cands[k].found.teams[named];
        let same = (0..cands.len()).find(|&d| {
            let c = &cands[d];
            let Some(j) = c.found.teams.iter().position(|t| t == club) else {
                return false;
            };
            d != k
                && !gone[d]
                && c.inferred.is_none()
                && !c.earlier
                && c.found.teams[1 - j] != cands[k].found.teams[i]
                && of_named(c, j)
                    .is_some_and(|o| o == sc || (cands[k].unaligned && o == [sc[1], sc[0]]))
        });
        if let Some(d) = same {
            let anchors = cands[k].found.anchors.clone();
            cands[d].found.anchors.extend(anchors);
            gone[k] = true;
        }
    }
    let mut keep = gone.into_iter().map(|g| !g);
    cands.retain(|_| keep.next().unwrap_or(true));
}

/// Folds the steps of a match into the score that ends it: for each group
/// of candidates of one pair, the score every other one can lead to is the
/// result; the others not told as earlier meetings become its anchors.
/// Each match comes with the team its clause named as the opponent (see
/// `Candidate::named_object`).
pub(crate) fn progressions(
    seg: &Segmented<'_>,
    cands: Vec<Candidate>,
) -> Vec<(FoundMatch, Option<usize>)> {
    let mut gone = vec![false; cands.len()];
    let dates: Vec<Dated> = cands
        .iter()
        .map(|c| dated(seg, c.found.evidence.0))
        .collect();
    let mut out: Vec<FoundMatch> = cands.iter().map(|c| c.found.clone()).collect();
    for f in 0..cands.len() {
        let (Some(end), false) = (cands[f].found.score, cands[f].earlier) else {
            continue;
        };
        if gone[f] {
            continue;
        }
        for k in 0..cands.len() {
            if k == f || gone[k] || cands[k].earlier {
                continue;
            }
            let Some(swapped) = same_pair(&cands[f].found.teams, &cands[k].found.teams) else {
                continue;
            };
            let Some(step) = flip(cands[k].found.score, swapped) else {
                continue;
            };
            // The final must take in every step, and no larger score of the
            // pair may be waiting to take in this one as well.
            let larger_elsewhere = (0..cands.len()).any(|o| {
                o != f
                    && !gone[o]
                    && !cands[o].earlier
                    && same_pair(&cands[f].found.teams, &cands[o].found.teams)
                        .and_then(|sw| flip(cands[o].found.score, sw))
                        .is_some_and(|sc| is_step(end, sc) && sc != end)
            });
            // Steps are told after the result they lead to (the headline or
            // lead states it first); a level score told before a larger one
            // is the draw a shoot-out or a second leg followed.
            let told_after = cands[k].found.evidence.0 > cands[f].found.evidence.0;
            // A score told as won or lost ("For Spain, who beat England
            // 1-0 in 2023") ended a match: it is a step only of a result
            // with the same winner.
            let winner = |[x, y]: [u32; 2]| x.cmp(&y);
            let fits = (is_step(step, end) && (!cands[k].worded || winner(step) == winner(end)))
                || (cands[k].unaligned && is_step([step[1], step[0]], end));
            let other_month = matches!(
                (cands[k].month, cands[f].month),
                (Some(a), Some(b)) if a != b
            );
            // "Januari 2024, KNVB Beker: … 2-0" and "April 2025,
            // Eredivisie: … 2-1": told under different dates, two meetings.
            let other_date =
                dates[k].differs(dates[f]) || (dates[k].is_dated() && !dates[f].is_dated());
            // "elles s'étaient quittées sur un nul 1-1", "terminó 1-1": a
            // level score told as a draw or an end finished a match.
            let finished_draw = step[0] == step[1] && told_finished(seg, cands[k].found.evidence.0);
            if larger_elsewhere
                || !told_after
                || !fits
                || other_month
                || other_date
                || finished_draw
            {
                continue;
            }
            let pens = flip(cands[k].found.penalties, swapped);
            let anchors = out[k].anchors.clone();
            let m = &mut out[f];
            m.anchors.extend(anchors);
            if m.penalties.is_none() {
                m.penalties = pens;
            }
            if m.competition.is_none() {
                m.competition.clone_from(&cands[k].found.competition);
            }
            if m.venue.is_none() {
                m.venue.clone_from(&cands[k].found.venue);
            }
            gone[k] = true;
        }
    }
    out.into_iter()
        .zip(gone)
        .zip(&cands)
        .filter_map(|((m, g), c)| (!g).then_some((m, c.named_object)))
        .collect()
}

/// The year and month a result is told under: named in its paragraph up to
/// the end of its sentence ("Januari 2024, KNVB Beker: RKC was met 2-0 te
/// sterk", "In March 2023 they drew 1-1").
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Dated {
    year: Option<u16>,
    month: Option<u8>,
}

impl Dated {
    /// Is a year or a month named?
    fn is_dated(self) -> bool {
        self.year.is_some() || self.month.is_some()
    }

    /// Both dated, and not the same date: a year against another year, or a
    /// month against another month of the same (or an unnamed) year.
    fn differs(self, other: Dated) -> bool {
        match (self.year, other.year) {
            (Some(a), Some(b)) if a != b => true,
            _ => matches!((self.month, other.month), (Some(a), Some(b)) if a != b),
        }
    }
}

/// Does the sentence of the score at byte `at` tell a draw or an end ("a
/// 1-1 draw", "trennten sich 1:1", "terminó 1-1", "era finita 1-1")?
fn told_finished(seg: &Segmented<'_>, at: usize) -> bool {
    let Some(si) = seg.sentence_index_at_byte(at) else {
        return false;
    };
    let sent = seg.sentences[si];
    (sent.first..sent.end).any(|i| {
        seg.tokens[i].kind == TokenKind::Word && {
            let w = seg.lower(i);
            cues::drew(w) || cues::match_over(w) || cues::ended(w)
        }
    })
}

/// How many tokens open a paragraph as its heading ("Abril de 2025,").
const HEADING_REACH: usize = 4;

/// The words naming the year of a match right before it: "in 2023", "im
/// Jahr", "en 2024", "em 2022", "nel 2021", "a Supercopa de 2024".
const YEAR_PREPOSITIONS: [&str; 11] = [
    "in", "im", "jahr", "en", "em", "nel", "del", "of", "van", "de", "do",
];

/// How many sentences back a paragraph's start is looked for.
const PARAGRAPH_REACH: usize = 6;

/// The date the score at byte `at` is told under (see [`Dated`]).
fn dated(seg: &Segmented<'_>, at: usize) -> Dated {
    let sentences = &seg.sentences;
    let Some(si) = seg.sentence_index_at_byte(at) else {
        return Dated::default();
    };
    // Back to the sentence after a blank line: the paragraph's first.
    let mut first = si;
    while first > 0 && si - first < PARAGRAPH_REACH {
        let gap = seg
            .text
            .get(sentences[first - 1].end_byte as usize..sentences[first].start_byte as usize)
            .unwrap_or_default();
        if gap.matches('\n').count() >= 2 {
            break;
        }
        first -= 1;
    }
    let mut out = Dated::default();
    let opening = sentences[first].first;
    for i in opening..sentences[si].end {
        let t = seg.tokens[i];
        match t.kind {
            // A year heading the paragraph ("Januari 2024, KNVB Beker:"),
            // after a month ("im April 2024") or "in" ("in 2023"); not
            // "seit 2007 im Amt".
            TokenKind::Number
                if out.year.is_none()
                    && (i < opening + HEADING_REACH
                        || i.checked_sub(1).is_some_and(|p| {
                            let w = seg.lower(p);
                            cues::month(w).is_some() || YEAR_PREPOSITIONS.contains(&w)
                        })) =>
            {
                let year = seg.token_text(i).parse::<u16>().ok();
                out.year = year.filter(|y| (1900..=2100).contains(y));
            }
            TokenKind::Word if out.month.is_none() => out.month = cues::month(seg.lower(i)),
            _ => {}
        }
    }
    out
}
