//! A goal's kind: regular, penalty or own goal (spec §1), decided from the
//! words of the goal's own item — its clause, or its entry in a list of
//! goals — never from a neighbour's. A penalty that was won, missed, saved
//! or awarded makes nothing a penalty; a penalty's scoring predicate
//! ("converted", "verwandelte", "transformó") makes its goal one when the
//! penalty is told in the goal's sentence or the one before; a shoot-out
//! kick is no penalty in play.
//!
//! `kind_of` reads a window of tokens (the stages that find goals call it);
//! `decide` then re-reads every found goal's item and has the last word.

use crate::cues;
use crate::glued::Phrases;
use crate::{EntitySpan, FoundGoal};
use scoreline_core::{GoalKind, Label};
use scoreline_text::{Segmented, TokenKind};

/// The kind the cue words of tokens `from..to` tell, wherever they stand.
pub(crate) fn kind_of(seg: &Segmented<'_>, from: usize, to: usize) -> GoalKind {
    let to = to.min(seg.tokens.len());
    let marks = marks(seg, from, to);
    if (from..to).any(|j| cues::own_goal(seg.lower(j))) || own_phrase(marks) {
        GoalKind::OwnGoal
    } else if (from..to).any(|j| penalty_word(seg.lower(j)) || french_spot(seg, j))
        || penalty_mark(seg, from, to, marks)
    {
        GoalKind::Penalty
    } else {
        GoalKind::Regular
    }
}

/// Re-decides the kind of every goal from its own item (see the module
/// comment); a goal whose scorer is not found in the text keeps its kind.
pub(crate) fn decide(seg: &Segmented<'_>, entities: &[EntitySpan], goals: &mut [FoundGoal]) {
    if goals.is_empty() {
        return;
    }
    let players: Vec<&EntitySpan> = entities
        .iter()
        .filter(|e| e.label == Label::Player)
        .collect();
    let mut clubs: Vec<usize> = entities
        .iter()
        .filter(|e| e.label == Label::Club)
        .map(|e| e.first)
        .collect();
    clubs.sort_unstable();
    let named = Named::new(&players, clubs);
    let anchors: Vec<Option<Anchor>> = goals.iter().map(|g| anchor(seg, &players, g)).collect();
    let mut points: Vec<usize> = Vec::new();
    for (k, goal) in goals.iter_mut().enumerate() {
        let Some(a) = anchors[k] else {
            continue;
        };
        // Every other goal's scorer and minute are points that close an item.
        points.clear();
        for (o, other) in anchors.iter().enumerate() {
            if let Some(b) = other.filter(|_| o != k) {
                if b.scorer != a.scorer {
                    points.push(b.scorer.0);
                }
                points.extend(b.minute.filter(|&m| Some(m) != a.minute));
            }
        }
        points.sort_unstable();
        points.dedup();
        goal.kind = item_kind(seg, &named, &points, &a, &goal.scorer);
    }
}

/// Where a goal is told: its scorer's tokens, the token of its minute, the
/// sentence.
#[derive(Clone, Copy)]
struct Anchor {
    scorer: (usize, usize),
    minute: Option<usize>,
    sentence: (usize, usize),
    /// The sentence before, in the same document.
    before: (usize, usize),
}

fn anchor(seg: &Segmented<'_>, players: &[&EntitySpan], g: &FoundGoal) -> Option<Anchor> {
    let (lo, hi) = (token_at(seg, g.evidence.0), token_at(seg, g.evidence.1));
    let hi = hi.max(lo + 1).min(seg.tokens.len());
    let p = players
        .iter()
        .filter(|p| p.reference == g.scorer)
        .min_by_key(|p| {
            if p.first < hi && p.end > lo {
                0
            } else {
                1 + p.first.abs_diff(lo).min(p.end.abs_diff(hi))
            }
        })?;
    let (sentence, before) = sentence_of(seg, p.first)?;
    let minute = g.minute.and_then(|m| {
        (lo..hi).find(|&j| {
            // "81", "81st", "70e", "12ª": the number a minute token opens with.
            let t = seg.token_text(j);
            let digits = t.bytes().take_while(u8::is_ascii_digit).count();
            digits > 0 && t[..digits].parse::<u32>().ok() == Some(m)
        })
    });
    // The scorer named in one sentence and the minute in the next ("…
    // dankzij Ciro Immobile. De Italiaan scoorde eerst uit een strafschop
    // (20')"): the minute's sentence tells the goal. A minute in a sentence
    // before is a live-blog entry's ("74' GOAL! Mertens from the spot"):
    // the scorer's sentence tells it.
    if let Some(m) = minute.filter(|&m| m >= sentence.1) {
        let (sentence, before) = sentence_of(seg, m)?;
        return Some(Anchor {
            scorer: (m, m + 1),
            minute: None,
            sentence,
            before,
        });
    }
    Some(Anchor {
        scorer: (p.first, p.end),
        minute,
        sentence,
        before,
    })
}

