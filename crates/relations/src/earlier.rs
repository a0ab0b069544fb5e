//! Goals of an earlier match told in passing after "after": "after scoring
//! twice against Bahia in midweek", "une semaine après avoir marqué contre
//! Empoli", "eine Woche nach seinem Tor gegen Empoli", "dopo il suo gol
//! contro l'Empoli". No score or time word places them, the opponent does:
//! the match with that club when one is told, else none. So are the goals
//! a sentence with no name tells of a pronoun or an epithet after a
//! sentence naming one player ("Sané came off the bench. He had scored
//! twice against Auckland City").

use crate::cues;
use crate::goals::{role, told, within, Role};
use crate::minute;
use crate::unanchored::multi_goal_at;
use crate::{EntitySpan, FoundGoal, FoundMatch};
use scoreline_core::Label;
use scoreline_text::{Segmented, TokenKind};

/// How far after "after" the scoring word and the opponent may stand.
const REACH: usize = 12;

/// The goals a count right after a scoring verb at `t` gives ("scored
/// twice"), else one.
fn counted_after(seg: &Segmented<'_>, t: usize) -> usize {
    multi_goal_at(seg, t + 1)
        .map(|(n, _)| n)
        .or_else(|| cues::number_word(seg.lower(t + 1)).filter(|_| cues::times(seg.lower(t + 2))))
        .unwrap_or(1)
}

/// The goals told by the words at `t`, if they tell of scoring: a form of
/// scoring, maybe counted ("scoring twice", "marqué deux fois"), or a goal
/// noun after a possessive ("his goal", "sa doublette").
fn goals_at(seg: &Segmented<'_>, t: usize) -> Option<usize> {
    let w = seg.lower(t);
    if cues::scoring_form(w) {
        return Some(counted_after(seg, t));
    }
    if t > 0 && cues::possessive(seg.lower(t - 1)) {
        if let Some((n, _)) = multi_goal_at(seg, t) {
            return Some(n);
        }
        if cues::goal(w) {
            return Some(1);
        }
    }
    None
}

/// Adds the goals of earlier matches told after "after" in the sentences
/// of `seg`.
pub(crate) fn find(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    players: &[&EntitySpan],
    matches: &[FoundMatch],
    out: &mut Vec<FoundGoal>,
) {
    let n = seg.tokens.len();
    for s in seg.sentences.iter().filter(|s| !s.offtopic) {
        for v in s.first..s.end {
            // "after", or ", who" after a player ("Jackson, who already had
            // scored against Sudan in March, equalised (71')").
            let w = seg.lower(v);
            let relative_of = (cues::relative(w) && v >= s.first + 2 && seg.lower(v - 1) == ",")
                .then(|| {
                    within(players, s.first, v)
                        .last()
                        .copied()
                        .filter(|p| p.end + 1 == v)
                })
                .flatten();
            if relative_of.is_none() && !cues::earlier_after(w) {
                continue;
            }
            // The clause after "after", up to its punctuation.
            let hi = (v + 1..(v + 1 + REACH).min(s.end).min(n))
                .find(|&j| seg.tokens[j].kind == TokenKind::Punct && seg.lower(j) != "'")
                .unwrap_or((v + 1 + REACH).min(s.end));
            // "after she also scored": a verb with its own pronoun.
            let pronoun = (v + 1..(v + 3).min(hi)).any(|j| cues::subject_pronoun(seg.lower(j)));
            let Some((t, count)) = (v + 1..hi).find_map(|t| {
                goals_at(seg, t)
                    .or_else(|| {
                        (pronoun || relative_of.is_some())
                            .then(|| cues::scoring_verb(seg.lower(t)))
                            .filter(|&b| b)
                            .map(|_| counted_after(seg, t))
                    })
                    .map(|c| (t, c))
            }) else {
                continue;
            };
            // "after failing to score", "après n'avoir pas marqué".
            if (v + 1..t).any(|j| cues::negation(seg.lower(j)) || seg.lower(j) == "failing") {
                continue;
            }
            // The opponent: a club named right after "against".
            let Some(club) = (v + 1..hi)
                // Portuguese "marcar ao Empoli": scored against; "in last
                // week's win over the Chicago Red Stars".
                .filter(|&j| {
                    cues::against(seg.lower(j))
                        || seg.lower(j) == "ao"
                        || crate::link::beaten_of(seg, j)
                })
                .find_map(|j| {
                    entities.iter().find(|e| {
                        e.label == Label::Club && e.first > j && e.first <= j + 3 && e.end <= s.end
                    })
                })
            else {
                continue;
            };
            // The scorer: the subject of the sentence before "after", else
            // the first one named after the clause ("A week after his goal
            // against Empoli, Thuram got injured").
            let here = within(players, s.first, s.end);
            let Some(p) = relative_of
                .or_else(|| {
                    here.iter()
                        .rev()
                        .find(|p| p.end <= v && role(seg, p, s.first) != Role::Object)
                        .copied()
                })
                .or_else(|| {
                    here.iter()
                        .find(|p| p.first >= club.end && p.first <= hi.max(club.end) + 4)
                        .filter(|p| role(seg, p, s.first) != Role::Object)
                        .copied()
                })
            else {
                continue;
            };
            // Told already without a minute in this sentence.
            let (start, end) = (s.start_byte as usize, s.end_byte as usize);
            if out.iter().any(|g| {
                g.scorer == p.reference
                    && g.minute.is_none()
                    && g.evidence.0 >= start
                    && g.evidence.0 < end
            }) {
                continue;
            }
            let goal = told(seg, matches, p, (v, t + 1), s.end);
            push_against(goal, club, matches, count, out);
        }
    }
}

