//! What can stop a build. Problems in the sources are not errors of this
//! kind: they are collected as [`scoreline_core::Problem`]s, and a build
//! with any of them refuses with [`GoldError::InvalidSources`].

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum GoldError {
    #[error("{count} problem(s) in the sources; nothing was written (run `scoreline gold check`)")]
    InvalidSources { count: usize },
    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}:{line}: {message}", path.display())]
    Manifest {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("cannot serialise document {id:?}: {source}")]
    Json {
        id: String,
        source: serde_json::Error,
    },
}
