//! The gold authoring format of `eval/AUTHORING.md`: parsing and checking the
//! sources under `eval/gold-src/<lang>/<id>.txt`, and building from them what
//! is committed beside them (the spec JSON, the split manifest, the plain
//! news corpus and the corpus report).
//!
//! Invariants:
//! - A source becomes a document only through `scoreline_core::validate`,
//!   the loader's own validator; the authoring checks come on top of it.
//! - Every problem names the source file and its 1-based line.
//! - Building is all or nothing: one bad source and nothing is written.

pub mod article;
pub mod consistency;
pub mod corpus;
pub mod marks;
pub mod parse;
pub mod records;
pub mod vocab;

pub use article::{Article, Meta};
pub use corpus::{check_paths, Corpus};
pub use parse::{parse_file, parse_source, Checked};
pub use vocab::{Kind, TAGS};
