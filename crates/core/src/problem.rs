//! Problems found while reading or validating documents, each naming where it
//! is: file, line (for JSONL), document id and record.

use std::fmt;
use std::path::PathBuf;

/// The record of a document a problem is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Entity(usize),
    Match(usize),
    Goal(usize),
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Item::Entity(i) => write!(f, "entity {i}"),
            Item::Match(i) => write!(f, "match {i}"),
            Item::Goal(i) => write!(f, "goal {i}"),
        }
    }
}

/// Where a document came from: a file and, for JSONL, a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: PathBuf,
    pub line: Option<usize>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        Ok(())
    }
}

/// One thing wrong with the input. `Display` gives the full one-line message:
/// `file:line: document "id": entity 3: what is wrong`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct Problem {
    pub location: Location,
    pub doc_id: Option<String>,
    pub item: Option<Item>,
    pub message: String,
}

impl Problem {
    pub fn new(location: Location, message: impl Into<String>) -> Self {
        Problem {
            location,
            doc_id: None,
            item: None,
            message: message.into(),
        }
    }

    pub fn in_doc(mut self, doc_id: Option<&str>) -> Self {
        self.doc_id = doc_id.map(str::to_owned);
        self
    }

    pub fn at(mut self, item: Item) -> Self {
        self.item = Some(item);
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.location)?;
        if let Some(id) = &self.doc_id {
            write!(f, "document {id:?}: ")?;
        }
        if let Some(item) = &self.item {
            write!(f, "{item}: ")?;
        }
        f.write_str(&self.message)
    }
}
