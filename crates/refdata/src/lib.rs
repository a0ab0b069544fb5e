//! Football reference data under `models/refdata/` and the matcher that finds
//! its names in text.
//!
//! Invariants: `refdata` knows nothing about documents, languages or labels
//! decided in context — it proposes candidates with every entry a name may
//! refer to, and says which names need context (`ambiguous`). Offsets it
//! returns are byte offsets into the text it was given.

mod article;
mod demonym;
mod error;
mod fold;
mod integrity;
mod matcher;
mod model;
mod trie;
mod tsv;

pub use article::is_article;
pub use demonym::Demonyms;
pub use error::RefDataError;
pub use fold::Folded;
pub use integrity::Finding;
pub use matcher::{Candidate, Gazetteer, GazetteerBuildError, Hit};
pub use model::{Entry, Kind, RefData};
