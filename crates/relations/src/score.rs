//! Score expressions over tokens: "2-1", "2:1", "2–1" (no spaces), "2 a 1",
//! "3 à 1", "2 x 1", "2 to 1" (spaced words), each classified by its context
//! as a result, a shoot-out, a half-time, aggregate or running score, or a
//! time of day.

use crate::cues;
use scoreline_text::{Segmented, TokenKind};

/// What a score expression is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScoreKind {
    /// A result: a match's score (after extra time, if any).
    Result,
    /// A penalty shoot-out score.
    Shootout,
    /// The state of a match told as it changes ("made it 2-0", "firma il
    /// 3-1"): not its result, but the best one left when the text states no
    /// other for those two teams.
    Running,
    /// Not a result: half-time, aggregate, series, running score in a goal
    /// list, time of day.
    Other,
}

/// A score expression: tokens `first..end` of sentence `sentence`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    pub first: usize,
    pub end: usize,
    pub sentence: usize,
    pub a: u32,
    pub b: u32,
    pub kind: ScoreKind,
    /// A running score of a goal list ("1:0 Kane (8.)").
    pub running: bool,
}

/// The largest number taken for a goal count.
const MAX_GOALS: u32 = 20;

fn number(seg: &Segmented<'_>, i: usize) -> Option<u32> {
    let t = seg.tokens.get(i)?;
    if t.kind != TokenKind::Number {
        return None;
    }
    seg.token_text(i).parse().ok().filter(|n| *n <= MAX_GOALS)
}

/// The tokens `from..to` glued without spaces, lower case: "i.e.", "n.v.".
fn glued(seg: &Segmented<'_>, from: usize, to: usize) -> String {
    (from..to.min(seg.tokens.len()))
        .map(|i| seg.lower(i))
        .collect()
}

/// Finds every score expression and classifies it.
pub fn find(seg: &Segmented<'_>) -> Vec<Score> {
    let mut out: Vec<Score> = Vec::new();
    for (si, s) in seg.sentences.iter().enumerate() {
        if s.offtopic {
            continue;
        }
        let mut i = s.first;
        // A score needs three tokens inside the sentence: i, i + 1, i + 2.
        while i + 2 < s.end {
            let Some(a) = number(seg, i) else {
                i += 1;
                continue;
            };
            let sep = seg.token_text(i + 1);
            let tight = matches!(sep, "-" | "–" | "—" | ":")
                && !seg.tokens[i + 1].space_before
                && seg.tokens.get(i + 2).is_some_and(|t| !t.space_before);
            let worded =
                matches!(sep, "a" | "à" | "x" | "to" | "X") && seg.tokens[i + 1].space_before;
            let b = if tight || worded {
                number(seg, i + 2)
            } else {
                None
            };
            let Some(b) = b else {
                i += 1;
                continue;
            };
            // "2:1:0", "1-2-3", "12.3" as parts of something longer.
            let glued_before = i > s.first
                && !seg.tokens[i].space_before
                && matches!(seg.token_text(i - 1), ":" | "." | "-" | "/");
            let glued_after = seg.tokens.get(i + 3).is_some_and(|t| {
                !t.space_before && matches!(seg.token_text(i + 3), ":" | "-" | "/")
            }) && number(seg, i + 4).is_some()
                && seg.tokens.get(i + 4).is_some_and(|t| !t.space_before);
            if glued_before || glued_after {
                i += 3;
                continue;
            }
            let kind = classify(seg, i, i + 3, s.first, s.end, &out);
            out.push(Score {
                first: i,
                end: i + 3,
                sentence: si,
                a,
                b,
                kind,
                running: false,
            });
            i += 3;
        }
    }
    mark_running(seg, &mut out);
    out
}

