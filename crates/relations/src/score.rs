//! Score expressions over tokens: "2-1", "2:1", "2–1" (no spaces), "2 a 1",
//! "3 à 1", "2 x 1", "2 to 1" (spaced words), and scores in words ("drei zu
//! eins", "empataron a dos", "a goalless draw"), each classified by its
//! context as a result, a shoot-out, a half-time, aggregate or running score,
//! or a time of day.

mod shootout;
mod worded;

use crate::cues;
use crate::glued::Phrases;
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
    /// A half-time score ("3:2 (1:1)", "Halbzeitstand: 1:1").
    pub half_time: bool,
}

/// The largest number taken for a goal count.
const MAX_GOALS: u32 = 20;

fn number(seg: &Segmented<'_>, i: usize) -> Option<u32> {
    let t = seg.tokens.get(i)?;
    if t.kind != TokenKind::Number {
        return None;
    }
    // ASCII digits read one by one: past `MAX_GOALS` the count only grows
    // ("2024"), and other digits ("٣") are no goal count.
    let mut n = 0u32;
    for &b in token_bytes(seg, i) {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n * 10 + u32::from(b - b'0');
        if n > MAX_GOALS {
            return None;
        }
    }
    Some(n)
}

/// The bytes of token `i`: slicing bytes needs no check of character
/// boundaries, for a look at every word.
#[inline]
fn token_bytes<'s>(seg: &Segmented<'s>, i: usize) -> &'s [u8] {
    let t = seg.tokens[i];
    seg.text
        .as_bytes()
        .get(t.start as usize..t.end as usize)
        .unwrap_or_default()
}

/// Do the tokens `from..to`, glued without spaces and lower case, start with
/// `prefix` ("i.e.", "(n.p.")? Read token by token, with nothing glued.
fn glued_starts_with(seg: &Segmented<'_>, from: usize, to: usize, prefix: &str) -> bool {
    let mut rest = prefix.as_bytes();
    for i in from..to.min(seg.tokens.len()) {
        let w = seg.lower(i).as_bytes();
        if rest.len() <= w.len() {
            return w.starts_with(rest);
        }
        match rest.strip_prefix(w) {
            Some(r) => rest = r,
            None => return false,
        }
    }
    rest.is_empty()
}

/// Is token `j` a word? Cue lists hold words only: punctuation and numbers
/// need no look-up.
#[inline]
fn is_word(seg: &Segmented<'_>, j: usize) -> bool {
    seg.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word)
}

/// Is token `j` a word starting with a capital letter (a name)?
fn capitalised(seg: &Segmented<'_>, j: usize) -> bool {
    seg.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word)
        && seg
            .token_text(j)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// What the token at a position starts.
enum Step {
    /// A score expression over tokens up to `end`: `a` to `b`.
    Score { end: usize, a: u32, b: u32 },
    /// Nothing: go on this many tokens.
    Skip(usize),
}

/// The score expression starting at token `i` of the sentence `sent`, if any:
/// digits ("2-1", "2:1", "2 a 1", "2-nil") or words ("drei zu eins", "2 buts
/// à 1", "a goalless draw").
fn expression_at(seg: &Segmented<'_>, i: usize, sent: &scoreline_text::Sentence) -> Step {
    let worded = || match worded::at(seg, i, sent.end) {
        Some(w) => Step::Score {
            end: w.end,
            a: w.a,
            b: w.b,
        },
        None => Step::Skip(1),
    };
    // A score in digits needs three tokens inside the sentence: i, i + 1,
    // i + 2; one in words may be one ("Nullnummer").
    let a = match seg.tokens[i].kind {
        TokenKind::Number if i + 2 < sent.end => number(seg, i),
        TokenKind::Word if worded::may_open(token_bytes(seg, i)) => return worded(),
        _ => None,
    };
    let Some(a) = a else {
        return Step::Skip(1);
    };
    let sep = seg.token_text(i + 1);
    let tight = matches!(sep, "-" | "–" | "—" | ":")
        && !seg.tokens[i + 1].space_before
        && seg.tokens.get(i + 2).is_some_and(|t| !t.space_before);
    let spaced = matches!(sep, "a" | "à" | "x" | "to" | "X" | "zu" | "tegen")
        && seg.tokens[i + 1].space_before;
    // "a 2-nil win": British "nil" for nought.
    let b = if tight || spaced {
        // "a 2-all draw": level.
        number(seg, i + 2)
            .or_else(|| (seg.lower(i + 2) == "nil").then_some(0))
            .or_else(|| (tight && seg.lower(i + 2) == "all").then_some(a))
    } else {
        None
    };
    let Some(b) = b else {
        // "sur le score de 2 buts à 1", "3 goals to 1".
        return worded();
    };
    // "2:1:0", "1-2-3", "12.3" as parts of something longer.
    let glued_before = i > sent.first
        && !seg.tokens[i].space_before
        && matches!(seg.token_text(i - 1), ":" | "." | "-" | "/");
    let glued_after = seg
        .tokens
        .get(i + 3)
        .is_some_and(|t| !t.space_before && matches!(seg.token_text(i + 3), ":" | "-" | "/"))
        && number(seg, i + 4).is_some()
        && seg.tokens.get(i + 4).is_some_and(|t| !t.space_before);
    if glued_before || glued_after {
        return Step::Skip(3);
    }
    Step::Score { end: i + 3, a, b }
}

/// A deficit overturned, told before its result ("remontó un 0-2", "ha
/// ribaltato lo 0-2", "een 0-2 achterstand", "einen 0:2-Rückstand", "a 2-0
/// deficit"; not "remontó 2-1 al Celta", the comeback's result): a state of
/// the match the sentence goes on to tell.
pub fn overturned(seg: &Segmented<'_>, s: &Score) -> bool {
    let back = |k: usize| {
        s.first
            .checked_sub(k)
            .filter(|&j| j >= seg.sentences[s.sentence].first)
            .map_or("", |j| seg.lower(j))
    };
    let glued = seg.tokens.get(s.end).is_some_and(|t| !t.space_before)
        && seg.token_text(s.end) == "-"
        && seg.tokens.get(s.end + 1).is_some_and(|t| !t.space_before);
    let article = cues::running_article(back(1)) || cues::indefinite(back(1));
    // "recuperou de um 0-2": a preposition may stand between.
    let verb = cues::overturned(back(2))
        || (cues::overturned(back(3)) && matches!(back(2), "de" | "from" | "di" | "van" | "von"));
    (verb && article)
        || (glued && {
            let w = seg.lower(s.end + 1);
            w.ends_with("rückstand") || cues::deficit(w)
        })
        || (s.end..(s.end + 2).min(seg.sentences[s.sentence].end))
            .any(|j| cues::deficit(seg.lower(j)))
}

