//! Goals told without a minute: the subjects of a scoring verb ("Vanaken y
//! Tzolis adelantaron", "hatte Banda getroffen"), and the players a goal
//! noun names ("con goles de Raúl Jiménez y Edson Álvarez", "com dois gols
//! de Luiz Henrique", "doblete de Furuhashi"). A player who already has a
//! goal in the text gets none here: a second telling adds nothing.

use crate::cues;
use crate::goals::{role, side_of_goal, told, told_before, within, words, Role};
use crate::minute;
use crate::{EntitySpan, FoundGoal, FoundMatch};
use scoreline_text::Segmented;

/// How far a subject may stand before its verb, in tokens.
const SUBJECT_BEFORE: usize = 8;
/// How far an inverted subject may follow its verb ("risponde nel recupero
/// Luca Orellano").
const SUBJECT_AFTER: usize = 4;
/// The most tokens between two players of one list ("X, Y y Z", "X e dois
/// de Y").
const LIST_GAP: usize = 4;

pub(crate) fn find(
    seg: &Segmented<'_>,
    players: &[&EntitySpan],
    matches: &[FoundMatch],
    out: &mut Vec<FoundGoal>,
) {
    let mut after_shootout = false;
    for s in seg.sentences.iter().filter(|s| !s.offtopic) {
        let shootout = (s.first..s.end).any(|j| cues::shootout(seg.lower(j)));
        // A shoot-out told of colours its paragraph: "En el tiro de penaltis
        // … Él ha parado … Para el Kaiserslautern marcaron Ritter, Ache …".
        let paragraph = minute::line_start(seg, s.first);
        let takers_may_follow = after_shootout && !paragraph;
        after_shootout = shootout || takers_may_follow;
        let in_sentence: Vec<&EntitySpan> = within(players, s.first, s.end)
            .iter()
            .copied()
            .filter(|p| p.end <= s.end)
            .collect();
        if shootout || in_sentence.is_empty() {
            continue;
        }
        // Without a minute to anchor a clause, any card, miss, VAR call or
        // substitution in the sentence casts doubt on the whole of it.
        // A shoot-out's kicks are not goals: "Dans le tir au but, Stiller,
        // Millot et Führich ont marqué", "the decisive penalty".
        let all = words(seg, s.first, s.end);
        let decisive_penalty = all.iter().any(|w| cues::decisive(w))
            && all
                .iter()
                .any(|w| cues::penalty(w) || *w == "strafstoß" || *w == "tir");
        let tir_au_but = all.windows(3).any(|w| w == ["tir", "au", "but"]);
        if decisive_penalty
            || tir_au_but
            || all.iter().enumerate().any(|(i, w)| {
                (cues::not_a_goal(w) && !(i > 0 && side_of_goal(all[i - 1], w)))
                    || cues::shootout_kick(w)
            })
        {
            continue;
        }
        for v in s.first..s.end {
            let w = seg.lower(v);
            let scorers: Vec<(&EntitySpan, usize)> = if cues::scoring_verb(w)
                || scoring_phrase(seg, v, s.end)
            {
                let before: Vec<_> = subjects_before(seg, &in_sentence, v, s.first)
                    .into_iter()
                    .map(|p| (p, 1))
                    .collect();
                if before.is_empty() {
                    // "trafen Noa Lang und Ismael Saibari für die PSV"; but
                    // told right after a shoot-out, such a list names its
                    // takers ("Por los visitantes solo marcaron Trippier y
                    // Guimarães").
                    let after = subjects_after(seg, &in_sentence, v, s.first);
                    if takers_may_follow && after.len() >= 2 {
                        continue;
                    }
                    after.into_iter().map(|p| (p, 1)).collect()
                } else {
                    before
                }
            } else if let Some(n) = goal_noun(seg, v) {
                let named = named_after(seg, &in_sentence, v, n);
                // "Veiga rettete mit einem späten Treffer einen Punkt":
                // the subject scored with the goal.
                let with = (v.saturating_sub(3).max(s.first)..v).find(|&j| {
                    matches!(
                        seg.lower(j),
                        "mit" | "with" | "con" | "avec" | "com" | "met"
                    )
                });
                match with {
                    Some(j) if named.is_empty() => subjects_before(seg, &in_sentence, j, s.first)
                        .into_iter()
                        .map(|p| (p, n))
                        .collect(),
                    _ => named,
                }
            } else {
                continue;
            };
            for (p, n) in scorers {
                if told_before(out, p, matches, s) {
                    continue;
                }
                let (from, to) = (p.first.min(v), p.end.max(v + 1));
                for _ in 0..n {
                    out.push(told(seg, matches, p, (from, to), s.end));
                }
            }
        }
    }
}

/// A verb with its object saying a goal: "opened the scoring", "a redonné
/// l'avantage", "abrió el marcador", "pulled one back", "zette de
/// thuisploeg op voorsprong", "ne double la mise", "ajoutant le quatrième
/// but". The noun follows within seven tokens (a name between, "zette
/// Chong de thuisploeg op voorsprong"), before the sentence ends.
fn scoring_phrase(seg: &Segmented<'_>, v: usize, end: usize) -> bool {
    cues::scoring_phrase_verb(seg.lower(v))
        && (v + 1..(v + 8).min(end)).any(|j| cues::scoring_phrase_noun(seg.lower(j)))
}

