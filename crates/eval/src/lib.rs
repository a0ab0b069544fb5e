//! Scores predictions against gold exactly as `shared/spec/gold-format.md` §3
//! says: entities (strict, partial), matches (basic, full), goals (basic,
//! linked), micro-averaged, per label and per language, with the counts, the
//! false positives and negatives, and an entity confusion table.
//!
//! Invariants: scoring reads only documents (no files, no models); it never
//! depends on the order items are listed in (one-to-one maximum matching).

pub mod assign;
pub mod entities;
pub mod goals;
pub mod matches;
pub mod names;
pub mod normalize;
pub mod prf;
pub mod render;
pub mod report;

pub use report::{evaluate, Report};
