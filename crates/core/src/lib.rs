//! The document model of `shared/spec/gold-format.md`, shared by gold files and
//! predictions, with its validating loader.
//!
//! Invariants:
//! - Offsets in a [`Document`] are Unicode code points, as in the spec; byte
//!   offsets exist only inside [`offsets::CharIndex`] conversions.
//! - A [`Document`] handed out by the loader has passed every check of
//!   [`validate`]; a document that fails is reported as [`Problem`]s, never
//!   half-loaded.
//! - This crate knows nothing about language, recognition or scoring.

pub mod jsonl;
pub mod load;
pub mod model;
pub mod offsets;
pub mod problem;
pub mod validate;

pub use jsonl::{JsonlLines, LineError};
pub use load::{load_paths, read_jsonl, Loaded, Source};
pub use model::{Document, Entity, Goal, GoalKind, Label, Lang, Match};
pub use offsets::CharIndex;
pub use problem::{Item, Location, Problem};
