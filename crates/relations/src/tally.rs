//! Goals counted against the score. A match whose found goals fall short
//! of its score has goals the wording rules did not read; where the text
//! tells its goals clause by clause ("Ndiaye abrió la lata a los 14 minutos
//! y Calvert-Lewin cerró el partido", "Sorgić traf vor der Pause, Buess
//! glich für die Winterthurer aus"), the players who open the other clauses
//! of a sentence that tells one of its goals are its scorers — if there are
//! no more of them than goals are missing. The score, not the verb, decides:
//! a clause of a card, a miss, a save, a substitution or a denial names no
//! scorer, nor does a player named as an object or playing for neither
//! side.

use crate::cues;
use crate::goals::{kind_of, role, Role};
use crate::link::TeamNames;
use crate::{EntitySpan, FoundGoal, FoundMatch};
use scoreline_core::Label;
use scoreline_text::Segmented;

/// How many words may stand between a clause's opening and its player
/// ("y el mexicano Raúl Jiménez", "and substitute Ellis Simms").
const OPENING_WORDS: usize = 3;

/// Adds, per match, the goals its score counts and its told sentences name.
pub(crate) fn fill(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    matches: &[FoundMatch],
    goals: &mut Vec<FoundGoal>,
) {
    let mut players: Vec<&EntitySpan> = entities
        .iter()
        .filter(|e| e.label == Label::Player)
        .collect();
    players.sort_by_key(|p| p.first);
    let names = TeamNames::new(entities);
    let mut added: Vec<FoundGoal> = Vec::new();
    for (i, m) in matches.iter().enumerate() {
        let Some(score) = m.score else {
            continue;
        };
        let told = goals.iter().filter(|g| g.match_index == Some(i)).count();
        let Some(missing) = ((score[0] + score[1]) as usize).checked_sub(told) else {
            continue;
        };
        if missing == 0 {
            continue;
        }
        let entries: Vec<&str> = m.teams.iter().flat_map(|t| names.entries(t)).collect();
        // The sentences that tell a goal of this match, once each.
        let mut sentences: Vec<usize> = goals
            .iter()
            .filter(|g| g.match_index == Some(i))
            .filter_map(|g| seg.sentence_index_at_byte(g.evidence.0))
            .collect();
        sentences.sort_unstable();
        sentences.dedup();
        let mut found: Vec<&EntitySpan> = Vec::new();
        for k in sentences {
            openers(seg, &players, k, i, &entries, goals, &added, &mut found);
        }
        if found.is_empty() {
            // No clause names them: the result may say by whom it came.
            let before = added.len();
            instrument_scorers(seg, &players, m, i, missing, goals, &mut added);
            if added.len() > before {
                continue;
            }
            // Else the clauses after the result's score in its sentence
            // tell how it came about, like those of any sentence telling a
            // goal ("Newcastle won 0-3 there: Ballard put it into his own
            // net, Isak scored the other two"), with the same count to hold
            // them; a name before the score is the result's subject
            // ("Saka and Ødegaard must shake off a 2-1 defeat").
            // Every name after the score counts against the room the score
            // leaves, those that open no clause too ("1-1, Dybala e Zaccagni
            // e Dovbyk in campo dall'inizio" lists a line-up).
            if let Some(k) = seg.sentence_index_at_byte(m.evidence.0) {
                openers(seg, &players, k, i, &entries, goals, &added, &mut found);
                found.retain(|p| seg.tokens[p.first].start as usize >= m.evidence.1);
                let s = &seg.sentences[k];
                let named = players
                    .iter()
                    .filter(|p| {
                        p.first >= s.first
                            && p.end <= s.end
                            && seg.tokens[p.first].start as usize >= m.evidence.1
                            && role(seg, p, s.first) != Role::Object
                    })
                    .count();
                if named > missing {
                    found.clear();
                }
            }
            if found.is_empty() {
                continue;
            }
        }
        if found.len() > missing {
            continue;
        }
        for p in found {
            let kind = kind_of(seg, p.first, clause_end(seg, p.end, seg.tokens.len()));
            added.push(counted_goal(seg, p, i, kind));
        }
    }
    goals.extend(added);
}

