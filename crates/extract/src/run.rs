//! The corpus run: batches of records processed in parallel, written in input
//! order, with problems reported as they are met and counted.

use crate::input::Inputs;
use crate::pipeline::Pipeline;
use rayon::prelude::*;
use scoreline_core::Problem;
use std::io::{self, Write};

/// Records per batch: large enough to keep every thread busy, small enough
/// that memory does not grow with the input.
pub const BATCH: usize = 256;

/// What a run did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunSummary {
    pub documents: usize,
    pub problems: usize,
    pub words: usize,
}

/// Runs `pipeline` over `inputs`, writing one JSON line per document to
/// `out`; `on_problem` hears of every skipped record, `on_progress` of every
/// batch written (documents so far).
pub fn run(
    pipeline: &Pipeline,
    mut inputs: Inputs,
    out: &mut (dyn Write + Send),
    on_problem: &mut (dyn FnMut(&Problem) + Send),
    on_progress: &mut (dyn FnMut(usize) + Send),
) -> io::Result<RunSummary> {
    let mut summary = RunSummary::default();
    let mut batch = Vec::with_capacity(BATCH);
    loop {
        batch.clear();
        for item in inputs.by_ref() {
            match item {
                Ok(doc) => {
                    batch.push(doc);
                    if batch.len() == BATCH {
                        break;
                    }
                }
                Err(p) => {
                    summary.problems += 1;
                    on_problem(&p);
                }
            }
        }
        if batch.is_empty() {
            break;
        }
        let docs = pipeline.process_batch(&batch);
        let lines: Vec<(String, usize)> = batch
            .par_iter()
            .zip(docs)
            .map(|(d, doc)| {
                let words = d.text.split_whitespace().count();
                (serde_json::to_string(&doc).unwrap_or_default(), words)
            })
            .collect();
        for (line, words) in lines {
            out.write_all(line.as_bytes())?;
            out.write_all(b"\n")?;
            summary.words += words;
        }
        summary.documents += batch.len();
        on_progress(summary.documents);
    }
    out.flush()?;
    Ok(summary)
}