/// Adds `count` goals like `goal`, placed in the match against `club` when
/// one is told, else in none.
fn push_against(
    mut goal: FoundGoal,
    club: &EntitySpan,
    matches: &[FoundMatch],
    count: usize,
    out: &mut Vec<FoundGoal>,
) {
    goal.match_index = matches
        .iter()
        .position(|m| m.teams.contains(&club.reference));
    for _ in 0..count {
        out.push(goal.clone());
    }
}

/// The goals the words of tokens `from..to` count: "twice", "deux fois",
/// "doppelt", "twee keer"; one when none is said.
fn counted(seg: &Segmented<'_>, from: usize, to: usize) -> usize {
    (from..to)
        .find_map(|j| {
            multi_goal_at(seg, j).map(|(n, _)| n).or_else(|| {
                cues::number_word(seg.lower(j)).filter(|_| cues::times(seg.lower(j + 1)))
            })
        })
        .unwrap_or(1)
}

/// Does sentence `first..end` open with no name of its own: a subject
/// pronoun ("He had", "Er hatte", "Il avait"), an epithet ("The winger
/// had"), or the auxiliary of a dropped subject ("Aveva segnato", "Había
/// marcado", "Tinha marcado")?
fn unnamed_subject(seg: &Segmented<'_>, first: usize) -> bool {
    let w = seg.lower(first);
    let next = seg.lower(first + 1);
    cues::subject_pronoun(w)
        || (w == "il" && cues::have_auxiliary(next))
        || (cues::have_auxiliary(w)
            && first + 1 < seg.tokens.len()
            && !minute::word_cased(seg, first + 1, char::is_uppercase))
        // "The winger had", "La colombiana firma un doblete", "Die
        // Kolumbianerin schnürt": an epithet, its verb right after it; not
        // a team ("The team had scored twice").
        // Not a plural ("The Blues had", "los locales", "les Bleus").
        || ((cues::determiner(w) || matches!(w, "de" | "het"))
            && !matches!(w, "los" | "las" | "les" | "gli" | "i" | "os" | "as")
            && !(w == "the" && next.ends_with('s'))
            && seg.tokens.get(first + 1).is_some_and(|t| t.kind == TokenKind::Word)
            && !cues::side_noun(next)
            && (minute::word_cased(seg, first + 2, char::is_lowercase)
                // "De spits, die vorige maand … scoorde", "El uruguayo,
                // que … marcó": the epithet's relative clause tells it.
                || (seg.lower(first + 2) == ","
                    && cues::relative_pronoun(seg.lower(first + 3)))))
}

