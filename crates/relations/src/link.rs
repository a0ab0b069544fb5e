//! The match a goal belongs to. In a report every goal is the report's
//! match; in a round-up (several results, one paragraph or one results line
//! each) it is the match the goal's own text is about. Evidence, strongest
//! first: both teams of a match named in the goal's sentence (a results line
//! "Everton 3 (Beto 12, 49) Ipswich 0"); the scorer's club one of a match's
//! teams, as much as a score of the match told in the goal's sentence; a
//! score of the match told in the goal's paragraph; one team named in the
//! sentence; the teams named in the paragraph. The goal is where its
//! evidence ends (its minute), not where a scorer named a paragraph before
//! stands. Ties: the match told of last before the goal in its paragraph,
//! else the text's own match (the teams it names most), not a result told
//! in passing. With no evidence at all, the match the text leads with. A
//! goal whose paragraph is about two or more clubs of no found match, or
//! whose sentence is mostly about other clubs than the chosen match's (and
//! not by one of its players), belongs to a match with no stated score:
//! none (spec §1). Scorers told in one list share the match of the first of
//! them, within its paragraph. A goal told in one leg of a tie ("La vuelta
//! empezó …", "Im Rückspiel …") is never placed in the match told as the
//! other leg.

use crate::cues;
use crate::{EntitySpan, FoundGoal, FoundMatch};
use rustc_hash::FxHashMap;
use scoreline_core::Label;
use scoreline_text::Segmented;

/// The match a goal at byte `at` belongs to by position alone: the match
/// told of last before it (by any of its scores), else the first told of
/// after it.
pub(crate) fn match_for(matches: &[FoundMatch], at: usize) -> Option<usize> {
    by_position(matches, 0..matches.len(), at)
}

/// `match_for` among the matches `among` (indices into `matches`).
fn by_position(
    matches: &[FoundMatch],
    among: impl Iterator<Item = usize> + Clone,
    at: usize,
) -> Option<usize> {
    told_last(matches, among.clone(), 0, at).or_else(|| first_told(matches, among, &[]))
}

/// Of the matches `among`, the one told of last (by any of its scores)
/// from byte `from` up to `at`.
fn told_last(
    matches: &[FoundMatch],
    among: impl Iterator<Item = usize>,
    from: usize,
    at: usize,
) -> Option<usize> {
    among
        .filter_map(|i| {
            matches[i]
                .anchors
                .iter()
                .filter(|&&a| a >= from && a <= at)
                .max()
                .map(|a| (i, *a))
        })
        .max_by_key(|(_, a)| *a)
        .map(|(i, _)| i)
}

/// Of the matches `among`, the one whose teams the text names most often
/// (`named`, per match; none when empty), then the one told of first.
fn first_told(
    matches: &[FoundMatch],
    among: impl Iterator<Item = usize>,
    named: &[usize],
) -> Option<usize> {
    among
        .filter_map(|i| matches[i].anchors.iter().min().map(|a| (i, *a)))
        .min_by_key(|&(i, a)| (std::cmp::Reverse(named.get(i).copied().unwrap_or(0)), a))
        .map(|(i, _)| i)
}

/// Of matches the evidence ties, the one a goal at byte `at` belongs to:
/// the match told last before it in its own paragraph (from `p_start`);
/// else the text's own match, the one whose teams it names most often
/// (`named`, per match), then the one told of first — a result told in
/// passing before or since ("Dopo l'1-4 incassato a Bergamo, …", "Depois
/// do 2-1 à Croácia, …") is not what a later paragraph goes on about.
fn tie_break(
    matches: &[FoundMatch],
    tied: impl Iterator<Item = usize> + Clone,
    at: usize,
    p_start: usize,
    named: &[usize],
) -> Option<usize> {
    told_last(matches, tied.clone(), p_start, at).or_else(|| first_told(matches, tied, named))
}

