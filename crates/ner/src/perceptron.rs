//! An averaged perceptron over hashed features, decoded greedily left to
//! right with BIO constraints (an I-X only after B-X or I-X).
//!
//! Why a perceptron and not a CRF: on our ~40k training tokens it reaches the
//! same accuracy class as a linear-chain CRF with the same features, trains
//! in seconds, deterministically, with no C dependency, and greedy decoding
//! costs one weight lookup per feature — what the speed target needs
//! (measured against CRFsuite in docs/ner-model-choice.md).

use crate::bio::{self, Tag, N_TAGS};
use crate::feature_table::FeatureTable;
use crate::features::DocFeatures;
// The keys are feature hashes already spread over 64 bits: FxHash's one
// multiply is all the map needs, where FNV would hash them a second time.
use rustc_hash::FxHashMap;

/// Lanes of a row of weights: `N_TAGS` rounded up to a multiple of four.
const LANES: usize = N_TAGS.div_ceil(4) * 4;

/// One feature's weights per tag, padded with zeros to `LANES`: the sum
/// over a token's features is then whole vector adds, lane by lane in the
/// same order as tag by tag, so the sums are bit for bit the same.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Row([f32; LANES]);

impl Row {
    fn new(w: [f32; N_TAGS]) -> Self {
        let mut row = [0f32; LANES];
        row[..N_TAGS].copy_from_slice(&w);
        Row(row)
    }

    fn tags(&self) -> [f32; N_TAGS] {
        std::array::from_fn(|t| self.0[t])
    }
}

/// Averaged weights, ready for tagging.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Perceptron {
    weights: FeatureTable<Row>,
}

impl Perceptron {
    pub fn scores(&self, feats: &[u64]) -> [f32; N_TAGS] {
        let mut s = [0f32; LANES];
        for f in feats {
            if let Some(w) = self.weights.get(*f) {
                for (a, b) in s.iter_mut().zip(&w.0) {
                    *a += b;
                }
            }
        }
        Row(s).tags()
    }

    /// The weights of feature `f`, if it has any.
    pub fn get(&self, f: u64) -> Option<[f32; N_TAGS]> {
        self.weights.get(f).map(Row::tags)
    }

    /// Sets the weights of feature `f`.
    pub fn insert(&mut self, f: u64, w: [f32; N_TAGS]) {
        self.weights.insert(f, Row::new(w));
    }

    /// Features with weights.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// Every feature with its weights, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (u64, [f32; N_TAGS])> + '_ {
        self.weights.iter().map(|(f, w)| (f, w.tags()))
    }

    /// Tags tokens `first..end` of `doc`; returns the tags and, per token, the
    /// probability of its tag (softmax of the scores).
    pub fn tag_sentence(
        &self,
        doc: &DocFeatures,
        first: usize,
        end: usize,
    ) -> (Vec<Tag>, Vec<f32>) {
        let mut tags: Vec<Tag> = Vec::with_capacity(end - first);
        let mut probs = Vec::with_capacity(end - first);
        let mut feats = Vec::with_capacity(48);
        for i in first..end {
            doc.features(i, first, end, &tags, &mut feats);
            let s = self.scores(&feats);
            let (t, p) = best_allowed(&s, tags.last().copied().unwrap_or(bio::O));
            tags.push(t);
            probs.push(p);
        }
        (tags, probs)
    }
}

/// The best tag allowed after `prev`, with its softmax probability among the
/// allowed ones.
fn best_allowed(s: &[f32; N_TAGS], prev: Tag) -> (Tag, f32) {
    let mut best = bio::O;
    for t in 0..N_TAGS {
        if bio::allowed(prev, t) && s[t] > s[best] {
            best = t;
        }
    }
    let z: f32 = (0..N_TAGS)
        .filter(|&t| bio::allowed(prev, t))
        .map(|t| (s[t] - s[best]).exp())
        .sum();
    (best, 1.0 / z)
}

/// One weight during training, with what averaging needs.
#[derive(Debug, Clone, Default)]
struct Acc {
    w: [f32; N_TAGS],
    total: [f64; N_TAGS],
    stamp: [u64; N_TAGS],
}

/// Training state: current weights plus running totals for averaging.
#[derive(Debug, Default)]
pub struct Trainer {
    acc: FxHashMap<u64, Acc>,
    step: u64,
}

impl Trainer {
    pub fn current(&self) -> impl Fn(&[u64]) -> [f32; N_TAGS] + '_ {
        move |feats| {
            let mut s = [0f32; N_TAGS];
            for f in feats {
                if let Some(a) = self.acc.get(f) {
                    for (x, w) in s.iter_mut().zip(&a.w) {
                        *x += w;
                    }
                }
            }
            s
        }
    }

    /// One training token: predict with current weights; on a mistake move
    /// the weights toward the truth. Returns the guess.
    pub fn learn(&mut self, feats: &[u64], truth: Tag, prev: Tag) -> Tag {
        self.step += 1;
        let guess = best_allowed(&(self.current())(feats), prev).0;
        if guess != truth {
            let step = self.step;
            for f in feats {
                let a = self.acc.entry(*f).or_default();
                for (t, delta) in [(truth, 1.0f32), (guess, -1.0)] {
                    a.total[t] += f64::from(a.w[t]) * (step - a.stamp[t]) as f64;
                    a.stamp[t] = step;
                    a.w[t] += delta;
                }
            }
        }
        guess
    }

    /// The averaged weights; tiny ones are dropped to keep the model small.
    pub fn average(self) -> Perceptron {
        let step = self.step.max(1);
        let mut weights = Perceptron::default();
        for (f, a) in self.acc {
            let w: [f32; N_TAGS] = std::array::from_fn(|t| {
                let total = a.total[t] + f64::from(a.w[t]) * (step - a.stamp[t]) as f64;
                (total / step as f64) as f32
            });
            if w.iter().any(|x| x.abs() >= 1e-3) {
                weights.insert(f, w);
            }
        }
        weights
    }
}
