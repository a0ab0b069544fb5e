//! Scores told in words: "mit drei zu eins", "by four goals to two", "deux
//! buts à un", "per due reti a una", "empataron a dos", "empate a uma bola",
//! "nul deux partout", "a goalless draw", "ein torloses Remis".

use crate::cues;
use scoreline_text::Segmented;

/// A worded score over tokens `first..end`: `a` to `b`.
pub(super) struct Worded {
    pub end: usize,
    pub a: u32,
    pub b: u32,
}

/// The goal counts in words, 0 to 9, in the seven languages.
const NUMBER_WORDS: [(&str, u32); 66] = [
    ("nil", 0),
    ("zero", 0),
    ("null", 0),
    ("nul", 0),
    ("cero", 0),
    ("zéro", 0),
    ("one", 1),
    ("eins", 1),
    ("één", 1),
    ("uno", 1),
    ("una", 1),
    ("un", 1),
    ("une", 1),
    ("um", 1),
    ("uma", 1),
    ("two", 2),
    ("zwei", 2),
    ("twee", 2),
    ("dos", 2),
    ("deux", 2),
    ("due", 2),
    ("dois", 2),
    ("duas", 2),
    ("three", 3),
    ("drei", 3),
    ("drie", 3),
    ("tres", 3),
    ("trois", 3),
    ("tre", 3),
    ("três", 3),
    ("four", 4),
    ("vier", 4),
    ("cuatro", 4),
    ("quatre", 4),
    ("quattro", 4),
    ("quatro", 4),
    ("five", 5),
    ("fünf", 5),
    ("vijf", 5),
    ("cinco", 5),
    ("cinq", 5),
    ("cinque", 5),
    ("six", 6),
    ("sechs", 6),
    ("zes", 6),
    ("seis", 6),
    ("sei", 6),
    ("seven", 7),
    ("sieben", 7),
    ("zeven", 7),
    ("siete", 7),
    ("sept", 7),
    ("sette", 7),
    ("sete", 7),
    ("eight", 8),
    ("acht", 8),
    ("ocho", 8),
    ("huit", 8),
    ("otto", 8),
    ("oito", 8),
    ("nine", 9),
    ("neun", 9),
    ("negen", 9),
    ("nueve", 9),
    ("neuf", 9),
    ("nove", 9),
];

/// The first words of a goalless draw told without digits.
const GOALLESS_STARTS: [&str; 15] = [
    "goalless",
    "scoreless",
    "torloses",
    "torlosen",
    "torlos",
    "doelpuntloos",
    "doelpuntloze",
    "nullnummer",
    "brilstand",
    "sin",
    "sem",
    "nul",
    "reti",
    "senza",
    "score",
];

/// What a word can start: a count ("drei zu eins"), a goalless draw
/// ("goalless draw"), or both ("nul": Dutch nought, French draw).
#[derive(Clone, Copy, Default)]
struct Start {
    count: Option<u32>,
    goalless: bool,
}

/// What word `w` can start. Asked of every word of a text: one hash look-up.
fn start(w: &str) -> Option<Start> {
    static MAP: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, Start>> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = rustc_hash::FxHashMap::default();
        for (word, n) in NUMBER_WORDS {
            map.entry(word).or_insert_with(Start::default).count = Some(n);
        }
        for word in GOALLESS_STARTS {
            map.entry(word).or_insert_with(Start::default).goalless = true;
        }
        map
    })
    .get(w)
    .copied()
}

/// A goal count in words.
fn number_word(w: &str) -> Option<u32> {
    start(w)?.count
}

/// Token `i` as a goal count: a digit or a number word.
fn count(seg: &Segmented<'_>, i: usize) -> Option<u32> {
    let w = seg.lower(i);
    if w.bytes().all(|b| b.is_ascii_digit()) && !w.is_empty() && w.len() <= 2 {
        return w.parse().ok();
    }
    number_word(w)
}

/// "to", "zu", "à", "a", "tegen": between the two counts of a worded score.
fn is_to(w: &str) -> bool {
    matches!(w, "to" | "zu" | "à" | "a" | "tegen")
}

