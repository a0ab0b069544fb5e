//! The two sides of one match are of one kind: two clubs or two national
//! teams. A pair of a club and a national team is a side misread ("Bâle"
//! the host city for Switzerland, "the Ireland international" for a club,
//! "Inter" a player's club in a national team's result); the misread side
//! is the one whose kind is not the document's, and the side it stands for
//! is the document's most named team of the other side's kind.
//!
//! Invariants: `agreement` never touches a pair whose kinds it does not
//! both know, never makes a pair of one team, and never emits a pair of
//! two kinds: one it cannot mend is dropped.

use crate::club_facts::{self, is_national};
use crate::consolidate::{flip, same_pair};
use crate::{EntitySpan, FoundMatch};
use rustc_hash::FxHashMap;
use scoreline_core::Label;

/// Mends or drops the matches whose sides are of two kinds.
pub(crate) fn one_kind(entities: &[EntitySpan], matches: &mut Vec<FoundMatch>) {
    // Each linked club reference: its id, how often it is named, where first.
    let mut named: FxHashMap<&str, (&str, usize, usize)> = FxHashMap::default();
    for e in entities
        .iter()
        .filter(|e| e.label == Label::Club && !crate::demonyms::told(e))
    {
        if let Some(id) = e.entry.as_deref() {
            named
                .entry(e.reference.as_str())
                .or_insert((id, 0, e.first))
                .1 += 1;
        }
    }
    let kind = |team: &str| named.get(team).and_then(|&(id, _, _)| is_national(id));
    // The most named team of one kind other than `not`; of equals, the
    // first named.
    let most_named = |national: bool, not: &str| {
        named
            .iter()
            .filter(|(r, &(id, _, _))| **r != not && is_national(id) == Some(national))
            .max_by_key(|(_, &(_, n, first))| (n, std::cmp::Reverse(first)))
            .map(|(r, _)| (*r).to_owned())
    };
    let Some(document_national) = named
        .values()
        .max_by_key(|&&(_, n, first)| (n, std::cmp::Reverse(first)))
        .and_then(|&(id, _, _)| is_national(id))
    else {
        return;
    };
    let mut mended = Vec::new();
    matches.retain_mut(|m| {
        let (Some(a), Some(b)) = (kind(&m.teams[0]), kind(&m.teams[1])) else {
            return true;
        };
        if a == b {
            return true;
        }
        let odd = usize::from(b != document_national);
        let other = m.teams[1 - odd].clone();
        // A country's name inside a club's ("Austria" for FK Austria
        // Wien) is that club when the document names it.
        let within = named
            .iter()
            .filter(|(r, &(id, _, _))| {
                **r != other
                    && is_national(id) == Some(document_national)
                    && club_facts::name_of(id)
                        .is_some_and(|n| n.split(' ').any(|w| w == m.teams[odd]))
            })
            .map(|(r, _)| (*r).to_owned())
            .next();
        match within.or_else(|| most_named(document_national, &other)) {
            Some(side) if side != other => {
                m.teams[odd] = side;
                mended.push(m.evidence);
                true
            }
            _ => false,
        }
    });
    // A mended pair may be a result already told of the right one (two
    // told results of one pair and score stay: two legs may end alike).
    let mut k = 0;
    while k < matches.len() {
        let told_before = mended.contains(&matches[k].evidence)
            && matches.iter().enumerate().any(|(j, m)| {
                j != k
                    && !mended.contains(&m.evidence)
                    && same_pair(&m.teams, &matches[k].teams)
                        .is_some_and(|swapped| flip(matches[k].score, swapped) == m.score)
            });
        if told_before {
            matches.remove(k);
        } else {
            k += 1;
        }
    }
}
