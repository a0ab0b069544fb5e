//! Documents to build from: spec JSON/JSONL (what `scoreline extract`
//! writes, or gold), read lazily; or raw news extracted here through
//! `scoreline-extract`, in parallel batches, in input order.

use rayon::prelude::*;
use scoreline_core::load::{read_jsonl, sources, Source};
use scoreline_core::{load_paths, Document, Location, Problem};
use scoreline_extract::{InputDoc, Inputs, Pipeline};
use std::collections::VecDeque;
use std::fs::File;
use std::io::BufReader;
use std::path::PathBuf;

pub type Item = Result<Document, Problem>;

/// Spec documents under `paths` (files or directories), one at a time;
/// every problem of a bad record is an `Err` item of its own.
pub fn spec_documents(paths: &[PathBuf]) -> impl Iterator<Item = Item> {
    let (files, problems) = sources(paths);
    problems
        .into_iter()
        .map(Err)
        .chain(
            files
                .into_iter()
                .flat_map(|source| -> Box<dyn Iterator<Item = Item>> {
                    match source {
                        Source::Json(path) => {
                            let loaded = load_paths(std::slice::from_ref(&path));
                            Box::new(
                                loaded
                                    .problems
                                    .into_iter()
                                    .map(Err)
                                    .chain(loaded.documents.into_iter().map(|(_, d)| Ok(d))),
                            )
                        }
                        Source::Jsonl(path) => match File::open(&path) {
                            Err(e) => Box::new(std::iter::once(Err(Problem::new(
                                Location {
                                    file: path,
                                    line: None,
                                },
                                format!("cannot open: {e}"),
                            )))),
                            Ok(f) => {
                                let reader = BufReader::new(f);
                                let items: Box<dyn Iterator<Item = Item>> = Box::new(
                                    read_jsonl(path, reader).flat_map(|(_, r)| -> Vec<Item> {
                                        match r {
                                            Ok(d) => vec![Ok(d)],
                                            Err(ps) => ps.into_iter().map(Err).collect(),
                                        }
                                    }),
                                );
                                items
                            }
                        },
                    }
                }),
        )
}

/// Raw news (what `scoreline extract` reads) extracted batch by batch.
pub struct Extracted<'p> {
    pipeline: &'p Pipeline,
    inputs: Inputs,
    ready: VecDeque<Item>,
}

impl std::fmt::Debug for Extracted<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Extracted").finish_non_exhaustive()
    }
}

impl<'p> Extracted<'p> {
    pub fn new(pipeline: &'p Pipeline, paths: &[PathBuf]) -> Self {
        Extracted {
            pipeline,
            inputs: Inputs::new(paths),
            ready: VecDeque::new(),
        }
    }
}

impl Iterator for Extracted<'_> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        if self.ready.is_empty() {
            // Problems keep their place among the documents around them.
            let mut batch: Vec<Result<InputDoc, Problem>> = Vec::new();
            let mut docs = 0;
            for item in self.inputs.by_ref() {
                docs += usize::from(item.is_ok());
                batch.push(item.map_err(|r| r.problem));
                if docs == scoreline_extract::run::BATCH {
                    break;
                }
            }
            let pipeline = self.pipeline;
            let done: Vec<Item> = batch
                .into_par_iter()
                .map(|item| item.map(|d| pipeline.process(&d)))
                .collect();
            self.ready.extend(done);
        }
        self.ready.pop_front()
    }
}