/// A noun counting goals after a number word: "goals", "buts", "reti".
fn is_goal_noun(w: &str) -> bool {
    cues::goal_by(w) || matches!(w, "bola" | "bolas" | "gols" | "but" | "buts" | "treffer")
}

/// Skips a goal noun at `i`: the index after it.
fn skip_noun(seg: &Segmented<'_>, i: usize, end: usize) -> (usize, bool) {
    if i < end && is_goal_noun(seg.lower(i)) {
        (i + 1, true)
    } else {
        (i, false)
    }
}

/// A preposition or verb that introduces a score told in words ("por",
/// "mit", "by", "par", "per", "met", "com", "con", "with", "avec").
fn introduces(w: &str) -> bool {
    matches!(
        w,
        "por" | "mit" | "by" | "par" | "per" | "met" | "com" | "con" | "with" | "avec"
    )
}

/// The longest word that can open a worded score, in bytes.
const LONGEST_OPENER: usize = 12;

/// Sets bit `b - b'a'` of `masks[w.len()]` for each word of `words` that
/// starts with an ASCII lower-case letter.
const fn add_openers<const N: usize>(
    mut masks: [u32; LONGEST_OPENER + 1],
    words: [&str; N],
) -> [u32; LONGEST_OPENER + 1] {
    let mut k = 0;
    while k < N {
        let w = words[k].as_bytes();
        if w[0].is_ascii_lowercase() {
            masks[w.len()] |= 1 << (w[0] - b'a');
        }
        k += 1;
    }
    masks
}

/// The number words of `NUMBER_WORDS`, without their values.
const NUMBERS: [&str; NUMBER_WORDS.len()] = {
    let mut numbers = [""; NUMBER_WORDS.len()];
    let mut k = 0;
    while k < NUMBER_WORDS.len() {
        numbers[k] = NUMBER_WORDS[k].0;
        k += 1;
    }
    numbers
};

/// For each length, the first letters of the words that can open a worded
/// score (number words and goalless openers).
const OPENERS: [u32; LONGEST_OPENER + 1] = add_openers(
    add_openers([0; LONGEST_OPENER + 1], NUMBERS),
    GOALLESS_STARTS,
);

/// The bit of a second byte in `SECOND_LETTERS`: its letter's for an ASCII
/// letter (any case), bit 26 for any other byte.
const fn second_bit(b: u8) -> u32 {
    let b = b.to_ascii_lowercase();
    if b.is_ascii_lowercase() {
        1 << (b - b'a')
    } else {
        1 << 26
    }
}

/// Sets, for each word of `words` starting with an ASCII lower-case letter,
/// the bit of its second byte in `masks[len][first letter]`.
const fn add_second_letters<const N: usize>(
    mut masks: [[u32; 26]; LONGEST_OPENER + 1],
    words: [&str; N],
) -> [[u32; 26]; LONGEST_OPENER + 1] {
    let mut k = 0;
    while k < N {
        let w = words[k].as_bytes();
        if w[0].is_ascii_lowercase() && w.len() >= 2 {
            masks[w.len()][(w[0] - b'a') as usize] |= second_bit(w[1]);
        }
        k += 1;
    }
    masks
}

/// For each length and first letter, the second bytes of the openers: "the"
/// and "die" are ruled out beside "tre" and "due" before a look-up.
const SECOND_LETTERS: [[u32; 26]; LONGEST_OPENER + 1] = add_second_letters(
    add_second_letters([[0; 26]; LONGEST_OPENER + 1], NUMBERS),
    GOALLESS_STARTS,
);

