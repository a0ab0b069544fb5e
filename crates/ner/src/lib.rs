//! Entity recognition: PLAYER, CLUB, STADIUM, COACH, COMPETITION with offsets.
//!
//! [`Recognizer`] is the one interface every backend implements: the embedded
//! default ([`embedded::EmbeddedRecognizer`]: reference-data candidates and an
//! averaged-perceptron tagger trained on the gold train split) and, behind a
//! cargo feature elsewhere, the transformer backend.
//!
//! Invariants: `ner` knows nothing about files or documents' JSON; it reads a
//! text already segmented by `scoreline-text` and never re-tokenises; the
//! offsets it returns are byte offsets into that text (the caller converts at
//! the edge); the same input gives the same output, whatever the thread.

pub mod bio;
pub mod coverage;
pub mod cues;
pub mod embedded;
pub mod feature_table;
pub mod features;
pub mod model_file;
pub mod perceptron;
pub mod resolve;
pub mod train;

use scoreline_core::{Label, Lang};
use scoreline_text::Segmented;

/// What a recogniser reads: the text, its language, its segmentation.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    pub text: &'a str,
    pub lang: Lang,
    pub seg: &'a Segmented<'a>,
}

/// A recognised entity: byte span, label, canonical name, confidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    /// The canonical name (reference data, or the fullest name in the text).
    pub reference: String,
    /// The reference-data id, when linked.
    pub entry_id: Option<String>,
    /// For a linked player or coach, the reference-data id of their club.
    pub affiliation: Option<String>,
    pub confidence: f32,
}

/// A recogniser backend.
pub trait Recognizer: Send + Sync {
    /// The entities of one text, in order, not overlapping.
    fn recognize(&self, input: &Input<'_>) -> Vec<Mention>;

    /// The entities of several texts, in their order. Backends that gain
    /// from reading texts together (a transformer's batched forward pass)
    /// override it; the result is the same as one `recognize` per text.
    fn recognize_batch(&self, inputs: &[Input<'_>]) -> Vec<Vec<Mention>> {
        inputs.iter().map(|i| self.recognize(i)).collect()
    }

    /// How many texts to hand `recognize_batch` at once (1: no gain).
    fn batch_size(&self) -> usize {
        1
    }
}
