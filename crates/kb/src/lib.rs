//! The knowledge base: extracted documents merged across articles and
//! languages into one SQLite file, every fact with its provenance (document,
//! code-point spans, the extractor's confidence), and its exports.
//!
//! Data flow: spec documents (from `scoreline extract`, or extracted here
//! from raw news through `scoreline-extract`) → entity resolution per
//! document ([`resolve`]: reference-data ids, surnames, short names and
//! aliases in seven languages, stable new ids otherwise) → merge into the
//! base ([`merge`]: matches by teams, score and date window; goals by match,
//! scorer and minute; relations) → queries ([`query`]) and exports
//! ([`export`]). The schema is `schema.sql`, documented in `docs/kb-schema.md`.
//!
//! Invariants: `kb` never re-runs recognition on documents it is given; a
//! build is one transaction (it lands whole or not at all); adding a
//! document again with the same content changes nothing; a disagreement
//! between reports is kept and flagged, never settled silently.

pub mod dates;
pub mod error;
pub mod evidence;
pub mod export;
pub mod ids;
pub mod input;
pub mod merge;
pub mod names;
pub mod query;
pub mod resolve;
pub mod store;
pub mod summary;
pub mod table;

pub use error::KbError;
pub use export::{Format, Target};
pub use merge::Added;
pub use query::Question;
pub use resolve::Resolver;
pub use store::{BuildOptions, Kb, SCHEMA_VERSION};
pub use summary::BuildSummary;
pub use table::Table;
