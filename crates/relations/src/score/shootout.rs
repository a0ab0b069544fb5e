//! Shoot-out scores told in a clause of their own: "Nach 120 Minuten stand es
//! 2:2 n.V., im Elfmeterschießen behielt die Alte Dame mit 5:4 die Nerven",
//! "1-1 after extra time, then Chelsea won the shoot-out 4-2", "se impuso por
//! 4 a 2 en la tanda de penaltis".

use super::{Score, ScoreKind};
use crate::cues;
use scoreline_text::Segmented;

/// Can `a`-`b` end a penalty shoot-out? The winner has three at least; in
/// the five rounds the gap is at most three (two once five are scored), in
/// sudden death one. A draw never ends one.
pub(super) fn plausible(a: u32, b: u32) -> bool {
    let (hi, lo) = (a.max(b), a.min(b));
    let gap = hi - lo;
    hi >= 3 && (1..=3).contains(&gap) && (hi < 5 || gap <= 2) && (hi <= 5 || gap == 1)
}

/// Does token `j` say "shoot-out", alone or as the last word of a phrase
/// ("ai calci di rigore", "tir au but", "penalty shooting", "desde los once
/// metros")? The single words of those phrases also name other things (a
/// penalty in play, a shot, a goal).
pub(super) fn cue_at(seg: &Segmented<'_>, j: usize) -> bool {
    let w = seg.lower(j);
    if cues::shootout(w) {
        return true;
    }
    let back = |k: usize| if j >= k { seg.lower(j - k) } else { "" };
    match w {
        "rigore" => back(1) == "di" && back(2) == "calci",
        "but" | "buts" => back(1) == "au" && matches!(back(2), "tir" | "tirs"),
        "shooting" => back(1) == "penalty",
        "metros" => back(1) == "once",
        _ => false,
    }
}

/// How far after a score a shoot-out cue still belongs to it ("5-4 ai calci
/// di rigore", "por 4 a 2 en la tanda de penaltis").
const AFTER: usize = 6;

/// Marks as shoot-outs the results whose clause names a shoot-out: a cue
/// between the score before it in the sentence (or the sentence start) and
/// it, or shortly after it before the next score. Draws and scores no
/// shoot-out ends with stay results.
pub(super) fn by_clause(seg: &Segmented<'_>, scores: &mut [Score]) {
    for k in 0..scores.len() {
        let s = scores[k];
        if s.kind != ScoreKind::Result || !plausible(s.a, s.b) {
            continue;
        }
        let sent = seg.sentences[s.sentence];
        // After a draw in the same sentence the cue may come before it: "in
        // een strafschoppenreeks: na 2-2 won de titelverdediger met 3-2".
        let from = match k.checked_sub(1).map(|p| scores[p]) {
            Some(p) if p.sentence == s.sentence && p.a != p.b => p.end,
            _ => sent.first,
        };
        let to = match scores.get(k + 1) {
            Some(n) if n.sentence == s.sentence => n.first,
            _ => sent.end,
        }
        .min(s.end + AFTER);
        if (from..s.first).chain(s.end..to).any(|j| cue_at(seg, j)) {
            scores[k].kind = ScoreKind::Shootout;
        }
    }
}