/// Finds every score expression and classifies it.
pub fn find(seg: &Segmented<'_>) -> Vec<Score> {
    let mut out: Vec<Score> = Vec::new();
    for (si, sent) in seg.sentences.iter().enumerate() {
        if sent.offtopic {
            continue;
        }
        // What the whole sentence says, looked at once and only when a
        // score asks.
        let facts = std::cell::OnceCell::new();
        let mut i = sent.first;
        while i < sent.end {
            match expression_at(seg, i, sent) {
                Step::Skip(n) => i += n,
                Step::Score { end, a, b } => {
                    let mut score = Score {
                        first: i,
                        end,
                        sentence: si,
                        a,
                        b,
                        kind: ScoreKind::Result,
                        running: false,
                        half_time: false,
                    };
                    (score.kind, score.half_time) = classify(seg, &score, &out, &facts);
                    out.push(score);
                    i = end;
                }
            }
        }
    }
    mark_running(seg, &mut out);
    mark_tennis_sets(seg, &mut out);
    demote_live(seg, &mut out);
    shootout::by_clause(seg, &mut out);
    out
}

/// How many tokens a half-time score in brackets may follow the result
/// ("2:2 n.V. (1:1, 0:1)", "PSV 3-1 AZ Alkmaar (2-0)").
const BRACKET_GAP: usize = 8;

/// How many tokens before a score a series told against a team may start
/// ("de serie tegen titelverdediger Columbus Crew met 2-0").
const SERIES_REACH: usize = 8;

/// How many tokens apart the scores of a list of half-time scores are.
const LIST_GAP: usize = 8;

/// The words around a score inside its sentence (up to `WINDOW` each side,
/// read lower case where asked, nothing copied), and the scores next to it
/// there, which claim the words closer to them.
struct Around<'t, 's> {
    seg: &'t Segmented<'s>,
    /// The score's sentence.
    sent: scoreline_text::Sentence,
    /// The first token of the window before the score.
    before_first: usize,
    first: usize,
    end: usize,
    /// The end of the window after the score.
    after_end: usize,
    /// The end of the score before, in the same sentence.
    prev_end: Option<usize>,
    /// The start of the score after, in the same sentence.
    next_first: Option<usize>,
    facts: &'t std::cell::OnceCell<SentenceFacts>,
}

/// What the sentence of a score says as a whole.
#[derive(Clone, Copy)]
struct SentenceFacts {
    /// A word of another sport ("homered", "innings").
    other_sport: bool,
}

impl SentenceFacts {
    fn new(seg: &Segmented<'_>, first: usize, end: usize) -> Self {
        // A sport named as the label of a teaser: opening the sentence or
        // a segment after a colon, punctuation right after it.
        let label = |j: usize| {
            (j == first || seg.token_text(j - 1) == ":")
                && j + 1 < end
                && matches!(seg.token_text(j + 1), ":" | "," | "–" | "-" | "—" | "|")
                && cues::sport_label(seg.lower(j))
        };
        SentenceFacts {
            other_sport: (first..end).any(|j| {
                seg.tokens[j].kind == TokenKind::Word
                    && (cues::other_sport(seg.lower(j)) || label(j))
            }),
        }
    }
}

/// Does the sentence `first..end` tell a win, a loss or a draw ("beat",
/// "verlor", "drew")? A far half-time cue is then about the course of the
/// match, not the score.
fn tells_outcome(seg: &Segmented<'_>, first: usize, end: usize) -> bool {
    (first..end).any(|j| {
        seg.tokens[j].kind == TokenKind::Word && {
            let w = seg.lower(j);
            cues::win(w) || cues::loss(w) || cues::drew(w)
        }
    })
}

impl<'t, 's> Around<'t, 's> {
    /// Up to `WINDOW` words each side of `s`, inside its sentence.
    fn new(
        seg: &'t Segmented<'s>,
        s: &Score,
        before: &[Score],
        facts: &'t std::cell::OnceCell<SentenceFacts>,
    ) -> Self {
        let sent = seg.sentences[s.sentence];
        Around {
            seg,
            sent,
            before_first: s.first.saturating_sub(WINDOW).max(sent.first),
            first: s.first,
            end: s.end,
            after_end: (s.end + WINDOW).min(sent.end),
            prev_end: before
                .last()
                .filter(|p| p.sentence == s.sentence)
                .map(|p| p.end),
            next_first: (s.end..(s.end + 2 * WINDOW).min(sent.end))
                .find(|&k| looks_like_score(seg, k)),
            facts,
        }
    }

    /// What the whole sentence says, looked at the first time it is asked.
    fn facts(&self) -> SentenceFacts {
        *self
            .facts
            .get_or_init(|| SentenceFacts::new(self.seg, self.sent.first, self.sent.end))
    }

    /// The word `k` places before the score (1: the one just before), lower
    /// case; "" outside the window.
    fn back(&self, k: usize) -> &'t str {
        match self.first.checked_sub(k) {
            Some(j) if k >= 1 && j >= self.before_first => self.seg.lower(j),
            _ => "",
        }
    }

    /// Up to `n` words before the score, lower case, the nearest first.
    fn before(&self, n: usize) -> impl Iterator<Item = &'t str> + '_ {
        (self.before_first.max(self.first.saturating_sub(n))..self.first)
            .rev()
            .map(|j| self.seg.lower(j))
    }

    /// Up to `n` words after the score, lower case, the nearest first.
    fn after(&self, n: usize) -> impl Iterator<Item = &'t str> + '_ {
        (self.end..self.after_end.min(self.end + n)).map(|j| self.seg.lower(j))
    }

    /// The word just after the score, lower case, if the window has one.
    fn next_word(&self) -> Option<&'t str> {
        (self.end < self.after_end).then(|| self.seg.lower(self.end))
    }

    /// Is the word at token `j` nearer this score than its neighbours?
    fn owns(&self, j: usize) -> bool {
        if j < self.first {
            self.prev_end
                .is_none_or(|pe| j >= pe && self.first - j <= j - pe)
        } else {
            self.next_first
                .is_none_or(|nf| j < nf && j - self.end < nf - j)
        }
    }
}

/// Does a score start at token `k` ("2:1", "2 a 1")? A quick look, for the
/// neighbours of a score.
fn looks_like_score(seg: &Segmented<'_>, k: usize) -> bool {
    number(seg, k).is_some()
        && k + 2 < seg.tokens.len()
        && number(seg, k + 2).is_some()
        // "-", "–", "—", ":" glued; "a", "à", "x", "to" spaced (in UTF-8).
        && match token_bytes(seg, k + 1) {
            b"-" | b"\xE2\x80\x93" | b"\xE2\x80\x94" | b":" => !seg.tokens[k + 1].space_before,
            b"a" | b"\xC3\xA0" | b"x" | b"to" => seg.tokens[k + 1].space_before,
            _ => false,
        }
}

/// How many words each side of a score its context looks at.
const WINDOW: usize = 12;