/// The players who open a scoring clause of sentence `k` for match `i`,
/// added to `found`: not one with a goal of this match already or told in
/// this sentence, nor one of a club outside the match, nor an object, nor
/// a name in the genitive.
#[allow(clippy::too_many_arguments)]
fn openers<'e>(
    seg: &Segmented<'_>,
    players: &[&'e EntitySpan],
    k: usize,
    i: usize,
    entries: &[&str],
    goals: &[FoundGoal],
    added: &[FoundGoal],
    found: &mut Vec<&'e EntitySpan>,
) {
    let s = &seg.sentences[k];
    if s.offtopic || shootout(seg, s.first, s.end) {
        return;
    }
    let from = players.partition_point(|p| p.first < s.first);
    for p in players[from..].iter().take_while(|p| p.end <= s.end) {
        // One telling is one goal: a player with a goal of this match, or
        // with one told in this sentence (placed in another match, or under
        // a longer name), has no other here.
        let (at, to) = (
            seg.tokens[p.first].start as usize,
            seg.tokens[p.end - 1].end as usize,
        );
        let (s_at, s_to) = (s.start_byte as usize, s.end_byte as usize);
        let scored = goals.iter().chain(added.iter()).any(|g| {
            (g.scorer == p.reference
                && (g.match_index == Some(i) || (g.evidence.0 >= s_at && g.evidence.0 < s_to)))
                || (g.evidence.0 < to && at < g.evidence.1)
        });
        let other_side = p
            .affiliation
            .as_deref()
            .is_some_and(|a| !entries.is_empty() && !entries.contains(&a));
        if scored
            || other_side
            || found.iter().any(|q| q.reference == p.reference)
            || role(seg, p, s.first) == Role::Object
            || !opens_scoring_clause(seg, p, s.first, s.end)
            || genitive(seg, p)
        {
            continue;
        }
        found.push(p);
    }
}

/// The words that give a result its instrument after its score: "thanks
/// to", "grâce à", "grazie a", "dank", "with", "con", "com", "met".
fn instrument(w: &str) -> bool {
    cues::thanks_to(w) || matches!(w, "with" | "con" | "com" | "met" | "avec" | "mit")
}

/// A word that carries a list of noun phrases on after a comma: "and",
/// "à", an article or a determiner.
fn list_word(w: &str) -> bool {
    cues::conjunction(w)
        || cues::article(w)
        || cues::determiner(w)
        || matches!(w, "a" | "à" | "to" | "aan")
}

/// "Lausanne s'était imposé 3-1 grâce à un doublé d'Alvyn Sanches et à une
/// réussite de Kaly Sène", "se impuso 2-0 con anotaciones de Sepúlveda y
/// Rotondi", "si era imposta 2-0 grazie a Weah e a Yıldız": the players
/// named by the instrument of a result, after its score in its sentence,
/// are its scorers — one goal each, or the count said before them ("un
/// doublé de") — if the score has room for them all. After "with", "con",
/// "met" a name must hang from a noun by "of"/"de"/"di" ("with Kane on the
/// bench" names no scorer); nothing after a semicolon or colon, nor a name
/// of an assist, a save or a miss.
fn instrument_scorers(
    seg: &Segmented<'_>,
    players: &[&EntitySpan],
    m: &FoundMatch,
    i: usize,
    missing: usize,
    goals: &[FoundGoal],
    added: &mut Vec<FoundGoal>,
) {
    let Some(k) = seg.sentence_index_at_byte(m.evidence.0) else {
        return;
    };
    let s = &seg.sentences[k];
    if s.offtopic || shootout(seg, s.first, s.end) {
        return;
    }
    let after = seg.tokens[s.first..s.end].partition_point(|t| (t.start as usize) < m.evidence.1);
    let from = s.first + after;
    let end = (from..s.end)
        .find(|&j| matches!(seg.token_text(j), ";" | ":" | "(" | "–" | "—"))
        .unwrap_or(s.end);
    let Some(opening) = (from..end).find(|&j| instrument(seg.lower(j))) else {
        return;
    };
    let thanks = cues::thanks_to(seg.lower(opening));
    let lo = players.partition_point(|p| p.first <= opening);
    let mut credited: Vec<(&EntitySpan, usize)> = Vec::new();
    let mut last = opening;
    for p in players[lo..].iter().take_while(|p| p.end <= end) {
        let between = last + 1..p.first;
        // A name of the phrase: right after the instrument or a joiner
        // ("e a", "et à", ",", "y"), or hanging from a noun by "de".
        let hangs = p.first > 0 && cues::genitive(seg.lower(p.first - 1));
        let joined = between.clone().all(|j| {
            let w = seg.lower(j);
            w == "," || cues::conjunction(w) || matches!(w, "a" | "à" | "to" | "aan")
        });
        // A comma before a word that carries no list on ("…, mientras que
        // el conjunto de Núñez …") closes the phrase.
        let closed = between
            .clone()
            .any(|j| seg.token_text(j) == "," && j + 1 != p.first && !list_word(seg.lower(j + 1)));
        if closed || !(hangs || (joined && (thanks || !credited.is_empty()))) {
            break;
        }
        if between.clone().any(|j| {
            let w = seg.lower(j);
            cues::assist(w) || cues::not_a_goal(w) || cues::kick_failed(w) || cues::foul_verb(w)
        }) {
            return;
        }
        let count = between
            .clone()
            .find_map(|j| crate::unanchored::multi_goal_at(seg, j).map(|(n, _)| n))
            .unwrap_or(1);
        credited.push((p, count));
        last = p.end - 1;
    }
    // A name already given its goals (by a goal noun, at a minute) is
    // counted in the score's goals told, not again here.
    credited.retain(|(p, _)| {
        let (at, to) = (
            seg.tokens[p.first].start as usize,
            seg.tokens[p.end - 1].end as usize,
        );
        !goals.iter().chain(added.iter()).any(|g| {
            (g.scorer == p.reference && g.match_index == Some(i))
                || (g.evidence.0 < to && at < g.evidence.1)
        })
    });
    let total: usize = credited.iter().map(|(_, n)| n).sum();
    if credited.is_empty() || total > missing {
        return;
    }
    for (p, n) in credited {
        let kind = kind_of(seg, p.first.saturating_sub(4), clause_end(seg, p.end, end));
        for _ in 0..n {
            added.push(counted_goal(seg, p, i, kind));
        }
    }
}

