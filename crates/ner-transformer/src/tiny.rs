//! Small BERT token-classification models written in rust-bert's format
//! (`config.json`, `vocab.txt`, `rust_model.ot`), made here rather than
//! downloaded: to check the backend end to end on a machine without a real
//! model, and in tests.
//!
//! Two kinds: [`TinyBert::write_random`] (randomly initialised, as a
//! checkpoint's shape would be; [`TinyBert::write_random_as`] for
//! DistilBERT, RoBERTa and XLM-RoBERTa, with their vocabulary files) and [`TinyBert::write_lookup`], a model
//! whose output for a piece depends on that piece alone: position and
//! token-type embeddings and every residual branch are zero, so each layer
//! only normalises the piece's embedding, and the embedding of a piece points
//! at the class it is given. Its tags are known in advance, whatever the
//! window a word is read in.

use crate::model::Architecture;
use rust_bert::bert::{BertConfig, BertForTokenClassification};
use rust_bert::distilbert::{DistilBertConfig, DistilBertForTokenClassification};
use rust_bert::roberta::RobertaForTokenClassification;
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

    fn label_maps(&self) -> (HashMap<i64, String>, HashMap<String, i64>) {
        let id2label: HashMap<i64, String> = self
            .labels
            .iter()
            .enumerate()
            .map(|(i, l)| (i as i64, l.clone()))
            .collect();
        let label2id = id2label.iter().map(|(i, l)| (l.clone(), *i)).collect();
        (id2label, label2id)
    }

    fn config(&self) -> BertConfig {
        let (id2label, label2id) = self.label_maps();
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
        self.write_vocab_txt(dir)?;
        let tok_path = dir.join("tokenizer_config.json");
        std::fs::write(&tok_path, "{\"do_lower_case\": false}\n").map_err(io(&tok_path))?;
        store.save(dir.join(crate::model::WEIGHTS_FILE))?;
        Ok(())
    }

    /// A randomly initialised model (seeded) of `architecture` in `dir`,
    /// with the vocabulary files that architecture reads: `vocab.txt`;
    /// byte-level `vocab.json` + `merges.txt` (single bytes, no merges);
    /// or a unigram `sentencepiece.bpe.model` of the pieces, their
    /// characters and "▁".
    pub fn write_random_as(
        &self,
        dir: &Path,
        architecture: Architecture,
        seed: i64,
    ) -> Result<(), TinyError> {
        if architecture == Architecture::Bert {
            return self.write_random(dir, seed);
        }
        tch::manual_seed(seed);
        let store = nn::VarStore::new(Device::Cpu);
        let io = |path: &Path| {
            let path = path.display().to_string();
            move |source| TinyError::Io { path, source }
        };
        std::fs::create_dir_all(dir).map_err(io(dir))?;
        let mut config = match architecture {
            Architecture::DistilBert => {
                let (id2label, label2id) = self.label_maps();
                let c = DistilBertConfig {
                    activation: Activation::gelu,
                    attention_dropout: 0.1,
                    dim: self.hidden,
                    dropout: 0.1,
                    hidden_dim: 2 * self.hidden,
                    id2label: Some(id2label),
                    initializer_range: 0.02,
                    is_decoder: None,
                    label2id: Some(label2id),
                    max_position_embeddings: self.max_positions,
                    n_heads: self.heads,
                    n_layers: self.layers,
                    output_attentions: None,
                    output_hidden_states: None,
                    output_past: None,
                    qa_dropout: 0.1,
                    seq_classif_dropout: 0.2,
                    sinusoidal_pos_embds: false,
                    tie_weights_: false,
                    vocab_size: self.vocab_size(),
                };
                let _net = DistilBertForTokenClassification::new(store.root(), &c)?;
                self.write_vocab_txt(dir)?;
                serde_json::to_value(&c)?
            }
            Architecture::Roberta | Architecture::XlmRoberta => {
                let vocab_size = if architecture == Architecture::Roberta {
                    write_byte_level_vocab(dir)?
                } else {
                    self.write_sentencepiece(dir)?
                };
                let mut c = self.config();
                c.vocab_size = vocab_size;
                c.type_vocab_size = 1;
                // Position ids start after the padding index (1).
                c.max_position_embeddings = self.max_positions + 2;
                let _net = RobertaForTokenClassification::new(store.root(), &c)?;
                serde_json::to_value(&c)?
            }
            Architecture::Bert => serde_json::to_value(self.config())?,
        };
        let model_type = match architecture {
            Architecture::Bert => "bert",
            Architecture::DistilBert => "distilbert",
            Architecture::Roberta => "roberta",
            Architecture::XlmRoberta => "xlm-roberta",
        };
        if let Some(o) = config.as_object_mut() {
            o.insert("model_type".into(), model_type.into());
        }
        let config_path = dir.join("config.json");
        std::fs::write(&config_path, serde_json::to_string_pretty(&config)?)
            .map_err(io(&config_path))?;
        reseed(&store, seed);
        store.save(dir.join(crate::model::WEIGHTS_FILE))?;
        Ok(())
    }

    fn write_vocab_txt(&self, dir: &Path) -> Result<(), TinyError> {
        let vocab: String = SPECIALS
            .iter()
            .map(|s| (*s).to_owned())
            .chain(self.pieces.iter().cloned())
            .map(|p| p + "\n")
            .collect();
        let path = dir.join("vocab.txt");
        std::fs::write(&path, vocab).map_err(|source| TinyError::Io {
            path: path.display().to_string(),
            source,
        })
    }

    /// A unigram sentencepiece model (protobuf `ModelProto`, field 1 the
    /// pieces: string, score, type) of "▁"-prefixed pieces, their characters
    /// and "▁"; returns the XLM-R vocabulary size (fairseq's four specials,
    /// the pieces after spm's three, `<mask>`).
    fn write_sentencepiece(&self, dir: &Path) -> Result<i64, TinyError> {
        let mut pieces: Vec<(String, f32, u8)> = vec![
            ("<unk>".into(), 0.0, 2),
            ("<s>".into(), 0.0, 3),
            ("</s>".into(), 0.0, 3),
            ("\u{2581}".into(), -2.0, 1),
        ];
        let mut seen: std::collections::HashSet<String> =
            pieces.iter().map(|p| p.0.clone()).collect();
        for p in &self.pieces {
            let word = p.trim_start_matches("##");
            for candidate in
                std::iter::once(format!("\u{2581}{word}")).chain(word.chars().map(String::from))
            {
                let score = -(candidate.chars().count() as f32).recip() - 1.0;
                if seen.insert(candidate.clone()) {
                    pieces.push((candidate, score, 1));
                }
            }
        }
        let mut proto = Vec::new();
        for (piece, score, kind) in &pieces {
            let mut inner = vec![0x0a];
            push_varint(&mut inner, piece.len() as u64);
            inner.extend_from_slice(piece.as_bytes());
            inner.push(0x15);
            inner.extend_from_slice(&score.to_le_bytes());
            inner.push(0x18);
            inner.push(*kind);
            proto.push(0x0a);
            push_varint(&mut proto, inner.len() as u64);
            proto.extend_from_slice(&inner);
        }
        let path = dir.join("sentencepiece.bpe.model");
        std::fs::write(&path, proto).map_err(|source| TinyError::Io {
            path: path.display().to_string(),
            source,
        })?;
        Ok(4 + (pieces.len() as i64 - 3) + 1)
    }

    /// A randomly initialised model (seeded) in `dir`.
    pub fn write_random(&self, dir: &Path, seed: i64) -> Result<(), TinyError> {
        tch::manual_seed(seed);
        let store = nn::VarStore::new(Device::Cpu);
        let config = self.config();
        let _net = BertForTokenClassification::new(store.root(), &config)?;
        reseed(&store, seed);
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

fn push_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// GPT-2's map of bytes to printable characters, which byte-level BPE
/// vocabularies are written in.
fn byte_chars() -> Vec<char> {
    let printable =
        |b: u32| (33..=126).contains(&b) || (161..=172).contains(&b) || (174..=255).contains(&b);
    let mut extra = 0;
    (0u32..256)
        .map(|b| {
            if printable(b) {
                char::from_u32(b).unwrap_or('?')
            } else {
                extra += 1;
                char::from_u32(255 + extra).unwrap_or('?')
            }
        })
        .collect()
}

/// A byte-level BPE vocabulary of RoBERTa's specials and the 256 byte
/// characters, with no merges; returns its size.
fn write_byte_level_vocab(dir: &Path) -> Result<i64, TinyError> {
    let mut vocab = serde_json::Map::new();
    for special in ["<s>", "<pad>", "</s>", "<unk>"] {
        vocab.insert(special.into(), vocab.len().into());
    }
    for c in byte_chars() {
        vocab.insert(c.to_string(), vocab.len().into());
    }
    vocab.insert("<mask>".into(), vocab.len().into());
    let size = vocab.len() as i64;
    for (name, text) in [
        ("vocab.json", serde_json::to_string(&vocab)?),
        ("merges.txt", "#version: 0.2\n".to_owned()),
    ] {
        let path = dir.join(name);
        std::fs::write(&path, text).map_err(|source| TinyError::Io {
            path: path.display().to_string(),
            source,
        })?;
    }
    Ok(size)
}

/// Overwrites every weight and bias of `store` with values drawn from a
/// generator of its own, seeded with `seed`: libtorch's generator is global
/// to the process, and tests that build or load models on other threads
/// draw from it between `manual_seed` and the initialisation, so one seed
/// gave different models from run to run. Layer norms keep their initial
/// ones and zeros, which no generator draws.
fn reseed(store: &nn::VarStore, seed: i64) {
    let mut state = (seed as u64) ^ 0x9E37_79B9_7F4A_7C15;
    // splitmix64: a few lines, and the same numbers on every platform.
    let mut next = move || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    let mut variables: Vec<(String, Tensor)> = store.variables().into_iter().collect();
    variables.sort_by(|a, b| a.0.cmp(&b.0));
    tch::no_grad(|| {
        for (name, mut var) in variables {
            let lower = name.to_lowercase();
            if lower.contains("layernorm") || lower.contains("layer_norm") {
                continue;
            }
            let n = var.numel();
            // Uniform in [-0.05, 0.05): about the scale of BERT's initialiser.
            let values: Vec<f32> = (0..n)
                .map(|_| ((next() >> 40) as f32 / (1u64 << 24) as f32 - 0.5) * 0.1)
                .collect();
            let filled = Tensor::of_slice(&values).view(var.size().as_slice());
            var.copy_(&filled);
        }
    });
}
