//! `scoreline report --pred PATH... [--gold PATH...] -o report.html [--limit N]`

use crate::cmd::eval::load;
use crate::exit::Outcome;
use anyhow::Context;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Predicted (or any spec) documents: `.json` / `.jsonl` files or directories.
    #[arg(long, required = true, num_args = 1..)]
    pred: Vec<PathBuf>,
    /// Gold documents to evaluate the predictions against (adds the evaluation).
    #[arg(long, num_args = 1..)]
    gold: Vec<PathBuf>,
    /// The HTML file to write.
    #[arg(short, long)]
    output: PathBuf,
    /// Documents shown in full (the first ones); counts and evaluation cover all.
    #[arg(long, default_value_t = 500)]
    limit: usize,
    /// Rows per error table of the evaluation.
    #[arg(long, default_value_t = 1000)]
    max_errors: usize,
    /// The page title.
    #[arg(long, default_value = "scoreline report")]
    title: String,
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let (pred, pred_problems) = load("pred", &args.pred);
    let (eval, gold_problems) = if args.gold.is_empty() {
        (None, 0)
    } else {
        let (gold, problems) = load("gold", &args.gold);
        (Some(scoreline_eval::evaluate(&gold, &pred)), problems)
    };
    let options = scoreline_report::Options {
        title: args.title,
        limit: args.limit,
        max_errors: args.max_errors,
    };
    let html = scoreline_report::render(&pred, eval.as_ref(), &options);
    std::fs::write(&args.output, html)
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    eprintln!(
        "scoreline: report of {} document(s) ({} shown) written to {}",
        pred.len(),
        pred.len().min(args.limit),
        args.output.display()
    );
    let problems = pred_problems + gold_problems;
    if problems > 0 {
        eprintln!("scoreline: {problems} invalid input(s) left out of the report (see above)");
        return Ok(Outcome::Problems);
    }
    Ok(Outcome::Clean)
}