/// Goals told of a player named in the sentence before by a pronoun, an
/// epithet or no subject at all, against a club the sentence names: "Sané
/// came off the bench. He had also scored twice against Auckland City."
pub(crate) fn retold_by_pronoun(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    players: &[&EntitySpan],
    matches: &[FoundMatch],
    out: &mut Vec<FoundGoal>,
) {
    let sentences: Vec<&scoreline_text::Sentence> =
        seg.sentences.iter().filter(|s| !s.offtopic).collect();
    for pair in sentences.windows(2) {
        let (before, s) = (pair[0], pair[1]);
        if s.end <= s.first + 2 || !unnamed_subject(seg, s.first) {
            continue;
        }
        // A club as the epithet ("The Reds scored twice against …") is no
        // player's.
        if !within(players, s.first, s.end).is_empty()
            || entities
                .iter()
                .any(|e| e.label == Label::Club && e.first == s.first + 1)
        {
            continue;
        }
        // A scoring verb, or a count of goals ("firma un doblete", "signe
        // un doublé", "scored a brace").
        let Some(v) = (s.first..(s.first + 12).min(s.end)).find(|&j| {
            let w = seg.lower(j);
            // A number as a count of goals stands alone or before a goal
            // noun ("fez três", "três golos"), not before another noun
            // ("a três pontos do líder").
            let counts = multi_goal_at(seg, j).is_some()
                && (cues::number_word(w).is_none() || {
                    let next = seg.lower(j + 1);
                    cues::goal(next)
                        || seg
                            .tokens
                            .get(j + 1)
                            .is_none_or(|t| t.kind != TokenKind::Word)
                });
            cues::scoring_verb(w) || cues::scoring_form(w) || counts
        }) else {
            continue;
        };
        // "He has not scored since March", "He scored 12 goals last
        // season": no goal, or a season's count.
        // A negation denies the verb next to it ("hasn't scored", "no
        // marcó", "traf nicht"); after it, "no" is Portuguese "in the"
        // ("marcou contra o Santos no domingo").
        let denied = (v.saturating_sub(3).max(s.first)..(v + 3).min(s.end)).any(|j| {
            let w = seg.lower(j);
            cues::negation(w) && (j < v || w != "no")
        });
        if denied
            || (s.first..s.end)
                .any(|j| seg.tokens[j].kind == TokenKind::Number && cues::goal(seg.lower(j + 1)))
        {
            continue;
        }
        // The opponent, named in the sentence (before the participle in
        // "gegen Auckland City getroffen").
        let Some(club) = entities
            .iter()
            .find(|e| e.label == Label::Club && e.first > s.first + 1 && e.end <= s.end)
        else {
            continue;
        };
        // One player named in the sentence before, not as an object —
        // in any role when no other is named ("hoopt Clement op de vorm
        // van Hamza Igamane. De Marokkaan scoorde …").
        let named = within(players, before.first, before.end);
        let alone = named.iter().all(|q| q.reference == named[0].reference);
        let mut subjects = named
            .iter()
            .filter(|p| alone || role(seg, p, before.first) != Role::Object)
            .copied();
        let Some(p) = subjects.next() else {
            continue;
        };
        if subjects.any(|q| q.reference != p.reference) {
            continue;
        }
        let (start, end) = (s.start_byte as usize, s.end_byte as usize);
        if out
            .iter()
            .any(|g| g.evidence.0 >= start && g.evidence.0 < end)
        {
            continue;
        }
        let mut goal = told(seg, matches, p, (s.first, v + 1), s.end);
        goal.evidence.0 = start;
        push_against(
            goal,
            club,
            matches,
            counted(seg, s.first, club.first.max(v + 3).min(s.end)),
            out,
        );
    }
}
