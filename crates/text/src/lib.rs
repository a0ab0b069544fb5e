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

/// A text segmented once: its tokens and its sentences (as token ranges).
#[derive(Debug, Clone)]
pub struct Segmented<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// Every token lower-cased, one after another, so that the stages that
    /// compare words with cue lists do not lower-case (and allocate) again.
    lowered: String,
    /// End of token `i` in `lowered`; it starts where token `i - 1` ends.
    lowered_ends: Vec<u32>,
}

impl<'a> Segmented<'a> {
    pub fn new(text: &'a str) -> Self {
        let tokens = tokenize(text);
        let sentences = sentences(text, &tokens);
        let mut lowered = String::with_capacity(text.len());
        let mut lowered_ends = Vec::with_capacity(tokens.len());
        for t in &tokens {
            let word = t.text(text);
            if word.is_ascii() {
                lowered.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
            } else {
                lowered.extend(word.chars().flat_map(char::to_lowercase));
            }
            lowered_ends.push(lowered.len() as u32);
        }
        Segmented {
            text,
            tokens,
            sentences,
            lowered,
            lowered_ends,
        }
    }

    /// The text of token `i`.
    pub fn token_text(&self, i: usize) -> &'a str {
        self.tokens[i].text(self.text)
    }

    /// Token `i` lower-cased (as `str::to_lowercase`, but for the final
    /// sigma, which lower-cases to σ here); "" past the last token.
    pub fn lower(&self, i: usize) -> &str {
        let Some(&end) = self.lowered_ends.get(i) else {
            return "";
        };
        let start = if i == 0 { 0 } else { self.lowered_ends[i - 1] };
        &self.lowered[start as usize..end as usize]
    }
}
