//! Documents at the edges of a text: a rule that looks at the token after
//! a name must find none when the name ends the text, not fail the
//! document (found by `scripts/bench` on its 1 GB corpus).

use scoreline_extract::{run, Inputs, Pipeline};
use scoreline_ner::embedded::EmbeddedRecognizer;
use std::path::PathBuf;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn a_player_who_ends_the_text_after_a_live_blog_entry_is_extracted() {
    let r = EmbeddedRecognizer::load(&repo().join("models")).unwrap_or_else(|e| panic!("{e}"));
    let pipeline = Pipeline::new(Box::new(r));
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/text-edges/ends-with-a-player.jsonl");
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let summary = run(
        &pipeline,
        Inputs::new(&[path]),
        &mut out,
        &mut |r| problems.push(format!("{r:?}")),
        &mut |_| {},
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(summary.skipped, 0, "{problems:?}");
    let text = String::from_utf8(out).unwrap_or_default();
    assert!(text.contains("\"id\":\"es-ends-with-a-player\""), "{text}");
    assert!(text.contains("Oussama Idrissi"), "{text}");
}
