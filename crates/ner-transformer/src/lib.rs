//! Transformer entity recognition: a local token-classification model in
//! rust-bert's format (`rust_model.ot`, `config.json`, and the vocabulary:
//! `vocab.txt` for BERT and DistilBERT, `vocab.json` + `merges.txt` for
//! RoBERTa, `sentencepiece.bpe.model` for XLM-RoBERTa) behind
//! [`scoreline_ner::Recognizer`].
//!
//! The model runs only with the `rust-bert` cargo feature (rust-bert and
//! tch, linked against libtorch). Without it this crate still has, and
//! tests, everything around the model: the mapping of the model's types to
//! ours ([`labels`], [`typing`]), windows over long documents and their
//! stitching ([`window`]), the aggregation of piece tags into entities
//! ([`aggregate`]) and the mentions of a document ([`document`]).
//!
//! Invariants: nothing here downloads anything; a model is read from a
//! directory the user gave. Mentions lie on the tokens of `scoreline-text`
//! (the model reads those words, cut into its pieces), in byte offsets of
//! the text, never overlapping; the same text gives the same mentions
//! whatever the window size, batch or thread, up to the model's own
//! dependence on context.

pub mod aggregate;
pub mod document;
pub mod labels;
pub mod typing;
pub mod window;

#[cfg(feature = "rust-bert")]
pub mod model;
#[cfg(feature = "rust-bert")]
pub mod recognizer;
#[cfg(feature = "rust-bert")]
pub mod tiny;

use labels::{LabelMap, MappingError};
use std::path::{Path, PathBuf};

/// The mapping file looked for in a model directory.
pub const MAPPING_FILE: &str = "labels.tsv";

/// How the recogniser reads documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Pieces per window (without the model's special tokens); `None`: as
    /// many as the model's positions allow.
    pub window: Option<usize>,
    /// Pieces each window repeats of the one before it.
    pub overlap: usize,
    /// Windows per forward pass.
    pub batch_size: usize,
    /// The mapping file; `None`: `labels.tsv` in the model directory, else
    /// the built-in generic mapping.
    pub mapping: Option<PathBuf>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            window: None,
            overlap: 64,
            batch_size: 16,
            mapping: None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum MappingFileError {
    #[error("cannot read the label mapping {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("label mapping {}: {source}", path.display())]
    Parse { path: PathBuf, source: MappingError },
}

/// The mapping for a model in `model_dir`: the file given, else
/// `labels.tsv` there, else the generic one.
pub fn load_mapping(model_dir: &Path, given: Option<&Path>) -> Result<LabelMap, MappingFileError> {
    let path = match given {
        Some(p) => p.to_owned(),
        None => {
            let p = model_dir.join(MAPPING_FILE);
            if !p.exists() {
                return Ok(LabelMap::generic());
            }
            p
        }
    };
    let text = std::fs::read_to_string(&path).map_err(|source| MappingFileError::Read {
        path: path.clone(),
        source,
    })?;
    LabelMap::parse(&text).map_err(|source| MappingFileError::Parse { path, source })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use labels::Target;
    use scoreline_core::Label;

    #[test]
    fn the_mapping_comes_from_the_file_given_the_model_folder_or_the_generic_table() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(load_mapping(dir.path(), None).unwrap(), LabelMap::generic());
        std::fs::write(dir.path().join(MAPPING_FILE), "PER\tCOACH\n").unwrap();
        let coach = Target::Labels {
            options: vec![Label::Coach],
            needs_support: false,
        };
        assert_eq!(load_mapping(dir.path(), None).unwrap().target("PER"), coach);
        let given = dir.path().join("mine.tsv");
        std::fs::write(&given, "PER\t-\n").unwrap();
        assert_eq!(
            load_mapping(dir.path(), Some(&given))
                .unwrap()
                .target("PER"),
            Target::Drop
        );
        let missing = dir.path().join("missing.tsv");
        let err = load_mapping(dir.path(), Some(&missing)).unwrap_err();
        assert!(matches!(err, MappingFileError::Read { .. }));
        assert!(err.to_string().contains("missing.tsv"));
    }
}