/// The sentence of token `j` and the one before it (empty for the first),
/// as token ranges.
type Span = (usize, usize);
fn sentence_of(seg: &Segmented<'_>, j: usize) -> Option<(Span, Span)> {
    let s = seg.sentence_index_of_token(j)?;
    let sentence = (seg.sentences[s].first, seg.sentences[s].end);
    let before = s.checked_sub(1).map_or((sentence.0, sentence.0), |b| {
        (seg.sentences[b].first, seg.sentences[b].end)
    });
    Some((sentence, before))
}

/// The first token at or after byte `at`.
fn token_at(seg: &Segmented<'_>, at: usize) -> usize {
    seg.tokens.partition_point(|t| (t.end as usize) <= at)
}

/// The tokens of a goal's item, as ranges: the scorer's clause up to the
/// items of other goals or players, split at the separator between them.
fn item(
    seg: &Segmented<'_>,
    named: &Named<'_>,
    points: &[usize],
    a: &Anchor,
    scorer: &str,
) -> Vec<(usize, usize)> {
    let (s_lo, s_hi) = a.sentence;
    let (first, last) = match a.minute {
        Some(m) if m < a.scorer.0 => (m, a.scorer.1),
        Some(m) => (a.scorer.0, m + 1),
        None => a.scorer,
    };
    let mut ranges = Vec::new();
    // Another goal's minute between the scorer and this minute ("traf
    // zunächst aus dem Spiel (23.), dann vom Punkt (60.)"): the words up to
    // the first minute are shared, then only what follows the last one.
    let inner: Vec<usize> = points
        .iter()
        .copied()
        .filter(|&q| first < q && q < last)
        .collect();
    match (inner.first(), inner.last()) {
        (Some(&f), Some(&l)) if a.minute.is_some_and(|m| m > a.scorer.0) => {
            // A list of minutes ("(33., 70.)") shares the words before it;
            // a clause of its own ("sblocca su rigore al 23' e raddoppia al
            // 67'") does not.
            let listed = (l + 1..last)
                .filter(|&y| {
                    seg.tokens[y].kind == TokenKind::Word && !cues::conjunction(seg.lower(y))
                })
                .count()
                <= 1;
            if listed {
                ranges.push((first, f));
            }
            ranges.push((split_after(seg, l, last), last));
        }
        _ => ranges.push((first, last)),
    }
    // Leftwards: to the previous point or other player, from the separator
    // between; an adversative or ";" closes the clause.
    let mut lo = first;
    while lo > s_lo {
        let j = lo - 1;
        if strong_break(seg, j) {
            break;
        }
        let point = points.binary_search(&j).is_ok();
        let other = point || named.other_ends_at(j + 1, scorer);
        if other {
            let cut = (j + 1..first).rev().find(|&x| separator(seg, x));
            lo = match cut {
                Some(x) => x + 1,
                None if point => j + 1,
                None => {
                    lo = j;
                    continue;
                }
            };
            break;
        }
        lo = j;
    }
    // Rightwards: to the next point, or a player after a separator.
    // A player right after a separator opens an item of their own ("Jhon
    // Córdoba, James de penalti"); one further on is told in this clause
    // ("freddo dal dischetto dopo un contatto tra Di Lorenzo e …").
    let mut hi = last;
    let mut sep: Option<usize> = None;
    // The words since the separator (`sep + 1..j`).
    let mut since_sep = 0;
    while hi < s_hi {
        let j = hi;
        if strong_break(seg, j) {
            break;
        }
        if separator(seg, j) {
            sep = Some(j);
            since_sep = 0;
        }
        // A player, a club right after it ("…, Waldhof glich durch einen
        // Handelfmeter aus", not "(74e, csc) pour Grenoble"), another goal's
        // verb or ordinal ("y el segundo de penalti")
        // opening a clause after a separator.
        let opens = sep.is_some()
            && since_sep <= OPENING
            && (named.other_starts_at(j, scorer)
                || (named.clubs.binary_search(&j).is_ok()
                    && sep.is_some_and(|x| (x + 1..j).all(|y| cues::article(seg.lower(y)))))
                || cues::scoring_verb(seg.lower(j))
                || cues::goal_ordinal(seg.lower(j)));
        if points.binary_search(&j).is_ok() || opens {
            hi = sep.unwrap_or(j);
            break;
        }
        if sep.is_some_and(|x| x != j) && seg.tokens[j].kind == TokenKind::Word {
            since_sep += 1;
        }
        hi += 1;
    }
    ranges.push((lo, first));
    ranges.push((last, hi));
    ranges.retain(|r| r.0 < r.1);
    ranges
}

