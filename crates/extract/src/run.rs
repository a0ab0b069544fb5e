//! The corpus run: batches of records processed in parallel, written in input
//! order and flushed batch by batch, with every skipped or doubtful record
//! reported in input order and counted.
//!
//! Output is streamed, never staged: what a run has written stays written
//! (whole lines, flushed after each batch) whatever happens later, so a long
//! run that is stopped keeps its finished part, and a reader downstream (a
//! pipe, a distributed engine's map step) gets documents as they are done.

use crate::input::{InputDoc, Inputs};
use crate::pipeline::Pipeline;
use crate::report::{Kind, Report, RunSummary};
use rayon::prelude::*;
use scoreline_core::{Document, Lang, Problem};
use std::io::{self, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Records per batch (documents and reported records alike): large enough to
/// keep every thread busy, small enough that memory does not grow with the
/// input.
pub const BATCH: usize = 256;

/// The output could not be written; `summary` says what the run had done.
#[derive(Debug, thiserror::Error)]
#[error("cannot write the output")]
pub struct RunError {
    pub summary: RunSummary,
    #[source]
    pub source: io::Error,
}

/// A written document's line (JSON, UTF-8), its word count and its
/// warning, if any.
type Done = (Vec<u8>, usize, Option<Report>);

/// Runs `pipeline` over `inputs`, writing one JSON line per document to
/// `out`; `on_report` hears of every record skipped or warned about, in
/// input order, `on_progress` of every batch written (documents so far).
///
/// While the threads process a batch, one of them also writes the batch
/// before it and reads the batch after it: reading and writing are serial,
/// and done between batches they left all threads but one idle (about 1 %
/// of the CPU time in a one-thread profile, more with more threads).
pub fn run(
    pipeline: &Pipeline,
    mut inputs: Inputs,
    out: &mut (dyn Write + Send),
    on_report: &mut (dyn FnMut(&Report) + Send),
    on_progress: &mut (dyn FnMut(usize) + Send),
) -> Result<RunSummary, RunError> {
    let mut summary = RunSummary::default();
    let mut bytes = Vec::new();
    let mut batch: Vec<Result<InputDoc, Report>> = inputs.by_ref().take(BATCH).collect();
    let mut done: Vec<Result<Done, Report>> = Vec::new();
    while !batch.is_empty() {
        let writes = !done.is_empty();
        let (processed, (next, wrote)) = rayon::join(
            || extract_batch(pipeline, &batch),
            || {
                let wrote = write_batch(&mut done, &mut bytes, out, &mut summary, on_report);
                let next: Vec<_> = inputs.by_ref().take(BATCH).collect();
                (next, wrote)
            },
        );
        if let Err(source) = wrote {
            return Err(RunError { summary, source });
        }
        if writes {
            on_progress(summary.written);
        }
        done = processed;
        batch = next;
    }
    let writes = !done.is_empty();
    if let Err(source) = write_batch(&mut done, &mut bytes, out, &mut summary, on_report) {
        return Err(RunError { summary, source });
    }
    if writes {
        on_progress(summary.written);
    }
    Ok(summary)
}

/// A batch's documents processed, in input order (its bad records as they
/// were reported).
fn extract_batch(
    pipeline: &Pipeline,
    batch: &[Result<InputDoc, Report>],
) -> Vec<Result<Done, Report>> {
    if pipeline.batch_size() > 1 {
        extract_batched(pipeline, batch)
    } else {
        batch
            .par_iter()
            .map(|item| match item {
                Ok(doc) => extract_one(pipeline, doc),
                Err(r) => Err(r.clone()),
            })
            .collect()
    }
}

/// Writes a processed batch (emptying it) as whole lines, flushed, and
/// counts it; reports its bad records and warnings in input order.
fn write_batch(
    done: &mut Vec<Result<Done, Report>>,
    bytes: &mut Vec<u8>,
    out: &mut (dyn Write + Send),
    summary: &mut RunSummary,
    on_report: &mut (dyn FnMut(&Report) + Send),
) -> io::Result<()> {
    if done.is_empty() {
        return Ok(());
    }
    bytes.clear();
    let (mut written, mut words) = (0, 0);
    for item in done.drain(..) {
        match item {
            Ok((line, n, warning)) => {
                bytes.extend_from_slice(&line);
                bytes.push(b'\n');
                written += 1;
                words += n;
                if let Some(w) = warning {
                    summary.count(w.kind);
                    on_report(&w);
                }
            }
            Err(r) => {
                summary.count(r.kind);
                on_report(&r);
            }
        }
    }
    out.write_all(bytes).and_then(|()| out.flush())?;
    summary.read += written;
    summary.written += written;
    summary.words += words;
    Ok(())
}

/// A batch through a recogniser that reads texts together (the
/// transformer): one call for all of the batch's documents; should it panic,
/// each document again on its own, so the panic costs only its document.
fn extract_batched(
    pipeline: &Pipeline,
    batch: &[Result<InputDoc, Report>],
) -> Vec<Result<Done, Report>> {
    let docs: Vec<InputDoc> = batch
        .iter()
        .filter_map(|i| i.as_ref().ok())
        .cloned()
        .collect();
    let Ok(processed) = catch_unwind(AssertUnwindSafe(|| pipeline.process_batch(&docs))) else {
        return batch
            .par_iter()
            .map(|item| match item {
                Ok(doc) => extract_one(pipeline, doc),
                Err(r) => Err(r.clone()),
            })
            .collect();
    };
    let mut processed = docs.iter().zip(processed);
    batch
        .iter()
        .map(|item| match item {
            Ok(original) => {
                let (input, doc) = processed.next().ok_or_else(|| {
                    Report::new(
                        Kind::Internal,
                        Problem::new(
                            original.location.clone(),
                            "a document went missing in a batch (a bug in scoreline)".to_owned(),
                        )
                        .in_doc(Some(&original.id)),
                    )
                })?;
                written(pipeline, input, &doc)
            }
            Err(r) => Err(r.clone()),
        })
        .collect()
}

/// One document to its output line. A panic in the pipeline is a bug, but
/// it costs the one document, not the run.
fn extract_one(pipeline: &Pipeline, input: &InputDoc) -> Result<Done, Report> {
    let internal = |what: String| {
        Report::new(
            Kind::Internal,
            Problem::new(
                input.location.clone(),
                format!("{what} (a bug in scoreline)"),
            )
            .in_doc(Some(&input.id)),
        )
    };
    let doc = catch_unwind(AssertUnwindSafe(|| pipeline.process(input))).map_err(|panic| {
        let why = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        internal(format!("extraction failed: {why}"))
    })?;
    written(pipeline, input, &doc)
}

/// A processed document as its output line, word count and warning.
fn written(pipeline: &Pipeline, input: &InputDoc, doc: &Document) -> Result<Done, Report> {
    // A line is some four times its text (entities, offsets, the text
    // itself): sized up front, it is not copied over as it grows.
    let mut line = Vec::with_capacity(128 + 5 * input.text.len());
    serde_json::to_writer(&mut line, doc).map_err(|e| {
        Report::new(
            Kind::Internal,
            Problem::new(
                input.location.clone(),
                format!("cannot serialise the document: {e} (a bug in scoreline)"),
            )
            .in_doc(Some(&input.id)),
        )
    })?;
    let words = input.text.split_whitespace().count();
    Ok((line, words, warning(pipeline, input, doc)))
}

/// What a user should know about a document that is written all the same.
/// A text too short or too mixed to tell its language is `und` without a
/// warning: that is detection working as documented, not bad input.
fn warning(pipeline: &Pipeline, input: &InputDoc, doc: &Document) -> Option<Report> {
    let (kind, message) = if input.text.trim().is_empty() {
        (
            Kind::Empty,
            "empty text; written with no entities".to_owned(),
        )
    } else if doc.lang == Lang::Und && input.lang.is_none() {
        let other = pipeline.lang.foreign_document(&input.text)?;
        (
            Kind::UnknownLanguage,
            format!(
                "the text is in {} ({}), none of en, de, nl, es, fr, it, pt; written as \
                 `und`, recognised with language-independent features only",
                other.name, other.code
            ),
        )
    } else {
        return None;
    };
    Some(Report::new(
        kind,
        Problem::new(input.location.clone(), message).in_doc(Some(&input.id)),
    ))
}
