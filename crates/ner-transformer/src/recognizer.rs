//! The transformer backend of [`scoreline_ner::Recognizer`]: the documents of
//! a batch cut into windows, all windows through the model together (longest
//! first, so that a pass pads little), the word tags handed back per
//! document.

use crate::aggregate::{self, WordTag};
use crate::document::{self, Planned, Resources};
use crate::labels::Tag;
use crate::model::{Model, ModelError};
use crate::{load_mapping, MappingFileError, Options};
use scoreline_ner::{Input, Mention, Recognizer};
use scoreline_refdata::{Gazetteer, GazetteerBuildError, RefData};
use std::path::Path;
use std::sync::Mutex;
use tch::Device;

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Model(#[from] ModelError),
    #[error(transparent)]
    Mapping(#[from] MappingFileError),
    #[error("cannot build the name matcher: {0}")]
    Gazetteer(#[from] GazetteerBuildError),
}

/// A token-classification model with the reference data that types its
/// entities. The model runs one batch at a time (libtorch parallelises
/// inside a pass); everything else runs on the caller's threads.
pub struct TransformerRecognizer {
    model: Mutex<Model>,
    resources: Resources,
    budget: usize,
    overlap: usize,
    batch_size: usize,
}

impl std::fmt::Debug for TransformerRecognizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TransformerRecognizer")
            .field("budget", &self.budget)
            .field("overlap", &self.overlap)
            .field("batch_size", &self.batch_size)
            .finish_non_exhaustive()
    }
}

impl TransformerRecognizer {
    /// Loads the model in `model_dir` (on CUDA when libtorch has it, else on
    /// the CPU) with its mapping, and `data` for types and canonical names.
    pub fn load(model_dir: &Path, data: RefData, options: &Options) -> Result<Self, LoadError> {
        Self::load_on(model_dir, data, options, Device::cuda_if_available())
    }

    pub fn load_on(
        model_dir: &Path,
        data: RefData,
        options: &Options,
        device: Device,
    ) -> Result<Self, LoadError> {
        let model = Model::load(model_dir, device)?;
        let map = load_mapping(model_dir, options.mapping.as_deref())?;
        let gazetteer = Gazetteer::new(&data)?;
        let tags = model.labels.iter().map(|l| Tag::parse(l)).collect();
        let budget = options
            .window
            .map_or(model.max_pieces, |w| w.min(model.max_pieces))
            .max(1);
        Ok(TransformerRecognizer {
            budget,
            overlap: options.overlap,
            batch_size: options.batch_size.max(1),
            model: Mutex::new(model),
            resources: Resources {
                data,
                gazetteer,
                map,
                tags,
            },
        })
    }

    /// Pieces per window actually used.
    pub fn window(&self) -> usize {
        self.budget
    }

    /// Windows' word tags per document: `out[d][w][i]` for word `i` of
    /// window `w` of document `d`.
    fn tag_windows(&self, planned: &[Planned], model: &Model) -> Vec<Vec<Vec<WordTag>>> {
        let mut out: Vec<Vec<Vec<WordTag>>> = planned
            .iter()
            .map(|p| vec![Vec::new(); p.windows.len()])
            .collect();
        // (document, window, sequence with specials, first-piece rows)
        let mut jobs: Vec<(usize, usize, Vec<i64>, Vec<usize>)> = Vec::new();
        for (d, p) in planned.iter().enumerate() {
            for w in 0..p.windows.len() {
                let (pieces, firsts) = p.window_pieces(w);
                let (seq, offset) = model.with_specials(&pieces);
                let rows = firsts.into_iter().map(|f| f + offset).collect();
                jobs.push((d, w, seq, rows));
            }
        }
        jobs.sort_by_key(|j| std::cmp::Reverse(j.2.len()));
        let classes = model.labels.len();
        for chunk in jobs.chunks(self.batch_size) {
            let seqs: Vec<Vec<i64>> = chunk.iter().map(|j| j.2.clone()).collect();
            match model.probabilities(&seqs) {
                Ok(probs) => {
                    for ((d, w, _, rows), p) in chunk.iter().zip(probs) {
                        out[*d][*w] = aggregate::word_tags(&p, classes, rows);
                    }
                }
                Err(e) => {
                    // The trait has no error channel: the failure is said,
                    // and the windows read as untagged.
                    eprintln!(
                        "scoreline: transformer pass over {} window(s) failed: {e}",
                        chunk.len()
                    );
                    for (d, w, _, rows) in chunk {
                        out[*d][*w] = vec![WordTag { tag: 0, prob: 0.0 }; rows.len()];
                    }
                }
            }
        }
        out
    }
}

impl Recognizer for TransformerRecognizer {
    fn recognize(&self, input: &Input<'_>) -> Vec<Mention> {
        self.recognize_batch(std::slice::from_ref(input))
            .pop()
            .unwrap_or_default()
    }

    fn recognize_batch(&self, inputs: &[Input<'_>]) -> Vec<Vec<Mention>> {
        let tagged = {
            // A panic elsewhere while the lock was held leaves the model
            // itself intact: it is only read.
            let model = self.model.lock().unwrap_or_else(|e| e.into_inner());
            let unk = model.unk_id();
            let planned: Vec<Planned> = inputs
                .iter()
                .map(|i| {
                    Planned::new(
                        i.seg,
                        |w| model.piece_ids(w),
                        unk,
                        self.budget,
                        self.overlap,
                    )
                })
                .collect();
            let tags = self.tag_windows(&planned, &model);
            planned.into_iter().zip(tags).collect::<Vec<_>>()
        };
        inputs
            .iter()
            .zip(tagged)
            .map(|(input, (planned, tags))| {
                document::mentions(input, &planned, &tags, &self.resources)
            })
            .collect()
    }

    fn batch_size(&self) -> usize {
        self.batch_size
    }
}
