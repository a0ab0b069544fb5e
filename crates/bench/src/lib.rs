//! The benchmark fixtures: committed articles, two per language (a match
//! report and a round-up), taken from `corpora/news.jsonl` so that every
//! stage is measured on the texts the pipeline is built for.
//!
//! Invariants: the benchmarks never read the network or the benchmark corpus
//! (that is `scripts/bench`'s job); a fixture's language is its file name's
//! prefix, never a detection.

use scoreline_core::{Lang, Location};
use scoreline_extract::InputDoc;
use std::path::{Path, PathBuf};

/// The fixture folder of this crate.
pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// The repository's `models/` folder, which the benchmarks load.
pub fn models_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models")
}

#[derive(Debug, thiserror::Error)]
pub enum FixtureError {
    #[error("cannot read the fixtures in {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: the file name does not start with a language code (`de-…`)")]
    Lang { path: PathBuf },
}

/// One fixture article.
#[derive(Debug, Clone)]
pub struct Article {
    /// The corpus id (the file name without `.txt`).
    pub id: String,
    pub lang: Lang,
    pub text: String,
}

impl Article {
    /// The article as the extract pipeline receives it from a `.txt` input:
    /// no language given, so that detection runs as on a real corpus.
    pub fn input(&self) -> InputDoc {
        InputDoc {
            id: self.id.clone(),
            text: self.text.clone(),
            date: None,
            lang: None,
            location: Location {
                file: fixtures_dir().join(format!("{}.txt", self.id)),
                line: None,
            },
        }
    }
}

/// Every `.txt` article under `dir`, sorted by id.
pub fn load(dir: &Path) -> Result<Vec<Article>, FixtureError> {
    let read_err = |source| FixtureError::Read {
        path: dir.to_owned(),
        source,
    };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(read_err)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(read_err)?;
    paths.retain(|p| p.extension().is_some_and(|x| x == "txt"));
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let id = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let lang = id
                .split('-')
                .next()
                .and_then(|code| code.parse::<Lang>().ok())
                .filter(|l| *l != Lang::Und)
                .ok_or_else(|| FixtureError::Lang { path: path.clone() })?;
            let text = std::fs::read_to_string(&path).map_err(|source| FixtureError::Read {
                path: path.clone(),
                source,
            })?;
            Ok(Article { id, lang, text })
        })
        .collect()
}

/// Total UTF-8 bytes of `articles`: the throughput unit of every benchmark.
pub fn bytes(articles: &[Article]) -> u64 {
    articles.iter().map(|a| a.text.len() as u64).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_a_report_and_a_roundup() {
        let articles = load(&fixtures_dir()).unwrap_or_else(|e| panic!("{e}"));
        for lang in Lang::ALL {
            let kinds: Vec<&str> = articles
                .iter()
                .filter(|a| a.lang == lang)
                .filter_map(|a| a.id.split('-').nth(1))
                .collect();
            assert_eq!(kinds, ["report", "roundup"], "{lang}");
        }
    }

    #[test]
    fn fixtures_are_corpus_articles_verbatim() {
        let corpus = std::fs::read_to_string(fixtures_dir().join("../../../corpora/news.jsonl"))
            .unwrap_or_else(|e| panic!("{e}"));
        let texts: std::collections::HashMap<String, String> = corpus
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| Some((v["id"].as_str()?.to_owned(), v["text"].as_str()?.to_owned())))
            .collect();
        let articles = load(&fixtures_dir()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(articles.len(), 14);
        for a in &articles {
            assert_eq!(texts.get(&a.id), Some(&a.text), "{}", a.id);
        }
    }

    #[test]
    fn a_file_without_a_language_prefix_is_refused() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.path().join("xx-report-a.txt"), "text")
            .unwrap_or_else(|e| panic!("{e}"));
        let err = load(dir.path()).err();
        assert!(matches!(err, Some(FixtureError::Lang { .. })), "{err:?}");
    }
}
