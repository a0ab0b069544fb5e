//! A city named as where a result was played ("a 3-0 win in Bilbao", "la
//! défaite 1-4 à Berne", "de 2-2 in Enschede") as a side of it: the club
//! of that city the document names, the home side.
//!
//! Invariants: `home_city` never names a club the document does not name,
//! never picks between two named clubs of one city ("in Madrid" with Real
//! and Atlético named names no side), never reads a national team's city,
//! and reads a city only after a word of place, right after a score, in a
//! sentence that names no club before it, nor a people noun that may stand
//! for the club of the city ("os espanhóis venceram por 2-1 em Madrid").

use crate::club_facts;
use crate::cues;
use crate::EntitySpan;
use rustc_hash::FxHashMap;
use scoreline_core::Label;
use scoreline_text::Segmented;

/// The most words a city's name takes ("Belo Horizonte", "Rio de
/// Janeiro").
const CITY_WORDS: usize = 3;

/// The `affiliation` of a club span told by its city (see
/// `demonyms::TOLD`): a side met at its ground, never the subject of the
/// wording around it.
const TOLD: &str = "\u{0}city";

/// Is `e` a club side told by the city it was met in?
pub(crate) fn told(e: &EntitySpan) -> bool {
    e.affiliation.as_deref() == Some(TOLD)
}

/// How many tokens after a score a city may be named as where it was
/// played ("a 3-0 win in Bilbao", "un 1-4 subi à Berne").
const SCORE_REACH: usize = 5;

/// May the people noun `word` (lower case) stand for the club `club`: its
/// id or its country in the table of such nouns?
fn may_stand_for(word: &str, club: &EntitySpan) -> bool {
    let Some(id) = club.entry.as_deref() else {
        return false;
    };
    let country = club_facts::country_of(id);
    crate::demonyms::table()
        .clubs(word)
        .iter()
        .any(|c| c == id || c.strip_prefix('@').is_some_and(|cc| Some(cc) == country))
}

/// Club spans for the cities named after a word of place in the sentences
/// with a score (`scored`, by sentence), each the one club of that city
/// the document names; `named` maps each linked club id to the index of
/// its first mention in `entities`.
pub(crate) fn sides(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    named: &FxHashMap<&str, (usize, usize)>,
    scored: &[bool],
) -> Vec<EntitySpan> {
    let mut out = Vec::new();
    // City (lower case) -> the named club of it, None when two are named.
    let mut clubs_of: FxHashMap<String, Option<usize>> = FxHashMap::default();
    for (&id, &(k, _)) in named {
        if club_facts::is_national(id) != Some(false) {
            continue;
        }
        let Some(city) = club_facts::city_of(id).filter(|c| !c.is_empty()) else {
            continue;
        };
        clubs_of
            .entry(city.to_lowercase())
            .and_modify(|v| *v = None)
            .or_insert(Some(k));
    }
    if clubs_of.is_empty() {
        return out;
    }
    let covered = crate::demonyms::covered(seg.tokens.len(), entities);
    for (s, sentence) in seg.sentences.iter().enumerate() {
        if !scored.get(s).copied().unwrap_or(false) {
            continue;
        }
        for i in sentence.first.max(1)..sentence.end {
            let capital = seg
                .token_text(i)
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            if covered[i] || !capital || !cues::venue_marker(seg.lower(i - 1)) {
                continue;
            }
            let mut name = String::new();
            let mut found = None;
            for end in i + 1..=(i + CITY_WORDS).min(sentence.end) {
                if covered[end - 1] {
                    break;
                }
                if !name.is_empty() {
                    name.push(' ');
                }
                name.push_str(seg.lower(end - 1));
                if let Some(&Some(k)) = clubs_of.get(&name) {
                    found = Some((k, end));
                }
            }
            let Some((k, end)) = found else {
                continue;
            };
            // "os espanhóis venceram por 2-1 em Madrid": a people noun
            // before it that may stand for the club of the city is that
            // club winning at home, no side met there.
            if (sentence.first..i).any(|j| may_stand_for(seg.lower(j), &entities[k])) {
                continue;
            }
            // Only right after the score ("the 2-2 in Enschede", "un 3-0
            // à Berne"): a city before it opens the clause ("In Nijmegen
            // won PSV met 0-3"), where the order of naming is no order of
            // the score.
            let number = |j: usize| seg.tokens[j].kind == scoreline_text::TokenKind::Number;
            let after_score = (i.saturating_sub(SCORE_REACH).max(sentence.first)..i).any(|j| {
                j + 2 < i
                    && number(j)
                    && matches!(seg.token_text(j + 1), "-" | "–" | ":")
                    && number(j + 2)
            });
            if !after_score {
                continue;
            }
            // With a club named before it in the sentence ("Club won in
            // Gent 1-3"), the city is where that club played: the wording
            // around it aligns the score with the club, not with a side
            // of its own.
            if entities
                .iter()
                .any(|e| e.label == Label::Club && e.first >= sentence.first && e.end <= i)
            {
                continue;
            }
            out.push(crate::demonyms::told_span(i, end, &entities[k], TOLD));
        }
    }
    out
}
