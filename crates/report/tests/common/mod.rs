//! The fixtures both page tests render: predictions with evidence spans and
//! the gold they are scored against.

use scoreline_core::Document;
use std::path::{Path, PathBuf};

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub fn load(name: &str) -> Vec<Document> {
    let loaded = scoreline_core::load_paths(&[fixture(name)]);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    loaded.documents.into_iter().map(|(_, d)| d).collect()
}

/// The page for the fixtures, with the evaluation.
pub fn page(options: &scoreline_report::Options) -> (String, Vec<Document>) {
    let pred = load("pred.jsonl");
    let gold = load("gold.jsonl");
    let report = scoreline_eval::evaluate(&gold, &pred);
    (
        scoreline_report::render(&pred, Some(&report), options),
        pred,
    )
}

/// Every `<mark class="LABEL" …>…</mark>` of `html` as (label, text), tags
/// inside removed and the few entities the page uses decoded.
pub fn marks(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("<mark class=\"") {
        rest = &rest[at + "<mark class=\"".len()..];
        let Some((label, after)) = rest.split_once('"') else {
            break;
        };
        let Some((_, after)) = after.split_once('>') else {
            break;
        };
        let Some((inner, after)) = after.split_once("</mark>") else {
            break;
        };
        let mut text = String::new();
        let mut in_tag = false;
        for c in inner.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        let text = text
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
        out.push((label.to_owned(), text));
        rest = after;
    }
    out
}