/// The kind of the score `s` (its own kind not yet set), given the scores
/// found before it, and whether it is a half-time score.
fn classify(
    seg: &Segmented<'_>,
    s: &Score,
    before: &[Score],
    facts: &std::cell::OnceCell<SentenceFacts>,
) -> (ScoreKind, bool) {
    if time_of_day(seg, s.first, s.end) {
        return (ScoreKind::Other, false);
    }
    // "i.E." and "n.E." (German), "n.p." and "n.s." (Dutch), "t.a.b."
    // (French), "d.c.r." (Italian): after penalties.
    let opens_abbreviation = seg
        .lower(s.end)
        .as_bytes()
        .first()
        .is_some_and(|b| matches!(b, b'i' | b'n' | b't' | b'd' | b'('));
    if opens_abbreviation
        && [
            "i.e.", "(i.e.", "n.e.", "(n.e.", "n.p.", "(n.p.", "n.s.", "t.a.b", "(t.a.b", "d.c.r",
            "(d.c.r",
        ]
        .iter()
        .any(|c| glued_starts_with(seg, s.end, s.end + 6, c))
    {
        return (ScoreKind::Shootout, false);
    }
    let around = Around::new(seg, s, before, facts);
    if half_time(seg, s, before, &around) {
        return (ScoreKind::Other, true);
    }
    (kind(seg, s, &around), false)
}

/// Is `s` a half-time score?
fn half_time(seg: &Segmented<'_>, s: &Score, before: &[Score], around: &Around<'_, '_>) -> bool {
    let (first, end) = (s.first, s.end);
    // "3:2 (1:1)": a score in brackets shortly after a result of its sentence
    // is the half-time score ("1:1 n.V. (1:0, 1:1)", "PSV 3-1 AZ (2-0)").
    if first >= 1
        && seg.token_text(first - 1) == "("
        && before
            .last()
            .is_some_and(|p| p.sentence == s.sentence && p.end + BRACKET_GAP >= first)
        && end < seg.tokens.len()
        && matches!(seg.token_text(end), ")" | "," | ";")
    {
        return true;
    }
    // The next of a list of half-time scores: "(1:0, 1:1)", "Halbzeitstand:
    // Leipzig 1:1 Bremen, Dortmund 1:1 Gladbach".
    if before.last().is_some_and(|p| {
        p.half_time
            && p.sentence == s.sentence
            && p.end + LIST_GAP >= first
            && (p.end..first).any(|j| matches!(seg.token_text(j), "," | ";"))
            // Out of the brackets of a half-time score the list is over:
            // "PSV 3-1 AZ (2-0); Ajax 2-2 Feyenoord (1-1)"; so it is past a
            // "but" or the end ("zur Pause 2:0, am Ende hieß es 2:5").
            && !(p.end..first).any(|j| seg.token_text(j) == ")" || past_half_time(seg, j))
    }) {
        return true;
    }
    let sent = seg.sentences[s.sentence];
    is_half_time(seg, first, end, sent.first, sent.end, around)
}

/// The kind of a score that is no time of day, no shoot-out abbreviation
/// and no half-time score.
fn kind(seg: &Segmented<'_>, s: &Score, around: &Around<'_, '_>) -> ScoreKind {
    let (first, end) = (s.first, s.end);
    let sent = seg.sentences[s.sentence];
    let (s_first, s_end) = (sent.first, sent.end);
    if around.facts().other_sport {
        return ScoreKind::Other;
    }
    let next_word = around.next_word();
    // Money, time spans and dates: "€5-10 million", "out for 4-6 weeks",
    // "2-3 March".
    if next_word.is_some_and(cues::not_goals_unit)
        || (first > 0 && matches!(seg.token_text(first - 1), "€" | "$" | "£"))
    {
        return ScoreKind::Other;
    }
    // Standings: "mit 3:0 Punkten", "ein Torverhältnis von 12:5", "a goal
    // difference of 12-5".
    if next_word.is_some_and(cues::points)
        || around
            .before(3)
            .any(|w| w == "difference" || cues::goal_difference(w))
    {
        return ScoreKind::Other;
    }
    // The aggregate cues before the score, each looked up once: bit
    // `first - 1 - j` for token `j`.
    let aggregate_before = (around.before_first..first)
        .filter(|&j| aggregate_at(seg, j))
        .fold(0u32, |m, j| m | 1 << (first - 1 - j));
    let aggregate_before_at = |j: usize| j < first && aggregate_before & 1 << (first - 1 - j) != 0;
    let near = (first.saturating_sub(5).max(s_first)..first)
        .chain(end..(end + 6).min(s_end))
        .filter(|&j| around.owns(j));
    for j in near {
        let w = seg.lower(j);
        // "nel doppio confronto": over the two legs.
        if w == "confronto" && seg.lower(j.saturating_sub(1)) == "doppio" {
            return ScoreKind::Other;
        }
        // "nach Hin- und Rückspiel 3:4", "ida y vuelta": both legs named.
        if both_legs(seg, j) {
            return ScoreKind::Other;
        }
        let aggregate = if j < first {
            aggregate_before_at(j)
        } else {
            aggregate_at(seg, j)
        };
        if aggregate
            || (is_word(seg, j) && cues::aggregate_phrase_end(w) && over_two_legs(seg, first, end))
        {
            return ScoreKind::Other;
        }
    }
    // "Sur l'ensemble des deux rencontres, les Catalanes l'emportent 8-2":
    // a phrase of the two legs opening the clause governs its score, a
    // subject and verb between.
    let two_legs_before = (first.saturating_sub(WINDOW).max(s_first)..first).any(|j| {
        is_word(seg, j)
            && around.owns(j)
            && cues::aggregate_phrase_end(seg.lower(j))
            && over_two_legs(seg, j, j + 1)
    });
    if two_legs_before {
        return ScoreKind::Other;
    }
    // "de serie tegen Columbus Crew met 2-0 gewonnen", "the series against
    // Celtic 3-1": a series won against a team, told with its score (not
    // when a shoot-out follows: "la serie ante Cruzeiro por 3-2 en los
    // penales" is the shoot-out's).
    let shootout_after = around.after(4).any(cues::shootout);
    if !shootout_after
        && (first.saturating_sub(SERIES_REACH).max(s_first)..first).any(|j| {
            (aggregate_before_at(j) || token_bytes(seg, j) == b"serie")
                && cues::against(seg.lower(j + 1))
                && around.owns(j)
        })
    {
        return ScoreKind::Other;
    }
    // Further before, in a sentence that tells no win or loss: "No placar
    // agregado, as equipes ficaram empatadas em 2 a 2".
    let far_aggregate = (first.saturating_sub(WINDOW).max(s_first)..first.saturating_sub(5))
        .any(|j| aggregate_before_at(j) && around.owns(j));
    if far_aggregate && !tells_outcome(seg, s_first, s_end) {
        return ScoreKind::Other;
    }
    // "das vermeintliche 2:0", "un gol annullato sul 2-0": a goal taken back.
    if around.before(2).any(cues::disallowed_score) {
        return ScoreKind::Other;
    }
    if passing_state(seg, s, around) {
        return ScoreKind::Other;
    }
    if is_running(seg, s, around) {
        return ScoreKind::Running;
    }
    if shootout::plausible(s.a, s.b) && (shootout_after || around.before(3).any(cues::shootout)) {
        return ScoreKind::Shootout;
    }
    ScoreKind::Result
}

