//! Importers and exporters between the spec format and the annotation tools'
//! formats: Label Studio JSON, doccano JSONL, BRAT standoff, CoNLL IOB2 and
//! spaCy-style JSONL. One module per format, each reading into
//! [`scoreline_core::Document`]s and writing them out.
//!
//! Offsets: Label Studio, doccano, BRAT (brat's Python server) and spaCy all
//! count Unicode code points, as the spec does, so spans pass through
//! unchanged. Label Studio versions before the fix of its front end's emoji
//! handling wrote UTF-16 code units after an astral character; its results
//! carry the span text, so a span that does not match as code points but does
//! as UTF-16 units is converted (see [`labelstudio`]). IOB2 has no offsets:
//! the text is rebuilt from its tokens (see [`conll`]).
//!
//! Invariants: an imported document has passed `scoreline_core`'s validation
//! (the same checks as any gold file); a label outside the five and outside
//! the [`LabelMap`] is a located problem, never silently dropped; one bad
//! document never stops the rest of a file.

pub mod brat;
mod build;
pub mod conll;
pub mod doccano;
mod error;
mod json_items;
pub mod labels;
pub mod labelstudio;
pub mod spacy;
pub mod spec;

pub use build::Importer;
pub use error::WriteError;
pub use labels::LabelMap;

use scoreline_core::{Document, Loaded, Location, Problem};
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// A format documents can be read from or written to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The spec's own JSON / JSONL.
    Spec,
    LabelStudio,
    Doccano,
    Brat,
    Conll,
    Spacy,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::Spec,
        Format::LabelStudio,
        Format::Doccano,
        Format::Brat,
        Format::Conll,
        Format::Spacy,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Format::Spec => "spec",
            Format::LabelStudio => "labelstudio",
            Format::Doccano => "doccano",
            Format::Brat => "brat",
            Format::Conll => "conll",
            Format::Spacy => "spacy",
        }
    }

    /// Whether output goes to a directory of files rather than one stream.
    pub fn writes_directory(self) -> bool {
        self == Format::Brat
    }

    /// File endings read when a directory is given as input.
    fn extensions(self) -> &'static [&'static str] {
        match self {
            Format::Spec | Format::LabelStudio => &["json", "jsonl"],
            Format::Doccano | Format::Spacy => &["jsonl", "json"],
            Format::Brat => &["ann"],
            Format::Conll => &["conll", "iob", "iob2", "bio"],
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.to_ascii_lowercase();
        let alias = match lower.as_str() {
            "label-studio" | "ls" => "labelstudio",
            "iob2" | "iob" => "conll",
            "json" | "jsonl" => "spec",
            other => other,
        };
        Format::ALL
            .into_iter()
            .find(|f| f.name() == alias)
            .ok_or_else(|| {
                format!(
                    "unknown format {s:?} (expected spec, labelstudio, doccano, brat, conll or spacy)"
                )
            })
    }
}

/// Reads every document under `paths` in `format`: files as given,
/// directories recursively (files with the format's endings, in path order).
/// Ids must be unique across everything read.
pub fn read(format: Format, paths: &[PathBuf], importer: &Importer) -> Loaded {
    if format == Format::Spec {
        return scoreline_core::load_paths(paths);
    }
    let mut loaded = Loaded::default();
    for file in files(format, paths, &mut loaded.problems) {
        match format {
            Format::Spec => {}
            Format::LabelStudio => labelstudio::read(&file, importer, &mut loaded),
            Format::Doccano => doccano::read(&file, importer, &mut loaded),
            Format::Brat => brat::read(&file, importer, &mut loaded),
            Format::Conll => conll::read(&file, importer, &mut loaded),
            Format::Spacy => spacy::read(&file, importer, &mut loaded),
        }
    }
    scoreline_core::load::check_unique_ids(&mut loaded);
    loaded
}

fn files(format: Format, paths: &[PathBuf], problems: &mut Vec<Problem>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            for entry in walkdir::WalkDir::new(path).sort_by_file_name() {
                match entry {
                    Ok(e) if e.file_type().is_file() => {
                        let ext = e.path().extension().and_then(|x| x.to_str());
                        if ext.is_some_and(|x| format.extensions().contains(&x)) {
                            out.push(e.into_path());
                        } else if format == Format::Brat
                            && ext == Some("txt")
                            && !e.path().with_extension("ann").exists()
                        {
                            // brat itself shows such a text as unannotated;
                            // importing it as "no entities" would be a claim.
                            problems.push(Problem::new(
                                whole(e.path()),
                                "a brat text without an .ann file beside it; not imported",
                            ));
                        }
                    }
                    Ok(_) => {}
                    Err(e) => problems.push(Problem::new(
                        whole(path),
                        format!("cannot read directory: {e}"),
                    )),
                }
            }
        } else if path.exists() {
            out.push(path.clone());
        } else {
            problems.push(Problem::new(whole(path), "no such file or directory"));
        }
    }
    out
}

/// The location of a whole file.
pub(crate) fn whole(path: &Path) -> Location {
    Location {
        file: path.to_owned(),
        line: None,
    }
}

/// Writes `docs` in a stream format. Returns the problems of documents that
/// the format cannot hold in full (they are written without the part it
/// cannot hold, and each such part is named).
pub fn write(
    format: Format,
    docs: &[(Location, Document)],
    out: &mut dyn Write,
) -> Result<Vec<Problem>, WriteError> {
    match format {
        Format::Spec => spec::write(docs, out),
        Format::LabelStudio => labelstudio::write(docs, out),
        Format::Doccano => doccano::write(docs, out),
        Format::Spacy => spacy::write(docs, out),
        Format::Conll => conll::write(docs, out),
        Format::Brat => Err(WriteError::NeedsDirectory(format)),
    }
}
