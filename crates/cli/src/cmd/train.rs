//! `scoreline train [--gold DIR] [--models DIR]`: rebuilds the tagger model
//! from the gold train split, deterministically.

use crate::exit::Outcome;
use crate::models::models_dir;
use anyhow::Context;
use scoreline_ner::embedded::TAGGER_FILE;
use scoreline_ner::{model_file, train};
use scoreline_refdata::{Gazetteer, RefData};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Gold training documents (only the train split, never dev or test).
    #[arg(long, default_value = "eval/gold/train")]
    gold: Vec<PathBuf>,
    /// The models directory: reads `refdata/`, writes `ner/tagger.bin`.
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
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    // Write to a temporary file and rename, so a crash never leaves half a model.
    let tmp = path.with_extension("bin.tmp");
    std::fs::write(&tmp, model_file::to_bytes(&model))
        .with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, &path).with_context(|| format!("cannot write {}", path.display()))?;
    println!(
        "trained on {} documents, {} tokens, {} entities ({} not on token boundaries); {} features → {}",
        report.documents,
        report.tokens,
        report.entities,
        report.misaligned,
        report.features,
        path.display()
    );
    Ok(Outcome::Clean)
}
