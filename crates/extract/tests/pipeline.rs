//! The pipeline on the committed models and gold articles: every span slices
//! its surface, output is identical for any thread count, bad records are
//! reported and the rest goes on, and the committed model is what training
//! on the committed train split gives.

use scoreline_core::{load_paths, CharIndex};
use scoreline_extract::{run, Inputs, Pipeline};
use scoreline_ner::embedded::{EmbeddedRecognizer, TAGGER_FILE};
use scoreline_ner::{model_file, train};
use scoreline_ner::{Input, Mention, Recognizer};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn pipeline() -> Pipeline {
    let r = EmbeddedRecognizer::load(&repo().join("models")).unwrap_or_else(|e| panic!("{e}"));
    Pipeline::new(Box::new(r))
}

fn extract(paths: &[PathBuf], threads: usize) -> (String, usize) {
    extract_with(&pipeline(), paths, threads)
}

fn extract_with(p: &Pipeline, paths: &[PathBuf], threads: usize) -> (String, usize) {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let mut out = Vec::new();
    let mut problems = 0;
    let summary = pool
        .install(|| {
            run(
                p,
                Inputs::new(paths),
                &mut out,
                &mut |r| problems += usize::from(r.kind.skips()),
                &mut |_| {},
            )
        })
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(summary.skipped, problems);
    (String::from_utf8(out).unwrap_or_default(), problems)
}

#[test]
fn committed_model_is_what_training_gives() {
    let models = repo().join("models");
    let gold = load_paths(&[repo().join("eval/gold/train")]);
    assert!(gold.problems.is_empty(), "{:?}", gold.problems);
    let docs: Vec<_> = gold.documents.into_iter().map(|(_, d)| d).collect();
    let data =
        scoreline_refdata::RefData::load(&models.join("refdata")).unwrap_or_else(|e| panic!("{e}"));
    let gz = scoreline_refdata::Gazetteer::new(&data).unwrap_or_else(|e| panic!("{e}"));
    let (model, _) = train::train(&docs, &gz, &data, train::TrainConfig::default());
    let committed = std::fs::read(models.join(TAGGER_FILE)).unwrap_or_default();
    assert!(
        model_file::to_bytes(&model) == committed,
        "models/{TAGGER_FILE} is out of date: run `scoreline train`"
    );
}

#[test]
fn spans_slice_their_surface_and_threads_do_not_change_output() {
    let corpus = repo().join("corpora/news.jsonl");
    let (one, p1) = extract(std::slice::from_ref(&corpus), 1);
    let (two, p2) = extract(std::slice::from_ref(&corpus), 2);
    assert_eq!((p1, p2), (0, 0));
    assert!(one == two, "output differs between 1 and 2 threads");
    let mut docs = 0;
    let mut entities = 0;
    for line in one.lines() {
        let doc: scoreline_core::Document =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}"));
        let ix = CharIndex::new(&doc.text);
        for e in &doc.entities {
            assert_eq!(
                ix.slice(e.start, e.end),
                Some(e.text.as_str()),
                "{}",
                doc.id
            );
            entities += 1;
        }
        docs += 1;
    }
    assert_eq!(docs, corpus_docs(&corpus));
    assert!(entities > 5000, "{entities}");
}

#[test]
fn bad_records_are_reported_and_the_rest_is_extracted() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let jsonl = dir.path().join("in.jsonl");
    let lines = [
        r#"{"id": "a", "text": "Harry Kane traf für den FC Bayern."}"#,
        r#"{"id": "b", "text": "cut off"#,
        r#"{"text": "no id"}"#,
        r#"{"id": "c", "text": "Mbappé marque pour le Real Madrid.", "lang": "xx"}"#,
        r#"{"id": "d", "text": "", "date": "2024-05-01"}"#,
    ];
    std::fs::write(&jsonl, lines.join("\n") + "\n").unwrap_or_else(|e| panic!("{e}"));
    let binary = dir.path().join("z.txt");
    std::fs::write(&binary, b"\x00\x01\x02").unwrap_or_else(|e| panic!("{e}"));
    let (out, problems) = extract(&[jsonl, dir.path().join("missing.txt"), binary], 2);
    assert_eq!(problems, 5);
    let ids: Vec<String> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l)
                .map(|v| v["id"].as_str().unwrap_or("").to_owned())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(ids, ["a", "d"]);
}

/// The embedded recogniser, read in batches of seven, noting each batch's size.
struct Batched {
    inner: EmbeddedRecognizer,
    sizes: Arc<Mutex<Vec<usize>>>,
}

impl Recognizer for Batched {
    fn recognize(&self, input: &Input<'_>) -> Vec<Mention> {
        self.inner.recognize(input)
    }

    fn recognize_batch(&self, inputs: &[Input<'_>]) -> Vec<Vec<Mention>> {
        if let Ok(mut s) = self.sizes.lock() {
            s.push(inputs.len());
        }
        inputs.iter().map(|i| self.inner.recognize(i)).collect()
    }

    fn batch_size(&self) -> usize {
        7
    }
}

/// The corpus grows with the gold: count its documents rather than fix a number.
fn corpus_docs(corpus: &Path) -> usize {
    let text = std::fs::read_to_string(corpus).unwrap_or_else(|e| panic!("{e}"));
    text.lines().filter(|l| !l.trim().is_empty()).count()
}

#[test]
fn a_batching_recogniser_reads_chunks_and_the_output_is_unchanged() {
    let corpus = repo().join("corpora/news.jsonl");
    let (plain, _) = extract(std::slice::from_ref(&corpus), 2);
    let sizes = Arc::new(Mutex::new(Vec::new()));
    let inner = EmbeddedRecognizer::load(&repo().join("models")).unwrap_or_else(|e| panic!("{e}"));
    let p = Pipeline::new(Box::new(Batched {
        inner,
        sizes: Arc::clone(&sizes),
    }));
    let (batched, _) = extract_with(&p, std::slice::from_ref(&corpus), 2);
    assert!(batched == plain, "batched recognition changed the output");
    let sizes = sizes.lock().map(|s| s.clone()).unwrap_or_default();
    let docs = corpus_docs(&corpus);
    assert_eq!(sizes.iter().sum::<usize>(), docs);
    assert!(sizes.iter().all(|&n| (1..=7).contains(&n)), "{sizes:?}");
    // Nearly every batch is full: only the last one of each worker's run may not be.
    assert!(
        sizes.iter().filter(|&&n| n == 7).count() >= docs / 7 * 9 / 10,
        "{sizes:?}"
    );
}
