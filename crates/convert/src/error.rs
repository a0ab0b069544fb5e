//! What stops a whole export (as opposed to a document the format cannot
//! hold in full, which is a located [`scoreline_core::Problem`]).

use crate::Format;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("write error: {0}")]
    Io(#[from] std::io::Error),
    #[error("cannot write {}: {source}", path.display())]
    File {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0} output is a directory of files: give a directory, not a stream")]
    NeedsDirectory(Format),
    #[error("cannot encode JSON: {0}")]
    Json(#[from] serde_json::Error),
}