/// Weights of the evidence (see the module comment): both teams named in
/// the sentence outweigh the scorer's club, which outweighs a score told in
/// the paragraph, which outweighs one team named in the sentence, which
/// outweighs the teams named in the paragraph (one weight each).
const BOTH_IN_SENTENCE: u32 = 32;
const SCORER_CLUB: u32 = 16;
const SCORE_IN_PARAGRAPH: u32 = 8;
/// A score of the match told in the goal's own sentence ("venceu por 1-0,
/// com um golo de Neves") adds to its paragraph's: the sentence is the
/// goal's passage, whatever clubs it names.
const SCORE_IN_SENTENCE: u32 = 16;
const ONE_IN_SENTENCE: u32 = 4;
const TEAM_IN_PARAGRAPH: u32 = 1;
/// The goal told in the same leg of a tie as the match ("Im Rückspiel …"
/// before it, "Im Rückspiel reichte ein 1:1" at the match) weighs as much
/// as a score of the match in its paragraph; told in the other leg rules
/// the match out.
const SAME_LEG: u32 = SCORE_IN_PARAGRAPH;

/// Places every goal (by its evidence and scorer) in one of `matches`.
pub(crate) fn place(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    matches: &[FoundMatch],
    goals: &mut [FoundGoal],
) {
    if goals.is_empty() {
        return;
    }
    let paragraphs = Paragraphs::new(seg.text);
    // In text order, so that a sentence's or a paragraph's are a slice.
    let mut clubs: Vec<&EntitySpan> = entities.iter().filter(|e| e.label == Label::Club).collect();
    clubs.sort_by_key(|c| c.first);
    let clubs_within = |first: usize, end: usize| -> &[&EntitySpan] {
        let from = clubs.partition_point(|c| c.first < first);
        let to = clubs.partition_point(|c| c.first < end);
        &clubs[from..to.max(from)]
    };
    let names = TeamNames::new(entities);
    // Per match, the reference-data ids its teams are linked to.
    let team_entries: Vec<Vec<&str>> = matches
        .iter()
        .map(|m| m.teams.iter().flat_map(|t| names.entries(t)).collect())
        .collect();
    let is_team = |i: usize, club: &EntitySpan| names.team_of(&matches[i], club).is_some();
    // How many of match `i`'s teams the clubs named (by name or by link).
    let teams_named = |i: usize, named: &[&EntitySpan]| {
        matches[i]
            .teams
            .iter()
            .filter(|t| named.iter().any(|c| names.names(t, c)))
            .count()
    };
    // Where each score is told, as tokens in text order: a leg named tells
    // of the score beside it, not of one past another score.
    let mut scores_at: Vec<usize> = matches
        .iter()
        .flat_map(|m| m.anchors.iter())
        .map(|&a| seg.tokens.partition_point(|t| (t.start as usize) < a))
        .collect();
    scores_at.sort_unstable();
    let match_legs: Vec<Option<Leg>> = matches
        .iter()
        .map(|m| match_leg(seg, m, &scores_at))
        .collect();
    // How often the text names each match's teams: its own match most.
    let named: Vec<usize> = matches
        .iter()
        .map(|m| {
            clubs
                .iter()
                .filter(|c| m.teams.iter().any(|t| names.names(t, c)))
                .count()
        })
        .collect();
    // A goalless draw takes no goal: whatever tells one is about another
    // match ("dopo lo 0-0 contro il Parma. All'andata … 0-4 con i gol di
    // …").
    let goalless: Vec<bool> = matches
        .iter()
        .map(|m| m.score.is_some_and(|s| s[0] + s[1] == 0))
        .collect();
    for goal in goals.iter_mut() {
        // Where the goal is told: the end of its evidence (the minute, the
        // scoring word), even when the evidence reaches back over a
        // paragraph break to the scorer ("Bortolussi … ¶ … gol all'8'").
        let at = goal.evidence.1.saturating_sub(1).max(goal.evidence.0);
        let scorer = entities.iter().find(|e| {
            e.label == Label::Player
                && (seg.tokens[e.first].start as usize) >= goal.evidence.0
                && (seg.tokens[e.end - 1].end as usize) <= goal.evidence.1
                && e.reference == goal.scorer
        });
        let k = seg
            .sentences
            .partition_point(|s| (s.start_byte as usize) <= at)
            .saturating_sub(1);
        let Some(sentence) = seg.sentences.get(k) else {
            continue;
        };
        let (p_start, p_end) = paragraphs.around(at);
        // The clause (between commas, semicolons, colons) where the goal's
        // evidence ends.
        let last = seg
            .tokens
            .partition_point(|t| (t.end as usize) < goal.evidence.1)
            .clamp(sentence.first, sentence.end.saturating_sub(1));
        let is_break = |j: usize| matches!(seg.token_text(j), "," | ";" | ":");
        let clause = (
            (sentence.first..last)
                .rev()
                .find(|&j| is_break(j))
                .map_or(sentence.first, |j| j + 1),
            (last..sentence.end)
                .find(|&j| is_break(j))
                .unwrap_or(sentence.end),
        );
        let in_sentence = clubs_within(sentence.first, sentence.end);
        let in_paragraph = clubs_within(
            seg.tokens.partition_point(|t| (t.start as usize) < p_start),
            seg.tokens.partition_point(|t| (t.start as usize) < p_end),
        );
        let scorer_club = scorer.and_then(|p| p.affiliation.as_deref());
        let (s_start, s_end) = (sentence.start_byte as usize, sentence.end_byte as usize);
        let goal_leg = goal_leg(seg, sentence, at, p_start, &scores_at);
        let other_leg = |i: usize| {
            goalless[i] || goal_leg.is_some_and(|g| match_legs[i].is_some_and(|l| l != g))
        };
        let weight = |i: usize| -> u32 {
            if other_leg(i) {
                return 0;
            }
            let mut w = match teams_named(i, in_sentence) {
                0 => 0,
                1 => ONE_IN_SENTENCE,
                _ => BOTH_IN_SENTENCE,
            };
            if scorer_club.is_some_and(|club| team_entries[i].contains(&club)) {
                w += SCORER_CLUB;
            }
            if matches[i]
                .anchors
                .iter()
                .any(|&a| a >= p_start && a < p_end)
            {
                w += SCORE_IN_PARAGRAPH;
            }
            if matches[i]
                .anchors
                .iter()
                .any(|&a| a >= s_start && a < s_end)
            {
                w += SCORE_IN_SENTENCE;
            }
            if goal_leg.is_some() && match_legs[i] == goal_leg {
                w += SAME_LEG;
            }
            w + TEAM_IN_PARAGRAPH * teams_named(i, in_paragraph) as u32
        };
        let weights: Vec<u32> = (0..matches.len()).map(weight).collect();
        let best = weights.iter().copied().max().unwrap_or(0);
        let chosen = if best == 0 {
            // Nothing ties the goal to a found match: by position, unless its
            // paragraph is about two or more other clubs (a match of theirs).
            let mut others: Vec<&str> = in_paragraph.iter().map(|c| c.reference.as_str()).collect();
            others.sort_unstable();
            others.dedup();
            if others.len() < 2 {
                // The match the text leads with: a result in passing told
                // since is not what a later paragraph goes on about.
                first_told(matches, (0..matches.len()).filter(|&i| !other_leg(i)), &[])
            } else {
                None
            }
        } else {
            let tied = (0..matches.len()).filter(|&i| weights[i] == best);
            // A first leg told in passing ("In de heenwedstrijd had Juventus
            // met 2-1 gewonnen") is not what a later paragraph with no leg
            // named goes on about, when a tied match is not a first leg.
            let told_here = |i: usize| {
                matches[i]
                    .anchors
                    .iter()
                    .any(|&a| a >= p_start && a < p_end)
            };
            let earlier_leg =
                |i: usize| goal_leg.is_none() && match_legs[i] == Some(Leg::First) && !told_here(i);
            let tied = tied.filter(|&i| !goalless[i]);
            if tied.clone().any(|i| !earlier_leg(i)) {
                tie_break(
                    matches,
                    tied.filter(|&i| !earlier_leg(i)),
                    at,
                    p_start,
                    &named,
                )
            } else {
                tie_break(matches, tied, at, p_start, &named)
            }
        };
        // A sentence mostly about other clubs tells of their match ("…, que
        // passou pelo Tombense com dois gols de Hulk"), unless the scorer
        // plays for the chosen match.
        goal.match_index = chosen.filter(|&i| {
            let mut inside: Vec<&str> = Vec::new();
            let mut outside: Vec<&str> = Vec::new();
            for c in in_sentence {
                let side = if is_team(i, c) {
                    &mut inside
                } else {
                    &mut outside
                };
                if !side.contains(&c.reference.as_str()) {
                    side.push(&c.reference);
                }
            }
            let scorer_plays = scorer_club.is_some_and(|club| team_entries[i].contains(&club));
            let mostly_other = outside.len() >= 2 && outside.len() > inside.len();
            // "scoorde afgelopen weekend tegen Chelsea": scored against a
            // club that is not in the chosen match, so in another match —
            // in the clause that ends the goal's evidence, not an aside
            // (", who had scored against Sudan in March, equalised (71')").
            let against_other = in_sentence.iter().any(|c| {
                c.first >= clause.0
                    && c.end <= clause.1
                    && !is_team(i, c)
                    && (c.first.saturating_sub(2)..c.first).any(|j| {
                        j >= clause.0 && (cues::against(seg.lower(j)) || beaten_of(seg, j))
                    })
            });
            // A goal told as a first leg's ("Im Hinspiel hatte es 1:1
            // gestanden, Gittens (45.) …") in a paragraph naming a club of
            // neither team is not one of a match told in another paragraph
            // and not as that leg: that first leg's score was not found.
            let told_here = matches[i]
                .anchors
                .iter()
                .any(|&a| a >= p_start && a < p_end);
            let other_meeting = !told_here
                && goal_leg == Some(Leg::First)
                && match_legs[i] != Some(Leg::First)
                && in_paragraph.iter().any(|c| !is_team(i, c));
            !against_other && !other_meeting && (scorer_plays || !mostly_other)
        });
    }
    share_list_match(goals, &paragraphs);
}

