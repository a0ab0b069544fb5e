//! All the sources under some paths: each file checked, then the checks that
//! need all of them (ids unique across the corpus).

use crate::article::Article;
use crate::parse::{parse_file, Checked};
use scoreline_core::{Location, Problem};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The articles that passed, sorted by id, and every problem, by file then line.
#[derive(Debug, Default)]
pub struct Corpus {
    pub files: usize,
    pub articles: Vec<Article>,
    pub problems: Vec<Problem>,
}

impl Corpus {
    /// Source files with at least one problem.
    pub fn failing_files(&self) -> usize {
        let mut files: Vec<&Path> = self
            .problems
            .iter()
            .map(|p| p.location.file.as_path())
            .collect();
        files.dedup();
        files.len()
    }
}

/// Checks every `.txt` file under `paths` (files as given, directories
/// recursively, in path order so that runs are repeatable).
pub fn check_paths(paths: &[PathBuf]) -> Corpus {
    let mut corpus = Corpus::default();
    let mut files = Vec::new();
    for path in paths {
        let here = Location {
            file: path.clone(),
            line: None,
        };
        if path.is_dir() {
            for entry in walkdir::WalkDir::new(path).sort_by_file_name() {
                match entry {
                    // Only `.txt` files are sources; editors' backups and notes are not.
                    Ok(e)
                        if e.file_type().is_file()
                            && e.path().extension().is_some_and(|x| x == "txt") =>
                    {
                        files.push(e.into_path());
                    }
                    Ok(_) => {}
                    Err(e) => corpus.problems.push(Problem::new(
                        here.clone(),
                        format!("cannot read directory: {e}"),
                    )),
                }
            }
        } else if path.is_file() {
            files.push(path.clone());
        } else {
            corpus
                .problems
                .push(Problem::new(here, "no such file or directory"));
        }
    }
    let checked: Vec<Checked> = files.iter().map(|f| parse_file(f)).collect();
    corpus.files = checked.len();
    corpus.problems.extend(duplicate_ids(&checked));
    for c in checked {
        corpus.problems.extend(c.problems);
        corpus.articles.extend(c.article);
    }
    // A file with a duplicate id has a problem, so none of its kind got in;
    // the order of problems is file, then line, as an editor wants them.
    corpus.problems.sort_by(|a, b| {
        (&a.location.file, a.location.line).cmp(&(&b.location.file, b.location.line))
    });
    corpus
        .articles
        .retain(|a| !corpus.problems.iter().any(|p| p.location.file == a.path));
    corpus.articles.sort_by(|a, b| a.id().cmp(b.id()));
    corpus
}

/// Ids must be unique across the sources: every file after the first that
/// uses an id is reported, naming the first.
fn duplicate_ids(checked: &[Checked]) -> Vec<Problem> {
    let mut first: HashMap<&str, &Path> = HashMap::new();
    let mut problems = Vec::new();
    for c in checked {
        let Some((id, line)) = &c.id else { continue };
        match first.get(id.as_str()) {
            Some(prev) => problems.push(Problem::new(
                Location {
                    file: c.path.clone(),
                    line: Some(*line),
                },
                format!("id {id:?} is already used by {}", prev.display()),
            )),
            None => {
                first.insert(id, &c.path);
            }
        }
    }
    problems
}
