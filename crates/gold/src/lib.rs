//! The gold authoring format of `eval/AUTHORING.md`: parsing and checking the
//! sources under `eval/gold-src/<lang>/<id>.txt`, and building from them what
//! is committed beside them:
//!
//! - `eval/gold/{train,dev,test}/{lang}.jsonl`: the spec JSON of each
//!   split's documents, one per line, sorted by id (all 21 files, empty
//!   ones included, so that every split has the same shape);
//! - `eval/split.tsv`: the split manifest (`id lang kind split`, tab
//!   separated, sorted by id);
//! - `corpora/news.jsonl`: the same articles unannotated (`id`, `date`,
//!   `text`), sorted by id;
//! - `eval/CORPUS.md`: the corpus report ([`report`]).
//!
//! # The split rule
//!
//! A row of `eval/split.tsv` is never changed or removed, also when its
//! source is gone, so that no document ever moves between train, dev and
//! test (and an id that comes back gets its old split). Documents without a
//! row are assigned, in id order, within their group (lang, kind): the
//! group's counter `c` is the number of rows it already has, the document
//! gets `PATTERN[(g + c) % 5]` with `PATTERN = train, dev, train, test,
//! train` ([`split::PATTERN`]), and `c` goes up by one. `g` is the group's
//! index in languages (`en de nl es fr it pt`) × kinds (in the order of
//! AUTHORING.md §1), so that groups do not all start at train: most groups
//! hold one or two documents, and a common start would leave dev and test
//! nearly empty. Over a group of five or more, and over many small groups,
//! this is 60/20/20.
//!
//! Invariants:
//! - A source becomes a document only through `scoreline_core::validate`,
//!   the loader's own validator; the authoring checks come on top of it.
//! - Every problem names the source file and its 1-based line.
//! - Building is all or nothing: one bad source and nothing is written.

pub mod article;
pub mod consistency;
pub mod corpus;
pub mod error;
pub mod marks;
pub mod outputs;
pub mod parse;
pub mod records;
pub mod report;
pub mod split;
pub mod vocab;

pub use article::{Article, Meta};
pub use corpus::{check_paths, Corpus};
pub use error::GoldError;
pub use outputs::{plan, Layout, Outputs, Stale};
pub use parse::{parse_file, parse_source, Checked};
pub use split::{Manifest, Split};
pub use vocab::{Kind, TAGS};