fn classify(
    seg: &Segmented<'_>,
    first: usize,
    end: usize,
    s_first: usize,
    s_end: usize,
    before: &[Score],
) -> ScoreKind {
    let next = seg.lower(end);
    // Time of day: "20:15 Uhr", "18:30h".
    if matches!(
        next,
        "uhr"
            | "h"
            | "horas"
            | "heures"
            | "hrs"
            | "uur"
            | "am"
            | "pm"
            | "ore"
            | "cet"
            | "cest"
            | "gmt"
            | "bst"
            | "et"
            | "brt"
            | "mez"
    ) {
        return ScoreKind::Other;
    }
    let after = glued(seg, end, end + 6);
    if after.starts_with("i.e.")
        || after.starts_with("(i.e.")
        || after.starts_with("n.p.")
        || after.starts_with("t.a.b")
    {
        return ScoreKind::Shootout;
    }
    let window_after: Vec<&str> = (end..(end + 5).min(s_end)).map(|j| seg.lower(j)).collect();
    let window_before: Vec<&str> = (first.saturating_sub(8).max(s_first)..first)
        .map(|j| seg.lower(j))
        .collect();
    // "3:2 (1:1)": a score in brackets right after another is the half-time
    // score, and so is the next one in the same brackets ("2:2 (1:0, 1:1)").
    if first >= 1
        && seg.token_text(first - 1) == "("
        && before.last().is_some_and(|p| p.end + 1 == first)
    {
        return ScoreKind::Other;
    }
    if first >= 1
        && seg.token_text(first - 1) == ","
        && before
            .last()
            .is_some_and(|p| p.end + 1 == first && p.kind == ScoreKind::Other)
    {
        return ScoreKind::Other;
    }
    // Hyphenated cues are split by the tokenizer: look at the glued words too.
    let glued_before = window_before.concat();
    if [
        "half-time",
        "mi-temps",
        "pausenstand",
        "primotempo",
        "kick-off",
        "anstoß",
    ]
    .iter()
    .any(|c| glued_before.contains(c))
    {
        return ScoreKind::Other;
    }
    // German compounds: "Halbzeitstand", "Pausenführung".
    if window_before
        .iter()
        .rev()
        .take(5)
        .any(|w| w.starts_with("halbzeit") || w.starts_with("pausen"))
    {
        return ScoreKind::Other;
    }
    let near = window_before
        .iter()
        .rev()
        .take(5)
        .chain(window_after.iter().take(3));
    for w in near {
        if cues::halftime(w) || cues::aggregate(w) {
            return ScoreKind::Other;
        }
    }
    // "made it 2-0", "firma il 3-1", "zum 2:1 (97.)": the state of a match
    // told as it changes, not its result — unless a result word follows
    // ("the 2-1 win", "de 2-1 zege").
    let running_before = matches!(
        (
            window_before.iter().rev().nth(1).copied().unwrap_or(""),
            window_before.last().copied().unwrap_or("")
        ),
        ("made" | "make" | "makes", "it")
            | (
                _,
                "zum" | "zur" | "sull'" | "dell'" | "nell'" | "l'" | "het" | "il" | "lo" | "al"
            )
    );
    let result_word = window_after
        .iter()
        .take(2)
        .any(|w| cues::win(w) || cues::result_noun(w));
    if running_before && !result_word {
        return ScoreKind::Running;
    }
    if window_after.iter().take(4).any(|w| cues::shootout(w))
        || window_before
            .iter()
            .rev()
            .take(3)
            .any(|w| cues::shootout(w))
    {
        return ScoreKind::Shootout;
    }
    ScoreKind::Result
}

/// In a goal list ("1:0 Kane (8.), 1:1 Guirassy (23.)") the running scores are
/// not results: a score followed directly by a name and a minute, or one of
/// several in a row each followed by a name.
fn mark_running(seg: &Segmented<'_>, scores: &mut [Score]) {
    for k in 0..scores.len() {
        let s = scores[k];
        let next_word = seg
            .tokens
            .get(s.end)
            .is_some_and(|t| t.kind == TokenKind::Word)
            && seg
                .token_text(s.end)
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
        let bracket_soon =
            (s.end + 1..(s.end + 5).min(seg.tokens.len())).any(|j| seg.token_text(j) == "(");
        let starts_at_zero = (s.a + s.b == 1)
            || scores.iter().any(|o| {
                o.sentence == s.sentence && o.first != s.first && o.a + o.b + 1 == s.a + s.b
            });
        if next_word && bracket_soon && starts_at_zero {
            scores[k].running = true;
            scores[k].kind = ScoreKind::Other;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(u32, u32, ScoreKind)> {
        let seg = Segmented::new(text);
        find(&seg).iter().map(|s| (s.a, s.b, s.kind)).collect()
    }

    #[test]
    fn notations() {
        assert_eq!(
            kinds("Bayern gewinnt 3:1 gegen Mainz."),
            [(3, 1, ScoreKind::Result)]
        );
        assert_eq!(
            kinds("Arsenal won 2-1, then 2–0."),
            [(2, 1, ScoreKind::Result), (2, 0, ScoreKind::Result)]
        );
        assert_eq!(
            kinds("O Flamengo venceu por 3 a 0."),
            [(3, 0, ScoreKind::Result)]
        );
        assert_eq!(kinds("Lyon s'impose 3 à 1."), [(3, 1, ScoreKind::Result)]);
        assert_eq!(kinds("Palmeiras 2 x 1 Santos"), [(2, 1, ScoreKind::Result)]);
    }

    #[test]
    fn traps_are_not_results() {
        assert_eq!(
            kinds("Bayern siegt 3:2 (1:1)."),
            [(3, 2, ScoreKind::Result), (1, 1, ScoreKind::Other)]
        );
        assert_eq!(
            kinds("Zur Halbzeit stand es 1:1."),
            [(1, 1, ScoreKind::Other)]
        );
        assert_eq!(kinds("Anpfiff um 20:15 Uhr."), [(20, 15, ScoreKind::Other)]);
        assert_eq!(kinds("Anpfiff 18:30 Uhr."), []);
        assert_eq!(
            kinds("They went through 4-3 on aggregate."),
            [(4, 3, ScoreKind::Other)]
        );
        assert_eq!(kinds("Am 12.3.2024 spielte er."), []);
    }

    #[test]
    fn shootouts() {
        assert_eq!(
            kinds("Sieg 4:3 i.E. gegen Tigres."),
            [(4, 3, ScoreKind::Shootout)]
        );
        assert_eq!(kinds("won 3-1 on penalties"), [(3, 1, ScoreKind::Shootout)]);
        assert_eq!(
            kinds("5-3 in de penaltyserie"),
            [(5, 3, ScoreKind::Shootout)]
        );
        assert_eq!(kinds("4-3 aux tirs au but"), [(4, 3, ScoreKind::Shootout)]);
    }

    #[test]
    fn running_scores_in_goal_lists() {
        let k = kinds("Tore: 1:0 Kane (8.), 1:1 Guirassy (23.), 2:1 Musiala (90.+3).");
        assert!(
            k.iter().all(|(_, _, kind)| *kind == ScoreKind::Other),
            "{k:?}"
        );
    }
}
