//! From result and shoot-out scores to matches: the two teams (CLUB entities
//! around the score, in its sentence or the ones before), the alignment of the
//! score with them (win/loss wording decides over word order), shoot-outs
//! attached to their match, duplicates merged.

use crate::cues;
use crate::score::{Score, ScoreKind};
use crate::{EntitySpan, FoundMatch};
use scoreline_core::Label;
use scoreline_text::Segmented;

fn clubs_in(entities: &[EntitySpan], from: usize, to: usize) -> Vec<&EntitySpan> {
    entities
        .iter()
        .filter(|e| e.label == Label::Club && e.first >= from && e.end <= to)
        .collect()
}

/// The last two distinct club refs of `clubs`, in text order.
fn last_two<'e>(clubs: &[&'e EntitySpan]) -> Option<(&'e EntitySpan, &'e EntitySpan)> {
    let b = *clubs.last()?;
    let a = clubs.iter().rev().find(|c| c.reference != b.reference)?;
    Some((a, b))
}

/// Which way round the score goes for teams (A, B) named in that order:
/// `Some(true)` when A won by the wording between A and the score.
fn first_team_won(seg: &Segmented<'_>, from: usize, to: usize) -> Option<bool> {
    let words: Vec<&str> = (from..to).map(|i| seg.lower(i)).collect();
    if words.iter().any(|w| cues::loss(w)) {
        Some(false)
    } else if words.iter().any(|w| cues::win(w)) {
        Some(true)
    } else {
        None
    }
}

fn aligned(a: u32, b: u32, first_won: Option<bool>) -> [u32; 2] {
    match first_won {
        Some(true) => [a.max(b), a.min(b)],
        Some(false) => [a.min(b), a.max(b)],
        None => [a, b],
    }
}

/// The most mentioned club of the document other than `not`.
fn main_other<'e>(entities: &'e [EntitySpan], not: &str) -> Option<&'e EntitySpan> {
    let clubs: Vec<&EntitySpan> = entities
        .iter()
        .filter(|e| e.label == Label::Club && e.reference != not)
        .collect();
    clubs
        .iter()
        .max_by_key(|c| {
            (
                clubs.iter().filter(|o| o.reference == c.reference).count(),
                std::cmp::Reverse(c.first),
            )
        })
        .copied()
}

/// Is the club starting at token `first` introduced as an opponent
/// ("against the Dons", "contro l'Ecuador", "gegen den BVB")?
fn is_opponent(seg: &Segmented<'_>, first: usize) -> bool {
    const ARTICLES: [&str; 12] = [
        "the", "l'", "il", "lo", "la", "el", "den", "dem", "die", "de", "le", "o",
    ];
    let mut j = first;
    while j > 0 && ARTICLES.contains(&seg.lower(j - 1)) {
        j -= 1;
    }
    j > 0
        && matches!(
            seg.lower(j - 1),
            "against" | "contro" | "contra" | "gegen" | "tegen" | "vs" | "versus" | "face"
        )
}

/// Teams for the score `s` with the wording that aligns it.
fn teams_for(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    s: &Score,
) -> Option<([String; 2], Option<bool>)> {
    let sent = seg.sentences[s.sentence];
    let before = clubs_in(entities, sent.first, s.first);
    let after = clubs_in(entities, s.end, sent.end);
    // "A beat B 3-1", "A – B 2:1": two clubs before the score.
    if let Some((a, b)) = last_two(&before) {
        // "A beat B 3-1": wording after A is about A; "A and B drew 1:1, B won
        // 4:3 on penalties": wording after B is about B.
        let cue = first_team_won(seg, a.end, b.first)
            .or_else(|| first_team_won(seg, b.end, s.first).map(|b_won| !b_won));
        let adjacent_pair = b.first <= a.end + 2;
        if adjacent_pair || cue.is_some() || after.is_empty() {
            return Some(([a.reference.clone(), b.reference.clone()], cue));
        }
    }
    // "A 2-1 B", "A won 3-1 against B".
    if let (Some(a), Some(b)) = (
        before.last(),
        after
            .iter()
            .find(|c| Some(c.reference.as_str()) != before.last().map(|x| x.reference.as_str())),
    ) {
        // "A won 3-1 against B", "A claimed a 1-3 win over B".
        let cue =
            first_team_won(seg, a.end, s.first).or_else(|| first_team_won(seg, s.end, b.first));
        return Some(([a.reference.clone(), b.reference.clone()], cue));
    }
    // "2-1 win for A over B".
    if let Some((a, b)) = after.first().zip(
        after
            .iter()
            .find(|c| Some(&c.reference) != after.first().map(|x| &x.reference)),
    ) {
        return Some((
            [a.reference.clone(), b.reference.clone()],
            first_team_won(seg, s.end, b.first),
        ));
    }
    // One club in the sentence: the other from the sentences before, else
    // the document's other main club.
    let one = before.last().or(after.first())?;
    let earlier = clubs_in(
        entities,
        seg.sentences[s.sentence.saturating_sub(2)].first,
        sent.first,
    );
    let other = earlier
        .iter()
        .rev()
        .find(|c| c.reference != one.reference)
        .copied()
        .or_else(|| main_other(entities, &one.reference))?;
    let cue = first_team_won(seg, one.end.min(s.first), s.first);
    // "contro l'Ecuador …, vinti 4-2": the club named is the opponent of the
    // subject the sentence leaves implicit, so the wording is about the other.
    let cue = if is_opponent(seg, one.first) {
        cue.map(|won| !won)
    } else {
        cue
    };
    Some((
        [one.reference.clone(), other.reference.clone()],
        if before.is_empty() { None } else { cue },
    ))
}

