//! A parsed and checked gold article: the spec document plus the authoring
//! metadata that is not exported (kind, tags, note).

use crate::vocab::Kind;
use scoreline_core::Document;
use std::path::PathBuf;

/// The metadata of the header that the spec JSON does not carry.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    pub kind: Kind,
    /// In the order written; each one of [`crate::vocab::TAGS`].
    pub tags: Vec<&'static str>,
    pub note: Option<String>,
}

/// One source file that passed every check.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    pub path: PathBuf,
    pub document: Document,
    pub meta: Meta,
}

impl Article {
    pub fn id(&self) -> &str {
        &self.document.id
    }

    pub fn words(&self) -> usize {
        word_count(&self.document.text)
    }
}

/// Words as AUTHORING.md counts them: white-space-separated tokens of the
/// text (marks removed), so that the checker and the report agree.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The length limits of AUTHORING.md §3, inclusive.
pub const WORDS_MIN: usize = 150;
pub const WORDS_MAX: usize = 500;
