//! Whether a predicted name matches a gold ref, by spec §3: after
//! normalisation it equals the ref, or equals the text of a gold mention
//! whose ref is that ref, or the ref ends with it as whole words.

use crate::normalize::normalize;
use scoreline_core::Document;
use std::collections::{HashMap, HashSet};

/// The names of one gold document, normalised once.
#[derive(Debug, Default)]
pub struct GoldNames {
    /// normalised ref → normalised texts of the mentions with that ref.
    mentions: HashMap<String, HashSet<String>>,
}

impl GoldNames {
    pub fn new(gold: &Document) -> Self {
        let mut mentions: HashMap<String, HashSet<String>> = HashMap::new();
        for e in &gold.entities {
            mentions
                .entry(normalize(e.ref_or_text()))
                .or_default()
                .insert(normalize(&e.text));
        }
        GoldNames { mentions }
    }

    /// Does the predicted name `pred` match the gold ref `gold_ref`?
    pub fn matches(&self, pred: &str, gold_ref: &str) -> bool {
        let p = normalize(pred);
        let r = normalize(gold_ref);
        if p.is_empty() {
            return false;
        }
        p == r
            || self
                .mentions
                .get(&r)
                .is_some_and(|texts| texts.contains(&p))
            || ends_with_words(&r, &p)
    }
}

/// `whole` ends with `tail` and the tail starts at a word boundary.
fn ends_with_words(whole: &str, tail: &str) -> bool {
    whole
        .strip_suffix(tail)
        .is_some_and(|head| head.is_empty() || head.ends_with(' '))
}

#[cfg(test)]
mod tests {
    use super::*;
    use scoreline_core::{Entity, Label, Lang};

    fn doc(mentions: &[(&str, &str)]) -> Document {
        let text: String = mentions
            .iter()
            .map(|(t, _)| *t)
            .collect::<Vec<_>>()
            .join(" ");
        let mut start = 0;
        let entities = mentions
            .iter()
            .map(|(t, r)| {
                let n = t.chars().count();
                let e = Entity {
                    start,
                    end: start + n,
                    label: Label::Player,
                    text: (*t).to_owned(),
                    reference: Some((*r).to_owned()),
                    extra: Default::default(),
                };
                start += n + 1;
                e
            })
            .collect();
        Document {
            id: "d".into(),
            lang: Lang::De,
            date: None,
            text,
            entities,
            matches: vec![],
            goals: vec![],
            extra: Default::default(),
        }
    }

    #[test]
    fn equal_after_normalisation() {
        let names = GoldNames::new(&doc(&[]));
        assert!(names.matches("jesús gallardo", "Jesus Gallardo"));
        assert!(!names.matches("Jesus Gallard", "Jesus Gallardo"));
    }

    #[test]
    fn a_gold_mention_text_of_that_ref() {
        let names = GoldNames::new(&doc(&[
            ("Garzas", "Inter Miami"),
            ("Messis", "Lionel Messi"),
        ]));
        assert!(names.matches("Garzas", "Inter Miami"));
        assert!(names.matches("messis", "Lionel Messi"));
        // A mention text counts only for its own ref.
        assert!(!names.matches("Garzas", "CF Monterrey"));
    }

    #[test]
    fn whole_word_suffix_of_the_ref() {
        let names = GoldNames::new(&doc(&[]));
        assert!(names.matches("De Paul", "Rodrigo De Paul"));
        assert!(names.matches("Paul", "Rodrigo De Paul"));
        // Not a whole word: "aul" is inside "Paul".
        assert!(!names.matches("aul", "Rodrigo De Paul"));
        // A prefix is not a suffix.
        assert!(!names.matches("Rodrigo", "Rodrigo De Paul"));
        // The rule runs one way: a longer prediction does not match a shorter ref.
        assert!(!names.matches("Rodrigo De Paul", "De Paul"));
        assert!(!names.matches("", "Rodrigo De Paul"));
    }
}