/// "the rout of X", "the win over X", "la goleada sobre X", "der Sieg über
/// X": the club after it was the opponent, as after "against".
pub(crate) fn beaten_of(seg: &Segmented<'_>, j: usize) -> bool {
    match seg.lower(j) {
        "over" | "über" | "sobre" => true,
        "of" => {
            j > 0
                && matches!(
                    seg.lower(j - 1),
                    "rout"
                        | "win"
                        | "victory"
                        | "defeat"
                        | "thrashing"
                        | "demolition"
                        | "hammering"
                )
        }
        _ => false,
    }
}

/// Which leg of a tie a text tells of.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Leg {
    First,
    Second,
}

/// The leg the token `j` names: "Hinspiel", "vuelta", "first leg".
fn leg_at(seg: &Segmented<'_>, j: usize) -> Option<Leg> {
    let w = seg.lower(j);
    if cues::leg_ambiguous(w) && !told_as_leg(seg, j) {
        return None;
    }
    if cues::first_leg(w) {
        return Some(Leg::First);
    }
    if cues::second_leg(w) {
        return Some(Leg::Second);
    }
    if matches!(w, "leg" | "mão") && j > 0 {
        let before = seg.lower(j - 1);
        if cues::first_leg_ordinal(before) {
            return Some(Leg::First);
        }
        if cues::second_leg_ordinal(before) {
            return Some(Leg::Second);
        }
    }
    None
}

