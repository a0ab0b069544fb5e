//! Tokens and sentences with offsets into the original text.
//!
//! Football notation decides the rules: a hyphen is always its own token (so
//! that "MLS-team" yields the name "MLS" on token boundaries, and "2-1" is
//! number, dash, number); an elided article keeps its apostrophe ("l'", "dell'")
//! and an English possessive is split off ("Kane" "'s"); "45'+1'", "3:1",
//! "(90.+3)" come out as numbers and marks that `relations` reads by
//! adjacency. A period after a number followed by a lower-case word or a
//! bracket is an ordinal ("8." as a minute, "am 12. Spieltag"), not a
//! sentence end.
//!
//! The hot path is a single pass over the bytes; the `tokenizers` crate's
//! pre-tokenizers split on the regex `\w+|[^\w\s]+`, which glues "45'+1'"
//! marks together and is several times slower, so they serve only the
//! transformer backend's word-piece alignment.
//!
//! Invariants: offsets here are byte offsets into the text given (convert at
//! the edge with `scoreline_core::CharIndex`); every token is a non-empty
//! slice of the text; tokens never overlap and are in order; `text` knows
//! nothing about languages' vocabularies beyond abbreviations and the words
//! that mark a sentence as another sport (`offtopic.rs`).

mod abbrev;
mod offtopic;
mod sentence;
mod token;

pub use sentence::{sentences, Sentence};
pub use token::{tokenize, Token, TokenKind};

use std::borrow::Cow;

/// A text segmented once: its tokens and its sentences (as token ranges).
#[derive(Debug, Clone)]
pub struct Segmented<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// Every token lower-cased, so that the stages that compare words with
    /// cue lists do not lower-case (and allocate) again: the token's own
    /// text when lower-casing leaves it as it is (most tokens), a copy
    /// otherwise. Asked millions of times per megabyte, a word is then one
    /// load, not a slice of a shared string checked at both ends.
    lowered: Vec<Cow<'a, str>>,
    /// Every token's text: as asked as `lowered`, for the same reason.
    words: Vec<&'a str>,
}

impl<'a> Segmented<'a> {
    pub fn new(text: &'a str) -> Self {
        let tokens = tokenize(text);
        let sentences = sentences(text, &tokens);
        let words: Vec<&'a str> = tokens.iter().map(|t| t.text(text)).collect();
        let lowered = words
            .iter()
            .map(|&word| {
                if word.is_ascii() {
                    if word.bytes().any(|b| b.is_ascii_uppercase()) {
                        Cow::Owned(word.to_ascii_lowercase())
                    } else {
                        Cow::Borrowed(word)
                    }
                } else {
                    let lower: String = word.chars().flat_map(char::to_lowercase).collect();
                    if lower == word {
                        Cow::Borrowed(word)
                    } else {
                        Cow::Owned(lower)
                    }
                }
            })
            .collect();
        Segmented {
            text,
            tokens,
            sentences,
            lowered,
            words,
        }
    }

    /// The text of token `i`.
    // Inline (here and in `lower`): the relation rules call these millions
    // of times per megabyte, and across crates a call is not inlined
    // unless asked.
    #[inline]
    pub fn token_text(&self, i: usize) -> &'a str {
        self.words[i]
    }

    /// The index of the sentence holding token `i`, found by binary search
    /// (sentences are in text order and do not overlap); `None` for a token
    /// outside every sentence.
    pub fn sentence_index_of_token(&self, i: usize) -> Option<usize> {
        let k = self.sentences.partition_point(|s| s.end <= i);
        self.sentences.get(k).filter(|s| s.first <= i).map(|_| k)
    }

    /// The index of the last sentence starting at or before byte `at`
    /// (the one holding it, or the one before a gap); `None` before the
    /// first sentence.
    pub fn sentence_index_at_byte(&self, at: usize) -> Option<usize> {
        self.sentences
            .partition_point(|s| s.start_byte as usize <= at)
            .checked_sub(1)
    }

    /// The sentence holding token `i` (see [`Self::sentence_index_of_token`]).
    pub fn sentence_of_token(&self, i: usize) -> Option<&Sentence> {
        self.sentence_index_of_token(i).map(|k| &self.sentences[k])
    }

    /// Token `i` lower-cased (as `str::to_lowercase`, but for the final
    /// sigma, which lower-cases to σ here); "" past the last token.
    #[inline]
    pub fn lower(&self, i: usize) -> &str {
        self.lowered.get(i).map_or("", |w| w)
    }
}

#[cfg(test)]
mod tests {
    use super::Segmented;

    #[test]
    fn the_sentence_of_a_token_is_the_one_holding_it() {
        let text = "Kane traf (23.). Dann fiel das 2:0.\n\nMüller: 3:0! Ende";
        let seg = Segmented::new(text);
        assert!(seg.sentences.len() >= 3);
        for i in 0..seg.tokens.len() + 2 {
            let linear = seg.sentences.iter().position(|s| s.first <= i && i < s.end);
            assert_eq!(seg.sentence_index_of_token(i), linear, "token {i}");
        }
    }

    #[test]
    fn the_sentence_at_a_byte_is_the_last_one_started() {
        let text = "  Kane traf (23.). Dann fiel das 2:0.\n\nMüller: 3:0! Ende";
        let seg = Segmented::new(text);
        assert!(seg.sentences.len() >= 3);
        for at in 0..=text.len() {
            let linear = seg
                .sentences
                .iter()
                .rposition(|s| s.start_byte as usize <= at);
            assert_eq!(seg.sentence_index_at_byte(at), linear, "byte {at}");
        }
        assert_eq!(seg.sentence_index_at_byte(0), None);
    }

    #[test]
    fn lowered_tokens_are_the_tokens_lower_cased() {
        let text = "Der FC BAYERN gewann 3:1 in MÜNCHEN – İstanbul";
        let seg = Segmented::new(text);
        for i in 0..seg.tokens.len() {
            assert_eq!(seg.lower(i), seg.token_text(i).to_lowercase(), "{i}");
        }
        assert_eq!(seg.lower(seg.tokens.len()), "");
        assert_eq!(seg.lower(usize::MAX), "");
        assert_eq!(Segmented::new("").lower(0), "");
    }
}
