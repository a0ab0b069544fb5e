//! A change of players told at a minute: one player put on for another
//! ("brachte in der 68. Minute Gregoritsch für den glücklosen Arnautović",
//! "refrescó el ataque con Yeboah por Páez (72')", "Hidalgo à la place d'un
//! Cásseres touché au mollet (70e)", "der für Nene eingewechselte Ratkov").
//! Two players joined by a word of replacement, with no word of scoring
//! between them, tell of a substitution whatever verb brings them on: the
//! minute is the change's, not a goal's.
//!
//! Invariant: reads cached lowered tokens only; no allocation.

use crate::cues;
use crate::evidence;
use crate::minute::Minute;
use crate::EntitySpan;
use scoreline_text::{Segmented, TokenKind};

/// Is minute `m` the change of players `p` is one of, within tokens
/// `lo..hi` (the clause of the minute)? The two players must be joined by a
/// word of replacement, and no word of scoring may stand between the pair
/// and the minute ("… eingewechselte Ratkov nickte zum 2:2 ein (74.)" is a
/// goal).
pub(crate) fn swapped(
    seg: &Segmented<'_>,
    players: &[&EntitySpan],
    p: &EntitySpan,
    m: &Minute,
    lo: usize,
    hi: usize,
) -> bool {
    let hi = hi.min(seg.tokens.len());
    let Some((a, b)) = pair(seg, players, p, lo, hi) else {
        return false;
    };
    if m.first >= b {
        !evidence::tells_scoring(seg, &[], b, m.first)
    } else if m.end <= a {
        !evidence::tells_scoring(seg, &[], m.end, a)
    } else {
        true
    }
}

/// The span of the two players joined by a word of replacement that `p` is
/// one of: "p … für q", "q … voor p", "für q eingewechselte p".
fn pair(
    seg: &Segmented<'_>,
    players: &[&EntitySpan],
    p: &EntitySpan,
    lo: usize,
    hi: usize,
) -> Option<(usize, usize)> {
    let other = |q: &&&EntitySpan| q.reference != p.reference && q.first >= lo && q.end <= hi;
    // "p … for q" (p first) or "q … for p" (p second).
    let joined = |first: &EntitySpan, second: &EntitySpan| {
        first.end <= second.first
            // "Assist di Dimarco per Thuram": the pass's giver and taker.
            && !(first.first.saturating_sub(3).max(lo)..first.first).any(|j| {
                let w = seg.lower(j);
                cues::assist(w) || cues::set_up_verb(w)
            })
            && word_between(seg, first.end, second.first).is_some_and(|(at, end)| {
                words_before(seg, first.end, at) && before_name(seg, end, second.first)
            })
    };
    // "für q eingewechselte p": the word, then both, a participle between.
    let led = |first: &EntitySpan, second: &EntitySpan| {
        first.end < second.first
            && second.first - first.end <= 3
            && (first.end..second.first).all(|j| plain(seg, j) && !cues::conjunction(seg.lower(j)))
            && (first.first.saturating_sub(4).max(lo)..first.first).any(|j| {
                replacement(seg, j).is_some_and(|end| before_name(seg, end, first.first))
                    // "derrubado na área por Murilo e Arrascaeta": an agent.
                    && !(j.saturating_sub(3).max(lo)..j).any(|k| participle(seg.lower(k)))
            })
    };
    players.iter().filter(other).find_map(|q| {
        let (first, second) = if q.first < p.first { (*q, p) } else { (p, *q) };
        (joined(first, second) || led(first, second)).then_some((first.first, second.end))
    })
}

/// The first word of replacement in tokens `from..to`, and where it ends.
fn word_between(seg: &Segmented<'_>, from: usize, to: usize) -> Option<(usize, usize)> {
    (from..to.min(from + 10))
        .take_while(|&j| plain(seg, j) && !participle(seg.lower(j)))
        .find_map(|j| replacement(seg, j).map(|end| (j, end)))
        // "crossed for", "un assist per": a ball laid on, not a change.
        .filter(|&(j, _)| {
            j == 0 || !(cues::set_up_verb(seg.lower(j - 1)) || cues::assist(seg.lower(j - 1)))
        })
}

/// Are tokens `from..to` (between the first player and the word of
/// replacement) at most three words besides a minute: "Gregoritsch für",
/// "De Jong in de ploeg voor", "Mangala in de 63ste minuut invallen voor";
/// not "a enroulé un coup franc imparable pour Courtois"?
fn words_before(seg: &Segmented<'_>, from: usize, to: usize) -> bool {
    (from..to)
        .filter(|&j| {
            let w = seg.lower(j);
            !(w.bytes().any(|b| b.is_ascii_digit())
                || crate::minute::is_minute_word(w)
                || cues::article(w)
                || cues::determiner(w)
                || matches!(
                    w,
                    "(" | ")" | "'" | "’" | "+" | "in" | "im" | "en" | "op" | "at" | "al" | "aos"
                ))
        })
        .count()
        <= 3
}

/// A word inside one clause: not a stop, a comma or a scoring word.
fn plain(seg: &Segmented<'_>, j: usize) -> bool {
    !matches!(seg.lower(j), "," | ";" | "." | "!" | "?" | ":")
        && !evidence::tells_scoring(seg, &[], j, j + 1)
}

/// Are tokens `from..to` what may stand between a word of replacement and
/// the name: articles and at most one other lowercase word ("für den
/// glücklosen Arnautović", "à la place d'un Cásseres"; not "por falta em
/// Cauly")?
fn before_name(seg: &Segmented<'_>, from: usize, to: usize) -> bool {
    let lowercase = |j: usize| {
        seg.tokens[j].kind == TokenKind::Word
            && seg
                .token_text(j)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
    };
    to >= from
        && to - from <= 3
        && (from..to).all(lowercase)
        && (from..to)
            .filter(|&j| !cues::determiner(seg.lower(j)) && !cues::article(seg.lower(j)))
            .count()
            <= 1
}

