//! The side model: averaged-perceptron weights over hashed features, in
//! the weight file format of the attachment model (`attach::model`), at
//! its own path.

use crate::attach::model::AttachModel;
use std::path::{Path, PathBuf};

/// Where the model lives under the models directory.
pub const SIDES_FILE: &str = "relations/sides.bin";

#[derive(Debug, thiserror::Error)]
pub enum SidesError {
    #[error("{path}: cannot read the side model: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the side model is not valid: {0}")]
    Format(#[source] crate::attach::ModelError),
}

/// The weights of the ranking over a score's candidate pairs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SidesModel {
    pub weights: AttachModel,
}

impl SidesModel {
    pub fn to_bytes(&self) -> Vec<u8> {
        self.weights.to_bytes()
    }

    pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<Self, SidesError> {
        AttachModel::from_bytes(bytes, path)
            .map(|weights| SidesModel { weights })
            .map_err(SidesError::Format)
    }

    /// Reads the model at `models/relations/sides.bin`.
    pub fn load(models: &Path) -> Result<Self, SidesError> {
        let path = models.join(SIDES_FILE);
        let bytes = std::fs::read(&path).map_err(|source| SidesError::Io {
            path: path.clone(),
            source,
        })?;
        Self::from_bytes(&bytes, &path)
    }
}
