//! Errors of the knowledge base, each naming the base file it concerns.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum KbError {
    /// The message is SQLite's, in the source chain.
    #[error("{path}")]
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error(
        "{path}: schema version {found}, this scoreline reads version {expected}; rebuild the base"
    )]
    Version {
        path: PathBuf,
        found: i64,
        expected: i64,
    },
    #[error("{path}: not a scoreline knowledge base (no such file, or no `document` table)")]
    NotABase { path: PathBuf },
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("cannot write CSV: {0}")]
    Csv(#[from] csv::Error),
    /// A query named something the base does not have.
    #[error("{0}")]
    Lookup(String),
    /// An export that cannot be written as asked.
    #[error("{0}")]
    Export(String),
}

/// Attaches the base's path to SQLite errors.
pub(crate) trait AtPath<T> {
    fn at(self, path: &std::path::Path) -> Result<T, KbError>;
}

impl<T> AtPath<T> for Result<T, rusqlite::Error> {
    fn at(self, path: &std::path::Path) -> Result<T, KbError> {
        self.map_err(|source| KbError::Sqlite {
            path: path.to_owned(),
            source,
        })
    }
}