/// After the separator that follows token `q` (and before `to`), else
/// right after `q`.
fn split_after(seg: &Segmented<'_>, q: usize, to: usize) -> usize {
    (q + 1..to)
        .find(|&x| separator(seg, x))
        .map_or(q + 1, |x| x + 1)
}

/// How many words a separator may stand before a player who opens an
/// item ("y otros de Niclas Füllkrug"; numbers do not count: ", 2:1
/// Gyökeres").
const OPENING: usize = 3;

fn separator(seg: &Segmented<'_>, j: usize) -> bool {
    let w = seg.lower(j);
    w == "," || cues::conjunction(w) || cues::clause_link(w)
}

fn strong_break(seg: &Segmented<'_>, j: usize) -> bool {
    let w = seg.lower(j);
    w == ";" || (cues::adversative(w) && !french_goal(seg, j))
}

/// "but" after a determiner is the French goal ("dans son propre but",
/// "le premier but"), not the English "but".
fn french_goal(seg: &Segmented<'_>, j: usize) -> bool {
    seg.lower(j) == "but" && j > 0 && cues::goal_determiner_fr(seg.lower(j - 1))
}

/// The players of a document, and where its clubs are named.
struct Named<'e> {
    players: &'e [&'e EntitySpan],
    /// Where each player's span starts and ends: (token, player), sorted.
    starts: Vec<(usize, usize)>,
    ends: Vec<(usize, usize)>,
    /// The first tokens of the clubs, sorted.
    clubs: Vec<usize>,
}

impl<'e> Named<'e> {
    fn new(players: &'e [&'e EntitySpan], clubs: Vec<usize>) -> Self {
        let mut starts: Vec<(usize, usize)> = players
            .iter()
            .enumerate()
            .map(|(k, p)| (p.first, k))
            .collect();
        let mut ends: Vec<(usize, usize)> = players
            .iter()
            .enumerate()
            .map(|(k, p)| (p.end, k))
            .collect();
        starts.sort_unstable();
        ends.sort_unstable();
        Named {
            players,
            starts,
            ends,
            clubs,
        }
    }

    /// Does a player other than `scorer` start at token `j`?
    fn other_starts_at(&self, j: usize, scorer: &str) -> bool {
        self.other_at(&self.starts, j, scorer)
    }

    /// Does a player other than `scorer` end right before token `j`?
    fn other_ends_at(&self, j: usize, scorer: &str) -> bool {
        self.other_at(&self.ends, j, scorer)
    }

    fn other_at(&self, by: &[(usize, usize)], j: usize, scorer: &str) -> bool {
        let from = by.partition_point(|&(t, _)| t < j);
        by[from..]
            .iter()
            .take_while(|&&(t, _)| t == j)
            .any(|&(_, k)| self.players[k].reference != scorer)
    }
}

fn item_kind(
    seg: &Segmented<'_>,
    named: &Named<'_>,
    points: &[usize],
    a: &Anchor,
    scorer: &str,
) -> GoalKind {
    let players = named.players;
    let ranges = item(seg, named, points, a, scorer);
    let tokens = || ranges.iter().flat_map(|&(f, t)| f..t);
    // The phrases of the ranges glued together; a phrase within one range
    // is among them, so none here means none in any range.
    let all_marks = phrases().found(ranges.iter().flat_map(|&(f, t)| words(seg, f, t)));
    if tokens().any(|j| cues::own_goal(seg.lower(j)) && !others(seg, players, scorer, j))
        || own_phrase(all_marks)
    {
        return GoalKind::OwnGoal;
    }
    let scored = tokens().any(|j| cues::penalty_scoring(seg.lower(j)));
    let cue = |j: usize| {
        (penalty_word(seg.lower(j)) || french_spot(seg, j))
            && !shootout_or_place(seg, j)
            && !others(seg, players, scorer, j)
    };
    let told = tokens().any(|j| cue(j) && (scored || !denied(seg, j)))
        || (all_marks & (PEN | PEN_P) != 0
            && ranges
                .iter()
                .any(|&(f, t)| penalty_mark(seg, f, t, marks(seg, f, t))));
    if told {
        return GoalKind::Penalty;
    }
    // "Il a fallu un penalty, obtenu par Doku et transformé par De Bruyne";
    // "Ekitiké ha tocado el balón con la mano … señaló penalti. Ducksch ha
    // transformado": the predicate scores the penalty told just before.
    let near = || {
        (a.before.0..a.sentence.1)
            .any(|j| penalty_word(seg.lower(j)) && !shootout_or_place(seg, j) && !missed(seg, j))
    };
    if (scored && near()) || awarded_before(seg, points, a, &ranges) {
        GoalKind::Penalty
    } else {
        GoalKind::Regular
    }
}