/// A word (or phrase) of replacement at token `j`, and where it ends:
/// "für", "voor", "por", "in place of", "à la place de", "al posto di",
/// "no lugar de", "in plaats van", "anstelle von", "instead of".
fn replacement(seg: &Segmented<'_>, j: usize) -> Option<usize> {
    let w = seg.lower(j);
    let of = |k: usize| {
        matches!(
            seg.lower(k),
            "of" | "de" | "d'" | "di" | "van" | "von" | "do" | "da" | "del"
        )
    };
    match w {
        "für" | "for" | "voor" | "por" | "pour" | "per" => Some(j + 1),
        "anstelle" | "statt" | "anstatt" => Some(if of(j + 1) { j + 2 } else { j + 1 }),
        "instead" if of(j + 1) => Some(j + 2),
        "place" | "plaats" | "posto" | "lugar" | "vece" if of(j + 1) => Some(j + 2),
        _ => None,
    }
}

/// "derrubado por", "fauché par", "stopped by": a passive's agent follows.
fn participle(w: &str) -> bool {
    [
        "ado", "ada", "ido", "ida", "é", "ée", "ato", "ata", "ito", "ita",
    ]
    .iter()
    .any(|e| w.ends_with(e))
}

/// Is minute `m` the one a player came on at: the minute closing a phrase
/// of coming on ("entré à la 70e minute", "entrée à la 62e", "came on in
/// the 60th minute", "lançado do banco aos 70'", "subentrato al 55'", "in
/// de 60ste minuut ingevallen", "eingewechselt in der 64.")? The phrase's
/// word stands right before the minute, or right after it, only
/// prepositions and articles between; a goal told later in the clause
/// ("… and scored in the 80th") keeps its own minute.
pub(crate) fn came_on_at(seg: &Segmented<'_>, m: &Minute) -> bool {
    let small = |j: usize| {
        let w = seg.lower(j);
        cues::article(w)
            || matches!(
                w,
                "in" | "at"
                    | "à"
                    | "al"
                    | "all'"
                    | "aos"
                    | "ao"
                    | "en"
                    | "im"
                    | "nel"
                    | "na"
                    | "do"
                    | "dal"
                    | "from"
                    | "off"
                    | "van"
                    | "von"
            )
    };
    let before = (m.first.saturating_sub(5)..m.first)
        .rev()
        .find(|&j| !small(j));
    if before.is_some_and(|j| coming_on(seg, j)) {
        return true;
    }
    // "kwam in de 60ste minuut van de bank", "in der 64. Minute
    // eingewechselt"
    (m.end..(m.end + 4).min(seg.tokens.len()))
        .find(|&j| !small(j))
        .is_some_and(|j| coming_on(seg, j) && !seg.lower(j).starts_with("sub"))
}

/// A word of coming on at token `j`: the participle ("entré", "subentrato",
/// "ingevallen", "eingewechselt"), "came on" / "brought on", or the bench
/// left ("do banco", "off the bench", "dalla panchina").
fn coming_on(seg: &Segmented<'_>, j: usize) -> bool {
    let w = seg.lower(j);
    matches!(
        w,
        "entré"
            | "entrée"
            | "entrato"
            | "entrata"
            | "subentrato"
            | "subentrata"
            | "entrou"
            | "entró"
            | "lançado"
            | "lançada"
            | "ingevallen"
            | "ingevalle"
            | "eingewechselt"
            | "eingewechselte"
            | "eingewechselter"
            | "introduced"
            | "banco"
            | "bench"
            | "panchina"
            | "banquillo"
            | "bank"
    ) || (w == "on"
        && j > 0
        && matches!(
            seg.lower(j - 1),
            "came" | "brought" | "sent" | "coming" | "comes"
        ))
}

/// Is minute `m` a change written in a line-up's brackets: after a starter,
/// the player who came on for them and the minute ("Elías Montiel (Alán
/// Bautista, 75')", "Colley (78' Elia)", "Da Cunha (31' st Sergi
/// Roberto)")? The line is a line-up when it names
/// [`crate::goals::LINE_UP_PLAYERS`] players or more and sets them off by
/// ";" (the keeper, the lines of the formation); a scorers' line ("Zalazar
/// (12'), Pau Víctor (90'+3)") has no other name in its brackets.
pub(crate) fn change_in_brackets(seg: &Segmented<'_>, players: &[&EntitySpan], m: &Minute) -> bool {
    let n = seg.tokens.len();
    let Some(open) = (m.first.saturating_sub(4)..m.first + 1)
        .rev()
        .take_while(|&j| seg.lower(j) != ")")
        .find(|&j| seg.lower(j) == "(")
    else {
        return false;
    };
    let Some(close) = (m.end..(m.end + 5).min(n))
        .take_while(|&j| seg.lower(j) != "(")
        .find(|&j| seg.lower(j) == ")")
    else {
        return false;
    };
    let Some(starter) = players.iter().find(|p| p.end == open) else {
        return false;
    };
    let replaced = players
        .iter()
        .any(|p| p.first > open && p.end <= close && p.reference != starter.reference);
    if !replaced {
        return false;
    }
    let s = seg.sentences.partition_point(|x| x.end <= m.first);
    let Some(sentence) = seg.sentences.get(s) else {
        return false;
    };
    let named = crate::goals::within(players, sentence.first, sentence.end).len();
    named >= crate::goals::LINE_UP_PLAYERS
        && (sentence.first..sentence.end).any(|j| seg.lower(j) == ";")
}