/// A goal of match `i` the score counts, told by the name of `p`.
fn counted_goal(
    seg: &Segmented<'_>,
    p: &EntitySpan,
    i: usize,
    kind: scoreline_core::GoalKind,
) -> FoundGoal {
    FoundGoal {
        match_index: Some(i),
        scorer: p.reference.clone(),
        team: None,
        minute: None,
        stoppage: None,
        kind,
        evidence: (
            seg.tokens[p.first].start as usize,
            seg.tokens[p.end - 1].end as usize,
        ),
    }
}

/// A sentence of a shoot-out names its takers, not scorers.
fn shootout(seg: &Segmented<'_>, first: usize, end: usize) -> bool {
    (first..end).any(|j| {
        let w = seg.lower(j);
        cues::shootout(w) || cues::shootout_context(w) || cues::shootout_kick(w)
    })
}

/// Does a clause break stand at token `j`: a comma, a semicolon, a colon, a
/// bracket, a dash, or a coordinating conjunction?
fn breaks(seg: &Segmented<'_>, j: usize) -> bool {
    matches!(seg.token_text(j), "," | ";" | ":" | "(" | ")" | "–" | "—")
        || cues::conjunction(seg.lower(j))
        || cues::adversative(seg.lower(j))
}

/// Where the clause from token `from` ends, before `hi`.
fn clause_end(seg: &Segmented<'_>, from: usize, hi: usize) -> usize {
    (from..hi).find(|&j| breaks(seg, j)).unwrap_or(hi)
}

/// Is `p` the player a clause of the sentence `lo..hi` opens with — at
/// most [`OPENING_WORDS`] words after a break, no player before them — in
/// a clause that says something of them and nothing that denies a goal (a
/// card, a miss, a save, a foul, a substitution, an injury, a negated
/// verb)?
fn opens_scoring_clause(seg: &Segmented<'_>, p: &EntitySpan, lo: usize, hi: usize) -> bool {
    let start = (lo..p.first)
        .rev()
        .find(|&j| breaks(seg, j))
        .map_or(lo, |j| j + 1);
    if p.first - start > OPENING_WORDS
        || (start..p.first).any(|j| {
            seg.tokens[j].kind == scoreline_text::TokenKind::Punct || participle(seg.lower(j))
        })
    {
        return false;
    }
    let end = clause_end(seg, p.end, hi);
    // A name alone in its clause ("…, Kane, …") or closing a sentence
    // after a break tells nothing of them, unless a list carries it on
    // ("a segno Evanilson nel primo tempo e Tavernier nel recupero").
    let said = end > p.end;
    said && !(start..end).any(|j| {
        let w = seg.lower(j);
        cues::not_a_goal(w) || cues::kick_failed(w) || cues::foul_verb(w) || cues::assists_noun(w)
    }) && !denied(seg, p.end, end)
}