fn same_pair(a: &[String; 2], b: &[String; 2]) -> Option<bool> {
    if a == b {
        Some(false)
    } else if a[0] == b[1] && a[1] == b[0] {
        Some(true)
    } else {
        None
    }
}

fn flip(p: Option<[u32; 2]>, swapped: bool) -> Option<[u32; 2]> {
    p.map(|[x, y]| if swapped { [y, x] } else { [x, y] })
}

/// Builds the matches of a document.
pub fn assemble(seg: &Segmented<'_>, entities: &[EntitySpan], scores: &[Score]) -> Vec<FoundMatch> {
    let mut out: Vec<FoundMatch> = Vec::new();
    for s in scores
        .iter()
        .filter(|s| matches!(s.kind, ScoreKind::Result | ScoreKind::Shootout))
    {
        let Some((teams, first_won)) = teams_for(seg, entities, s) else {
            continue;
        };
        if teams[0] == teams[1] {
            continue;
        }
        let pair = aligned(s.a, s.b, first_won);
        let sent = seg.sentences[s.sentence];
        let in_sentence = |label: Label| {
            entities
                .iter()
                .find(|e| e.label == label && e.first >= sent.first && e.end <= sent.end)
                .map(|e| e.reference.clone())
        };
        let competition = in_sentence(Label::Competition);
        let venue = in_sentence(Label::Stadium);
        let evidence = (
            seg.tokens[s.first].start as usize,
            seg.tokens[s.end - 1].end as usize,
        );
        let (score, penalties) = match s.kind {
            ScoreKind::Shootout => (None, Some(pair)),
            _ => (Some(pair), None),
        };
        // A shoot-out joins the match of the same teams it follows
        // ("1:1 n.V., 4:3 i.E."); a repeated result is one match.
        let existing = out.iter_mut().rev().find_map(|m| {
            let swapped = same_pair(&m.teams, &teams)?;
            let fits = match (score, penalties) {
                (None, Some(p)) => m
                    .penalties
                    .is_none_or(|mp| Some(mp) == flip(Some(p), swapped)),
                (Some(sc), _) => m.score == flip(Some(sc), swapped) || m.score.is_none(),
                _ => false,
            };
            fits.then_some((m, swapped))
        });
        match existing {
            Some((m, swapped)) => {
                m.anchors.push(evidence.0);
                if m.score.is_none() {
                    m.score = flip(score, swapped);
                }
                if m.penalties.is_none() {
                    m.penalties = flip(penalties, swapped);
                }
                if m.competition.is_none() {
                    m.competition = competition;
                }
                if m.venue.is_none() {
                    m.venue = venue;
                }
            }
            None => out.push(FoundMatch {
                teams,
                score,
                penalties,
                competition,
                venue,
                evidence,
                anchors: vec![evidence.0],
            }),
        }
    }
    // Scores that are not results (running, half-time) still say which
    // match the text is about at that point; a running score of two teams
    // with no stated result is the best guess at one ("zum 3:1 (77.)" in a
    // report whose result sentence names no club).
    for s in scores
        .iter()
        .filter(|s| matches!(s.kind, ScoreKind::Running | ScoreKind::Other))
    {
        let Some((teams, first_won)) = teams_for(seg, entities, s) else {
            continue;
        };
        let at = seg.tokens[s.first].start as usize;
        if let Some(m) = out
            .iter_mut()
            .find(|m| same_pair(&m.teams, &teams).is_some())
        {
            m.anchors.push(at);
        } else if s.kind == ScoreKind::Running && teams[0] != teams[1] {
            out.push(FoundMatch {
                teams,
                score: Some(aligned(s.a, s.b, first_won)),
                penalties: None,
                competition: None,
                venue: None,
                evidence: (at, seg.tokens[s.end - 1].end as usize),
                anchors: vec![at],
            });
        }
    }
    out
}
