//! The player a piece is about — a season profile, a portrait, a top
//! scorer's preview — and the goals it tells of them without naming them:
//! "E poi la doppietta nel 3-0 all'Empoli", "No 4-1 ao FC Porto bisou",
//! "she scored twice in the 3-1 at Villa Park". A report retelling its one
//! match names its scorers; a profile tells one player's goals match by
//! match, the subject dropped or a pronoun.
//!
//! Invariants: no piece player without [`DOMINANT_MENTIONS`] mentions and a
//! share of all player mentions; a count is given only in a sentence
//! telling a match's score, to that match, never beyond the goals the
//! player already has in it; a count another player is named with, or
//! told of a card, a miss, a save or a goal conceded, is none of theirs.

use crate::cues;
use crate::goals::{sentence_match, told_at};
use crate::minute::Minute;
use crate::unanchored::multi_goal_at;
use crate::{EntitySpan, FoundGoal, FoundMatch};
use scoreline_core::GoalKind;
use scoreline_text::Segmented;

/// A player's name as mentions share it: the last word of the reference
/// ("Khadija Shaw", "Shaw" and "Bunny Shaw" alike).
pub(crate) fn surname(p: &EntitySpan) -> &str {
    surname_of(&p.reference)
}

/// The player a piece is about ("Retegui, la stagione da bomber", a season
/// profile, a portrait before a match): named most often, at least
/// [`DOMINANT_MENTIONS`] times and in one of [`DOMINANT_SHARE`] player
/// mentions, more often than anyone else, and named in the opening
/// sentence (the headline) or twice as often as the next.
/// A report naming two strikers alike has none.
pub fn dominant<'p>(seg: &Segmented<'_>, players: &'p [&EntitySpan]) -> Option<&'p str> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for p in players {
        let name = surname(p);
        match counts
            .iter_mut()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
        {
            Some((_, k)) => *k += 1,
            None => counts.push((name, 1)),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    let (top, n) = *counts.first()?;
    let second = counts.get(1).map_or(0, |c| c.1);
    // The headline, with the kicker or rubric over it ("Portrait\nLucas
    // Stassin, l'attaquant qui porte les Verts").
    let headline_end = seg
        .sentences
        .get(HEADLINE_SENTENCES - 1)
        .or(seg.sentences.last())
        .map_or(0, |s| s.end);
    let in_headline = players
        .iter()
        .any(|p| p.end <= headline_end && surname(p).eq_ignore_ascii_case(top));
    // A match report's star is named often too, among many others: the
    // piece's player takes a good share of all mentions.
    let share = n * DOMINANT_SHARE >= players.len();
    (n >= DOMINANT_MENTIONS && n > second && share && (in_headline || n >= 2 * second))
        .then_some(top)
}

/// The mention of the dominant player that a clause at token `at` reads
/// as its antecedent: the last one before it, else the first after.
pub(crate) fn dominant_mention<'e>(
    players: &[&'e EntitySpan],
    dominant: Option<&str>,
    at: usize,
) -> Option<&'e EntitySpan> {
    let d = dominant?;
    let is = |p: &&&'e EntitySpan| surname(p).eq_ignore_ascii_case(d);
    let before = players.partition_point(|p| p.first < at);
    players[..before]
        .iter()
        .rev()
        .find(is)
        .or_else(|| players[before..].iter().find(is))
        .copied()
}

/// A dominant player is named in at least one of this many player
/// mentions (a profile: 25 % and more; a match report's star: less).
pub const DOMINANT_SHARE: usize = 4;

/// The sentences read as the headline: a kicker or rubric, then the title.
const HEADLINE_SENTENCES: usize = 2;

/// The fewest mentions of a dominant player.
pub const DOMINANT_MENTIONS: usize = 3;

/// How far after a count a player named tells whose count it is ("la
/// doppietta di Lookman", "twice for Kane").
const OWNER_AFTER: usize = 3;

/// The count of goals told at token `j` with no scorer named: a count noun
/// or adverb ("doppietta", "hat-trick", "twice"), a counting verb ("bisou"),
/// a number of goals ("três golos", "two goals") or of times ("três vezes",
/// "drei Mal"); and the token after it.
fn count_at(seg: &Segmented<'_>, j: usize) -> Option<(usize, usize)> {
    let w = seg.lower(j);
    // A number of goals: "três golos ao Arouca", "zwei Tore".
    if let Some(n) = cues::number_word(w).filter(|n| (2..=5).contains(n)) {
        if cues::goal_by(seg.lower(j + 1)) {
            return Some((n, j + 2));
        }
    }
    // "três" is a number as often as a count: only with its noun or "vezes".
    if w == "três" {
        return cues::times(seg.lower(j + 1)).then_some((3, j + 2));
    }
    if let Some(found) = multi_goal_at(seg, j) {
        return Some(found);
    }
    if let Some(n) = cues::multi_goal_verb(w) {
        return Some((n, j + 1));
    }
    let n = cues::number_word(w).filter(|n| (2..=5).contains(n))?;
    cues::times(seg.lower(j + 1)).then_some((n, j + 2))
}