/// Is the everyday word at `j` ("vuelta", "retour") a leg here: after a
/// match ("match retour", "partido de vuelta"), or after an article that
/// opens the sentence or follows "in" ("La vuelta empezó", "en la ida")?
fn told_as_leg(seg: &Segmented<'_>, j: usize) -> bool {
    let word = |k: usize| seg.token_text(k).chars().any(char::is_alphanumeric);
    let Some(p1) = j.checked_sub(1) else {
        return false;
    };
    let before = seg.lower(p1);
    if cues::match_noun(before) {
        return true;
    }
    // "Al ritorno Kane …", "na volta, …"; not "al ritorno in campo", "au
    // retour de blessure".
    if cues::leg_contraction(before) {
        let next = seg.lower(j + 1);
        return j + 1 >= seg.tokens.len() || !(cues::leg_of(next) || cues::leg_preposition(next));
    }
    let Some(p2) = p1.checked_sub(1).filter(|&k| word(k)) else {
        return cues::article(before);
    };
    let twice = seg.lower(p2);
    (cues::leg_of(before) && cues::match_noun(twice))
        || (cues::article(before) && cues::leg_preposition(twice))
}

/// The leg named nearest to token `at` among the tokens `from..to`.
fn nearest_leg(seg: &Segmented<'_>, from: usize, to: usize, at: usize) -> Option<Leg> {
    (from..to)
        .filter_map(|j| leg_at(seg, j).map(|l| (j.abs_diff(at), l)))
        .min_by_key(|&(d, _)| d)
        .map(|(_, l)| l)
}

