//! The split manifest `eval/split.tsv`: which documents are train, dev and
//! test. A document's split never changes once written (so that nothing
//! tuned on train or dev ever moves into test); new documents are assigned
//! by the rule documented in the crate docs ([`crate`]).

use crate::article::Article;
use crate::error::GoldError;
use crate::vocab::Kind;
use scoreline_core::Lang;
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::Path;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Split {
    Train,
    Dev,
    Test,
}

impl Split {
    pub const ALL: [Split; 3] = [Split::Train, Split::Dev, Split::Test];

    pub fn as_str(self) -> &'static str {
        match self {
            Split::Train => "train",
            Split::Dev => "dev",
            Split::Test => "test",
        }
    }
}

impl fmt::Display for Split {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Split {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Split::ALL
            .into_iter()
            .find(|x| x.as_str() == s)
            .ok_or_else(|| format!("unknown split {s:?} (expected train, dev or test)"))
    }
}

/// The cycle new documents of one (lang, kind) group go through: 3 train,
/// 1 dev, 1 test in every 5, i.e. 60/20/20.
pub const PATTERN: [Split; 5] = [
    Split::Train,
    Split::Dev,
    Split::Train,
    Split::Test,
    Split::Train,
];

/// The manifest's header line.
pub const HEADER: &str = "id\tlang\tkind\tsplit";

/// One manifest row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub lang: Lang,
    pub kind: Kind,
    pub split: Split,
}

/// Every assignment ever made, by id. Rows of documents that no longer have
/// a source are kept too: if the id comes back, so does its split.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Manifest {
    pub rows: BTreeMap<String, Row>,
}

impl Manifest {
    /// Reads a manifest as written by [`Manifest::render`]; `path` only names it in errors.
    pub fn parse(path: &Path, text: &str) -> Result<Self, GoldError> {
        let mut rows = BTreeMap::new();
        for (i, line) in text.lines().enumerate() {
            let bad = |message: String| GoldError::Manifest {
                path: path.to_owned(),
                line: i + 1,
                message,
            };
            if line.is_empty() || (i == 0 && line == HEADER) {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            let [id, lang, kind, split] = fields.as_slice() else {
                return Err(bad(format!(
                    "expected 4 tab-separated fields ({HEADER}), found {}",
                    fields.len()
                )));
            };
            let row = Row {
                lang: lang.parse().map_err(bad)?,
                kind: kind.parse().map_err(bad)?,
                split: split.parse().map_err(bad)?,
            };
            if rows.insert((*id).to_owned(), row).is_some() {
                return Err(bad(format!("id {id:?} is listed twice")));
            }
        }
        Ok(Manifest { rows })
    }

    /// Reads the manifest at `path`; a missing file is an empty manifest.
    pub fn read(path: &Path) -> Result<Self, GoldError> {
        match std::fs::read_to_string(path) {
            Ok(text) => Manifest::parse(path, &text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Manifest::default()),
            Err(source) => Err(GoldError::Read {
                path: path.to_owned(),
                source,
            }),
        }
    }

    /// Assigns a split to every article not yet in the manifest; rows
    /// already there are never touched. See the crate docs for the rule.
    pub fn assign(&mut self, articles: &[Article]) {
        let mut counters: HashMap<(Lang, Kind), usize> = HashMap::new();
        for row in self.rows.values() {
            *counters.entry((row.lang, row.kind)).or_default() += 1;
        }
        let mut new: Vec<(&str, Lang, Kind)> = articles
            .iter()
            .filter(|a| !self.rows.contains_key(a.id()))
            .map(|a| (a.id(), a.document.lang, a.meta.kind))
            .collect();
        new.sort();
        for (id, lang, kind) in new {
            let counter = counters.entry((lang, kind)).or_default();
            let split = PATTERN[(group_ordinal(lang, kind) + *counter) % PATTERN.len()];
            *counter += 1;
            self.rows.insert(id.to_owned(), Row { lang, kind, split });
        }
    }

    pub fn split_of(&self, id: &str) -> Option<Split> {
        self.rows.get(id).map(|r| r.split)
    }

    /// The TSV text: header, then one row per id in id order.
    pub fn render(&self) -> String {
        let mut out = format!("{HEADER}\n");
        for (id, row) in &self.rows {
            out.push_str(&format!(
                "{id}\t{}\t{}\t{}\n",
                row.lang, row.kind, row.split
            ));
        }
        out
    }
}

/// Where a group starts in [`PATTERN`]: its index in the fixed order
/// languages × kinds. Without this offset, every group of one or two
/// documents (most of them, in a small corpus) would put all of them in train.
fn group_ordinal(lang: Lang, kind: Kind) -> usize {
    let lang_index = Lang::ALL
        .iter()
        .position(|l| *l == lang)
        .unwrap_or(Lang::ALL.len());
    lang_index * Kind::ALL.len() + kind.index()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn manifest_round_trips_and_rejects_bad_rows() {
        let text = format!("{HEADER}\nde-report-a\tde\treport\ttest\nen-cup-b\ten\tcup\ttrain\n");
        let m = Manifest::parse(Path::new("split.tsv"), &text).map_err(|e| e.to_string());
        assert_eq!(m.as_ref().map(Manifest::render), Ok(text));
        assert_eq!(
            m.ok().and_then(|m| m.split_of("de-report-a")),
            Some(Split::Test)
        );
        let bad = Manifest::parse(Path::new("split.tsv"), "x\tde\treport\tvalidation\n")
            .map_err(|e| e.to_string());
        assert_eq!(
            bad,
            Err(
                "split.tsv:1: unknown split \"validation\" (expected train, dev or test)"
                    .to_owned()
            )
        );
        let dup = Manifest::parse(Path::new("s"), "x\tde\treport\ttest\nx\tde\treport\ttest\n")
            .map_err(|e| e.to_string());
        assert_eq!(dup, Err("s:2: id \"x\" is listed twice".to_owned()));
    }

    #[test]
    fn groups_start_at_different_places_in_the_pattern() {
        assert_eq!(group_ordinal(Lang::En, Kind::Report), 0);
        assert_eq!(group_ordinal(Lang::De, Kind::Report), 8);
        assert_eq!(group_ordinal(Lang::Pt, Kind::Liveblog), 55);
        // 56 groups of one document each: 60/20/20 over the corpus.
        let firsts: Vec<Split> = Lang::ALL
            .iter()
            .flat_map(|l| {
                Kind::ALL
                    .iter()
                    .map(move |k| PATTERN[group_ordinal(*l, *k) % PATTERN.len()])
            })
            .collect();
        let count = |s: Split| firsts.iter().filter(|x| **x == s).count();
        assert_eq!(
            (count(Split::Train), count(Split::Dev), count(Split::Test)),
            (34, 11, 11)
        );
    }
}
