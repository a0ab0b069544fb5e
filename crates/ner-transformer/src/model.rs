//! A token-classification model in rust-bert's format, loaded from a local
//! directory: its architecture and label names from `config.json`, its
//! tokenizer from the vocabulary files beside it, its weights from
//! `rust_model.ot`; and one forward pass over a batch of piece sequences.

use rust_bert::bert::{BertConfig, BertForTokenClassification};
use rust_bert::distilbert::{DistilBertConfig, DistilBertForTokenClassification};
use rust_bert::pipelines::common::{ModelType, TokenizerOption};
use rust_bert::roberta::RobertaForTokenClassification;
use rust_bert::RustBertError;
use rust_tokenizers::{Mask, TokenIdsWithOffsets};
use std::path::{Path, PathBuf};
use tch::{nn, Device, Kind, TchError, Tensor};

/// The weights file of a model directory.
pub const WEIGHTS_FILE: &str = "rust_model.ot";
pub const CONFIG_FILE: &str = "config.json";

/// The architectures read here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Architecture {
    Bert,
    DistilBert,
    Roberta,
    XlmRoberta,
}

impl Architecture {
    fn from_config(model_type: &str) -> Option<Architecture> {
        match model_type {
            "bert" => Some(Architecture::Bert),
            "distilbert" => Some(Architecture::DistilBert),
            "roberta" => Some(Architecture::Roberta),
            "xlm-roberta" | "xlm_roberta" => Some(Architecture::XlmRoberta),
            _ => None,
        }
    }

    fn model_type(self) -> ModelType {
        match self {
            Architecture::Bert => ModelType::Bert,
            Architecture::DistilBert => ModelType::DistilBert,
            Architecture::Roberta => ModelType::Roberta,
            Architecture::XlmRoberta => ModelType::XLMRoberta,
        }
    }

