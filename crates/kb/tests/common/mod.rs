//! Shared by the kb tests: the repository's reference data, fixtures, and a
//! base built in a temporary directory.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use scoreline_core::{Document, Problem};
use scoreline_kb::input::spec_documents;
use scoreline_kb::{BuildOptions, BuildSummary, Kb, Resolver};
use scoreline_refdata::RefData;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub fn resolver() -> &'static Resolver {
    static R: OnceLock<Resolver> = OnceLock::new();
    R.get_or_init(|| Resolver::new(RefData::load(&repo().join("models/refdata")).unwrap()))
}

pub fn spec(paths: &[PathBuf]) -> Vec<Result<Document, Problem>> {
    spec_documents(paths).collect()
}

/// Builds `docs` into `kb`, failing the test on any input problem.
pub fn build(kb: &mut Kb, docs: Vec<Result<Document, Problem>>) -> BuildSummary {
    let mut problems = Vec::new();
    let summary = kb
        .build(resolver(), docs, BuildOptions::default(), &mut |p| {
            problems.push(p.to_string())
        })
        .unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    summary
}

/// A fresh base in a temporary directory.
pub fn fresh() -> (tempfile::TempDir, Kb) {
    let dir = tempfile::tempdir().unwrap();
    let kb = Kb::create_or_open(&dir.path().join("kb.sqlite")).unwrap();
    (dir, kb)
}
