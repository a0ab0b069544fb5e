//! Errors reading reference data, each naming the file and line.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum RefDataError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}:{line}: {message}")]
    Invalid {
        path: PathBuf,
        line: usize,
        message: String,
    },
}
