//! Everything `scoreline gold build` writes, computed in memory first so
//! that it can be written all at once, or compared with what is committed.

use crate::article::Article;
use crate::corpus::Corpus;
use crate::error::GoldError;
use crate::report;
use crate::split::{Manifest, Split};
use scoreline_core::Lang;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Where the outputs go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// The `eval` directory: `gold/`, `split.tsv`, `CORPUS.md` go in it.
    pub out: PathBuf,
    /// The unannotated corpus, `corpora/news.jsonl`.
    pub news: PathBuf,
}

impl Layout {
    /// The repository's layout under `root`.
    pub fn under(root: &Path) -> Layout {
        Layout {
            out: root.join("eval"),
            news: root.join("corpora").join("news.jsonl"),
        }
    }

    pub fn gold_dir(&self) -> PathBuf {
        self.out.join("gold")
    }

    pub fn split(&self) -> PathBuf {
        self.out.join("split.tsv")
    }

    pub fn report(&self) -> PathBuf {
        self.out.join("CORPUS.md")
    }

    pub fn gold_file(&self, split: Split, lang: Lang) -> PathBuf {
        self.gold_dir()
            .join(split.as_str())
            .join(format!("{lang}.jsonl"))
    }
}

/// Every output file and its contents.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outputs {
    pub files: BTreeMap<PathBuf, String>,
}

/// Why a committed output is not what the build would write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stale {
    Missing(PathBuf),
    Differs(PathBuf),
    /// A `.jsonl` under `gold/` that the build would not write.
    Unexpected(PathBuf),
}

impl std::fmt::Display for Stale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (path, what) = match self {
            Stale::Missing(p) => (p, "missing"),
            Stale::Differs(p) => (p, "out of date"),
            Stale::Unexpected(p) => (p, "not an output of the build any more"),
        };
        write!(f, "{}: {what} (run `scoreline gold build`)", path.display())
    }
}

/// A line of the unannotated corpus.
#[derive(Serialize)]
struct NewsLine<'a> {
    id: &'a str,
    date: Option<&'a str>,
    text: &'a str,
}

/// Computes the outputs of a clean corpus; the split manifest already at
/// `layout` is read and extended, never rewritten.
pub fn plan(corpus: &Corpus, layout: &Layout) -> Result<Outputs, GoldError> {
    if !corpus.problems.is_empty() {
        return Err(GoldError::InvalidSources {
            count: corpus.problems.len(),
        });
    }
    let mut manifest = Manifest::read(&layout.split())?;
    manifest.assign(&corpus.articles);
    render(&corpus.articles, &manifest, layout)
}

/// The outputs of `articles` (sorted by id) under an assigned `manifest`.
pub fn render(
    articles: &[Article],
    manifest: &Manifest,
    layout: &Layout,
) -> Result<Outputs, GoldError> {
    let mut files = BTreeMap::new();
    for split in Split::ALL {
        for lang in Lang::ALL {
            let mut text = String::new();
            for a in articles
                .iter()
                .filter(|a| a.document.lang == lang && manifest.split_of(a.id()) == Some(split))
            {
                text.push_str(&json_line(a.id(), &a.document)?);
            }
            files.insert(layout.gold_file(split, lang), text);
        }
    }
    let mut news = String::new();
    for a in articles {
        let d = &a.document;
        news.push_str(&json_line(
            a.id(),
            &NewsLine {
                id: &d.id,
                date: d.date.as_deref(),
                text: &d.text,
            },
        )?);
    }
    files.insert(layout.news.clone(), news);
    files.insert(layout.split(), manifest.render());
    files.insert(layout.report(), report::render(articles, manifest));
    Ok(Outputs { files })
}

fn json_line(id: &str, value: &impl Serialize) -> Result<String, GoldError> {
    let mut line = serde_json::to_string(value).map_err(|source| GoldError::Json {
        id: id.to_owned(),
        source,
    })?;
    line.push('\n');
    Ok(line)
}

impl Outputs {
    /// What on disk differs from these outputs.
    pub fn stale(&self, layout: &Layout) -> Result<Vec<Stale>, GoldError> {
        let mut stale = Vec::new();
        for (path, want) in &self.files {
            match std::fs::read(path) {
                Ok(have) if have == want.as_bytes() => {}
                Ok(_) => stale.push(Stale::Differs(path.clone())),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    stale.push(Stale::Missing(path.clone()))
                }
                Err(source) => {
                    return Err(GoldError::Read {
                        path: path.clone(),
                        source,
                    })
                }
            }
        }
        stale.extend(self.unexpected(layout)?.into_iter().map(Stale::Unexpected));
        Ok(stale)
    }

    /// Writes the files that differ and removes `.jsonl` files under `gold/`
    /// that are no longer outputs; returns how many files it changed.
    pub fn write(&self, layout: &Layout) -> Result<usize, GoldError> {
        let mut changed = 0;
        for stale in self.stale(layout)? {
            match stale {
                Stale::Missing(path) | Stale::Differs(path) => {
                    let contents = self
                        .files
                        .get(&path)
                        .map(String::as_bytes)
                        .unwrap_or_default();
                    let write = |p: &Path| -> std::io::Result<()> {
                        if let Some(dir) = p.parent() {
                            std::fs::create_dir_all(dir)?;
                        }
                        std::fs::write(p, contents)
                    };
                    write(&path).map_err(|source| GoldError::Write {
                        path: path.clone(),
                        source,
                    })?;
                }
                Stale::Unexpected(path) => {
                    std::fs::remove_file(&path).map_err(|source| GoldError::Write {
                        path: path.clone(),
                        source,
                    })?;
                }
            }
            changed += 1;
        }
        Ok(changed)
    }

    fn unexpected(&self, layout: &Layout) -> Result<Vec<PathBuf>, GoldError> {
        let dir = layout.gold_dir();
        if !dir.is_dir() {
            return Ok(Vec::new());
        }
        let mut found = Vec::new();
        for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
            let entry = entry.map_err(|e| GoldError::Read {
                path: e.path().map_or_else(|| dir.clone(), Path::to_owned),
                source: e.into(),
            })?;
            let path = entry.path();
            if entry.file_type().is_file()
                && path.extension().is_some_and(|x| x == "jsonl")
                && !self.files.contains_key(path)
            {
                found.push(path.to_owned());
            }
        }
        Ok(found)
    }
}
