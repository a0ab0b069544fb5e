//! The committed outputs (`eval/gold`, `eval/split.tsv`, `eval/CORPUS.md`,
//! `corpora/news.jsonl`) must be exactly what `scoreline gold build` would
//! write from the committed `eval/gold-src`.

use scoreline_gold::{check_paths, plan, Layout};
use std::path::Path;

#[test]
fn committed_outputs_are_what_the_build_writes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    // Shorter paths in the messages; the uncanonical one works as well.
    let root = root.canonicalize().unwrap_or(root);
    let corpus = check_paths(&[root.join("eval/gold-src")]);
    let problems: Vec<String> = corpus.problems.iter().map(ToString::to_string).collect();
    assert!(
        problems.is_empty(),
        "the gold sources have problems (run `scoreline gold check`):\n{}",
        problems.join("\n")
    );
    let layout = Layout::under(&root);
    let outputs = plan(&corpus, &layout).unwrap_or_else(|e| panic!("{e}"));
    let stale: Vec<String> = outputs
        .stale(&layout)
        .unwrap_or_else(|e| panic!("{e}"))
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        stale.is_empty(),
        "the committed gold outputs are out of date; run `scoreline gold build` and commit the result:\n{}",
        stale.join("\n")
    );
}
