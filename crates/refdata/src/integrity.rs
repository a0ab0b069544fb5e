//! Whole-base checks that no single row can see: references that resolve,
//! names that identify one entry, names written once and in normal form.
//! The loader already rejects what makes a file unreadable (columns, slugs,
//! order, repeated ids); these findings are what a reviewer must fix.

use crate::fold::Folded;
use crate::model::{Entry, Kind, RefData};
use std::collections::BTreeMap;
use std::fmt;
use unicode_normalization::is_nfc;

/// One thing wrong with the reference data as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// `from` names an id (`field`) that no entry of that kind has.
    Dangling {
        from: (Kind, String),
        field: &'static str,
        missing: String,
    },
    /// A name (folded key) identifies several entries of one kind and none
    /// of them lists it as ambiguous: linking would pick one silently.
    UnmarkedClash {
        kind: Kind,
        key: String,
        ids: Vec<String>,
    },
    /// A name written twice in one row (the same once folded), or both as an
    /// alias and as ambiguous.
    Repeated { entry: (Kind, String), name: String },
    /// A name with surrounding or doubled white space, or not in NFC.
    NotNormalised { entry: (Kind, String), name: String },
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Finding::Dangling {
                from: (kind, id),
                field,
                missing,
            } => write!(
                f,
                "{} {id}: {field} {missing:?} does not exist",
                kind.folder()
            ),
            Finding::UnmarkedClash { kind, key, ids } => write!(
                f,
                "{}: {key:?} names {} but is not marked ambiguous",
                kind.folder(),
                ids.join(", ")
            ),
            Finding::Repeated {
                entry: (kind, id),
                name,
            } => write!(f, "{} {id}: {name:?} is listed twice", kind.folder()),
            Finding::NotNormalised {
                entry: (kind, id),
                name,
            } => write!(
                f,
                "{} {id}: {name:?} is not normalised (NFC, single spaces, trimmed)",
                kind.folder()
            ),
        }
    }
}

impl RefData {
    /// Every finding, in a stable order (kind, then id).
    pub fn check(&self) -> Vec<Finding> {
        let mut out = Vec::new();
        for e in &self.entries {
            dangling(self, e, &mut out);
            row_names(e, &mut out);
        }
        clashes(self, &mut out);
        out
    }
}

fn dangling(data: &RefData, e: &Entry, out: &mut Vec<Finding>) {
    let refs = [
        ("stadium", Kind::Stadium, &e.stadium),
        ("club", Kind::Club, &e.club),
    ];
    for (field, kind, target) in refs {
        if let Some(id) = target {
            if data.get(kind, id).is_none() {
                out.push(Finding::Dangling {
                    from: (e.kind, e.id.clone()),
                    field,
                    missing: id.clone(),
                });
            }
        }
    }
}

fn row_names(e: &Entry, out: &mut Vec<Finding>) {
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for name in e.names.iter().chain(&e.ambiguous) {
        let entry = (e.kind, e.id.clone());
        if !is_nfc(name) || name.trim() != name || name.contains("  ") {
            out.push(Finding::NotNormalised {
                entry: entry.clone(),
                name: name.clone(),
            });
        }
        if seen.insert(Folded::key(name), name).is_some() {
            out.push(Finding::Repeated {
                entry,
                name: name.clone(),
            });
        }
    }
}

fn clashes(data: &RefData, out: &mut Vec<Finding>) {
    // Keyed by (kind, folded name): which entries claim it without context.
    let mut owners: BTreeMap<(Kind, String), Vec<&str>> = BTreeMap::new();
    for e in &data.entries {
        for name in &e.names {
            let ids = owners.entry((e.kind, Folded::key(name))).or_default();
            if !ids.contains(&e.id.as_str()) {
                ids.push(&e.id);
            }
        }
    }
    for ((kind, key), ids) in owners {
        if ids.len() > 1 {
            out.push(Finding::UnmarkedClash {
                kind,
                key,
                ids: ids.into_iter().map(str::to_owned).collect(),
            });
        }
    }
}