    /// Positions the model reserves beyond the text's (RoBERTa's position
    /// ids start after the padding index).
    fn reserved_positions(self) -> i64 {
        match self {
            Architecture::Roberta | Architecture::XlmRoberta => 2,
            Architecture::Bert | Architecture::DistilBert => 0,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {message}", path.display())]
    Config { path: PathBuf, message: String },
    #[error("{}: model_type `{found}` is not supported (bert, distilbert, roberta, xlm-roberta)", path.display())]
    Unsupported { path: PathBuf, found: String },
    #[error("{}: no tokenizer file; expected {expected}", dir.display())]
    MissingVocabulary { dir: PathBuf, expected: String },
    #[error("cannot load the tokenizer in {}: {source}", dir.display())]
    Tokenizer { dir: PathBuf, source: RustBertError },
    #[error("cannot build the network for {}: {source}", dir.display())]
    Network { dir: PathBuf, source: RustBertError },
    #[error("cannot load the weights {}: {source}", path.display())]
    Weights { path: PathBuf, source: TchError },
}

enum Network {
    Bert(BertForTokenClassification),
    DistilBert(DistilBertForTokenClassification),
    Roberta(RobertaForTokenClassification),
}

/// A loaded model: tokenizer, network, label names.
pub struct Model {
    pub architecture: Architecture,
    /// Label names by class index, from `id2label`.
    pub labels: Vec<String>,
    /// Pieces of text one pass can read (special tokens excluded).
    pub max_pieces: usize,
    pub device: Device,
    tokenizer: TokenizerOption,
    network: Network,
    // The network's tensors live in the store; it is kept with them.
    _store: nn::VarStore,
    pad_id: i64,
    unk_id: i64,
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Model")
            .field("architecture", &self.architecture)
            .field("labels", &self.labels)
            .field("max_pieces", &self.max_pieces)
            .field("device", &self.device)
            .finish_non_exhaustive()
    }
}

fn read_json(path: &Path) -> Result<serde_json::Value, ModelError> {
    let text = std::fs::read_to_string(path).map_err(|source| ModelError::Read {
        path: path.to_owned(),
        source,
    })?;
    serde_json::from_str(&text).map_err(|e| ModelError::Config {
        path: path.to_owned(),
        message: e.to_string(),
    })
}

/// Label names by index from `id2label` (keys "0".."n-1").
fn label_names(config: &serde_json::Value, path: &Path) -> Result<Vec<String>, ModelError> {
    let bad = |message: String| ModelError::Config {
        path: path.to_owned(),
        message,
    };
    let map = config
        .get("id2label")
        .and_then(|v| v.as_object())
        .ok_or_else(|| bad("no `id2label`: not a token-classification model".into()))?;
    let mut labels = vec![None; map.len()];
    for (k, v) in map {
        let i: usize = k
            .parse()
            .ok()
            .filter(|&i| i < labels.len())
            .ok_or_else(|| {
                bad(format!(
                    "`id2label` key `{k}` is not an index below {}",
                    labels.len()
                ))
            })?;
        let name = v
            .as_str()
            .ok_or_else(|| bad(format!("`id2label` value for {k} is not a string")))?;
        labels[i] = Some(name.to_owned());
    }
    labels
        .into_iter()
        .collect::<Option<Vec<String>>>()
        .ok_or_else(|| bad("`id2label` keys are not 0..n-1".into()))
}

fn typed<T: serde::de::DeserializeOwned>(
    config: &serde_json::Value,
    path: &Path,
) -> Result<T, ModelError> {
    serde_json::from_value(config.clone()).map_err(|e| ModelError::Config {
        path: path.to_owned(),
        message: e.to_string(),
    })
}

/// The first of `names` present in `dir`.
fn find_file(dir: &Path, names: &[&str]) -> Result<PathBuf, ModelError> {
    names
        .iter()
        .map(|n| dir.join(n))
        .find(|p| p.is_file())
        .ok_or_else(|| ModelError::MissingVocabulary {
            dir: dir.to_owned(),
            expected: names.join(" or "),
        })
}

fn path_str(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

/// `do_lower_case` and `strip_accents` from `tokenizer_config.json`, when
/// there is one; cased (NER models are) otherwise.
fn casing(dir: &Path) -> Result<(bool, Option<bool>), ModelError> {
    let path = dir.join("tokenizer_config.json");
    if !path.is_file() {
        return Ok((false, None));
    }
    let v = read_json(&path)?;
    let lower = v
        .get("do_lower_case")
        .and_then(|x| x.as_bool())
        .unwrap_or(false);
    let strip = v.get("strip_accents").and_then(|x| x.as_bool());
    Ok((lower, strip))
}

impl Model {
    /// Loads the model in `dir` onto `device`.
    pub fn load(dir: &Path, device: Device) -> Result<Model, ModelError> {
        let config_path = dir.join(CONFIG_FILE);
        let config = read_json(&config_path)?;
        let found = config
            .get("model_type")
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_owned();
        let architecture =
            Architecture::from_config(&found).ok_or_else(|| ModelError::Unsupported {
                path: config_path.clone(),
                found,
            })?;
        let labels = label_names(&config, &config_path)?;
        let (lower, strip) = casing(dir)?;
        let tok_err = |source| ModelError::Tokenizer {
            dir: dir.to_owned(),
            source,
        };
        let model_type = architecture.model_type();
        let tokenizer = match architecture {
            Architecture::Bert | Architecture::DistilBert => {
                let vocab = find_file(dir, &["vocab.txt"])?;
                TokenizerOption::from_file(model_type, &path_str(&vocab), None, lower, strip, None)
            }
            Architecture::Roberta => {
                let vocab = find_file(dir, &["vocab.json"])?;
                let merges = find_file(dir, &["merges.txt"])?;
                // Words are given one by one, as after a space.
                TokenizerOption::from_file(
                    model_type,
                    &path_str(&vocab),
                    Some(&path_str(&merges)),
                    lower,
                    None,
                    true,
                )
            }
            Architecture::XlmRoberta => {
                let spm = find_file(
                    dir,
                    &["sentencepiece.bpe.model", "spiece.model", "tokenizer.model"],
                )?;
                TokenizerOption::from_file(model_type, &path_str(&spm), None, lower, None, None)
            }
        }
        .map_err(tok_err)?;
        let mut store = nn::VarStore::new(device);
        let net_err = |source| ModelError::Network {
            dir: dir.to_owned(),
            source,
        };
        let (network, positions) = match architecture {
            Architecture::Bert | Architecture::Roberta | Architecture::XlmRoberta => {
                let c: BertConfig = typed(&config, &config_path)?;
                let positions = c.max_position_embeddings;
                let net = if architecture == Architecture::Bert {
                    Network::Bert(
                        BertForTokenClassification::new(store.root(), &c).map_err(net_err)?,
                    )
                } else {
                    Network::Roberta(
                        RobertaForTokenClassification::new(store.root(), &c).map_err(net_err)?,
                    )
                };
                (net, positions)
            }
            Architecture::DistilBert => {
                let c: DistilBertConfig = typed(&config, &config_path)?;
                let positions = c.max_position_embeddings;
                let net =
                    DistilBertForTokenClassification::new(store.root(), &c).map_err(net_err)?;
                (Network::DistilBert(net), positions)
            }
        };
        let weights = dir.join(WEIGHTS_FILE);
        store.load(&weights).map_err(|source| ModelError::Weights {
            path: weights.clone(),
            source,
        })?;
        let specials = tokenizer
            .build_input_with_special_tokens(
                TokenIdsWithOffsets {
                    ids: vec![],
                    offsets: vec![],
                    reference_offsets: vec![],
                    masks: vec![],
                },
                None,
            )
            .token_ids
            .len() as i64;
        let max_pieces = (positions - architecture.reserved_positions() - specials).max(1) as usize;
        let pad_id = tokenizer.get_pad_id().unwrap_or(0);
        let unk_id = tokenizer.get_unk_id();
        Ok(Model {
            architecture,
            labels,
            max_pieces,
            device,
            tokenizer,
            network,
            _store: store,
            pad_id,
            unk_id,
        })
    }

    /// The piece ids of one word.
    pub fn piece_ids(&self, word: &str) -> Vec<i64> {
        let pieces = self.tokenizer.tokenize(word);
        self.tokenizer.convert_tokens_to_ids(&pieces)
    }

    pub fn unk_id(&self) -> i64 {
        self.unk_id
    }

    /// A sequence with the model's special tokens around `pieces`, and the
    /// position of the first of `pieces` in it.
    pub fn with_specials(&self, pieces: &[i64]) -> (Vec<i64>, usize) {
        let built = self.tokenizer.build_input_with_special_tokens(
            TokenIdsWithOffsets {
                ids: pieces.to_vec(),
                offsets: vec![None; pieces.len()],
                reference_offsets: vec![vec![]; pieces.len()],
                masks: vec![Mask::None; pieces.len()],
            },
            None,
        );
        let first = built
            .special_tokens_mask
            .iter()
            .position(|&m| m == 0)
            .unwrap_or(0);
        (built.token_ids, first)
    }

    /// Class probabilities for every position of every sequence: one
    /// row-major `len × labels` vector per sequence.
    pub fn probabilities(&self, sequences: &[Vec<i64>]) -> Result<Vec<Vec<f32>>, TchError> {
        let batch = sequences.len();
        let width = sequences.iter().map(Vec::len).max().unwrap_or(0);
        if batch == 0 || width == 0 {
            return Ok(vec![Vec::new(); batch]);
        }
        let mut ids = Vec::with_capacity(batch * width);
        let mut mask = Vec::with_capacity(batch * width);
        for s in sequences {
            let row = ids.len() + width;
            ids.extend_from_slice(s);
            ids.resize(row, self.pad_id);
            mask.resize(row - width + s.len(), 1i64);
            mask.resize(row, 0i64);
        }
        let shape = [batch as i64, width as i64];
        let ids = Tensor::of_slice(&ids)
            .f_view(shape)?
            .f_to_device(self.device)?;
        let mask = Tensor::of_slice(&mask)
            .f_view(shape)?
            .f_to_device(self.device)?;
        let logits = tch::no_grad(|| match &self.network {
            Network::Bert(m) => Ok(m
                .forward_t(Some(&ids), Some(&mask), None, None, None, false)
                .logits),
            Network::Roberta(m) => Ok(m
                .forward_t(Some(&ids), Some(&mask), None, None, None, false)
                .logits),
            Network::DistilBert(m) => m
                .forward_t(Some(&ids), Some(&mask), None, false)
                .map(|o| o.logits)
                .map_err(|e| TchError::Kind(e.to_string())),
        })?;
        let probs = logits
            .f_softmax(-1, Kind::Float)?
            .f_to_device(Device::Cpu)?;
        let classes = self.labels.len();
        let numel = batch * width * classes;
        let mut flat = vec![0f32; numel];
        probs.f_copy_data(&mut flat, numel)?;
        Ok(sequences
            .iter()
            .enumerate()
            .map(|(b, s)| {
                let from = b * width * classes;
                flat[from..from + s.len() * classes].to_vec()
            })
            .collect())
    }
}
