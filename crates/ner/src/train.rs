//! Training the tagger on gold documents: deterministic (fixed document
//! order per epoch from a fixed seed), so that `scoreline train` reproduces
//! the committed model byte for byte.

use crate::bio::{self, Tag};
use crate::features::DocFeatures;
use crate::perceptron::{Perceptron, Trainer};
use scoreline_core::{CharIndex, Document};
use scoreline_refdata::{Gazetteer, RefData};
use scoreline_text::Segmented;

/// Training settings.
#[derive(Debug, Clone, Copy)]
pub struct TrainConfig {
    pub epochs: usize,
    pub seed: u64,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 12,
            seed: 0x5c0e_11e5,
        }
    }
}

/// What training saw.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrainReport {
    pub documents: usize,
    pub tokens: usize,
    pub entities: usize,
    /// Gold entities whose span does not fall on token boundaries (not learnt).
    pub misaligned: usize,
    pub features: usize,
}

/// A gold document as the tagger learns it: features, gold tags, sentences.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub doc: DocFeatures,
    /// The gold tag of every token.
    pub tags: Vec<Tag>,
    /// Token ranges `first..end` of every sentence.
    pub sentences: Vec<(usize, usize)>,
}

/// Prepares one gold document; also returns how many of its entities do not
/// fall on token boundaries (left out of `tags`).
pub fn prepare(d: &Document, gazetteer: &Gazetteer, data: &RefData) -> (Prepared, usize) {
    let seg = Segmented::new(&d.text);
    let ix = CharIndex::new(&d.text);
    let spans: Vec<(usize, usize, scoreline_core::Label)> = d
        .entities
        .iter()
        .filter_map(|e| Some((ix.to_byte(e.start)?, ix.to_byte(e.end)?, e.label)))
        .collect();
    let (tags, misaligned) = bio::encode(&seg.tokens, &spans);
    let sentences = seg.sentences.iter().map(|s| (s.first, s.end)).collect();
    let doc = DocFeatures::new(&seg, d.lang, gazetteer, data);
    (
        Prepared {
            doc,
            tags,
            sentences,
        },
        misaligned,
    )
}

/// A small deterministic generator for the epoch order (xorshift64*).
fn shuffle<T>(items: &mut [T], state: &mut u64) {
    for i in (1..items.len()).rev() {
        *state ^= *state >> 12;
        *state ^= *state << 25;
        *state ^= *state >> 27;
        let r = state.wrapping_mul(0x2545_f491_4f6c_dd1d);
        items.swap(i, (r % (i as u64 + 1)) as usize);
    }
}

/// Trains on `docs`; the history features use the tagger's own guesses, as
/// at tagging time.
pub fn train(
    docs: &[Document],
    gazetteer: &Gazetteer,
    data: &RefData,
    config: TrainConfig,
) -> (Perceptron, TrainReport) {
    let mut report = TrainReport {
        documents: docs.len(),
        ..TrainReport::default()
    };
    let mut prepared: Vec<Prepared> = docs
        .iter()
        .map(|d| {
            let (p, misaligned) = prepare(d, gazetteer, data);
            report.misaligned += misaligned;
            report.entities += d.entities.len();
            report.tokens += p.tags.len();
            p
        })
        .collect();
    let mut trainer = Trainer::default();
    let mut state = config.seed | 1;
    let mut feats = Vec::with_capacity(48);
    for _ in 0..config.epochs {
        shuffle(&mut prepared, &mut state);
        for p in &prepared {
            for &(first, end) in &p.sentences {
                let mut history: Vec<Tag> = Vec::with_capacity(end - first);
                for i in first..end {
                    p.doc.features(i, first, end, &history, &mut feats);
                    let prev = history.last().copied().unwrap_or(bio::O);
                    history.push(trainer.learn(&feats, p.tags[i], prev));
                }
            }
        }
    }
    let model = trainer.average();
    report.features = model.len();
    (model, report)
}
