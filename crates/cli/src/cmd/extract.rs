//! `scoreline extract INPUT... [-o OUT] [--threads N] [--ner BACKEND]`

use crate::exit::Outcome;
use crate::models::models_dir;
use crate::progress::Progress;
use anyhow::Context;
use scoreline_extract::{run, Inputs, Pipeline};
use scoreline_ner::embedded::EmbeddedRecognizer;
use scoreline_ner::Recognizer;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Backend {
    /// Reference data plus the averaged-perceptron tagger under `models/`.
    Embedded,
    /// A transformer token-classification model (needs the `rust-bert` feature).
    Transformer,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// `.txt` files, JSONL files (`id`, `text`, optional `date`, `lang`),
    /// directories of them, or `-` for JSONL on stdin.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Write the JSONL here instead of stdout.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(long)]
    threads: Option<usize>,
    /// Recognition backend.
    #[arg(long, value_enum, default_value_t = Backend::Embedded)]
    ner: Backend,
    /// The models directory (default: $SCORELINE_MODELS, else ./models).
    #[arg(long)]
    models: Option<PathBuf>,
}

fn recognizer(args: &Args) -> anyhow::Result<Box<dyn Recognizer>> {
    match args.ner {
        Backend::Embedded => {
            let dir = models_dir(args.models.clone());
            let r = EmbeddedRecognizer::load(&dir).with_context(|| format!("cannot load the models in {}", dir.display()))?;
            Ok(Box::new(r))
        }
        Backend::Transformer => anyhow::bail!("this scoreline was built without the `rust-bert` feature; rebuild with `--features rust-bert`"),
    }
}

pub fn run_cmd(args: Args) -> anyhow::Result<Outcome> {
    let pipeline = Pipeline::new(recognizer(&args)?);
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(n) = args.threads {
        pool = pool.num_threads(n.max(1));
    }
    let pool = pool.build().context("cannot start worker threads")?;
    let inputs = Inputs::new(&args.inputs);
    let mut out: Box<dyn Write + Send> = match &args.output {
        Some(path) => Box::new(BufWriter::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => Box::new(BufWriter::with_capacity(1 << 16, std::io::stdout())),
    };
    let progress = Progress::documents("");
    let mut on_problem = |p: &scoreline_core::Problem| progress.skipped(p);
    let mut on_progress = |n: usize| progress.set(n);
    let summary = pool.install(|| {
        run(
            &pipeline,
            inputs,
            &mut out,
            &mut on_problem,
            &mut on_progress,
        )
    })?;
    progress.finish();
    eprintln!(
        "scoreline: {} document(s) extracted, {} words, {} input problem(s)",
        summary.documents, summary.words, summary.problems
    );
    Ok(if summary.problems > 0 {
        Outcome::Problems
    } else {
        Outcome::Clean
    })
}