/// Could the word `w` (its bytes, any case) open a worded score? A number word, a
/// goalless opener, an "empat…" verb, or a word starting with a letter
/// outside ASCII ("één"), which goes to the look-up. Asked of every word of
/// a text, on its own text, so that most words are ruled out by their
/// length and first letter before being looked up.
#[inline]
pub(super) fn may_open(w: &[u8]) -> bool {
    match w.first().map(u8::to_ascii_lowercase) {
        Some(b) if b.is_ascii_lowercase() => {
            // A second byte outside ASCII may lower-case to anything: only
            // an ASCII one is ruled out by the table.
            let second_fits = |len: usize| match w.get(1) {
                Some(&c) if c.is_ascii() => {
                    SECOND_LETTERS[len][usize::from(b - b'a')] & second_bit(c) != 0
                }
                _ => true,
            };
            OPENERS
                .get(w.len())
                .is_some_and(|m| m & (1 << (b - b'a')) != 0 && second_fits(w.len()))
                || (b == b'a' && w.len() == 1)
                || (b == b'e' && w.get(..5).is_some_and(|p| p.eq_ignore_ascii_case(b"empat")))
                || (b == b'i' && w.get(..5).is_some_and(|p| p.eq_ignore_ascii_case(b"igual")))
        }
        Some(b) => !b.is_ascii(),
        None => false,
    }
}

/// A worded score starting at token `i`, inside a sentence ending at `end`.
pub(super) fn at(seg: &Segmented<'_>, i: usize, end: usize) -> Option<Worded> {
    let w = seg.lower(i);
    // "empataron a dos", "empate a uma bola", "empatar a cero", "igualaron
    // a uno" (not "igualan a puntos", "igualó a diez minutos del final").
    let level = w.starts_with("empat") || w.starts_with("igual");
    if level && i + 2 < end && seg.lower(i + 1) == "a" {
        let n = number_word(seg.lower(i + 2))?;
        let (stop, noun) = skip_noun(seg, i + 3, end);
        if !noun && stop < end && is_time_unit(seg.lower(stop)) {
            return None;
        }
        return Some(Worded {
            end: stop,
            a: n,
            b: n,
        });
    }
    let a = if seg.tokens[i].kind == scoreline_text::TokenKind::Number {
        count(seg, i)?
    } else if w == "a" {
        // "by a goal to nil": "a" counts one only before its goal.
        if i + 1 >= end || seg.lower(i + 1) != "goal" {
            return None;
        }
        1
    } else {
        let opens = start(w)?;
        if let Some(stop) = goalless(seg, i, end).filter(|_| opens.goalless) {
            return Some(Worded {
                end: stop,
                a: 0,
                b: 0,
            });
        }
        opens.count?
    };
    let (next, noun_a) = skip_noun(seg, i + 1, end);
    // "nul deux partout", "un but partout".
    if seg.lower(next) == "partout" && next < end {
        return Some(Worded {
            end: next + 1,
            a,
            b: a,
        });
    }
    // "They won three-nil", "Het werd twee-nul": two number words joined
    // by a hyphen, one of them nought or told after a verb of how the
    // match went.
    let word = |k: usize| seg.tokens[k].kind != scoreline_text::TokenKind::Number;
    if next == i + 1 && next + 1 < end && matches!(seg.lower(next), "-" | "–") {
        // "drew one-all", "a 2-all draw": a level score in English.
        if seg.lower(next + 1) == "all" {
            return Some(Worded {
                end: next + 2,
                a,
                b: a,
            });
        }
        if !word(i) {
            return None;
        }
        let b = number_word(seg.lower(next + 1))?;
        let nought = a == 0 || b == 0;
        let told = i > 0 && {
            let before = seg.lower(i - 1);
            cues::win(before) || cues::loss(before) || cues::drew(before) || cues::ended(before)
        } || after_object_of_verdict(seg, i);
        return (nought || told).then_some(Worded {
            end: next + 2,
            a,
            b,
        });
    }
    if next + 1 >= end || !is_to(seg.lower(next)) {
        return None;
    }
    let b = count(seg, next + 1)?;
    let (stop, noun_b) = skip_noun(seg, next + 2, end);
    // "mené de deux buts à cinq minutes de la fin": a time, not a score.
    if !noun_b && stop < end && is_time_unit(seg.lower(stop)) {
        return None;
    }
    // "uno a uno" is also "one by one": without a goal noun, the words need
    // a preposition that introduces a score ("por dos a uno", "mit drei zu eins").
    let introduced = i > 0 && {
        let before = seg.lower(i - 1);
        // "trennten sich zwei zu zwei": the reflexive of parting.
        introduces(before)
            || cues::win(before)
            || cues::loss(before)
            || cues::drew(before)
            || (before == "sich" && i >= 2 && seg.lower(i - 2).starts_with("trenn"))
    } || after_object_of_verdict(seg, i);
    (noun_a || noun_b || introduced).then_some(Worded { end: stop, a, b })
}

