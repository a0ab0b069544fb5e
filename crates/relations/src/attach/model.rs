//! The attachment model: one weight per hashed feature, a candidate's
//! score the sum of its features' weights; its file, written in a fixed
//! order so that training twice gives the same bytes.
//!
//! File layout (little endian): magic `SLATT\x01`, `u32` feature count,
//! then per feature (sorted by hash) the `u64` hash and the `f32` weight.

use rustc_hash::FxHashMap;
use std::path::{Path, PathBuf};

/// Where the model lives under the models directory.
pub const ATTACH_FILE: &str = "relations/attach.bin";

const MAGIC: &[u8] = b"SLATT\x01";

#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("{path}: cannot read the model: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: not a scoreline relations model ({why})")]
    Format { path: PathBuf, why: String },
}

/// Averaged weights of the ranking perceptron.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AttachModel {
    pub weights: FxHashMap<u64, f32>,
}

impl AttachModel {
    pub fn score(&self, feats: &[u64]) -> f32 {
        feats.iter().filter_map(|f| self.weights.get(f)).sum()
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut feats: Vec<(u64, f32)> = self.weights.iter().map(|(h, w)| (*h, *w)).collect();
        feats.sort_unstable_by_key(|(h, _)| *h);
        let mut out = Vec::with_capacity(MAGIC.len() + 4 + feats.len() * 12);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(feats.len() as u32).to_le_bytes());
        for (h, w) in feats {
            out.extend_from_slice(&h.to_le_bytes());
            out.extend_from_slice(&w.to_le_bytes());
        }
        out
    }

    pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<Self, ModelError> {
        let bad = |why: String| ModelError::Format {
            path: path.to_owned(),
            why,
        };
        let rest = bytes
            .strip_prefix(MAGIC)
            .ok_or_else(|| bad("wrong magic bytes".to_owned()))?;
        let (count, body) = rest
            .split_first_chunk::<4>()
            .ok_or_else(|| bad("truncated header".to_owned()))?;
        let n = u32::from_le_bytes(*count) as usize;
        if body.len() != n * 12 {
            return Err(bad(format!(
                "{} bytes of weights, expected {}",
                body.len(),
                n * 12
            )));
        }
        let weights = body
            .chunks_exact(12)
            .map(|rec| {
                let (h, w) = rec.split_at(8);
                let h: [u8; 8] = h.try_into().unwrap_or_default();
                let w: [u8; 4] = w.try_into().unwrap_or_default();
                (u64::from_le_bytes(h), f32::from_le_bytes(w))
            })
            .collect();
        Ok(AttachModel { weights })
    }

    /// Reads the model at `models/relations/attach.bin`.
    pub fn load(models: &Path) -> Result<Self, ModelError> {
        let path = models.join(ATTACH_FILE);
        let bytes = std::fs::read(&path).map_err(|source| ModelError::Io {
            path: path.clone(),
            source,
        })?;
        Self::from_bytes(&bytes, &path)
    }
}

/// The index of the best score: the first of the highest, so that ties go
/// to the earlier candidate and "no one" (scored last) wins only outright.
pub fn best(scores: &[f32]) -> usize {
    let mut k = 0;
    for (i, s) in scores.iter().enumerate() {
        if *s > scores[k] {
            k = i;
        }
    }
    k
}

/// One weight during training, with what averaging needs.
#[derive(Debug, Clone, Copy, Default)]
struct Acc {
    w: f32,
    total: f64,
    stamp: u64,
}

/// A ranking perceptron in training: weights plus running totals for
/// averaging.
#[derive(Debug, Default)]
pub struct Trainer {
    acc: FxHashMap<u64, Acc>,
    step: u64,
}

impl Trainer {
    fn score(&self, feats: &[u64]) -> f32 {
        feats
            .iter()
            .filter_map(|f| self.acc.get(f))
            .map(|a| a.w)
            .sum()
    }

    /// One ranking example: the feature sets of the options and which are
    /// right. On a wrong guess the best-scoring right option's features go
    /// up and the guess's down. Returns whether the guess was right.
    pub fn learn(&mut self, options: &[Vec<u64>], right: &[bool]) -> bool {
        self.step += 1;
        let scores: Vec<f32> = options.iter().map(|f| self.score(f)).collect();
        let guess = best(&scores);
        if right[guess] {
            return true;
        }
        let Some(truth) = (0..options.len())
            .filter(|&i| right[i])
            .max_by(|&a, &b| scores[a].total_cmp(&scores[b]).then(b.cmp(&a)))
        else {
            return false;
        };
        let step = self.step;
        for (feats, delta) in [(&options[truth], 1.0f32), (&options[guess], -1.0)] {
            for f in feats {
                let a = self.acc.entry(*f).or_default();
                a.total += f64::from(a.w) * (step - a.stamp) as f64;
                a.stamp = step;
                a.w += delta;
            }
        }
        false
    }

    /// The averaged weights; tiny ones are dropped.
    pub fn average(self) -> AttachModel {
        let step = self.step.max(1);
        let weights = self
            .acc
            .into_iter()
            .filter_map(|(f, a)| {
                let total = a.total + f64::from(a.w) * (step - a.stamp) as f64;
                let w = (total / step as f64) as f32;
                (w.abs() >= 1e-4).then_some((f, w))
            })
            .collect();
        AttachModel { weights }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_round_trips_and_a_cut_one_is_refused() {
        let mut m = AttachModel::default();
        m.weights.insert(9, 0.25);
        m.weights.insert(2, -1.5);
        let bytes = m.to_bytes();
        let p = Path::new("attach.bin");
        assert_eq!(AttachModel::from_bytes(&bytes, p).ok(), Some(m));
        let cut = AttachModel::from_bytes(&bytes[..bytes.len() - 1], p).map_err(|e| e.to_string());
        assert_eq!(
            cut,
            Err(
                "attach.bin: not a scoreline relations model (23 bytes of weights, expected 24)"
                    .to_owned()
            )
        );
        assert!(AttachModel::from_bytes(b"SLNER\x01", p).is_err());
    }

    #[test]
    fn ties_go_to_the_earlier_option() {
        assert_eq!(best(&[0.0, 0.0, 0.0]), 0);
        assert_eq!(best(&[0.0, 1.0, 1.0]), 1);
        assert_eq!(best(&[-1.0, -2.0, 0.5]), 2);
    }
}