/// A penalty awarded just before this goal's item — in its sentence or the
/// one before, where no other goal is told — and not missed or saved:
/// "she won a penalty … Katja Snoeijs stroked it home (54')", "Bernardo
/// Vital derribó a Juan Otero dentro del área y Dubasin … engañó a
/// Cristian Álvarez". Told by a penalty word or by a foul in the box.
fn awarded_before(
    seg: &Segmented<'_>,
    points: &[usize],
    a: &Anchor,
    ranges: &[(usize, usize)],
) -> bool {
    let Some(lo) = ranges.iter().map(|r| r.0).min() else {
        return false;
    };
    // A live-blog entry opens with its minute; the entry told before it is
    // a later event.
    let entry = seg
        .tokens
        .get(a.sentence.0)
        .is_some_and(|t| t.kind == TokenKind::Number);
    let from = if entry { a.sentence.0 } else { a.before.0 };
    // The award may open the goal's own item ("aos 39, Jean Lucas derrubou
    // Matheusinho na área e Renato Kayzer bateu"): up to the scorer.
    let upto = a.scorer.0.max(lo);
    // Awarded: a penalty won, given or conceded, or a foul in the box.
    let penalty = (from..upto).rev().find(|&j| {
        penalty_word(seg.lower(j))
            && !shootout_or_place(seg, j)
            && (j.saturating_sub(6)..j).any(|x| cues::penalty_not_scored(seg.lower(x)))
    });
    let foul = |x: usize| cues::foul_verb(seg.lower(x)) || cues::fouled_participle(seg.lower(x));
    // Most sentences tell no foul: then no word is glued at all.
    let box_foul = if (from.saturating_sub(6)..upto).any(foul) {
        (from..upto).rev().find(|&j| {
            (j.saturating_sub(6)..j).any(foul) && cues::in_the_box(&glue(seg, j, (j + 4).min(upto)))
        })
    } else {
        None
    };
    let Some(at) = penalty.max(box_foul) else {
        return false;
    };
    // Nothing in the award's sentence missed or saved it, no other goal
    // was told since the sentence before ("Jiménez converted a penalty in
    // the 12th minute, Iwobi added a second"), nor a penalty scored.
    let s = seg
        .sentence_of_token(at)
        .map_or((at, upto), |s| (s.first, s.end.min(upto)));
    !(s.0..s.1).any(|x| {
        (cues::penalty_failed(seg.lower(x)) || cues::save_verb(seg.lower(x))) && !negated(seg, x)
    }) && !points.iter().any(|&q| from <= q && q < lo)
        && !(from..lo).any(|j| cues::penalty_scoring(seg.lower(j)))
}

/// Is the cue at `j` another player's: "the penalty of X", "X's penalty"?
fn others(seg: &Segmented<'_>, players: &[&EntitySpan], scorer: &str, j: usize) -> bool {
    let not_ours = |p: &&&EntitySpan| p.reference != scorer;
    let after = cues::genitive(seg.lower(j + 1))
        && players
            .iter()
            .filter(not_ours)
            .any(|p| p.first == j + 2 || (p.first == j + 3 && seg.lower(j + 2) != ","));
    let before = j >= 2
        && matches!(seg.lower(j - 1), "s" | "'" | "’")
        && players.iter().filter(not_ours).any(|p| {
            p.end + 1 == j - 1 && matches!(seg.lower(p.end), "'" | "’")
                || p.end + 1 == j && matches!(seg.lower(p.end), "'" | "’")
        });
    let adjoining = players.iter().filter(not_ours).any(|p| p.end == j);
    after || before || adjoining
}

