//! The extraction pipeline: input records in, spec documents out.
//!
//! Data flow per document: language (`scoreline-lang`, unless the input gives
//! it) → segmentation (`scoreline-text`) → recognition (a
//! `scoreline_ner::Recognizer`) → offsets converted to code points → a
//! `scoreline_core::Document`. Documents are independent, so a batch is
//! processed in parallel and written in input order: the output is
//! byte-identical for any thread count.
//!
//! Invariants: the pipeline never drops a document silently — a record that
//! cannot be read becomes a `Report` naming file, line and document, and the
//! run goes on; output already written is never taken back.

pub mod input;
pub mod pipeline;
pub mod report;
pub mod run;

pub use input::{InputDoc, Inputs};
pub use pipeline::Pipeline;
pub use report::{Kind, Report, RunSummary};
pub use run::{run, RunError};
