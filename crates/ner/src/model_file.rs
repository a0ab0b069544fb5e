//! The tagger's model file: a small binary format, written in a fixed order
//! so that training twice gives the same bytes.
//!
//! Layout (little endian): magic `SLNER\x01`, `u32` tag count, `u32` feature
//! count, then per feature (sorted by hash) the `u64` hash and the weights as
//! `f32` per tag.

use crate::bio::N_TAGS;
use crate::perceptron::Perceptron;
use std::path::{Path, PathBuf};

const MAGIC: &[u8] = b"SLNER\x01";

#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("{path}: cannot read the model: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: not a scoreline tagger model ({why})")]
    Format { path: PathBuf, why: String },
}

pub fn to_bytes(model: &Perceptron) -> Vec<u8> {
    let mut feats: Vec<(u64, [f32; N_TAGS])> = model.iter().collect();
    feats.sort_unstable_by_key(|(h, _)| *h);
    let mut out = Vec::with_capacity(MAGIC.len() + 8 + feats.len() * (8 + 4 * N_TAGS));
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(N_TAGS as u32).to_le_bytes());
    out.extend_from_slice(&(feats.len() as u32).to_le_bytes());
    for (h, w) in feats {
        out.extend_from_slice(&h.to_le_bytes());
        for x in w {
            out.extend_from_slice(&x.to_le_bytes());
        }
    }
    out
}

pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<Perceptron, ModelError> {
    let bad = |why: &str| ModelError::Format {
        path: path.to_owned(),
        why: why.to_owned(),
    };
    let rest = bytes
        .strip_prefix(MAGIC)
        .ok_or_else(|| bad("wrong magic bytes"))?;
    let u32_at = |b: &[u8], i: usize| -> Option<u32> {
        Some(u32::from_le_bytes(b.get(i..i + 4)?.try_into().ok()?))
    };
    let tags = u32_at(rest, 0).ok_or_else(|| bad("truncated header"))? as usize;
    if tags != N_TAGS {
        return Err(bad(&format!("{tags} tags, this build uses {N_TAGS}")));
    }
    let n = u32_at(rest, 4).ok_or_else(|| bad("truncated header"))? as usize;
    let record = 8 + 4 * N_TAGS;
    let body = &rest[8..];
    if body.len() != n * record {
        return Err(bad(&format!(
            "{} bytes of weights, expected {}",
            body.len(),
            n * record
        )));
    }
    let mut model = Perceptron::default();
    for rec in body.chunks_exact(record) {
        let mut h = [0u8; 8];
        h.copy_from_slice(&rec[..8]);
        let mut w = [0f32; N_TAGS];
        for (t, x) in w.iter_mut().enumerate() {
            let mut b = [0u8; 4];
            b.copy_from_slice(&rec[8 + 4 * t..12 + 4 * t]);
            *x = f32::from_le_bytes(b);
        }
        model.insert(u64::from_le_bytes(h), w);
    }
    Ok(model)
}

pub fn load(path: &Path) -> Result<Perceptron, ModelError> {
    let bytes = std::fs::read(path).map_err(|source| ModelError::Io {
        path: path.to_owned(),
        source,
    })?;
    from_bytes(&bytes, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_corruption() {
        let mut m = Perceptron::default();
        m.insert(7, [0.5; N_TAGS]);
        m.insert(3, [-1.0; N_TAGS]);
        let bytes = to_bytes(&m);
        let p = Path::new("m.bin");
        assert_eq!(from_bytes(&bytes, p).ok(), Some(m));
        let err = from_bytes(&bytes[..bytes.len() - 1], p)
            .map(|_| ())
            .map_err(|e| e.to_string());
        assert_eq!(
            err,
            Err(format!(
                "m.bin: not a scoreline tagger model ({} bytes of weights, expected {})",
                2 * 52 - 1,
                2 * 52
            ))
        );
        assert!(from_bytes(b"nonsense", p).is_err());
    }
}
