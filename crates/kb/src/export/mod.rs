//! Exports of the whole base: JSON-LD (schema.org plus the `sl:`
//! vocabulary), Turtle and N-Triples (oxttl), CSV tables, native JSON. All
//! stream fact by fact from the base (`snapshot::Fact`): memory does not
//! grow with its size.

pub mod csv;
pub mod graph;
pub mod json;
pub mod jsonld;
pub mod rdf;
pub mod snapshot;

use crate::error::KbError;
use crate::store::Kb;
use std::io::Write;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    JsonLd,
    Turtle,
    NTriples,
    /// A directory of CSV files.
    Csv,
    Json,
}

/// Where an export goes: a stream, or (CSV) a directory.
pub enum Target<'a> {
    Stream(&'a mut dyn Write),
    Directory(&'a Path),
}

impl std::fmt::Debug for Target<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Target::Stream(_) => f.write_str("Stream"),
            Target::Directory(d) => f.debug_tuple("Directory").field(d).finish(),
        }
    }
}

impl Kb {
    /// Writes the whole base in `format`; CSV needs a directory, the others
    /// a stream.
    pub fn export(&self, format: Format, target: Target<'_>) -> Result<(), KbError> {
        match (format, target) {
            (Format::Csv, Target::Directory(dir)) => csv::write(self, dir),
            (Format::Csv, Target::Stream(_)) => Err(KbError::Export(
                "CSV export writes several files: give a directory with -o".to_owned(),
            )),
            (_, Target::Directory(dir)) => Err(KbError::Export(format!(
                "{} is a directory; this format writes one file",
                dir.display()
            ))),
            (Format::Json, Target::Stream(out)) => json::write(self, out),
            (Format::JsonLd, Target::Stream(out)) => jsonld::write(self, out),
            (Format::Turtle, Target::Stream(out)) => rdf::turtle(self, out),
            (Format::NTriples, Target::Stream(out)) => rdf::ntriples(self, out),
        }
    }
}