/// How many words before a score a word telling it as a passing state may
/// stand ("führte der VfL nach Toren von Amoura und Wimmer zwischenzeitlich
/// 2:1" has it right before; "leidde met 2-1" a word apart).
const STATE_REACH: usize = 3;

/// Is `s` told as a state the match passed through, later changed: an
/// adverb of the meantime or a verb of leading or trailing while it lasted
/// right before it, in its clause ("zwischenzeitlich 2:1", "menait 2-1",
/// "the Hoops led 1-0"), or "up"/"down" right after it ("had
/// Posh 2-0 up inside 25 minutes")? Not when a win, a result or the end
/// is told right by it ("led them to a 3-1 win"), nor when it comes out of
/// an earlier game.
fn passing_state(seg: &Segmented<'_>, s: &Score, around: &Around<'_, '_>) -> bool {
    let told_final = around
        .after(2)
        .any(|w| cues::win(w) || cues::result_noun(w) || cues::result_after(w))
        || around
            .before(STATE_REACH + 1)
            .any(|w| cues::match_over(w) || cues::the_end(w) || cues::final_score(w));
    // "trailing 0-1 from the first leg": a deficit carried out of an
    // earlier game is that game's result.
    if told_final || (s.end < around.after_end && carried_from_earlier_game(seg, s.end)) {
        return false;
    }
    let sent_first = seg.sentences[s.sentence].first;
    let before = (s.first.saturating_sub(STATE_REACH).max(sent_first)..s.first)
        .rev()
        .take_while(|&j| !clause_break(seg, j))
        .any(|j| {
            is_word(seg, j) && {
                let w = seg.lower(j);
                cues::passing_state(w) || cues::state_verb(w)
            }
        });
    before || around.next_word().is_some_and(cues::up_or_down)
}

/// "20:15 Uhr", "18:30 CET", and the times that head live-blog entries
/// ("15:12 - Passa il Cagliari", "16:08 –"): written with a colon and two
/// digits of minutes, and either a unit after, a leading zero ("16:08") or
/// an hour no score reaches ("15:12"). "2:1 am Samstag" is a score.
fn time_of_day(seg: &Segmented<'_>, first: usize, end: usize) -> bool {
    if end != first + 3 || seg.token_text(first + 1) != ":" {
        return false;
    }
    let minutes = seg.token_text(first + 2);
    if minutes.len() != 2 {
        return false;
    }
    let unit = matches!(
        seg.lower(end),
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
    );
    unit || minutes.starts_with('0') || number(seg, first).is_some_and(|h| h >= 12)
}

/// Half-time cues the tokenizer splits, glued: "half-time", "mi-temps",
/// "kick-off", "medio tiempo".
const GLUED: [&str; 6] = [
    "half-time",
    "mi-temps",
    "pausenstand",
    "kick-off",
    "anstoß",
    "mediotiempo",
];

/// "The first half", "primo tempo", glued: also said of a goal in a result's
/// sentence ("scored in the first half as Bayern won 2-1"), so they count
/// only in a sentence without a win, loss or draw.
const FIRST_HALF: [&str; 9] = [
    "firsthalf",
    "primotempo",
    "primeirotempo",
    "primertiempo",
    "primeraparte",
    "primeiraparte",
    "eerstehelft",
    "premièrepériode",
    "premièremi-temps",
];

/// `GLUED` and `FIRST_HALF` in one automaton: one pass over the words
/// instead of fifteen searches, and the words never glued into a string.
fn glued_half_time() -> &'static Phrases {
    static PHRASES: std::sync::OnceLock<Phrases> = std::sync::OnceLock::new();
    PHRASES.get_or_init(|| Phrases::new(&[&GLUED[..], &FIRST_HALF[..]]))
}

/// Which of the glued half-time cues the `words`, glued, hold: (a `GLUED`
/// one, a `FIRST_HALF` one).
fn glued_cues<'w>(words: impl Iterator<Item = &'w str>) -> (bool, bool) {
    let found = glued_half_time().found(words);
    (found & 1 != 0, found & 2 != 0)
}

/// How many tokens after a score a hyphenated half-time cue is its own
/// ("1-0 up at half-time").
const NEAR_GLUED: usize = 5;

/// A half-time score: a cue close by ("Halbzeitstand 1:1", "1-0 at the
/// break"), or further off in a sentence that tells no win or loss ("Mit 1:2
/// ging es in die Kabine", "À la pause, les Lionesses étaient menées 2-0").
fn is_half_time(
    seg: &Segmented<'_>,
    first: usize,
    end: usize,
    s_first: usize,
    s_end: usize,
    around: &Around<'_, '_>,
) -> bool {
    // Hyphenated cues are split by the tokenizer: look at the glued words too.
    // One right after the score before is that one's (see below).
    let after_prev = around.prev_end.map_or(0, |p| p + NEAR_GLUED);
    // A cue past the end of the match, a "but", or (after the score) a goal
    // belongs to another clause: "zur Pause 2:0, am Ende hieß es 2:5", "al
    // descanso con empate a cero, pero acabó encajando un 1-3", "1-0 grazie
    // a una rete nel primo tempo" (when the goal fell), "el 2-1 final".
    let (from, until) = cue_reach(seg, first, end, around);
    let glued_before = (around
        .before_first
        .max(first.saturating_sub(8))
        .max(after_prev)
        .max(from)..first)
        .map(|j| seg.lower(j));
    let (split, first_half) = glued_cues(glued_before);
    if split || (first_half && !tells_outcome(seg, s_first, s_end)) {
        return true;
    }
    // German compounds: "Halbzeitstand", "Pausenführung".
    if around
        .before(5)
        .any(|w| w.starts_with("halbzeit") || w.starts_with("pausen"))
    {
        return true;
    }
    // A score opening its sentence takes the cue of the one before
    // ("Descanso. 0-0 en Stuttgart.").
    let lead_in =
        first <= s_first + 1 && (s_first.saturating_sub(3)..s_first).any(|j| halftime_at(seg, j));
    if lead_in {
        return true;
    }
    // A hyphenated cue right after the score decides too, outcome told or
    // not ("were 1-0 up at half-time but lost 1-2"); "after half-time" is
    // the second half.
    let after = |n: usize| (end..until.min(end + n)).map(|j| seg.lower(j));
    if !after(NEAR_GLUED).any(cues::after) && glued_cues(after(NEAR_GLUED)).0 {
        return true;
    }
    // One pass over the far window: a half-time cue in the near one decides
    // at once, one further off (or a dressing room) only in a sentence that
    // tells no outcome.
    let near = first.saturating_sub(5).max(s_first)..(end + 4).min(s_end);
    let mut far = false;
    for j in
        first.saturating_sub(WINDOW).max(s_first).max(from)..(end + WINDOW).min(s_end).min(until)
    {
        if seg.tokens[j].kind != TokenKind::Word || (first..end).contains(&j) {
            continue;
        }
        let w = seg.lower(j);
        if halftime_word(seg, j, w) {
            if around.owns(j) {
                if near.contains(&j) {
                    return true;
                }
                far = true;
            }
        } else if !far && cues::dressing_room(w) && around.owns(j) {
            far = true;
        }
    }
    let far = far || glued_cues(after(WINDOW)) != (false, false);
    far && !tells_outcome(seg, s_first, s_end)
}

