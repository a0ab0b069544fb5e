//! A result told with no club in its sentence, in a document about two
//! clubs ("Im Hinspiel trennte man sich in der MDCC-Arena 2:2", "A 2-2 draw
//! in west London in 2024 …", "The reverse fixture in November ended
//! 1-1"): a meeting of those two clubs. A preview or a report recalls the
//! earlier meetings of its two sides without naming them again.
//!
//! Invariants: `pair_meeting` never reads a sentence that names a club
//! (its own side or any other) or follows one naming a third club, never reads a document whose club
//! mentions are not mostly of two clubs (a round-up or a profile of one
//! club recalls meetings with many sides), and never guesses who won: a
//! result that is not level needs the ground of one of the two named
//! beside it (told home side first) and no win or loss word.

use crate::EntitySpan;
use scoreline_core::Label;
use scoreline_text::Segmented;

/// Each of the two clubs is named at least this many times.
const PAIR_MIN: usize = 3;

/// The two clubs make up at least this share (in percent) of the club
/// mentions of the document.
const PAIR_SHARE: usize = 60;

/// The third most named club is named at most this share (in percent) of
/// the second: a document of three clubs is about no one pairing.
const THIRD_SHARE: usize = 50;

/// How often each club of the document is named, most named first (of
/// equals, the one named first).
fn counted(entities: &[EntitySpan]) -> Vec<(usize, &EntitySpan)> {
    let mut counts: rustc_hash::FxHashMap<&str, (usize, &EntitySpan)> = Default::default();
    for e in entities.iter().filter(|e| {
        e.label == Label::Club && !crate::demonyms::told(e) && !crate::home_city::told(e)
    }) {
        counts.entry(e.reference.as_str()).or_insert((0, e)).0 += 1;
    }
    let mut v: Vec<(usize, &EntitySpan)> = counts.into_values().collect();
    v.sort_by_key(|(n, c)| (std::cmp::Reverse(*n), c.first));
    v
}

/// The two clubs the document is about, most named first, when its club
/// mentions are mostly theirs.
pub(crate) fn pair(entities: &[EntitySpan]) -> Option<[&EntitySpan; 2]> {
    let counts = counted(entities);
    let total: usize = counts.iter().map(|(n, _)| n).sum();
    let [(n1, a), (n2, b), rest @ ..] = counts.as_slice() else {
        return None;
    };
    let third = rest.first().map_or(0, |(n, _)| *n);
    (*n2 >= PAIR_MIN && (n1 + n2) * 100 >= total * PAIR_SHARE && third * 100 <= n2 * THIRD_SHARE)
        .then_some([*a, *b])
}

/// The two sides of a result in sentence `sentence` told with no club,
/// in the order its score goes: `level` a drawn score, `home` the club
/// whose ground the clause names (by reference-data id), `worded` whether
/// the clause has a win or loss word.
pub(crate) fn sides(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    sentence: usize,
    level: bool,
    home: Option<&str>,
    worded: bool,
) -> Option<[String; 2]> {
    let sent = seg.sentences[sentence];
    if entities
        .iter()
        .any(|e| e.label == Label::Club && e.first >= sent.first && e.end <= sent.end)
    {
        return None;
    }
    let [a, b] = pair(entities)?;
    // The sentence before naming a third club is a passage about that
    // club's match ("O Galo eliminou o River Plate. Fez 3 a 0 na Arena
    // MRV"), not about the pair.
    let before = seg.sentences[sentence.saturating_sub(1)];
    if entities.iter().any(|e| {
        e.label == Label::Club
            && e.first >= before.first
            && e.end <= sent.first
            && e.reference != a.reference
            && e.reference != b.reference
    }) {
        return None;
    }
    let pair = [a.reference.clone(), b.reference.clone()];
    if level {
        return Some(pair);
    }
    if worded {
        return None;
    }
    let home = home?;
    if a.entry.as_deref() == Some(home) {
        Some(pair)
    } else if b.entry.as_deref() == Some(home) {
        Some([pair[1].clone(), pair[0].clone()])
    } else {
        None
    }
}
