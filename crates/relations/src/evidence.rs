//! Does a stretch of text tell of scoring at all: a finishing verb, a goal
//! noun, a running or match score, an own net, a lead, a penalty, a shot, a
//! pass, a count of goals? Decisions that need it ask: a team's line-up with
//! its formation and no word of scoring gives ratings, not minutes
//! ("COMO (4-2-3-1): Butez 6; … Da Cunha 6 (31' st Sergi Roberto sv)"); two
//! players joined by a word of replacement are a change unless scoring
//! stands between them and the minute.
//!
//! It is no gate on every minute: words of scoring are an open class ("rettete
//! seine Farben ins Elfmeterschießen", "bepaalde de eindstand"), and
//! requiring one lost more goals on train than it saved (measured: 48 true
//! goals lost for 13 false ones).
//!
//! Invariant: reads cached lowered tokens only; no allocation per token.

use crate::cues;
use crate::goals::{self, running_score};
use crate::unanchored;
use crate::FoundMatch;
use scoreline_text::Segmented;

/// Do tokens `from..to` tell of scoring? A score of a match told in them
/// does ("Wolves 0 Forest 2 (Wood 33, 61)"), as does a word of scoring.
/// `anchors`: the byte offsets of every score told of a match, sorted
/// (see [`anchors`]).
pub(crate) fn tells_scoring(
    seg: &Segmented<'_>,
    anchors: &[usize],
    from: usize,
    to: usize,
) -> bool {
    let to = to.min(seg.tokens.len());
    if from >= to {
        return false;
    }
    let (lo, hi) = (
        seg.tokens[from].start as usize,
        seg.tokens[to - 1].end as usize,
    );
    let first = anchors.partition_point(|&a| a < lo);
    if anchors.get(first).is_some_and(|&a| a < hi) {
        return true;
    }
    (from..to).any(|j| scoring_word(seg, j))
}

pub(crate) fn scoring_word(seg: &Segmented<'_>, j: usize) -> bool {
    let w = seg.lower(j);
    cues::finish_verb(w)
        || cues::goal(w)
        || cues::goal_by(w)
        || cues::goal_of(w)
        || cues::goal_compound(w)
        || cues::own_net(w)
        || cues::lead_taken(w)
        || cues::penalty(w)
        || cues::credit_noun(w)
        || cues::thanks_to(w)
        || cues::shot_noun(w)
        || cues::assist(w)
        || cues::ordinal_goal(w)
        || cues::scoring_infinitive(w)
        || cues::point(w)
        || cues::chance(w)
        || cues::finish_part(w)
        || goals::woodwork(w)
        || goals::missed(w)
        || results_line(seg, j)
        || plural_finish(w)
        || (cues::scoring_phrase_verb(w)
            && (j + 1..(j + 4).min(seg.tokens.len()))
                .any(|k| cues::scoring_phrase_noun(seg.lower(k))))
        || (running_score(seg, j) && !formation(seg, j))
        || unanchored::multi_goal_at(seg, j).is_some()
        || shouted_goal(w)
}

/// "GOOOL", "BUUUUT", "TOOOR", "golazo": the word shouted long.
fn shouted_goal(w: &str) -> bool {
    let long = |head: &str, mid: char, tail: char| {
        w.len() > 4
            && w.starts_with(head)
            && w.ends_with(tail)
            && w[1..w.len() - 1].chars().all(|c| c == mid)
    };
    w == "golazo" || long("g", 'o', 'l') || long("b", 'u', 't') || long("t", 'o', 'r')
}

/// The byte offsets of every score told of the matches, sorted: read once
/// a document, so that each sentence's look-up is a binary search.
pub(crate) fn anchors(matches: &[FoundMatch]) -> Vec<usize> {
    let mut out: Vec<usize> = matches
        .iter()
        .flat_map(|m| m.anchors.iter().copied().chain([m.evidence.0]))
        .collect();
    out.sort_unstable();
    out
}

/// "4-2-3-1", "(3-5-2)": a line-up's formation, not a running score.
fn formation(seg: &Segmented<'_>, j: usize) -> bool {
    let number = |k: usize| {
        seg.tokens
            .get(k)
            .is_some_and(|t| t.kind == scoreline_text::TokenKind::Number)
    };
    (matches!(seg.lower(j + 3), "-" | "–") && number(j + 4))
        || (j >= 2 && matches!(seg.lower(j - 1), "-" | "–") && number(j - 2))
}

/// "Wolves 0 Forest 2": a results line, team and goals twice.
fn results_line(seg: &Segmented<'_>, j: usize) -> bool {
    let number = |k: usize| {
        seg.tokens
            .get(k)
            .is_some_and(|t| t.kind == scoreline_text::TokenKind::Number)
    };
    let name = |k: usize| {
        seg.tokens
            .get(k)
            .is_some_and(|t| t.kind == scoreline_text::TokenKind::Word)
            && seg
                .token_text(k)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    };
    name(j) && number(j + 1) && name(j + 2) && number(j + 3)
}

/// "pareggiano", "segnano", "marcan": the plural of a finishing verb (a
/// team's, "Le norvegesi pareggiano al 21' con Hegerberg"), read without
/// allocating: the singular is the word less its last one or two letters.
fn plural_finish(w: &str) -> bool {
    let singular = |cut: usize| {
        w.len() > cut + 3
            && w.is_char_boundary(w.len() - cut)
            && cues::finish_verb(&w[..w.len() - cut])
    };
    (w.ends_with("ano") && singular(2)) || (w.ends_with("an") && singular(1))
}

/// Is there a formation ("(4-2-3-1)") within tokens `from..to`?
pub(crate) fn formation_within(seg: &Segmented<'_>, from: usize, to: usize) -> bool {
    (from..to.min(seg.tokens.len())).any(|j| running_score(seg, j) && formation(seg, j))
}
