//! `scoreline train [--gold DIR] [--models DIR]`: rebuilds the tagger model
//! and the scorer-attachment model from the gold train split,
//! deterministically.

use crate::exit::Outcome;
use crate::models::models_dir;
use anyhow::Context;
use scoreline_ner::embedded::TAGGER_FILE;
use scoreline_ner::{model_file, train};
use scoreline_refdata::{Gazetteer, RefData};
use scoreline_relations::attach::ATTACH_FILE;
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Gold training documents (only the train split, never dev or test).
    #[arg(long, default_value = "eval/gold/train")]
    gold: Vec<PathBuf>,
    /// The models directory: reads `refdata/`, writes `ner/tagger.bin` and
    /// `relations/attach.bin`.
    #[arg(long)]
    models: Option<PathBuf>,
    /// Training epochs.
    #[arg(long, default_value_t = train::TrainConfig::default().epochs)]
    epochs: usize,
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let loaded = scoreline_core::load_paths(&args.gold);
    if !loaded.problems.is_empty() {
        for p in &loaded.problems {
            eprintln!("scoreline: {p}");
        }
        anyhow::bail!(
            "the training data has {} problem(s); nothing was written",
            loaded.problems.len()
        );
    }
    let docs: Vec<_> = loaded.documents.into_iter().map(|(_, d)| d).collect();
    let dir = models_dir(args.models);
    let data = RefData::load(&dir.join("refdata")).context("cannot load the reference data")?;
    let gazetteer = Gazetteer::new(&data)?;
    let config = train::TrainConfig {
        epochs: args.epochs,
        ..train::TrainConfig::default()
    };
    let (model, report) = train::train(&docs, &gazetteer, &data, config);
    let path = dir.join(TAGGER_FILE);
    write_model(&path, &model_file::to_bytes(&model))?;
    println!(
        "trained on {} documents, {} tokens, {} entities ({} not on token boundaries); {} features → {}",
        report.documents,
        report.tokens,
        report.entities,
        report.misaligned,
        report.features,
        path.display()
    );
    let (attach, report) = scoreline_relations::attach::train::train(
        &docs,
        scoreline_relations::attach::train::TrainConfig::default(),
    );
    let path = dir.join(ATTACH_FILE);
    write_model(&path, &attach.to_bytes())?;
    println!(
        "scorer attachment: {} goal sites ({} with no gold goal, {} scorers not among the candidates, rules right at {}); {} features → {}",
        report.sites,
        report.no_goal,
        report.unreachable,
        report.rules_right,
        report.features,
        path.display()
    );
    Ok(Outcome::Clean)
}

/// Writes a model to a temporary file and renames it, so a crash never
/// leaves half a model.
fn write_model(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    let tmp = path.with_extension("bin.tmp");
    std::fs::write(&tmp, bytes).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("cannot write {}", path.display()))
}