/// Does token `j` turn a sentence past half-time: a "but", an end of the
/// match or a final cue ("pero acabó", "am Ende hieß es", "full-time")?
fn past_half_time(seg: &Segmented<'_>, j: usize) -> bool {
    is_word(seg, j) && {
        let w = seg.lower(j);
        // "final" and its kin also name the match ("Halbzeit im Finale").
        let names_final = matches!(w, "final" | "finale" | "finali") || w.starts_with("result");
        cues::adversative(w)
            || cues::match_over(w)
            || w == "ende"
            || (final_cue(seg, j) && !names_final)
    }
}

/// The tokens `from..until` around the score `first..end` whose half-time
/// cues may be its own: not before a "but", an end of the match or a final
/// cue ("am Ende", "acabó"), nor after one or a goal ("una rete nel primo
/// tempo": when the goal fell). "2-1 final" right after the score cuts all.
fn cue_reach(
    seg: &Segmented<'_>,
    first: usize,
    end: usize,
    around: &Around<'_, '_>,
) -> (usize, usize) {
    // "O primeiro tempo terminou 1 a 1", "the first half ended 1-1": an end
    // told of the half is the half's.
    let ends_match = |j: usize| {
        past_half_time(seg, j)
            && !(cues::match_over(seg.lower(j))
                && (halftime_at(seg, j.saturating_sub(1))
                    || glued_cues((j.saturating_sub(3)..j).map(|k| seg.lower(k)))
                        != (false, false)))
    };
    if end < around.after_end && final_cue(seg, end) {
        return (end, end);
    }
    let from = (around.before_first..first)
        .rev()
        .find(|&j| ends_match(j))
        .map_or(0, |j| j + 1);
    let until = (end..around.after_end)
        .find(|&j| {
            ends_match(j)
                || (is_word(seg, j) && {
                    let w = seg.lower(j);
                    cues::goal(w) || cues::scoring_verb(w)
                })
        })
        .unwrap_or(around.after_end);
    (from, until)
}

/// Is token `j` a half-time cue? "intermedio" is one only as "al
/// intermedio" / "en el intermedio" (else "intermediate").
fn halftime_at(seg: &Segmented<'_>, j: usize) -> bool {
    is_word(seg, j) && halftime_word(seg, j, seg.lower(j))
}

/// Is the word `w` at token `j` a half-time cue (see `halftime_at`)?
fn halftime_word(seg: &Segmented<'_>, j: usize, w: &str) -> bool {
    let cue = cues::halftime(w)
        || (w == "intermedio" && j >= 1 && matches!(seg.lower(j - 1), "al" | "el"));
    cue && !after_the_break(seg, j)
}

/// Is the half-time cue at token `j` told as what came after it ("na rust",
/// "nach der Pause", "after the break", "dopo l'intervallo", "tras el
/// descanso")? That is the second half, not the half-time score.
fn after_the_break(seg: &Segmented<'_>, j: usize) -> bool {
    let back = |k: usize| j.checked_sub(k).map_or("", |i| seg.lower(i));
    let article = |w: &str| cues::article(w) || cues::running_article(w);
    // "na" is "after" in Dutch ("na rust", "na de pauze") but "in the" in
    // Portuguese ("na pausa"): after it only before a Dutch word.
    let after = |k: usize| {
        cues::after(back(k))
            && (back(k) != "na" || matches!(back(k - 1), "rust" | "pauze" | "de" | "het"))
    };
    after(1) || (article(back(1)) && after(2))
}

/// Is token `j` an aggregate cue? "el conjunto de Pochettino" is the team,
/// "el marcador conjunto" the aggregate.
fn aggregate_at(seg: &Segmented<'_>, j: usize) -> bool {
    if !is_word(seg, j) {
        return false;
    }
    let w = seg.lower(j);
    cues::aggregate(w)
        && (w != "conjunto" || matches!(seg.lower(j.saturating_sub(1)), "marcador" | "resultado"))
}

/// "Twee wedstrijden" after "over": "over twee wedstrijden werd het 4-3".
fn over_two_legs(seg: &Segmented<'_>, first: usize, end: usize) -> bool {
    (first.saturating_sub(6)..end + 6).any(|j| {
        cues::aggregate_phrase_end(seg.lower(j))
            && j >= 2
            && matches!(
                seg.lower(j - 1),
                "twee" | "two" | "zwei" | "dos" | "deux" | "due" | "dois"
            )
            // "sur l'ensemble des deux rencontres"
            && matches!(seg.lower(j - 2), "over" | "in" | "über" | "en" | "em" | "des")
    })
}

/// Does token `j` end the two legs named together ("Hin- und Rückspiel",
/// "heen- en terugwedstrijd", "ida y vuelta", "andata e ritorno"): a
/// score told with them is over both, the aggregate?
fn both_legs(seg: &Segmented<'_>, j: usize) -> bool {
    let first_leg = |i: usize| {
        cues::first_leg(seg.lower(i))
            || (seg.lower(i) == "-" && i > 0 && matches!(seg.lower(i - 1), "hin" | "heen"))
    };
    j >= 2
        && cues::second_leg(seg.lower(j))
        && cues::conjunction(seg.lower(j - 1))
        && first_leg(j - 2)
}