/// The tokens of `from..to` nearer to token `at` than any other score of
/// `scores_at` is.
fn between_scores(scores_at: &[usize], from: usize, to: usize, at: usize) -> (usize, usize) {
    let k = scores_at.partition_point(|&t| t < at);
    let before = k.checked_sub(1).map_or(from, |p| scores_at[p] + 1);
    let after = scores_at[k..]
        .iter()
        .find(|&&t| t > at)
        .copied()
        .unwrap_or(to);
    (from.max(before), to.min(after))
}

/// The leg a match's result is told as: named in the sentence of one of
/// its scores, next to it ("Im Hinspiel hatte Leverkusen 2:0 gewonnen");
/// none when its scores name different legs.
fn match_leg(seg: &Segmented<'_>, m: &FoundMatch, scores_at: &[usize]) -> Option<Leg> {
    let mut leg = None;
    for &a in &m.anchors {
        // Before the first sentence, the first.
        let Some(s) = seg
            .sentences
            .get(seg.sentence_index_at_byte(a).unwrap_or(0))
        else {
            continue;
        };
        let token = seg.tokens.partition_point(|t| (t.start as usize) < a);
        let (from, to) = between_scores(scores_at, s.first, s.end, token);
        match (leg, nearest_leg(seg, from, to, token)) {
            (_, None) => {}
            (None, found) => leg = found,
            (Some(l), Some(found)) if l != found => return None,
            _ => {}
        }
    }
    leg
}

/// The leg a goal is told in: named in its sentence, else in the sentence
/// before it in its paragraph ("La vuelta empezó con todo. Al minuto 12,
/// …"), unless a score is told between (the leg is that score's). Not
/// further back: a paragraph that opens on the earlier leg ("In de
/// heenwedstrijd hadden …") goes on to today's match.
fn goal_leg(
    seg: &Segmented<'_>,
    sentence: &scoreline_text::Sentence,
    at: usize,
    p_start: usize,
    scores_at: &[usize],
) -> Option<Leg> {
    let token = seg.tokens.partition_point(|t| (t.start as usize) < at);
    let (from, to) = between_scores(scores_at, sentence.first, sentence.end, token);
    nearest_leg(seg, from, to, token).or_else(|| {
        if from > sentence.first {
            return None;
        }
        let previous = seg
            .sentences
            .partition_point(|s| s.end <= sentence.first)
            .checked_sub(1)
            .map_or(sentence.first, |k| seg.sentences[k].first);
        let start = seg.tokens.partition_point(|t| (t.start as usize) < p_start);
        let start = start.max(previous).max(
            scores_at[..scores_at.partition_point(|&t| t < from)]
                .last()
                .map_or(0, |&t| t + 1),
        );
        if start > from {
            return None;
        }
        (start..from).rev().find_map(|j| leg_at(seg, j))
    })
}

/// Scorers told in one list ("Dort trafen Schick und Tah", "goles de
/// Pavlidis y Trincão") scored in one match: the list's first scorer, the
/// one nearest its verb, places them all. A scorer's club in the reference
/// data is today's, and may not be the one they scored for. A list ends at
/// a paragraph break: a goal told in the next paragraph is of that
/// paragraph's match, whatever evidence reaches back to the list.
fn share_list_match(goals: &mut [FoundGoal], paragraphs: &Paragraphs) {
    let mut order: Vec<(usize, usize, usize)> = goals
        .iter()
        .enumerate()
        .map(|(k, g)| (g.evidence.0, g.evidence.1, k))
        .collect();
    order.sort_unstable();
    let order: Vec<(usize, usize)> = order.into_iter().map(|(at, _, k)| (at, k)).collect();
    for run in order.chunk_by(|a, b| a.0 == b.0) {
        let run: Vec<usize> = run.iter().map(|&(_, k)| k).collect();
        let chosen = goals[run[0]].match_index;
        let here = paragraphs.around(goals[run[0]].evidence.1.saturating_sub(1));
        for &k in &run[1..] {
            if paragraphs.around(goals[k].evidence.1.saturating_sub(1)) == here {
                goals[k].match_index = chosen;
            }
        }
    }
}