/// A penalty word of a shoot-out ("penalty shooting", "tanda de penalti")
/// or of a place ("penalty area", "au point de penalty").
fn shootout_or_place(seg: &Segmented<'_>, j: usize) -> bool {
    let next = seg.lower(j + 1);
    let prev = if j > 0 { seg.lower(j - 1) } else { "" };
    let prev2 = if j > 1 { seg.lower(j - 2) } else { "" };
    let next2 = seg.lower(j + 2);
    cues::shootout(next)
        || next == "shooting"
        || cues::shootout_context(next)
        || cues::shootout_context(next2)
        || cues::shootout_context(prev)
        || cues::shootout_context(prev2)
        || cues::penalty_place(next)
        || (prev == "de" && prev2 == "point" && j > 2 && seg.lower(j - 3) == "au")
}

/// A penalty won, awarded, missed or saved within four words of the cue
/// at `j`: it scored nothing by itself.
fn denied(seg: &Segmented<'_>, j: usize) -> bool {
    // Won or awarded is told before the penalty ("won a penalty", "sofreu
    // pênalti"); after it, a participle names who was fouled ("el penal
    // cometido sobre Fidalgo") of a penalty that may well be scored.
    let won = (j.saturating_sub(4)..j)
        .any(|x| cues::penalty_not_scored(seg.lower(x)) && !negated(seg, x));
    won || missed(seg, j)
}

/// "non sbaglia", "faalde niet", "no perdonó": a negated miss scores.
fn negated(seg: &Segmented<'_>, x: usize) -> bool {
    (x.saturating_sub(2)..x + 2).any(|y| y != x && cues::negation(seg.lower(y)))
}

/// Missed or saved, not merely won: a penalty told before that still may
/// be scored.
fn missed(seg: &Segmented<'_>, j: usize) -> bool {
    (j.saturating_sub(4)..j + 5).filter(|&x| x != j).any(|x| {
        (cues::penalty_failed(seg.lower(x)) || cues::save_verb(seg.lower(x))) && !negated(seg, x)
    })
}

/// The lowered words of tokens `from..to`.
fn words<'s>(seg: &'s Segmented<'_>, from: usize, to: usize) -> impl Iterator<Item = &'s str> {
    (from..to.min(seg.tokens.len())).map(|i| seg.lower(i))
}

fn glue(seg: &Segmented<'_>, from: usize, to: usize) -> String {
    words(seg, from, to).collect()
}

/// An own goal in a list or as a phrase, glued: "(og)", "(et)", "e.d.".
const OWN_MARKS: &[&str] = &["(og)", "owngoal", "golcontra", "e.d.", "(et)"];

/// Bits of [`phrases`]' lists: own goal, penalty, "(p)".
const OWN: u32 = 0b111;
const PEN: u32 = 0b11000;
const PEN_P: u32 = 0b100000;

/// The own-goal and penalty phrases, searched for in one pass.
fn phrases() -> &'static Phrases {
    static PHRASES: std::sync::OnceLock<Phrases> = std::sync::OnceLock::new();
    PHRASES.get_or_init(|| {
        Phrases::new(&[
            OWN_MARKS,
            cues::OWN_GOAL_PHRASES,
            cues::OWN_GOAL_PHRASES_MORE,
            &["(pen"],
            cues::PENALTY_PHRASES,
            &["(p)"],
        ])
    })
}

/// Which of [`phrases`]' lists the words of tokens `from..to`, glued, hold.
fn marks(seg: &Segmented<'_>, from: usize, to: usize) -> u32 {
    phrases().found(words(seg, from, to))
}

fn own_phrase(marks: u32) -> bool {
    marks & OWN != 0
}

/// A penalty marked in a list or told as a phrase: "(pen.)", "(p)",
/// "s.p.", "g.p.", "(str.)", "vom Punkt", "desde los once metros".
fn penalty_mark(seg: &Segmented<'_>, from: usize, to: usize, marks: u32) -> bool {
    marks & PEN != 0
        || (marks & PEN_P != 0
            && (from..to).any(|j| seg.token_text(j) == "p" && seg.lower(j.wrapping_sub(1)) == "("))
}

fn penalty_word(w: &str) -> bool {
    cues::penalty(w) || cues::penalty_spot_word(w)
}

/// "sp" after a minute or in its brackets is "sur penalty" ("Moffi 70e
/// sp", "(58e, sp)", "45e+1 sp"), not a word of its own.
fn french_spot(seg: &Segmented<'_>, j: usize) -> bool {
    j > 0
        && seg.lower(j) == "sp"
        && (seg.tokens[j - 1].kind == TokenKind::Number
            || matches!(seg.lower(j - 1), "," | "(")
            || seg
                .lower(j - 1)
                .strip_suffix('e')
                .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit())))
}
