//! `scoreline eval --gold PATH... --pred PATH... [--json FILE]`

use crate::exit::Outcome;
use anyhow::Context;
use scoreline_core::{load_paths, Document};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Gold documents: `.json` / `.jsonl` files or directories.
    #[arg(long, required = true, num_args = 1..)]
    gold: Vec<PathBuf>,
    /// Predicted documents: `.json` / `.jsonl` files or directories.
    #[arg(long, required = true, num_args = 1..)]
    pred: Vec<PathBuf>,
    /// Also write the full report (all errors included) as JSON to this file.
    #[arg(long)]
    json: Option<PathBuf>,
}

/// Loads one side, printing its problems; invalid documents are left out.
pub(crate) fn load(side: &str, paths: &[PathBuf]) -> (Vec<Document>, usize) {
    let loaded = load_paths(paths);
    for p in &loaded.problems {
        eprintln!("scoreline: {side}: {p}");
    }
    (
        loaded.documents.into_iter().map(|(_, d)| d).collect(),
        loaded.problems.len(),
    )
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let (gold, gold_problems) = load("gold", &args.gold);
    let (pred, pred_problems) = load("pred", &args.pred);
    let report = scoreline_eval::evaluate(&gold, &pred);
    if let Some(path) = &args.json {
        let json = serde_json::to_string_pretty(&report)?;
        std::fs::write(path, json + "\n")
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    std::io::stdout()
        .lock()
        .write_all(scoreline_eval::render::render(&report).as_bytes())?;
    let problems = gold_problems + pred_problems;
    if problems > 0 {
        eprintln!("scoreline: {problems} invalid input(s) left out of the scores (see above)");
        return Ok(Outcome::Problems);
    }
    Ok(Outcome::Clean)
}
