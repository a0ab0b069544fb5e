//! A role noun ("the hosts", "die Gäste", "de thuisploeg", "los locales",
//! "les visiteurs", "gli ospiti", "os visitantes") as a side of a result:
//! the side of that role in the fixture the text told last before it. A
//! fixture tells the roles as "A – B", "A v B", "A x B" (A at home), "A
//! hosts B", "empfängt A B" (A at home) or "A visits B" (B at home).
//!
//! Invariants: `roles` never names a side where the text has not told the
//! roles of a fixture before the noun, never reads a noun without a
//! determiner before it ("zu Gast", the verb "hosts") or one in a sentence
//! naming two clubs before it, and never invents a club the document does
//! not name.

use crate::cues;
use crate::EntitySpan;
use scoreline_core::Label;
use scoreline_text::Segmented;

/// A fixture whose roles the text told: the token after its last club,
/// and the club mentions at home and away.
struct Fixture<'e> {
    told_by: usize,
    home: &'e EntitySpan,
    away: &'e EntitySpan,
}

/// How many tokens a host or visit verb, with its articles and
/// auxiliaries, may take between the two clubs ("Arsenal will host
/// Chelsea", "el Betis recibe este sábado al Sevilla").
const VERB_REACH: usize = 5;

/// The fixtures the text tells with their roles, in text order, from the
/// club mentions `clubs` (in text order).
fn fixtures<'e>(seg: &Segmented<'_>, clubs: &[&'e EntitySpan]) -> Vec<Fixture<'e>> {
    let mut out = Vec::new();
    for pair in clubs.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if a.reference == b.reference || b.first < a.end {
            continue;
        }
        let between = a.end..b.first;
        let punctuation = between
            .clone()
            .any(|i| matches!(seg.token_text(i), "," | ";" | ":" | "(" | ")" | "!" | "?"));
        // "Arsenal – Chelsea", "Arsenal v. Chelsea".
        let marked = between.len() <= 2
            && between.clone().any(|i| cues::fixture_mark(seg.lower(i)))
            && between
                .clone()
                .all(|i| cues::fixture_mark(seg.lower(i)) || seg.token_text(i) == ".");
        let near = !punctuation && between.len() <= VERB_REACH;
        let host = near && between.clone().any(|i| cues::host_verb(seg.lower(i)));
        let visit = near && between.clone().any(|i| cues::visit_verb(seg.lower(i)));
        // "Am Samstag empfängt der SC Freiburg den FC Mainz": the verb
        // before both, only articles between them.
        let verb_first = between.len() <= 2
            && between.clone().all(|i| cues::article(seg.lower(i)))
            && (a.first.saturating_sub(2)..a.first).any(|i| cues::host_verb(seg.lower(i)));
        let (home, away) = if marked || host || verb_first {
            (a, b)
        } else if visit {
            (b, a)
        } else {
            continue;
        };
        out.push(Fixture {
            told_by: b.end,
            home,
            away,
        });
    }
    out
}

/// The role noun at token `i` after a determiner: whether it is the home
/// side, and the token after it.
fn role_at(seg: &Segmented<'_>, i: usize) -> Option<(bool, usize)> {
    let n = seg.tokens.len();
    let w = seg.lower(i);
    let before = seg.lower(i.checked_sub(1)?);
    let determiner = cues::article(before) || cues::article_contraction(before);
    if !determiner {
        return None;
    }
    if cues::home_role(w) {
        return Some((true, i + 1));
    }
    if cues::away_role(w) {
        return Some((false, i + 1));
    }
    // "the home side", "the away team".
    if matches!(w, "home" | "away") && i + 1 < n && cues::side_noun(seg.lower(i + 1)) {
        return Some((w == "home", i + 2));
    }
    // "i padroni di casa", "os donos da casa".
    if cues::home_of(w)
        && i + 2 < n
        && matches!(seg.lower(i + 1), "di" | "da" | "de")
        && seg.lower(i + 2) == "casa"
    {
        return Some((true, i + 3));
    }
    None
}

/// Club spans for the role nouns of the document in sentences with a
/// score (`scored`, by sentence), each the club of its role in the
/// fixture told last before it; `entities` in text order.
pub(crate) fn sides(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    scored: &[bool],
) -> Vec<EntitySpan> {
    let mut out = Vec::new();
    let clubs: Vec<&EntitySpan> = entities
        .iter()
        .filter(|e| e.label == Label::Club && !crate::demonyms::told(e))
        .collect();
    let fixtures = fixtures(seg, &clubs);
    if fixtures.is_empty() {
        return out;
    }
    let covered = crate::demonyms::covered(seg.tokens.len(), entities);
    for (k, sentence) in seg.sentences.iter().enumerate() {
        if !scored.get(k).copied().unwrap_or(false) {
            continue;
        }
        let mut i = sentence.first.max(1);
        while i < sentence.end {
            let here = i;
            i += 1;
            if covered[here] {
                continue;
            }
            let Some((home, end)) = role_at(seg, here) else {
                continue;
            };
            let last = fixtures.partition_point(|f| f.told_by <= here);
            let Some(fixture) = last.checked_sub(1).map(|l| &fixtures[l]) else {
                continue;
            };
            if !crate::demonyms::side_place(seg, entities, scored, here) {
                continue;
            }
            let club = if home { fixture.home } else { fixture.away };
            out.push(crate::demonyms::told_span(
                here,
                end,
                club,
                crate::demonyms::TOLD,
            ));
            i = end;
        }
    }
    out
}
