//! Reading `models/refdata/<kind>/*.tsv`: a header line naming the columns,
//! then one entry per row, sorted by id.

use crate::error::RefDataError;
use crate::fold::Folded;
use crate::model::{Entry, Kind, RefData};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

fn columns(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Club => &[
            "id",
            "name",
            "kind",
            "country",
            "city",
            "stadium",
            "aliases",
            "ambiguous",
        ],
        Kind::Stadium => &[
            "id",
            "name",
            "city",
            "country",
            "clubs",
            "aliases",
            "ambiguous",
        ],
        Kind::Competition => &["id", "name", "kind", "country", "aliases", "ambiguous"],
        Kind::Coach => &["id", "name", "short", "club", "aliases", "ambiguous"],
        Kind::Player => &[
            "id",
            "name",
            "short",
            "club",
            "position",
            "aliases",
            "ambiguous",
        ],
    }
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn list(cell: &str) -> impl Iterator<Item = String> + '_ {
    cell.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

fn opt(cell: &str) -> Option<String> {
    Some(cell.trim())
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

impl RefData {
    /// Loads every kind's folder under `root` (e.g. `models/refdata`). A
    /// missing folder is an empty kind; a malformed row is an error naming
    /// file and line.
    pub fn load(root: &Path) -> Result<RefData, RefDataError> {
        let mut entries = Vec::new();
        let mut seen = HashSet::new();
        for kind in Kind::ALL {
            for path in tsv_files(&root.join(kind.folder()))? {
                let text = std::fs::read_to_string(&path).map_err(|source| RefDataError::Io {
                    path: path.clone(),
                    source,
                })?;
                for entry in parse(kind, &path, &text)? {
                    if !seen.insert((kind, entry.id.clone())) {
                        let line = text
                            .lines()
                            .position(|l| l.starts_with(&format!("{}\t", entry.id)))
                            .map_or(0, |i| i + 1);
                        return Err(RefDataError::Invalid {
                            path,
                            line,
                            message: format!(
                                "id {:?} is used twice in {}",
                                entry.id,
                                kind.folder()
                            ),
                        });
                    }
                    entries.push(entry);
                }
            }
        }
        Ok(RefData::from_entries(entries))
    }
}

pub(crate) fn tsv_files(dir: &Path) -> Result<Vec<PathBuf>, RefDataError> {
    let read = match std::fs::read_dir(dir) {
        Ok(r) => r,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(RefDataError::Io {
                path: dir.to_owned(),
                source,
            })
        }
    };
    let mut files = Vec::new();
    for item in read {
        let path = item
            .map_err(|source| RefDataError::Io {
                path: dir.to_owned(),
                source,
            })?
            .path();
        if path.extension().is_some_and(|e| e == "tsv") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Parses one file of `kind`.
pub(crate) fn parse(kind: Kind, path: &Path, text: &str) -> Result<Vec<Entry>, RefDataError> {
    let invalid = |line: usize, message: String| RefDataError::Invalid {
        path: path.to_owned(),
        line,
        message,
    };
    let mut lines = text.lines().enumerate();
    let expected = columns(kind);
    match lines.next() {
        Some((_, header)) if header.split('\t').eq(expected.iter().copied()) => {}
        _ => {
            return Err(invalid(
                1,
                format!("the header must be the columns {}", expected.join(" ")),
            ))
        }
    }
    let mut entries = Vec::new();
    let mut previous: Option<String> = None;
    for (i, line) in lines {
        let n = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        if cells.len() != expected.len() {
            return Err(invalid(
                n,
                format!("{} columns, expected {}", cells.len(), expected.len()),
            ));
        }
        let cell = |name: &str| {
            expected
                .iter()
                .position(|c| *c == name)
                .map_or("", |p| cells[p])
        };
        let id = cell("id").trim().to_owned();
        if !is_slug(&id) {
            return Err(invalid(n, format!("id {id:?} is not a slug (a-z, 0-9, -)")));
        }
        if previous.as_ref().is_some_and(|p| p.as_str() >= id.as_str()) {
            return Err(invalid(
                n,
                format!(
                    "rows must be sorted by id with no repeats: {id:?} comes after {:?}",
                    previous.as_deref().unwrap_or_default()
                ),
            ));
        }
        let name = cell("name").trim().to_owned();
        if name.is_empty() {
            return Err(invalid(n, "empty name".to_owned()));
        }
        let ambiguous: Vec<String> = list(cell("ambiguous")).collect();
        // A name listed as ambiguous (even the canonical one, when two
        // people share it) is matched only as ambiguous.
        // Folded once each, not once per pair.
        let ambiguous_keys: Vec<String> = ambiguous.iter().map(|a| Folded::key(a)).collect();
        let marked =
            |n: &String| !ambiguous_keys.is_empty() && ambiguous_keys.contains(&Folded::key(n));
        let mut names = Vec::new();
        let short = opt(cell("short"));
        for alias in std::iter::once(name.clone())
            .chain(short)
            .chain(list(cell("aliases")))
        {
            if !names.contains(&alias) && !marked(&alias) {
                names.push(alias);
            }
        }
        let class = match kind {
            Kind::Player => cell("position"),
            Kind::Club | Kind::Competition => cell("kind"),
            _ => "",
        };
        let club = match kind {
            Kind::Stadium => list(cell("clubs")).next(),
            Kind::Coach | Kind::Player => opt(cell("club")),
            _ => None,
        };
        let stadium = if kind == Kind::Club {
            opt(cell("stadium"))
        } else {
            None
        };
        previous = Some(id.clone());
        entries.push(Entry {
            kind,
            id,
            name,
            class: class.trim().to_owned(),
            country: opt(cell("country")),
            club,
            stadium,
            names,
            ambiguous,
        });
    }
    Ok(entries)
}