/// Gives the piece's player the goals a count tells in a sentence naming
/// no scorer before it and telling a match's score: "la doppietta nel 3-0
/// all'Empoli" is two goals of that match, unless the player has that many
/// in it already (the minutes told of it fill the count).
///
/// `dominant` is [`dominant`]'s answer and `minutes` [`crate::minute::find`]'s for
/// this text: the caller has both already.
pub(crate) fn counted(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    players: &[&EntitySpan],
    matches: &[FoundMatch],
    dominant: Option<&str>,
    minutes: &[Minute],
    out: &mut Vec<FoundGoal>,
) {
    let Some(dominant) = dominant else {
        return;
    };
    for (k, s) in seg
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.offtopic)
    {
        let (start, end) = (s.start_byte as usize, s.end_byte as usize);
        let scored_here = matches
            .iter()
            .any(|m| m.anchors.iter().any(|&a| a >= start && a < end));
        if !scored_here {
            continue;
        }
        let Some((j, n, after)) =
            (s.first..s.end).find_map(|j| count_at(seg, j).map(|(n, after)| (j, n, after)))
        else {
            continue;
        };
        let named_before = players.iter().any(|p| p.first >= s.first && p.first < j);
        // "la doppietta di Lookman", "um hat-trick do capitão": the count
        // is of whoever the preposition names.
        let named_after = players
            .iter()
            .any(|p| p.first >= after && p.first < (after + OWNER_AFTER).min(s.end))
            || (after < s.end && cues::by_preposition(seg.lower(after)));
        // The count's clause: a card or a substitution told after a comma
        // or an "and" is another thing ("bisou e saiu ovacionado").
        let clause_end = (after..(after + 6).min(s.end))
            .find(|&k| seg.token_text(k) == "," || cues::conjunction(seg.lower(k)))
            .unwrap_or((after + 6).min(s.end));
        // A negation only right before the count: "No 3-0 do Benfica" is
        // Portuguese "in the".
        // Names read as names: "Red Star" is no red card.
        let named = |k: usize| entities.iter().any(|e| e.first <= k && k < e.end);
        let doubted = (s.first..clause_end).filter(|&k| !named(k)).any(|k| {
            let w = seg.lower(k);
            cues::not_a_goal(w) || cues::suffered(w) || cues::assist(w)
        }) || (j.saturating_sub(3).max(s.first)..j)
            .any(|k| cues::negation(seg.lower(k)));
        // "sconfitti per tre reti a zero": a score told in words.
        let span = (
            seg.tokens[j].start as usize,
            seg.tokens[after - 1].end as usize,
        );
        let a_score = matches
            .iter()
            .any(|m| m.anchors.iter().any(|&a| a >= span.0 && a < span.1));
        if named_before || named_after || doubted || a_score {
            continue;
        }
        let Some(p) = dominant_mention(players, Some(dominant), s.first) else {
            continue;
        };
        let at = seg.tokens[j].start as usize;
        let Some(i) = sentence_match(seg, matches, at) else {
            continue;
        };
        // "… son premier triplé lors du succès 4-1. Une reprise du gauche à
        // la 8e minute, un penalty à la 33e, puis une tête (75e)": with no
        // minute after the count in its sentence, the next one's.
        let own = minutes.iter().any(|m| m.first >= after && m.end <= s.end);
        let end = match seg.sentences.get(k + 1) {
            Some(next) if !own => next.end,
            _ => s.end,
        };
        let has = out
            .iter()
            .filter(|g| {
                g.scorer
                    .split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case(dominant))
                    && sentence_match(seg, matches, told_at(g)) == Some(i)
            })
            .count();
        let told = minutes_of_count(seg, players, minutes, out, after, end, n - has.min(n));
        for k in has..n {
            let m = told.get(k - has);
            out.push(FoundGoal {
                match_index: Some(i),
                scorer: p.reference.clone(),
                team: None,
                minute: m.map(|m| m.minute),
                stoppage: m.and_then(|m| m.stoppage),
                kind: GoalKind::Regular,
                evidence: (at, seg.tokens[m.map_or(after, |m| m.end) - 1].end as usize),
            });
        }
    }
}

/// The minutes a count's goals were scored at, told after it with no one
/// named in between ("un triplete: de cabeza al 12', con la zurda al 40' y
/// a los 66 minutos"): at most `n`, none already a goal's, none in a
/// passage of a card or a substitution; none at all when more minutes are
/// told than goals counted (the passage tells of more than those goals).
fn minutes_of_count<'m>(
    seg: &Segmented<'_>,
    players: &[&EntitySpan],
    minutes: &'m [Minute],
    out: &[FoundGoal],
    after: usize,
    end: usize,
    n: usize,
) -> Vec<&'m Minute> {
    let to = players
        .iter()
        .map(|p| p.first)
        .filter(|&f| f >= after)
        .min()
        .unwrap_or(end)
        .min(end);
    if (after..to).any(|k| cues::not_a_goal(seg.lower(k))) {
        return Vec::new();
    }
    let mut told: Vec<&Minute> = minutes
        .iter()
        .filter(|m| m.first >= after && m.end <= to)
        .filter(|m| {
            !out.iter()
                .any(|g| g.minute == Some(m.minute) && g.stoppage == m.stoppage)
        })
        .collect();
    // "à un quart d'heure de la fin (75e)": one minute told twice.
    told.dedup_by_key(|m| (m.minute, m.stoppage));
    if told.len() > n {
        return Vec::new();
    }
    told
}

/// The last word of a scorer's reference, as [`surname`] reads a mention.
pub(crate) fn surname_of(reference: &str) -> &str {
    reference
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or(reference)
}
