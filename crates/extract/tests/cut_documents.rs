//! Real articles cut short: a feed may hold a headline, a teaser or a page
//! truncated anywhere, and text that ends on a name, a minute or a score
//! must be read like any other. The property takes the corpus's own
//! articles (`corpora/news.jsonl`), cuts each after a random name, number or capitalised word,
//! and asks the whole pipeline for a document: no internal error, every
//! entity slicing to its surface. The 1 GB bench corpus found a text ending
//! on a scorer's name that made a relation stage read past the last token.

use proptest::prelude::*;
use scoreline_core::{read_jsonl, CharIndex};
use scoreline_extract::{run, Inputs, Pipeline};
use scoreline_ner::embedded::EmbeddedRecognizer;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| {
        let r = EmbeddedRecognizer::load(&repo().join("models")).unwrap_or_else(|e| panic!("{e}"));
        Pipeline::new(Box::new(r))
    })
}

/// The corpus's article texts.
fn articles() -> &'static [String] {
    static TEXTS: OnceLock<Vec<String>> = OnceLock::new();
    TEXTS.get_or_init(|| {
        let path = repo().join("corpora/news.jsonl");
        let raw =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        raw.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_owned))
            .collect()
    })
}

/// `text` up to the end of its `k`-th word that opens with a capital or a
/// digit (counted modulo those words): the cuts that end on a name, a
/// minute or a score, where a stage looks for a token after them.
fn cut_after_word(text: &str, k: usize) -> &str {
    let mut ends = Vec::new();
    let mut start: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !c.is_alphanumeric() {
            start = None;
            continue;
        }
        let first = *start.get_or_insert(c);
        let last = !chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if last && (first.is_uppercase() || first.is_ascii_digit()) {
            ends.push(i + c.len_utf8());
        }
    }
    match ends.len() {
        0 => text,
        n => &text[..ends[k % n]],
    }
}

fn extract(texts: &[&str]) -> Vec<u8> {
    let input: String = texts
        .iter()
        .enumerate()
        .map(|(i, t)| serde_json::json!({"id": format!("cut{i}"), "text": t}).to_string() + "\n")
        .collect();
    let reader = Box::new(std::io::Cursor::new(input.into_bytes()));
    let mut out = Vec::new();
    run(
        pipeline(),
        Inputs::jsonl(PathBuf::from("cut.jsonl"), reader),
        &mut out,
        &mut |r| assert!(!r.kind.skips(), "a cut article was skipped: {r}"),
        &mut |_| {},
    )
    .unwrap_or_else(|e| panic!("{e}"));
    out
}

#[test]
fn the_corpus_is_there_to_cut() {
    assert!(articles().len() > 500, "{} articles", articles().len());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn an_article_cut_after_a_name_or_number_is_read(picks in proptest::collection::vec((any::<usize>(), any::<usize>()), 8)) {
        let all = articles();
        let texts: Vec<&str> = picks.iter().map(|&(d, k)| cut_after_word(&all[d % all.len()], k)).collect();
        let out = extract(&texts);
        let mut n = 0;
        for (location, loaded) in read_jsonl(Path::new("out.jsonl"), out.as_slice()) {
            let doc = loaded.unwrap_or_else(|ps| panic!("{location}: {ps:?}"));
            prop_assert_eq!(doc.text.as_str(), texts[n]);
            let ix = CharIndex::new(&doc.text);
            for e in &doc.entities {
                prop_assert_eq!(ix.slice(e.start, e.end), Some(e.text.as_str()));
            }
            n += 1;
        }
        prop_assert_eq!(n, texts.len());
    }
}