/// The state of a match told as it changes, not its result: "made it 2-0",
/// "zum 2:1", "firma il 3-1", "ha marcado el 1:0", "a fait le 1:0", "fazer o
/// 2-0", "maakte 3-1"; in live blogs "GOAL! Leeds 1-0 Sunderland", "1-1!",
/// "Still 1-0.", "35' 0-1 Akaydın". Not when a result word follows ("the 2-1
/// win", "de 2-1 zege") or it is an earlier match ("dopo il 4-0 rifilato al
/// Cagliari", "werd het 2-2").
fn is_running(seg: &Segmented<'_>, s: &Score, around: &Around<'_, '_>) -> bool {
    let (first, end) = (s.first, s.end);
    let sent = seg.sentences[s.sentence];
    let result_word = around
        .after(2)
        .any(|w| cues::win(w) || cues::result_noun(w) || cues::result_after(w));
    if result_word
        || (first.saturating_sub(WINDOW).max(sent.first)..first).any(|j| final_cue(seg, j))
        || around.before(1).any(cues::result_after)
    {
        return false;
    }
    // A lead word in the score's clause ("a 2-0 lead", "1-0 voorsprong"),
    // not past a colon or comma, where it starts another story ("per 1-2: al
    // vantaggio di Pulisic rispose Dimarco"). A lead carried out of an
    // earlier game ("a 2-0 lead from the first leg") is that game's result.
    let clause_after =
        (end..(end + 3).min(around.after_end)).take_while(|&j| !clause_break(seg, j));
    for j in clause_after {
        if cues::lead(seg.lower(j)) || cues::deficit(seg.lower(j)) {
            return !carried_from_earlier_game(seg, j + 1);
        }
    }
    // A score named as the interim one: "een 2-2 tussenstand",
    // "Zwischenstand 1:1", "sul parziale di 2-2", "marcador parcial".
    if around.after(2).any(cues::interim_score) || around.before(3).any(cues::interim_score) {
        return true;
    }
    // A compound ("4:2-Sieg", "1:1-Remis", "2:1-Führung") says itself what
    // the score is.
    let glued = |j: usize| seg.tokens.get(j).is_some_and(|t| !t.space_before);
    if glued(end) && seg.token_text(end) == "-" && glued(end + 1) {
        let word = seg.lower(end + 1);
        return word.ends_with("führung")
            || word.ends_with("rückstand")
            || cues::lead(word)
            || cues::deficit(word);
    }
    let back = |k: usize| around.back(k);
    let (prev, prev2) = (back(1), back(2));
    if overturned(seg, s) {
        return true;
    }
    if matches!((prev2, prev), ("made" | "make" | "makes", "it")) {
        return true;
    }
    if cues::running_verb(prev) || cues::still(prev) {
        return true;
    }
    // "estado a perder por 4-2", "estava a ganhar por 2-0", "iba perdiendo
    // 2-0": the state while it lasted.
    let verb_at = if prev == "por" { 2 } else { 1 };
    let progressive = match back(verb_at) {
        "perder" | "ganar" | "ganhar" | "vencer" => back(verb_at + 1) == "a",
        "perdiendo" | "ganando" | "perdendo" | "ganhando" | "vencendo" => matches!(
            back(verb_at + 1),
            "iba" | "estaba" | "estava" | "esteve" | "estuvo" | "ia" | "estado" | "iban"
        ),
        _ => false,
    };
    if progressive {
        return true;
    }
    // "zorgde Ivanović voor 0-2": a verb of making, and "for" just before
    // the score.
    if matches!(prev, "voor" | "für" | "for")
        && (2..WINDOW)
            .map(back)
            .take_while(|w| !w.is_empty() && !matches!(*w, "," | ";" | ":" | "."))
            .any(cues::running_verb)
    {
        return true;
    }
    // "maakte er 3-1 van": made it 3-1.
    if prev == "er" && around.next_word() == Some("van") {
        return true;
    }
    let worded = seg.tokens[first].kind != TokenKind::Number;
    if cues::running_article(prev) && !worded {
        // "de" and "the" are articles before a score only after a scoring
        // verb ("maakte de 1-0", "headed … to the 1:0").
        let weak = matches!(prev, "de" | "the");
        // "Mit dem 3:0 gegen Bochum festigte Bayern Platz eins": a result.
        // "firmó un doblete en el 2 a 0 sobre Huracán", "scored twice in
        // the 3-1": a score something happened in is the match.
        let earlier_match = cues::after(prev2)
            || cues::ended(prev2)
            || matches!(
                prev2,
                "mit" | "met" | "with" | "avec" | "durch" | "dank" | "grâce"
            )
            || matches!(prev2, "en" | "in" | "dans");
        // The verb may stand before its subject ("maakte Depay de 2-1").
        let scored_before = matches!(prev2, "to" | "bij" | "for")
            || (2..=VERB_REACH)
                .map(back)
                .take_while(|w| !w.is_empty() && !matches!(*w, "," | ";" | ":" | "."))
                .any(|w| cues::scoring_verb(w) || cues::running_verb(w));
        // "Tiefpunkt war das 0:3 beim SC Paderborn", "el 0-3 ante el
        // Getafe", "il 2-1 dell'aprile 2015": a score named with its
        // opponent or its date, no goal scored into it, is a match.
        let meeting = !scored_before && names_meeting(seg, end, around.after_end);
        // A score named with an article and no goal in its clause ("reichte
        // es nur zu einem 0:1", "ficaram no 0 a 0 na Fonte Nova") is a
        // result: a state of a match is told with the goal that made it,
        // or named as a moment of it ("Der Tiefpunkt war das 0:3").
        let goal_told = scored_before || cues::copula(prev2) || {
            let lo = (sent.first..first)
                .rev()
                .find(|&j| clause_break(seg, j))
                .map_or(sent.first, |j| j + 1);
            let hi = (end..sent.end)
                .find(|&j| clause_break(seg, j))
                .unwrap_or(sent.end);
            (lo..hi).any(|j| {
                let w = seg.lower(j);
                cues::scoring_verb(w)
                    || cues::running_verb(w)
                    || cues::goal(w)
                    || crate::minute::marks_minute(seg, j)
            })
        };
        if !earlier_match && !meeting && (!weak || scored_before) && goal_told {
            return true;
        }
    }
    // Live blogs: "1-1!", a goal shout shortly before ("GOAL! Leeds 1-0
    // Sunderland", "¡GOL DEL BARCELONA! 0-1."), a minute just before ("35'
    // 0-1 Akaydın", "⚽ 12' Galatasaray 1-0 Fenerbahçe").
    if seg.tokens.get(end).is_some_and(|t| !t.space_before) && seg.token_text(end) == "!" {
        return true;
    }
    let shout = (first.saturating_sub(SHOUT_REACH)..first).any(|j| goal_shout(seg, j));
    let minute_mark = (first.saturating_sub(4).max(sent.first)..first).any(|j| {
        matches!(seg.token_text(j), "'" | "’")
            && j > 0
            && seg.tokens[j - 1].kind == TokenKind::Number
            && !seg.tokens[j].space_before
    });
    // A score standing alone ("Minuto 89. Gol de Alemania. 1-1."), or
    // closing a sentence about a goal after a colon ("cabeceou no canto de
    // Weverton: 1 a 0.").
    let only_punct = |r: std::ops::Range<usize>| {
        r.into_iter()
            .all(|j| seg.tokens[j].kind == TokenKind::Punct)
    };
    let alone = only_punct(sent.first..first) && only_punct(end..sent.end);
    let closes_goal = first > sent.first
        && matches!(seg.token_text(first - 1), ":" | ",")
        && only_punct(end..sent.end)
        && (sent.first..first).any(|j| {
            let w = seg.lower(j);
            cues::scoring_verb(w) || (cues::goal(w) && !told_as_before(seg, sent.first, j))
        });
    shout || minute_mark || alone || closes_goal
}