/// Which club mentions name which team: a team is a club's ref; a mention
/// names it by that ref or by the reference-data entry a mention with that
/// ref is linked to ("Werkself" for "Bayer 04 Leverkusen").
pub(crate) struct TeamNames<'e> {
    /// Ref → the entries of the club mentions with that ref.
    entries: FxHashMap<&'e str, Vec<&'e str>>,
}

impl<'e> TeamNames<'e> {
    pub(crate) fn new(entities: &'e [EntitySpan]) -> Self {
        let mut entries: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
        for c in entities.iter().filter(|e| e.label == Label::Club) {
            let linked = entries.entry(c.reference.as_str()).or_default();
            if let Some(e) = c.entry.as_deref() {
                if !linked.contains(&e) {
                    linked.push(e);
                }
            }
        }
        TeamNames { entries }
    }

    /// The entries a team (a ref) is linked to.
    pub(crate) fn entries(&self, team: &str) -> impl Iterator<Item = &'e str> + '_ {
        self.entries.get(team).into_iter().flatten().copied()
    }

    /// Does the club mention name `team`?
    pub(crate) fn names(&self, team: &str, club: &EntitySpan) -> bool {
        club.reference == team
            || club
                .entry
                .as_deref()
                .is_some_and(|e| self.entries(team).any(|t| t == e))
    }

    /// The team of `m` the club mention names.
    pub(crate) fn team_of<'m>(&self, m: &'m FoundMatch, club: &EntitySpan) -> Option<&'m String> {
        m.teams.iter().find(|t| self.names(t, club))
    }
}

/// Paragraph boundaries (blank lines) of a text, found once.
struct Paragraphs {
    /// Byte offsets where a paragraph starts, the first at 0.
    starts: Vec<usize>,
    len: usize,
}

impl Paragraphs {
    fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        // Line breaks are found with `str::find` (memchr), not byte by byte.
        while let Some(n) = text[i..].find('\n') {
            let mut j = i + n + 1;
            let mut blank = false;
            while j < bytes.len() && matches!(bytes[j], b'\n' | b'\r' | b' ' | b'\t') {
                blank |= bytes[j] == b'\n';
                j += 1;
            }
            if blank {
                starts.push(j);
            }
            i = j;
        }
        Paragraphs {
            starts,
            len: text.len(),
        }
    }

    /// The byte span of the paragraph holding `at`.
    fn around(&self, at: usize) -> (usize, usize) {
        let k = self.starts.partition_point(|&s| s <= at).saturating_sub(1);
        (
            self.starts[k],
            self.starts.get(k + 1).copied().unwrap_or(self.len),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use scoreline_core::GoalKind;

    fn goal(scorer: &str, evidence: (usize, usize), match_index: usize) -> FoundGoal {
        FoundGoal {
            match_index: Some(match_index),
            scorer: scorer.to_owned(),
            team: None,
            minute: None,
            stoppage: None,
            kind: GoalKind::Regular,
            evidence,
        }
    }

    #[test]
    fn a_list_shares_its_match_within_its_paragraph_only() {
        let text = "Goals by Alba and Cruz. Then Dias.\n\nLater Eto scored.";
        let at = |w: &str| text.find(w).unwrap_or(0);
        let end = |w: &str| at(w) + w.len();
        let start = at("Alba");
        let mut goals = [
            goal("Alba", (start, end("Alba")), 0),
            goal("Cruz", (start, end("Cruz")), 1),
            goal("Dias", (start, end("Dias")), 1),
            goal("Eto", (start, end("Eto")), 2),
        ];
        share_list_match(&mut goals, &Paragraphs::new(text));
        let placed: Vec<Option<usize>> = goals.iter().map(|g| g.match_index).collect();
        // Cruz and Dias are told in the list's paragraph; Eto in the next.
        assert_eq!(placed, [Some(0), Some(0), Some(0), Some(2)]);
    }
}
