//! The spec's own JSONL, one document a line (reading is
//! `scoreline_core::load_paths`).

use crate::WriteError;
use scoreline_core::{Document, Location, Problem};
use std::io::Write;

pub fn write(
    docs: &[(Location, Document)],
    out: &mut dyn Write,
) -> Result<Vec<Problem>, WriteError> {
    for (_, doc) in docs {
        serde_json::to_writer(&mut *out, doc)?;
        out.write_all(b"\n")?;
    }
    Ok(Vec::new())
}
