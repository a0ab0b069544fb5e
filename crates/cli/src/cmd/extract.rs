//! `scoreline extract INPUT... [-o OUT] [--threads N] [--ner BACKEND]`

use crate::exit::Outcome;
use crate::models::models_dir;
use crate::progress::Progress;
use anyhow::Context;
use scoreline_extract::{run, Inputs, Pipeline, Report};
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
    /// `--ner transformer`: the model directory (rust-bert format:
    /// rust_model.ot, config.json, vocabulary; see scripts/convert-model).
    #[arg(long, value_name = "DIR")]
    model_dir: Option<PathBuf>,
    /// `--ner transformer`: the mapping of the model's types to ours
    /// (default: labels.tsv in the model directory, else PER/ORG/LOC/MISC).
    #[arg(long, value_name = "FILE")]
    label_map: Option<PathBuf>,
    /// `--ner transformer`: word pieces per window (default: the model's maximum).
    #[arg(long, value_name = "PIECES")]
    window: Option<usize>,
    /// Goal scorers as the rules pick them, without the trained attachment
    /// model (`relations/attach.bin` under the models directory).
    #[arg(long)]
    rules_only_scorers: bool,
}

fn recognizer(args: &Args) -> anyhow::Result<Box<dyn Recognizer>> {
    match args.ner {
        Backend::Embedded
            if args.model_dir.is_some() || args.label_map.is_some() || args.window.is_some() =>
        {
            anyhow::bail!("`--model-dir`, `--label-map` and `--window` go with `--ner transformer`")
        }
        Backend::Embedded => {
            let dir = models_dir(args.models.clone());
            let r = EmbeddedRecognizer::load(&dir)
                .with_context(|| format!("cannot load the models in {}", dir.display()))?;
            Ok(Box::new(r))
        }
        Backend::Transformer => transformer(args),
    }
}

#[cfg(not(feature = "rust-bert"))]
fn transformer(_: &Args) -> anyhow::Result<Box<dyn Recognizer>> {
    anyhow::bail!("this scoreline was built without the `rust-bert` feature, so `--ner transformer` is not available; rebuild with `--features rust-bert` (see README, Transformer NER)")
}

#[cfg(feature = "rust-bert")]
fn transformer(args: &Args) -> anyhow::Result<Box<dyn Recognizer>> {
    use scoreline_ner_transformer::recognizer::TransformerRecognizer;
    use scoreline_ner_transformer::Options;
    let Some(dir) = &args.model_dir else {
        anyhow::bail!("`--ner transformer` needs `--model-dir DIR`");
    };
    let models = models_dir(args.models.clone());
    let refdata = models.join(scoreline_ner::embedded::REFDATA_DIR);
    let data = scoreline_refdata::RefData::load(&refdata)
        .with_context(|| format!("cannot load the reference data in {}", refdata.display()))?;
    let options = Options {
        window: args.window,
        mapping: args.label_map.clone(),
        ..Options::default()
    };
    let r = TransformerRecognizer::load(dir, data, &options)
        .with_context(|| format!("cannot load the transformer model in {}", dir.display()))?;
    Ok(Box::new(r))
}

/// Refuses an output file that is also an input: creating it would empty
/// the input before it is read.
fn check_output_is_not_an_input(args: &Args) -> anyhow::Result<()> {
    let Some(out) = &args.output else {
        return Ok(());
    };
    let Ok(out) = out.canonicalize() else {
        return Ok(());
    };
    for input in &args.inputs {
        if input.canonicalize().is_ok_and(|i| i == out) {
            anyhow::bail!(
                "the output {} is also an input; write it elsewhere",
                input.display()
            );
        }
    }
    Ok(())
}

pub fn run_cmd(args: Args) -> anyhow::Result<Outcome> {
    check_output_is_not_an_input(&args)?;
    let mut pipeline = Pipeline::new(recognizer(&args)?);
    if !args.rules_only_scorers {
        let dir = models_dir(args.models.clone());
        let model = scoreline_relations::attach::AttachModel::load(&dir)
            .with_context(|| format!("cannot load the models in {}", dir.display()))?;
        pipeline = pipeline.with_attach(model);
    }
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(n) = args.threads {
        pool = pool.num_threads(n.max(1));
    }
    let pool = pool.build().context("cannot start worker threads")?;
    let inputs = Inputs::new(&args.inputs);
    // Streamed, not staged in a temporary file: `run` flushes every batch,
    // so whatever was written before a later failure stays in place.
    let mut out: Box<dyn Write + Send> = match &args.output {
        Some(path) => Box::new(BufWriter::with_capacity(
            1 << 16,
            std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => Box::new(BufWriter::with_capacity(1 << 16, std::io::stdout())),
    };
    let progress = Progress::documents("");
    let mut on_report = |r: &Report| {
        let what = if r.kind.skips() { "skipped" } else { "warning" };
        progress.say(&format!("scoreline: {what}: {}", r.problem));
    };
    let mut on_progress = |n: usize| progress.set(n);
    let result = pool.install(|| {
        run(
            &pipeline,
            inputs,
            &mut out,
            &mut on_report,
            &mut on_progress,
        )
    });
    progress.finish();
    let summary = match result {
        Ok(s) => s,
        Err(e) => {
            // A closed pipe is the reader's choice (exit 0): no summary noise.
            if e.source.kind() != std::io::ErrorKind::BrokenPipe {
                eprintln!("scoreline: stopped: {}", e.summary);
            }
            return Err(e.into());
        }
    };
    eprintln!("scoreline: {summary}");
    Ok(if summary.is_partial() {
        Outcome::Problems
    } else {
        Outcome::Clean
    })
}
