//! Small BERT token-classification models written in rust-bert's format
//! (`config.json`, `vocab.txt`, `rust_model.ot`), made here rather than
//! downloaded: to check the backend end to end on a machine without a real
//! model, and in tests.
//!
//! Two kinds: [`TinyBert::write_random`] (randomly initialised, as a
//! checkpoint's shape would be) and [`TinyBert::write_lookup`], a model
//! whose output for a piece depends on that piece alone: position and
//! token-type embeddings and every residual branch are zero, so each layer
//! only normalises the piece's embedding, and the embedding of a piece points
//! at the class it is given. Its tags are known in advance, whatever the
//! window a word is read in.

use rust_bert::bert::{BertConfig, BertForTokenClassification};
use rust_bert::{Activation, RustBertError};
use std::collections::HashMap;
use std::path::Path;
use tch::{nn, Device, TchError, Tensor};

/// Special pieces first in the vocabulary, in BERT's usual order.
pub const SPECIALS: [&str; 5] = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"];

/// CoNLL-style labels in the usual order.
pub const CONLL_LABELS: [&str; 9] = [
    "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC",
];

#[derive(Debug, thiserror::Error)]
pub enum TinyError {
    #[error("cannot write {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    #[error(transparent)]
    Network(#[from] RustBertError),
    #[error(transparent)]
    Tensor(#[from] TchError),
    #[error("{0}")]
    Shape(String),
}

/// Pieces and their tags from a table: one piece a line, optionally a tab
/// and a label of `labels` (none: the first, O); lines starting with "# "
/// are comments ("##…" lines are continuation pieces). The pieces keep the
/// table's order.
pub fn piece_table(
    text: &str,
    labels: &[&str],
) -> Result<(Vec<String>, HashMap<String, usize>), TinyError> {
    let mut order = Vec::new();
    let mut tags = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        if line.is_empty() || line.starts_with("# ") || line == "#" {
            continue;
        }
        let mut fields = line.split('\t');
        let piece = fields.next().unwrap_or_default().to_owned();
        if let Some(tag) = fields.next() {
            let index = labels
                .iter()
                .position(|l| *l == tag)
                .ok_or_else(|| TinyError::Shape(format!("line {}: unknown label {tag}", i + 1)))?;
            tags.insert(piece.clone(), index);
        }
        order.push(piece);
    }
    Ok((order, tags))
}

/// The shape of a small BERT and its label names.
#[derive(Debug, Clone)]
pub struct TinyBert {
    pub labels: Vec<String>,
    /// Vocabulary pieces after the specials ("Müller", "Ron", "##aldo").
    pub pieces: Vec<String>,
    pub hidden: i64,
    pub layers: i64,
    pub heads: i64,
    pub max_positions: i64,
}

impl TinyBert {
    pub fn new(labels: &[&str], pieces: &[String]) -> TinyBert {
        TinyBert {
            labels: labels.iter().map(|s| (*s).to_owned()).collect(),
            pieces: pieces.to_vec(),
            hidden: 32,
            layers: 2,
            heads: 2,
            max_positions: 64,
        }
    }

    fn vocab_size(&self) -> i64 {
        (SPECIALS.len() + self.pieces.len()) as i64
    }

    fn config(&self) -> BertConfig {
        let id2label: HashMap<i64, String> = self
            .labels
            .iter()
            .enumerate()
            .map(|(i, l)| (i as i64, l.clone()))
            .collect();
        let label2id = id2label.iter().map(|(i, l)| (l.clone(), *i)).collect();
        BertConfig {
            hidden_act: Activation::gelu,
            attention_probs_dropout_prob: 0.1,
            hidden_dropout_prob: 0.1,
            hidden_size: self.hidden,
            initializer_range: 0.02,
            intermediate_size: 2 * self.hidden,
            max_position_embeddings: self.max_positions,
            num_attention_heads: self.heads,
            num_hidden_layers: self.layers,
            type_vocab_size: 2,
            vocab_size: self.vocab_size(),
            output_attentions: None,
            output_hidden_states: None,
            is_decoder: None,
            id2label: Some(id2label),
            label2id: Some(label2id),
        }
    }

