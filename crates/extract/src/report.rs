//! What a run tells its user about the input: each record skipped or written
//! with a warning is one [`Report`] of a [`Kind`]; the [`RunSummary`] counts
//! them by kind and keeps none, so that its size does not grow with the input.

use scoreline_core::Problem;
use std::collections::BTreeMap;
use std::fmt;

/// What was wrong with a record. The first kinds skip the record; the last
/// ones ([`Kind::skips`] false) write it all the same, with a warning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A file that does not exist or cannot be read, or a stream that broke.
    Unreadable,
    /// NUL bytes: not text at all.
    Binary,
    NotUtf8,
    /// Over [`crate::input::MAX_DOC_BYTES`].
    TooLarge,
    /// A JSONL line that is not a JSON object of the input shape.
    NotJson,
    /// A JSONL record without `id` or `text`, or with an unknown `lang`.
    BadRecord,
    /// The pipeline failed on the document (a bug in scoreline).
    Internal,
    /// Written with no entities: the text is empty or only white space.
    Empty,
    /// Written as `und`: the text is in none of the seven languages, or too
    /// short to tell.
    UnknownLanguage,
}

impl Kind {
    /// Whether the record is left out of the output.
    pub fn skips(self) -> bool {
        !matches!(self, Kind::Empty | Kind::UnknownLanguage)
    }

    /// Plural noun phrase for the summary.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Unreadable => "missing or unreadable",
            Kind::Binary => "binary",
            Kind::NotUtf8 => "not valid UTF-8",
            Kind::TooLarge => "too large",
            Kind::NotJson => "not JSON",
            Kind::BadRecord => "incomplete record",
            Kind::Internal => "internal error",
            Kind::Empty => "empty",
            Kind::UnknownLanguage => "language not one of the seven",
        }
    }
}

/// One record skipped or warned about, located by file, line and document.
/// `Display` is the problem, then `; skipped` if the record was left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub kind: Kind,
    pub problem: Problem,
}

impl Report {
    pub fn new(kind: Kind, problem: Problem) -> Self {
        Report { kind, problem }
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.problem)?;
        if self.kind.skips() {
            f.write_str("; skipped")?;
        }
        Ok(())
    }
}

impl std::error::Error for Report {}

/// What a run did: counts only.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunSummary {
    /// Records met: written plus skipped (a missing file is one record).
    pub read: usize,
    pub written: usize,
    pub skipped: usize,
    /// Documents written with a warning (counted in `written` too).
    pub warned: usize,
    /// White-space separated words of the documents written.
    pub words: usize,
    pub by_kind: BTreeMap<Kind, usize>,
}

impl RunSummary {
    pub fn count(&mut self, kind: Kind) {
        *self.by_kind.entry(kind).or_default() += 1;
        if kind.skips() {
            self.skipped += 1;
            self.read += 1;
        } else {
            self.warned += 1;
        }
    }

    /// Whether anything was reported: the run is partial.
    pub fn is_partial(&self) -> bool {
        !self.by_kind.is_empty()
    }
}

/// `read 7, written 5 (1234 words), skipped 2 (1 binary, 1 not JSON),
/// warnings 1 (1 empty)`
impl fmt::Display for RunSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "read {}, written {} ({} words), skipped {}",
            self.read, self.written, self.words, self.skipped
        )?;
        let kinds = |f: &mut fmt::Formatter<'_>, skips: bool| -> fmt::Result {
            let parts: Vec<String> = self
                .by_kind
                .iter()
                .filter(|(k, _)| k.skips() == skips)
                .map(|(k, n)| format!("{n} {}", k.label()))
                .collect();
            if parts.is_empty() {
                Ok(())
            } else {
                write!(f, " ({})", parts.join(", "))
            }
        };
        kinds(f, true)?;
        write!(f, ", warnings {}", self.warned)?;
        kinds(f, false)
    }
}

#[cfg(test)]
mod tests {
    use super::{Kind, RunSummary};

    #[test]
    fn summary_counts_by_kind_and_says_it_in_one_line() {
        let mut s = RunSummary {
            read: 3,
            written: 3,
            words: 40,
            ..RunSummary::default()
        };
        for k in [Kind::Binary, Kind::NotJson, Kind::Binary, Kind::Empty] {
            s.count(k);
        }
        assert!(s.is_partial());
        assert_eq!(
            s.to_string(),
            "read 6, written 3 (40 words), skipped 3 (2 binary, 1 not JSON), warnings 1 (1 empty)"
        );
        assert!(!RunSummary::default().is_partial());
    }
}