/// How many tokens after a score the opponent or date naming its match may
/// stand ("das 0:3 beim SC Paderborn", "il 2-2 casalingo contro il Lecce").
const MEETING_REACH: usize = 4;

/// Is the score ending before token `end` named as a match of its own: an
/// opponent ("gegen Sunderland", "ante el Getafe", "sulla Juventus", "over
/// Chelsea") or a date ("de febrero", "dell'aprile 2015", "in March") within
/// its clause, up to token `limit`? A goal is scored into a running score,
/// not against a team on a date.
fn names_meeting(seg: &Segmented<'_>, end: usize, limit: usize) -> bool {
    let reach = (end + MEETING_REACH).min(limit);
    for j in end..reach {
        if clause_break(seg, j) {
            return false;
        }
        if !is_word(seg, j) {
            continue;
        }
        let w = seg.lower(j);
        if cues::month(w).is_some() {
            return true;
        }
        if cues::against(w) || cues::meeting_opponent(w) {
            // The opponent: a name, an article or two before it.
            let name = (j + 1..(j + 4).min(limit))
                .find(|&k| !(cues::article(seg.lower(k)) || cues::running_article(seg.lower(k))));
            return name.is_some_and(|k| capitalised(seg, k));
        }
    }
    false
}

/// How many words before a score told with "de" or "the" its scoring verb
/// may stand: the verb, a subject of up to two words, the article.
const VERB_REACH: usize = 5;

/// How many words before a goal an "after" may make it what came before.
const BEFORE_REACH: usize = 3;

/// Is the goal named at token `j` told as what came before ("after an early
/// goal by Watkins", "na een vroege treffer"): an "after" shortly before it,
/// in its sentence (from `s_first`)? A verb after such a phrase is the main
/// clause's ("Nach einem Eckball traf Tah").
fn told_as_before(seg: &Segmented<'_>, s_first: usize, j: usize) -> bool {
    (j.saturating_sub(BEFORE_REACH).max(s_first)..j)
        .any(|k| is_word(seg, k) && cues::after(seg.lower(k)))
}

/// Does token `j` end a clause: a colon, semicolon, comma, full stop, "!" or
/// "?"?
fn clause_break(seg: &Segmented<'_>, j: usize) -> bool {
    seg.tokens
        .get(j)
        .is_some_and(|t| t.kind == TokenKind::Punct)
        && matches!(token_bytes(seg, j), b":" | b";" | b"," | b"." | b"!" | b"?")
}

/// How many words after a lead an earlier game may be named ("a lead from
/// the first leg").
const CARRIED_REACH: usize = 4;

/// Does the lead told just before token `from` come out of an earlier game:
/// "from", "aus", "uit" right after it ("a 2-0 lead from Thursday's game",
/// "Führung aus dem Hinspiel"), or an earlier leg named soon ("the lead of
/// the first leg")?
fn carried_from_earlier_game(seg: &Segmented<'_>, from: usize) -> bool {
    matches!(seg.lower(from), "from" | "aus" | "uit")
        || (from..from + CARRIED_REACH)
            .take_while(|&j| !clause_break(seg, j))
            .any(|j| is_word(seg, j) && cues::earlier_meeting(seg.lower(j)))
}

/// Does token `j` say the match is over ("Endstand", "full time",
/// "full-time")?
fn final_cue(seg: &Segmented<'_>, j: usize) -> bool {
    if seg.tokens[j].kind != TokenKind::Word {
        return false;
    }
    let w = seg.lower(j);
    cues::final_score(w)
        || (w == "time"
            && j >= 1
            && (seg.lower(j - 1) == "full"
                || (j >= 2 && seg.lower(j - 1) == "-" && seg.lower(j - 2) == "full")))
}

/// Is `a`-`b` a tennis set ("6-4", "7-6", "7-5")?
fn set_score(a: u32, b: u32) -> bool {
    matches!((a.max(b), a.min(b)), (6, 0..=4) | (7, 5 | 6))
}

/// Tennis in a teaser ("Alcaraz wins 6-4, 7-6"): two or more set scores one
/// after another are no football result.
fn mark_tennis_sets(seg: &Segmented<'_>, scores: &mut [Score]) {
    let adjacent = |p: &Score, n: &Score| {
        p.sentence == n.sentence
            && (p.end..n.first).all(|j| matches!(seg.token_text(j), "," | ";" | "/"))
    };
    for k in 0..scores.len() {
        let s = scores[k];
        if !set_score(s.a, s.b) {
            continue;
        }
        let with_prev =
            k > 0 && set_score(scores[k - 1].a, scores[k - 1].b) && adjacent(&scores[k - 1], &s);
        let with_next = scores
            .get(k + 1)
            .is_some_and(|n| set_score(n.a, n.b) && adjacent(&s, n));
        if with_prev || with_next {
            scores[k].kind = ScoreKind::Other;
        }
    }
}

/// How many tokens before a score a goal shout counts for it.
const SHOUT_REACH: usize = 12;

/// How many goal shouts make a text a live blog.
const LIVE_SHOUTS: usize = 2;

/// In a live blog ("GOAL! Leeds 1-0 Sunderland", "64e – BUT ! … Benfica 2-1
/// Barcelone.") every score is the state of a match at that point, unless
/// its sentence tells a win, loss or result, or it or the one before says
/// the match is over ("Full time", "C'est terminé !", "Eindstand").
fn demote_live(seg: &Segmented<'_>, scores: &mut [Score]) {
    if scores.len() < 2 {
        return;
    }
    let bytes = seg.text.as_bytes();
    let shouts = (seg.tokens.iter().enumerate())
        .filter(|(j, t)| may_shout(bytes, t.start as usize) && goal_shout(seg, *j))
        .take(LIVE_SHOUTS)
        .count();
    if shouts < LIVE_SHOUTS {
        return;
    }
    for k in 0..scores.len() {
        let s = scores[k];
        if s.kind != ScoreKind::Result {
            continue;
        }
        // The header of a goal list ("Parma–Verona 2–1: 1–0 Bonny (8'), …")
        // is the match's result.
        if scores
            .get(k + 1)
            .is_some_and(|n| n.running && n.first <= s.end + 2)
        {
            continue;
        }
        let sent = seg.sentences[s.sentence];
        let from = seg.sentences[s.sentence.saturating_sub(1)].first;
        let told = (sent.first..sent.end)
            .filter(|j| !(s.first..s.end).contains(j))
            .any(|j| {
                let w = seg.lower(j);
                cues::win(w) || cues::loss(w) || cues::result_noun(w)
            });
        let over = (from..sent.end)
            .any(|j| final_cue(seg, j) || is_word(seg, j) && cues::match_over(seg.lower(j)));
        // Another match told in the blog: a draw or an end ("who drew 2-2
        // with the Jambos at Ibrox in August", "terminó 1-1"), its time
        // ("im Hinspiel", "in April") or its opponent ("wie beim 2:0 gegen
        // Sunderland"); and the headline, which states the result.
        let other_match = (sent.first..sent.end)
            .filter(|j| !(s.first..s.end).contains(j) && is_word(seg, *j))
            .any(|j| {
                let w = seg.lower(j);
                cues::drew(w)
                    || cues::match_over(w)
                    || cues::other_match_time(w)
                    || cues::month(w).is_some()
            });
        let headline = s.sentence == 0;
        if !told && !over && !other_match && !headline && !names_meeting(seg, s.end, sent.end) {
            scores[k].kind = ScoreKind::Running;
        }
    }
}

