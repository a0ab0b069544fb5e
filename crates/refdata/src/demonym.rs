//! People-of-a-place nouns and club nicknames that recognition leaves
//! unmarked ("die Rheinhessen", "los guipuzcoanos", "les Phocéens", "i
//! partenopei"), each with the clubs it may stand for:
//! `models/refdata/demonyms/<lang>.tsv`, columns `name` and `clubs` (club
//! ids, `|`-separated; `@xx` stands for every club and national team of
//! country `xx`, for a people's noun: "les Algériens", "os espanhóis").
//!
//! Invariants: `demonym` never decides which of several clubs a noun
//! stands for (the document does), and never feeds recognition: the gold
//! leaves these nouns unmarked, so only relations read them.

use crate::error::RefDataError;
use crate::fold::Folded;
use rustc_hash::FxHashMap;
use std::path::Path;

/// Every noun of every file, under its lower-case and folded spellings.
#[derive(Debug, Clone, Default)]
pub struct Demonyms {
    clubs: FxHashMap<String, Vec<String>>,
}

impl Demonyms {
    /// Reads every `*.tsv` in `dir` (e.g. `models/refdata/demonyms`).
    pub fn load(dir: &Path) -> Result<Self, RefDataError> {
        let mut out = Demonyms::default();
        for path in crate::tsv::tsv_files(dir)? {
            let text = std::fs::read_to_string(&path).map_err(|source| RefDataError::Io {
                path: path.clone(),
                source,
            })?;
            out.add(&path, &text)?;
        }
        Ok(out)
    }

    /// Adds the rows of one file; `path` names it in errors. A noun
    /// written twice in one file is an error: its clubs belong on one row.
    pub fn add(&mut self, path: &Path, text: &str) -> Result<(), RefDataError> {
        let invalid = |line: usize, message: String| RefDataError::Invalid {
            path: path.to_owned(),
            line,
            message,
        };
        let mut lines = text.lines().enumerate();
        if !matches!(lines.next(), Some((_, "name\tclubs"))) {
            return Err(invalid(
                1,
                "the header must be the columns name clubs".into(),
            ));
        }
        let mut seen: FxHashMap<String, usize> = FxHashMap::default();
        for (i, line) in lines {
            let n = i + 1;
            if line.trim().is_empty() {
                continue;
            }
            let Some((name, clubs)) = line.split_once('\t') else {
                return Err(invalid(n, "expected two columns: name, clubs".into()));
            };
            let name = name.trim();
            let ids: Vec<String> = clubs
                .split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            if name.is_empty() || ids.is_empty() || clubs.contains('\t') {
                return Err(invalid(
                    n,
                    "a row is a name and at least one club id".into(),
                ));
            }
            let bad = ids.iter().find(|id| {
                let code = id.strip_prefix('@').unwrap_or(id);
                code.is_empty()
                    || !code
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            });
            if let Some(bad) = bad {
                return Err(invalid(n, format!("{bad:?} is no club id or @country")));
            }
            if let Some(first) = seen.insert(Folded::key(name), n) {
                return Err(invalid(n, format!("{name:?} is already on line {first}")));
            }
            for key in [name.to_lowercase(), Folded::key(name)] {
                let list = self.clubs.entry(key).or_default();
                for id in &ids {
                    if !list.contains(id) {
                        list.push(id.clone());
                    }
                }
            }
        }
        Ok(())
    }

    /// The clubs the lower-case (or folded) noun `word` may stand for: ids,
    /// and `@xx` for every club of country `xx`.
    pub fn clubs(&self, word: &str) -> &[String] {
        self.clubs.get(word).map_or(&[], Vec::as_slice)
    }

    /// Every club id and `@country` the table names, for checking against
    /// the clubs.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.clubs.values().flatten().map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.clubs.is_empty()
    }
}
