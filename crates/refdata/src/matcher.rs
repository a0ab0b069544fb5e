//! The gazetteer: every name of the reference data in one trie, searched
//! for the longest name at each word start of the folded text, with the
//! spec's span rules applied to what it finds.

use crate::fold::Folded;
use crate::model::{Kind, RefData};
use crate::trie::PrefixTrie;
use rustc_hash::FxHashMap;

pub use crate::trie::TooLarge as GazetteerBuildError;

/// One entry a matched name may refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index into `RefData::entries`.
    pub entry: u32,
    /// The name is a common word or place too: accept only with context.
    pub ambiguous: bool,
    /// The entry lists the name without its article ("Adler" of Benfica,
    /// found as "die Adler" of Eintracht Frankfurt): a possible referent for
    /// linking, no evidence of what the words are.
    pub borrowed: bool,
}

/// A name found in a text: the byte span in the original text (with a
/// one-word inflection suffix such as genitive -s included, an English
/// possessive and a hyphenated common noun excluded) and what it may be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate<'g> {
    pub start: usize,
    pub end: usize,
    /// The span ends in an inflection suffix not part of the name ("Messis").
    pub inflected: bool,
    pub hits: &'g [Hit],
}

/// Names → entries, searchable in text.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    names: PrefixTrie,
    /// Per pattern, the entries it names.
    hits: Vec<Vec<Hit>>,
    /// Per pattern: every name of it opens with a capital abbreviation ("AS
    /// Monaco", "AC Milan", "US Lecce"), so the text must write that word
    /// with a capital too: in "such as Monaco" or "hizo ca Boca" the small
    /// word is the language's own, and the club's name starts after it.
    caps_head: Vec<bool>,
    /// Per pattern: it names people only. A person's name has a capital
    /// somewhere ("van Dijk"); in "il giovane Estêvão" the small word is
    /// the language's, not the player Giovane.
    people_only: Vec<bool>,
}

/// The name's first word is an abbreviation in capitals ("AS", "FC", "OGC").
fn has_caps_head(name: &str) -> bool {
    let first = name.split(' ').next().unwrap_or_default();
    (2..=4).contains(&first.len()) && first.bytes().all(|b| b.is_ascii_uppercase())
}

/// Names shorter than this (folded) are never matched: "FC", "OM" and "AZ"
/// are, but single letters are initials, not names.
const MIN_NAME_CHARS: usize = 2;

impl Gazetteer {
    pub fn new(data: &RefData) -> Result<Self, GazetteerBuildError> {
        let mut by_key: FxHashMap<String, usize> = FxHashMap::default();
        let mut patterns: Vec<String> = Vec::new();
        let mut hits: Vec<Vec<Hit>> = Vec::new();
        let mut caps_head: Vec<bool> = Vec::new();
        let mut people_only: Vec<bool> = Vec::new();
        for (i, e) in data.entries.iter().enumerate() {
            let names = e
                .names
                .iter()
                .map(|n| (n, false))
                .chain(e.ambiguous.iter().map(|n| (n, true)));
            for (name, ambiguous) in names {
                let key = Folded::key(name);
                if key.chars().count() < MIN_NAME_CHARS {
                    continue;
                }
                let slot = *by_key.entry(key.clone()).or_insert_with(|| {
                    patterns.push(key);
                    hits.push(Vec::new());
                    caps_head.push(true);
                    people_only.push(true);
                    patterns.len() - 1
                });
                caps_head[slot] &= has_caps_head(name);
                people_only[slot] &= matches!(e.kind, Kind::Player | Kind::Coach);
                let hit = Hit {
                    entry: i as u32,
                    ambiguous,
                    borrowed: false,
                };
                if !hits[slot].iter().any(|h| h.entry == hit.entry) {
                    hits[slot].push(hit);
                }
            }
        }
        // A nickname listed with its article by one entry may be the bare
        // nickname of others ("Die Adler": Eintracht Frankfurt; "Adler":
        // Benfica too): found with the article, it may be any of them.
        for slot in 0..patterns.len() {
            let Some((first, bare)) = patterns[slot].split_once(' ') else {
                continue;
            };
            if !crate::is_article(first) {
                continue;
            }
            let Some(&b) = by_key.get(bare) else {
                continue;
            };
            for h in hits[b].clone() {
                if !hits[slot].iter().any(|x| x.entry == h.entry) {
                    hits[slot].push(Hit {
                        entry: h.entry,
                        ambiguous: true,
                        borrowed: true,
                    });
                }
            }
        }
        let names = PrefixTrie::new(&patterns)?;
        Ok(Gazetteer {
            names,
            hits,
            caps_head,
            people_only,
        })
    }

    pub fn patterns(&self) -> usize {
        self.hits.len()
    }

    /// A name found from an article at `at` (to `end`) that a name from
    /// the next word outruns: "Der FC" is 1. FC Köln's nickname, but in "Der
    /// FC Bayern München" the article belongs to the longer name after it.
    fn article_hides_longer(&self, folded: &str, at: usize, end: usize) -> bool {
        let rest = &folded[at..end];
        let Some((first, _)) = rest.split_once(' ') else {
            return false;
        };
        if !crate::is_article(first) {
            return false;
        }
        let next = at + first.len() + 1;
        self.names
            .longest_at(folded.as_bytes(), next)
            .is_some_and(|(e, _)| e > end)
    }

    /// Every name in `text`, left to right, not overlapping.
    pub fn find<'g>(&'g self, text: &str) -> Vec<Candidate<'g>> {
        let folded = Folded::new(text);
        let f = folded.text.as_bytes();
        let mut out = Vec::new();
        let mut prev_alnum = false;
        let mut resume = 0usize;
        for (i, c) in folded.text.char_indices() {
            let alnum = c.is_alphanumeric();
            let word_start = alnum && !prev_alnum;
            prev_alnum = alnum;
            if !word_start || i < resume {
                continue;
            }
            let Some((m_end, pattern)) = self.names.longest_at(f, i) else {
                continue;
            };
            if self.article_hides_longer(&folded.text, i, m_end) {
                continue;
            }
            if self.caps_head[pattern] && !head_in_capitals(text, folded.original(i)) {
                continue;
            }
            let after = folded.text[m_end..].chars().next();
            let (end, inflected) = match after {
                None => (m_end, false),
                Some(a) if !a.is_alphanumeric() => (m_end, false),
                // One-word genitive/plural "-s": "Messis", "Bayerns", "Inters".
                Some('s') if !folded.text[m_end + 1..].starts_with(char::is_alphanumeric) => {
                    (m_end + 1, true)
                }
                Some(_) => continue,
            };
            let (start, end_byte) = (folded.original(i), folded.original(end));
            if self.people_only[pattern] && !text[start..end_byte].chars().any(char::is_uppercase) {
                continue;
            }
            out.push(Candidate {
                start: folded.original(i),
                end: folded.original(end),
                inflected,
                hits: &self.hits[pattern],
            });
            resume = end;
        }
        out
    }
}

/// The word of `text` at byte `at` has no lower-case letter.
fn head_in_capitals(text: &str, at: usize) -> bool {
    text[at..]
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .all(|c| !c.is_lowercase())
}