/// A goal shouted in capitals: "GOAL", "GOOOL", "TOR", "BUUUT", "GOLO".
#[inline]
fn goal_shout(seg: &Segmented<'_>, j: usize) -> bool {
    let t = seg.tokens[j];
    if !may_shout(seg.text.as_bytes(), t.start as usize) {
        return false;
    }
    let text = seg.token_text(j);
    if seg.tokens[j].kind != TokenKind::Word
        || text.chars().count() < 3
        || !text.chars().all(char::is_uppercase)
    {
        return false;
    }
    // Letters repeated for the shout are one: "GOOOOL" → "gol".
    let mut squeezed = String::with_capacity(text.len());
    for c in seg.lower(j).chars() {
        if !squeezed.ends_with(c) {
            squeezed.push(c);
        }
    }
    matches!(
        squeezed.as_str(),
        "goal" | "gol" | "golo" | "tor" | "but" | "doelpunt" | "gola"
    )
}

/// Could the word at byte `at` be a goal shout? Its first letter opens one
/// ("G", "T", "B", "D") and its second is the first again ("GGOAL") or the
/// second of one ("GOAL", "TOR", "BUT", "DOELPUNT"); a byte outside ASCII may
/// be a capital letter the look-up has to see. Asked of every token of a
/// text.
#[inline]
fn may_shout(bytes: &[u8], at: usize) -> bool {
    match bytes.get(at) {
        Some(&first @ (b'G' | b'T' | b'B' | b'D')) => bytes
            .get(at + 1)
            .is_some_and(|&c| c == first || matches!(c, b'O' | b'U') || !c.is_ascii()),
        _ => false,
    }
}

/// How many tokens before the club opening a line a goal or a minute makes
/// it an item of a goal list ("GOAL! Leeds 1-0 Sunderland (Piroe 14)").
const ITEM_REACH: usize = 4;

/// In a goal list ("1:0 Kane (8.), 1:1 Guirassy (23.)", "1-0, Pavlidis
/// (23')", "2 x 0 – André Ramalho, 44'") the running scores are not results:
/// a score followed by a name and soon a minute, one of several in a row
/// each a goal apart.
fn mark_running(seg: &Segmented<'_>, scores: &mut [Score]) {
    for k in 0..scores.len() {
        let s = scores[k];
        let name_at = if matches!(
            seg.token_text(s.end.min(seg.tokens.len().saturating_sub(1))),
            "," | "–" | "-" | "—"
        ) {
            s.end + 1
        } else {
            s.end
        };
        let next_word = capitalised(seg, name_at);
        // "(" opens a minute ("Kane (8.)"), not a half-time score ("SC
        // Braga (1-0)").
        let minute_soon = (name_at + 1..(name_at + 6).min(seg.tokens.len())).any(|j| {
            (seg.token_text(j) == "(" && !looks_like_score(seg, j + 1))
                || (matches!(seg.token_text(j), "'" | "’")
                    && seg.tokens[j - 1].kind == TokenKind::Number)
        });
        // Neighbours only: a goal list keeps its scores together.
        let near = k.saturating_sub(3)..(k + 4).min(scores.len());
        let starts_at_zero = (s.a + s.b == 1)
            || scores[near.clone()].iter().any(|o| {
                o.sentence.abs_diff(s.sentence) <= 1
                    && o.first != s.first
                    && !o.half_time
                    && o.a + o.b + 1 == s.a + s.b
            });
        // "Coritiba 1 x 0 Goiás (Josué 54')": a club named before the score
        // on its line makes it a results line with its scorers, not a goal
        // list, whose scores open their items ("Tore: 1:0 Kane (8.)") or
        // repeat the pair a goal apart ("Inter 0-1 Bayern … Inter 1-1
        // Bayern").
        let sent_first = seg.sentences[s.sentence].first;
        // The line, and a shout told just before it ("GOAL!").
        let item_first = match s.sentence.checked_sub(1).map(|p| seg.sentences[p]) {
            Some(p) if p.end - p.first <= 4 => p.first,
            _ => sent_first,
        };
        let same_name_step = |o: &Score| {
            o.sentence.abs_diff(s.sentence) <= 2
                && o.first != s.first
                && o.first > 0
                && (o.a + o.b).abs_diff(s.a + s.b) == 1
                && seg.token_text(o.first - 1) == seg.token_text(s.first - 1)
        };
        let named_before = s.first > sent_first && {
            let j = s.first - 1;
            let w = seg.lower(j);
            capitalised(seg, j)
                && !cues::goal_list_head(w)
                && !cues::goal(w)
                && !cues::scorers_noun(w)
                && !scores[near.clone()].iter().any(same_name_step)
                // "GOAL! Leeds 1-0 Sunderland (Piroe 14)", "Gols: Palmeiras
                // 1 x 0 – Flaco López", "34' Palace 0-1 Arsenal (Eze)".
                && !(j.saturating_sub(ITEM_REACH).max(item_first)..j).any(|k| {
                    let t = seg.tokens[k];
                    match t.kind {
                        TokenKind::Word => {
                            let w = seg.lower(k);
                            cues::goal(w) || cues::goal_list_head(w)
                        }
                        _ => {
                            matches!(seg.token_text(k), "'" | "’")
                                && k > 0
                                && seg.tokens[k - 1].kind == TokenKind::Number
                        }
                    }
                })
        };
        // "Tore: 0:1 (34.) Adeniran, 1:1 (58.) Burgstaller": the minute in
        // brackets first, then the scorer.
        let minute_first = seg
            .tokens
            .get(s.end + 1)
            .is_some_and(|t| t.kind == TokenKind::Number)
            && seg.token_text(s.end.min(seg.tokens.len().saturating_sub(1))) == "("
            // A minute, not a half-time score: "(34.)", "(81./Elfmeter)".
            && matches!(
                seg.token_text((s.end + 2).min(seg.tokens.len().saturating_sub(1))),
                "." | ")" | "'" | "’" | "/"
            )
            && (s.end + 2..(s.end + 6).min(seg.tokens.len())).any(|j| {
                seg.token_text(j) == ")" && capitalised(seg, j + 1)
            });
        if ((next_word && minute_soon) || minute_first) && starts_at_zero && !named_before {
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