/// The subjects of a verb at `v`: the nearest player before it, within
/// `SUBJECT_BEFORE` tokens with no clause break between, who is not an
/// object ("von Robin Koch gelegt"), and the players listed with them
/// ("Vanaken y Tzolis adelantaron", "Lookman, Scamacca und Pasalić trafen").
fn subjects_before<'e>(
    seg: &Segmented<'_>,
    players: &[&'e EntitySpan],
    v: usize,
    lo: usize,
) -> Vec<&'e EntitySpan> {
    let broken = |from: usize, to: usize| {
        (from..to).any(|j| matches!(seg.token_text(j), "," | ";" | ":" | "." | "(" | ")"))
    };
    let Some(last) = players.iter().rposition(|p| {
        p.end <= v
            && v - p.end <= SUBJECT_BEFORE
            && !broken(p.end, v)
            && role(seg, p, lo) != Role::Object
    }) else {
        return Vec::new();
    };
    let mut out = list_from(seg, players[..=last].iter().rev().copied(), lo);
    out.reverse();
    out
}

/// The players of a list, from its first item in the order given (forward,
/// or backward from the last item), while they are joined by commas and
/// "and" and are not objects.
fn list_from<'e>(
    seg: &Segmented<'_>,
    mut items: impl Iterator<Item = &'e EntitySpan>,
    lo: usize,
) -> Vec<&'e EntitySpan> {
    let Some(first) = items.next() else {
        return Vec::new();
    };
    let mut out = vec![first];
    for p in items {
        let prev = out[out.len() - 1];
        let joined = if p.first >= prev.end {
            listed_with(seg, prev, p)
        } else {
            listed_with(seg, p, prev)
        };
        if !joined || role(seg, p, lo) == Role::Object {
            break;
        }
        out.push(p);
    }
    out
}

/// The inverted subjects of a verb at `v` ("risponde nel recupero Luca
/// Orellano", "Für die Current trafen Temwa Chawinga und Bia Zaneratto"):
/// the first player within `SUBJECT_AFTER` tokens who is not an object, and
/// the players listed with them.
fn subjects_after<'e>(
    seg: &Segmented<'_>,
    players: &[&'e EntitySpan],
    v: usize,
    lo: usize,
) -> Vec<&'e EntitySpan> {
    let Some(first) = players
        .iter()
        .position(|p| p.first > v && p.first - v <= SUBJECT_AFTER)
    else {
        return Vec::new();
    };
    if role(seg, players[first], lo) == Role::Object {
        return Vec::new();
    }
    list_from(seg, players[first..].iter().copied(), lo)
}

/// Are `p` and `next` two items of one list: "X, Y", "X und Y", "X y Y"?
fn listed_with(seg: &Segmented<'_>, p: &EntitySpan, next: &EntitySpan) -> bool {
    let gap = next.first.saturating_sub(p.end);
    next.first >= p.end
        && gap <= 2
        && (p.end..next.first).all(|j| {
            matches!(
                seg.lower(j),
                "," | "y" | "e" | "and" | "und" | "en" | "et" | "&"
            )
        })
}

/// Is token `v` a noun for goals, and how many does it count? "gol" 1,
/// "goles" 1 (the list shares them), "doblete" 2, "dos goles" 2.
fn goal_noun(seg: &Segmented<'_>, v: usize) -> Option<usize> {
    let w = seg.lower(v);
    if let Some(n) = cues::multi_goal(w) {
        return Some(n);
    }
    if !cues::goal_by(w) {
        return None;
    }
    let counted = v
        .checked_sub(1)
        .and_then(|u| cues::number_word(seg.lower(u)));
    Some(counted.unwrap_or(1))
}

/// The players a goal noun at `v` names: after "de", "di", "from", "von"…
/// within two tokens, then those listed with them; `n` goals for the first.
fn named_after<'e>(
    seg: &Segmented<'_>,
    players: &[&'e EntitySpan],
    v: usize,
    n: usize,
) -> Vec<(&'e EntitySpan, usize)> {
    let Some(prep) = (v + 1..v + 3).find(|&j| cues::by_preposition(seg.lower(j))) else {
        return Vec::new();
    };
    let mut out: Vec<(&EntitySpan, usize)> = Vec::new();
    let mut last_end = prep + 1;
    for p in players.iter().filter(|p| p.first > prep) {
        let gap = p.first - last_end;
        let broken = (last_end..p.first).any(|j| matches!(seg.token_text(j), ";" | ":" | "."));
        if gap > if out.is_empty() { 1 } else { LIST_GAP } || broken {
            break;
        }
        // "… e dois de Thiago Almada": a count in the gap is this player's.
        let counted = (last_end..p.first).find_map(|j| cues::number_word(seg.lower(j)));
        out.push((
            p,
            if out.is_empty() {
                n
            } else {
                counted.unwrap_or(1)
            },
        ));
        last_end = p.end;
    }
    out
}