    fn write_files(
        &self,
        dir: &Path,
        store: &nn::VarStore,
        config: &BertConfig,
    ) -> Result<(), TinyError> {
        let io = |path: &Path| {
            let path = path.display().to_string();
            move |source| TinyError::Io { path, source }
        };
        std::fs::create_dir_all(dir).map_err(io(dir))?;
        let mut json = serde_json::to_value(config)?;
        if let Some(o) = json.as_object_mut() {
            o.insert("model_type".into(), "bert".into());
        }
        let config_path = dir.join("config.json");
        std::fs::write(&config_path, serde_json::to_string_pretty(&json)?)
            .map_err(io(&config_path))?;
        let vocab: String = SPECIALS
            .iter()
            .map(|s| (*s).to_owned())
            .chain(self.pieces.iter().cloned())
            .map(|p| p + "\n")
            .collect();
        let vocab_path = dir.join("vocab.txt");
        std::fs::write(&vocab_path, vocab).map_err(io(&vocab_path))?;
        let tok_path = dir.join("tokenizer_config.json");
        std::fs::write(&tok_path, "{\"do_lower_case\": false}\n").map_err(io(&tok_path))?;
        store.save(dir.join(crate::model::WEIGHTS_FILE))?;
        Ok(())
    }

    /// A randomly initialised model (seeded) in `dir`.
    pub fn write_random(&self, dir: &Path, seed: i64) -> Result<(), TinyError> {
        tch::manual_seed(seed);
        let store = nn::VarStore::new(Device::Cpu);
        let config = self.config();
        let _net = BertForTokenClassification::new(store.root(), &config)?;
        self.write_files(dir, &store, &config)
    }

    /// A context-free model in `dir` that tags piece `p` with label index
    /// `tag_of[p]` (unlisted pieces and the specials: 0).
    pub fn write_lookup(
        &self,
        dir: &Path,
        tag_of: &HashMap<String, usize>,
    ) -> Result<(), TinyError> {
        let classes = self.labels.len() as i64;
        if classes > self.hidden {
            return Err(TinyError::Shape(format!(
                "{classes} labels need a hidden size of at least {classes}"
            )));
        }
        let store = nn::VarStore::new(Device::Cpu);
        let config = self.config();
        let _net = BertForTokenClassification::new(store.root(), &config)?;
        let mut embedding = vec![0f32; (self.vocab_size() * self.hidden) as usize];
        for (row, piece) in SPECIALS
            .iter()
            .map(|s| (*s).to_owned())
            .chain(self.pieces.iter().cloned())
            .enumerate()
        {
            let tag = tag_of.get(&piece).copied().unwrap_or(0);
            embedding[row * self.hidden as usize + tag] = 10.0;
        }
        let mut classifier = vec![0f32; (classes * self.hidden) as usize];
        for c in 0..classes as usize {
            classifier[c * self.hidden as usize + c] = 1.0;
        }
        tch::no_grad(|| -> Result<(), TinyError> {
            for (name, mut t) in store.variables() {
                if name == "bert.embeddings.word_embeddings.weight" {
                    t.f_copy_(
                        &Tensor::of_slice(&embedding).f_view([self.vocab_size(), self.hidden])?,
                    )?;
                } else if name == "classifier.weight" {
                    t.f_copy_(&Tensor::of_slice(&classifier).f_view([classes, self.hidden])?)?;
                } else if name == "classifier.bias"
                    || name.contains("position_embeddings")
                    || name.contains("token_type_embeddings")
                    || name.contains("output.dense.")
                {
                    let _ = t.f_zero_()?;
                }
            }
            Ok(())
        })?;
        self.write_files(dir, &store, &config)
    }
}
