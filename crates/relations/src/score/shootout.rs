//! Shoot-out scores told in a clause of their own: "Nach 120 Minuten stand es
//! 2:2 n.V., im Elfmeterschießen behielt die Alte Dame mit 5:4 die Nerven",
//! "1-1 after extra time, then Chelsea won the shoot-out 4-2", "se impuso por
//! 4 a 2 en la tanda de penaltis".

use super::{Score, ScoreKind};
use crate::cues;
use scoreline_text::Segmented;

/// Can `a`-`b` end a penalty shoot-out? In the five rounds the gap is at
/// most three (two once five are scored), in sudden death one; a draw never
/// ends one. Both sides may miss most kicks (South Africa beat Cape Verde 2-1
/// so), but a winner under three is rare enough to need a clear cue.
pub(super) fn possible(a: u32, b: u32) -> bool {
    let (hi, lo) = (a.max(b), a.min(b));
    let gap = hi - lo;
    (1..=3).contains(&gap) && (hi < 5 || gap <= 2) && (hi <= 5 || gap == 1)
}

/// A shoot-out score as most are: possible, and the winner scored three.
pub(super) fn plausible(a: u32, b: u32) -> bool {
    possible(a, b) && a.max(b) >= 3
}

/// How sure a shoot-out cue is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// "penalties", "rigori": also penalties in play ("two penalties").
    Weak,
    /// "shoot-out", "Elfmeterschießen", "on penalties", "ai rigori".
    Strong,
}

/// Does token `j` say "shoot-out", alone or as the last word of a phrase
/// ("ai calci di rigore", "tir au but", "penalty shooting", "desde los once
/// metros")? The single words of those phrases also name other things (a
/// penalty in play, a shot, a goal).
fn cue_at(seg: &Segmented<'_>, j: usize) -> Option<Cue> {
    // Every cue is a word: punctuation and numbers need no look-up.
    if seg.tokens.get(j)?.kind != scoreline_text::TokenKind::Word {
        return None;
    }
    let w = seg.lower(j);
    let back = |k: usize| if j >= k { seg.lower(j - k) } else { "" };
    let phrase = match w {
        "rigore" => back(1) == "di" && back(2) == "calci",
        "but" | "buts" => back(1) == "au" && matches!(back(2), "tir" | "tirs"),
        "shooting" => back(1) == "penalty",
        "metros" => back(1) == "once",
        "penalidades" => back(1) == "grandes",
        "desempate" | "tanda" | "lotteria" => true,
        // "on spot kicks", "on spot-kicks".
        "kicks" => back(1) == "spot" || (back(1) == "-" && back(2) == "spot"),
        // "shoot-out", split by the tokenizer.
        "out" => back(1) == "-" && back(2) == "shoot",
        // Dutch "na penalty's".
        "s" => matches!(back(1), "'" | "’") && back(2) == "penalty",
        // "na marca do pênalti".
        "pênalti" | "penálti" => back(1) == "do" && back(2) == "marca",
        _ => false,
    };
    if phrase {
        return Some(Cue::Strong);
    }
    if !cues::shootout(w) {
        return None;
    }
    // "on penalties", "ai rigori", "nos pênaltis", "im Elfmeterschießen".
    let on = matches!(
        back(1),
        "on" | "ai" | "dai" | "nos" | "nas" | "aux" | "im" | "na" | "via" | "after"
    );
    let weak = matches!(
        w,
        "penalties"
            | "pens"
            | "penales"
            | "penaltis"
            | "penaltys"
            | "rigori"
            | "pênaltis"
            | "penáltis"
            | "penalidades"
            | "tirs"
            | "shoot"
            | "tab"
            | "ie"
            | "strafschoppen"
            | "elfmetern"
    );
    Some(if weak && !on { Cue::Weak } else { Cue::Strong })
}

/// How far after a score a shoot-out cue still belongs to it ("5-4 ai calci
/// di rigore", "por 4 a 2 en la tanda de penaltis").
const AFTER: usize = 6;

/// Marks as shoot-outs the results whose sentence names a shoot-out before
/// them, or shortly after. A cue belongs to the nearest score that could end
/// a shoot-out: "2:2 n.V., im Elfmeterschießen behielt Hertha mit 5:4 die
/// Nerven" (a draw ends none), "won 4-3 on penalties after a 1-1 draw, then
/// beat Orlando 1-0", "s'impose 1-4 aux tirs au but, après un score de 0-1".
pub(super) fn by_clause(seg: &Segmented<'_>, scores: &mut [Score]) {
    let mut k = 0;
    while k < scores.len() {
        // The scores of one sentence: `k..next`.
        let si = scores[k].sentence;
        let next = k + scores[k..].iter().take_while(|s| s.sentence == si).count();
        let sent = seg.sentences[si];
        for i in k..next {
            let s = scores[i];
            if s.kind != ScoreKind::Result || !possible(s.a, s.b) {
                continue;
            }
            let needed = if plausible(s.a, s.b) {
                Cue::Weak
            } else {
                Cue::Strong
            };
            let distance = |o: &Score, j: usize| {
                if j < o.first {
                    o.first - j
                } else {
                    j + 1 - o.end
                }
            };
            let owns = |j: usize| {
                scores[k..next].iter().enumerate().all(|(o, other)| {
                    o + k == i
                        || !possible(other.a, other.b)
                        || (other.first..other.end).contains(&j)
                        || distance(&s, j) <= distance(other, j)
                })
            };
            let cue = (sent.first..s.first)
                .chain(s.end..(s.end + AFTER).min(sent.end))
                .filter_map(|j| cue_at(seg, j).filter(|_| owns(j)))
                .any(|c| c == Cue::Strong || needed == Cue::Weak);
            if cue || told_before(seg, scores, k, i, needed) {
                scores[i].kind = ScoreKind::Shootout;
            }
        }
        k = next;
    }
}

/// How many sentences back a shoot-out told of still holds: "En la tanda,
/// Greif fue el héroe. … antes de que Prats firmara el definitivo 5-4."
const SENTENCES_BACK: usize = 2;

/// Is the score `scores[i]`, first of its sentence's scores at `k` or later,
/// the end of a shoot-out told in the sentences just before, with no score
/// in between and no win, loss or draw of its own ("Para el Kaiserslautern
/// marcaron Ritter, … y Tomiak, que ha asegurado el 5:4")?
fn told_before(seg: &Segmented<'_>, scores: &[Score], k: usize, i: usize, needed: Cue) -> bool {
    let s = scores[i];
    // Across sentences only a score most shoot-outs end with ("5-4", not
    // "2-1").
    if i != k || s.sentence == 0 || !plausible(s.a, s.b) {
        return false;
    }
    let sent = seg.sentences[s.sentence];
    let mut from = seg.sentences[s.sentence.saturating_sub(SENTENCES_BACK)].first;
    if let Some(p) = k.checked_sub(1).map(|p| scores[p]) {
        // The shoot-out told before has its score already: "si impone 5-4
        // ai calci di rigore. … travolti 3-0 in campionato".
        if p.kind == ScoreKind::Shootout && p.sentence + SENTENCES_BACK >= s.sentence {
            return false;
        }
        from = from.max(p.end);
    }
    let own_outcome = (sent.first..sent.end).any(|j| {
        let w = seg.lower(j);
        cues::win(w) || cues::loss(w) || cues::drew(w)
    });
    !own_outcome
        && (from..sent.first)
            .filter_map(|j| cue_at(seg, j))
            .any(|c| c == Cue::Strong || needed == Cue::Weak)
}