/// Is the name in the genitive, its last word the reference's with an
/// "s" glued on ("Undavs Kollege", "Brobbeys rentree")? Then it qualifies
/// a noun, and the clause is not about the player.
fn genitive(seg: &Segmented<'_>, p: &EntitySpan) -> bool {
    let last = seg.token_text(p.end - 1);
    let reference = p.reference.rsplit(' ').next().unwrap_or_default();
    last.len() == reference.len() + 1
        && last.starts_with(reference)
        && matches!(last.as_bytes().last(), Some(b's'))
}

/// Is the verb after a subject ending at `from` denied: a negation among
/// its first words ("X no pudo", "X did not", "X n'a pas", "X traf
/// nicht")? "no" only right after the name: in Portuguese it is "in the"
/// ("mandou no meio-campo").
fn denied(seg: &Segmented<'_>, from: usize, end: usize) -> bool {
    (from..(from + 3).min(end)).any(|j| {
        let w = seg.lower(j);
        cues::negation(w) && (w != "no" || j == from)
    })
}

/// A present participle before a name takes it as its object ("trompant
/// Timon Wellenreuther", "beating Kepa", "superando a Szczęsny", "batendo
/// Rui Silva"): by its ending, in every language at once.
fn participle(w: &str) -> bool {
    w.len() > 5
        && ["ant", "ing", "ando", "endo", "indo"]
            .iter()
            .any(|e| w.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Entities over the tokens of `text`, each (surface, label, reference).
    fn spans(seg: &Segmented<'_>, marks: &[(&str, Label, &str)]) -> Vec<EntitySpan> {
        marks
            .iter()
            .map(|(surface, label, reference)| {
                let start = seg.text.find(surface).unwrap_or_default();
                let end = start + surface.len();
                EntitySpan {
                    first: seg.tokens.partition_point(|t| (t.start as usize) < start),
                    end: seg.tokens.partition_point(|t| (t.end as usize) <= end),
                    label: *label,
                    reference: (*reference).to_owned(),
                    entry: None,
                    affiliation: None,
                }
            })
            .collect()
    }

    fn scorers(text: &str, marks: &[(&str, Label, &str)]) -> Vec<String> {
        let seg = Segmented::new(text);
        let entities = spans(&seg, marks);
        crate::extract(&seg, &entities)
            .goals
            .into_iter()
            .map(|g| g.scorer)
            .collect()
    }

    #[test]
    fn a_name_in_the_genitive_is_not_the_subject_of_its_clause() {
        // Without the genitive, two players would open the clause for one
        // missing goal, and neither would be given it.
        let text = "Freiburg und Mainz trennten sich 1:1. Vincenzo Grifo traf vor der Pause, Burkardts Kollege Ritsu Doan stellte den Endstand her.";
        let marks = [
            ("Freiburg", Label::Club, "Freiburg"),
            ("Mainz", Label::Club, "Mainz"),
            ("Vincenzo Grifo", Label::Player, "Vincenzo Grifo"),
            ("Burkardts", Label::Player, "Jonathan Burkardt"),
            ("Ritsu Doan", Label::Player, "Ritsu Doan"),
        ];
        assert_eq!(scorers(text, &marks), ["Vincenzo Grifo", "Ritsu Doan"]);
        let text = "Freiburg und Mainz trennten sich 1:1. Vincenzo Grifo traf vor der Pause, Jonathan Burkardt stellte den Endstand her.";
        let marks = [
            ("Freiburg", Label::Club, "Freiburg"),
            ("Mainz", Label::Club, "Mainz"),
            ("Vincenzo Grifo", Label::Player, "Vincenzo Grifo"),
            ("Jonathan Burkardt", Label::Player, "Jonathan Burkardt"),
        ];
        assert_eq!(
            scorers(text, &marks),
            ["Vincenzo Grifo", "Jonathan Burkardt"]
        );
    }
}