/// How many words before the name a verb of win, loss or draw may stand
/// ("ha battuto in casa il Genoa").
const VERDICT_REACH: usize = 4;

/// Does the score at token `i` follow the side a win, loss or draw was told
/// against: a name just before it, the verb shortly before the name ("ha
/// battuto il Genoa tre a uno", "beat Genoa three-one", "verloor van Ajax
/// met twee tegen één")? The verb governs the words as its score.
fn after_object_of_verdict(seg: &Segmented<'_>, i: usize) -> bool {
    let Some(name) = i.checked_sub(1) else {
        return false;
    };
    super::capitalised(seg, name)
        && (name.saturating_sub(VERDICT_REACH)..name)
            .rev()
            .take_while(|&k| seg.tokens[k].kind != scoreline_text::TokenKind::Punct)
            .any(|k| {
                let w = seg.lower(k);
                cues::win(w)
                    || cues::loss(w)
                    || cues::drew(w)
                    || cues::win_participle(w)
                    || cues::beat_inflection(w)
            })
}

/// A goalless draw named without digits, from token `i`: the end of its words.
fn goalless(seg: &Segmented<'_>, i: usize, end: usize) -> Option<usize> {
    let w = seg.lower(i);
    let next = if i + 1 < end { seg.lower(i + 1) } else { "" };
    let draw_noun = |x: &str| {
        matches!(
            x,
            "draw" | "stalemate" | "remis" | "unentschieden" | "gelijkspel" | "empate" | "nul"
        )
    };
    let prev = if i > 0 { seg.lower(i - 1) } else { "" };
    match w {
        // "the match ended goalless", "die Teams trennten sich torlos".
        "goalless" | "scoreless" | "torlos"
            if matches!(
                prev,
                "ended" | "finished" | "sich" | "endete" | "endet" | "trennten" | "blieb"
            ) =>
        {
            Some(i + 1)
        }
        // "a goalless draw", "ein torloses Remis", "een doelpuntloos gelijkspel".
        "goalless" | "scoreless" | "torloses" | "torlosen" | "torlos" | "doelpuntloos"
        | "doelpuntloze"
            if draw_noun(next) =>
        {
            Some(i + 2)
        }
        "nullnummer" | "brilstand" => Some(i + 1),
        // "empataron sin goles", "empate sem gols".
        "sin" | "sem" if matches!(next, "goles" | "gols" | "golos") => {
            let verb = prev.starts_with("empat") || prev.starts_with("igual");
            verb.then_some(i + 2)
        }
        // "sur un score vierge".
        "score" if next == "vierge" => Some(i + 2),
        // "un pareggio senza reti".
        "senza" if next == "reti" && prev.starts_with("pareggi") => Some(i + 2),
        // "un match nul et vierge", "un nul vierge".
        "nul" if next == "vierge" => Some(i + 2),
        "nul" if next == "et" && i + 2 < end && seg.lower(i + 2) == "vierge" => Some(i + 3),
        // "pareggio a reti bianche", "un pareggio a reti inviolate".
        "reti" if matches!(next, "bianche" | "inviolate") => Some(i + 2),
        _ => None,
    }
}

/// "minutes", "Minuten", "minutos": the count before it is a time.
fn is_time_unit(w: &str) -> bool {
    matches!(
        w,
        "minutes" | "minute" | "minuten" | "minuut" | "minutos" | "minuto" | "minuti" | "min"
    )
}
