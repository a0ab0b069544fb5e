//! The default recogniser: reference-data candidates as features of an
//! averaged-perceptron tagger, then document-level resolution. Loads from
//! `models/` by path; nothing is downloaded.

use crate::bio;
use crate::features::DocFeatures;
use crate::model_file::{self, ModelError};
use crate::perceptron::Perceptron;
use crate::resolve::{self, Span};
use crate::{Input, Mention, Recognizer};
use scoreline_refdata::{Gazetteer, GazetteerBuildError, RefData, RefDataError};
use std::path::Path;

/// Where the default model files live under the models directory.
pub const REFDATA_DIR: &str = "refdata";
pub const TAGGER_FILE: &str = "ner/tagger.bin";

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    RefData(#[from] RefDataError),
    #[error(transparent)]
    Model(#[from] ModelError),
    #[error("cannot build the name matcher: {0}")]
    Gazetteer(#[from] GazetteerBuildError),
}

#[derive(Debug)]
pub struct EmbeddedRecognizer {
    pub data: RefData,
    pub gazetteer: Gazetteer,
    pub model: Perceptron,
}

impl EmbeddedRecognizer {
    /// Loads `models/refdata` and `models/ner/tagger.bin` under `models`.
    pub fn load(models: &Path) -> Result<Self, LoadError> {
        let data = RefData::load(&models.join(REFDATA_DIR))?;
        let gazetteer = Gazetteer::new(&data)?;
        let model = model_file::load(&models.join(TAGGER_FILE))?;
        Ok(EmbeddedRecognizer {
            data,
            gazetteer,
            model,
        })
    }

    pub fn from_parts(data: RefData, model: Perceptron) -> Result<Self, LoadError> {
        let gazetteer = Gazetteer::new(&data)?;
        Ok(EmbeddedRecognizer {
            data,
            gazetteer,
            model,
        })
    }
}

impl Recognizer for EmbeddedRecognizer {
    fn recognize(&self, input: &Input<'_>) -> Vec<Mention> {
        let seg = input.seg;
        let doc = DocFeatures::new(seg, input.lang, &self.gazetteer, &self.data);
        let mut spans = Vec::new();
        // Crumbs and other sports hold no entities (spec §2): not tagged.
        for s in seg.sentences.iter().filter(|s| !s.offtopic) {
            let (tags, probs) = self.model.tag_sentence(&doc, s.first, s.end);
            for (f, e, label) in bio::decode(&tags) {
                let confidence = probs[f..e].iter().copied().fold(1.0f32, f32::min);
                spans.push(Span {
                    first: s.first + f,
                    end: s.first + e,
                    label,
                    confidence,
                });
            }
        }
        resolve::split_at_spaced_dash(seg, &mut spans);
        resolve::end_at_inflection(&doc, &mut spans);
        resolve::trim_person_spans(seg, &mut spans);
        resolve::name_articles(seg, &doc, &self.gazetteer, &self.data, &mut spans);
        resolve::score_sides(seg, &doc, &self.data, &mut spans);
        resolve::minute_names(seg, &doc, &self.data, &mut spans);
        resolve::propagate(seg, &mut spans);
        resolve::drop_places(seg, &doc, &self.data, &mut spans);
        resolve::mentions(seg, &doc, &self.data, spans)
    }
}
