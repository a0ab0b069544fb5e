//! `scoreline kb build|query|export`: the knowledge base.

use crate::exit::Outcome;
use crate::models::models_dir;
use crate::progress::Progress;
use anyhow::Context;
use scoreline_extract::Pipeline;
use scoreline_kb::input::{spec_documents, Extracted};
use scoreline_kb::{BuildOptions, Format, Kb, Question, Resolver, Target};
use scoreline_ner::embedded::EmbeddedRecognizer;
use scoreline_refdata::RefData;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: KbCommand,
}

#[derive(Debug, clap::Subcommand)]
enum KbCommand {
    /// Build or extend a base from extract output (or raw news with --extract).
    Build(BuildArgs),
    /// Ask the base a ready question; the answer is a table.
    Query(QueryArgs),
    /// Write the whole base as JSON-LD, Turtle, N-Triples, CSV or JSON.
    Export(ExportArgs),
}

#[derive(Debug, clap::Args)]
struct BuildArgs {
    /// Spec `.json` / `.jsonl` files (the output of `scoreline extract`) or
    /// directories of them; with --extract, raw news as `scoreline extract` reads it.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// The base; created if missing, extended if present.
    #[arg(short, long, default_value = "kb.sqlite")]
    output: PathBuf,
    /// The inputs are raw news: extract them first.
    #[arg(long)]
    extract: bool,
    /// Reports of the same teams and score at most this many days apart are one match.
    #[arg(long, default_value_t = BuildOptions::default().date_window)]
    date_window: u32,
    /// Worker threads for --extract (default: one per core).
    #[arg(long)]
    threads: Option<usize>,
    /// The models directory (default: $SCORELINE_MODELS, else ./models).
    #[arg(long)]
    models: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
struct QueryArgs {
    /// The base.
    #[arg(short, long, default_value = "kb.sqlite", global = true)]
    kb: PathBuf,
    /// Tab-separated output instead of an aligned table.
    #[arg(long, global = true)]
    tsv: bool,
    #[command(subcommand)]
    question: QuestionArg,
}

#[derive(Debug, clap::Subcommand)]
enum QuestionArg {
    /// Players by goals (own goals not counted).
    TopScorers {
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// Only goals in this competition (name or id).
        #[arg(long)]
        competition: Option<String>,
    },
    /// A club's matches and results (name, alias or id: "Bayern", "club/fc-bayern-munchen").
    ClubResults { club: String },
    /// A player's goals.
    PlayerGoals { player: String },
    /// Matches played at a stadium.
    StadiumMatches { stadium: String },
    /// The reports behind a match, with document, spans and evidence.
    MatchSources { id: i64 },
    /// Goals whose reports disagree (minute, kind or team).
    Conflicts {
        #[arg(long, default_value_t = 50)]
        limit: usize,
    },
    /// Counts of what the base holds.
    Summary,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum FormatArg {
    Jsonld,
    Ttl,
    Nt,
    Csv,
    Json,
}

#[derive(Debug, clap::Args)]
struct ExportArgs {
    /// The base.
    #[arg(short, long, default_value = "kb.sqlite")]
    kb: PathBuf,
    #[arg(long, value_enum)]
    format: FormatArg,
    /// Output file (a directory for csv); stdout when omitted.
    #[arg(short, long)]
    output: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    match args.command {
        KbCommand::Build(a) => build(a),
        KbCommand::Query(a) => query(a),
        KbCommand::Export(a) => export(a),
    }
}

fn build(args: BuildArgs) -> anyhow::Result<Outcome> {
    let models = models_dir(args.models.clone());
    let refdata = RefData::load(&models.join("refdata"))
        .with_context(|| format!("cannot load the reference data in {}", models.display()))?;
    let resolver = Resolver::new(refdata);
    let mut kb = Kb::create_or_open(&args.output)?;
    let options = BuildOptions {
        date_window: args.date_window,
    };
    let progress = Progress::documents(" merged");
    let tick = |item: &Result<scoreline_core::Document, scoreline_core::Problem>| {
        if item.is_ok() {
            progress.inc();
        }
    };
    let mut on_problem = |p: &scoreline_core::Problem| progress.skipped(p);
    let summary = if args.extract {
        let recognizer = EmbeddedRecognizer::load(&models)
            .with_context(|| format!("cannot load the models in {}", models.display()))?;
        let pipeline = Pipeline::new(Box::new(recognizer));
        let mut pool = rayon::ThreadPoolBuilder::new();
        if let Some(n) = args.threads {
            pool = pool.num_threads(n.max(1));
        }
        let pool = pool.build().context("cannot start worker threads")?;
        pool.install(|| {
            kb.build(
                &resolver,
                Extracted::new(&pipeline, &args.inputs).inspect(tick),
                options,
                &mut on_problem,
            )
        })?
    } else {
        kb.build(
            &resolver,
            spec_documents(&args.inputs).inspect(tick),
            options,
            &mut on_problem,
        )?
    };
    progress.finish();
    eprintln!("scoreline: {}: {summary}", args.output.display());
    Ok(if summary.problems > 0 {
        Outcome::Problems
    } else {
        Outcome::Clean
    })
}

fn query(args: QueryArgs) -> anyhow::Result<Outcome> {
    let kb = Kb::open(&args.kb)?;
    let question = match args.question {
        QuestionArg::TopScorers { limit, competition } => {
            Question::TopScorers { limit, competition }
        }
        QuestionArg::ClubResults { club } => Question::ClubResults { club },
        QuestionArg::PlayerGoals { player } => Question::PlayerGoals { player },
        QuestionArg::StadiumMatches { stadium } => Question::StadiumMatches { stadium },
        QuestionArg::MatchSources { id } => Question::MatchSources { id },
        QuestionArg::Conflicts { limit } => Question::Conflicts { limit },
        QuestionArg::Summary => Question::Summary,
    };
    let table = kb.ask(&question)?;
    let text = if args.tsv {
        table.tsv()
    } else {
        table.render()
    };
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(Outcome::Clean)
}

/// Writes a file next to its final path and renames it into place, so a
/// failed export never leaves a half-written file where the old one was.
fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    if path.is_dir() {
        anyhow::bail!(
            "{} is a directory; this format writes one file",
            path.display()
        );
    }
    let mut partial = path.as_os_str().to_owned();
    partial.push(".partial");
    let partial = PathBuf::from(partial);
    let file = std::fs::File::create(&partial)
        .with_context(|| format!("cannot create {}", partial.display()))?;
    let mut out = BufWriter::new(file);
    let written = write(&mut out).and_then(|()| {
        out.into_inner()
            .map_err(|e| e.into_error())?
            .sync_all()
            .map_err(anyhow::Error::from)
    });
    if let Err(e) = written {
        let _ = std::fs::remove_file(&partial);
        return Err(e);
    }
    std::fs::rename(&partial, path)
        .with_context(|| format!("cannot move {} into place", partial.display()))
}

fn export(args: ExportArgs) -> anyhow::Result<Outcome> {
    let kb = Kb::open(&args.kb)?;
    let format = match args.format {
        FormatArg::Jsonld => Format::JsonLd,
        FormatArg::Ttl => Format::Turtle,
        FormatArg::Nt => Format::NTriples,
        FormatArg::Csv => Format::Csv,
        FormatArg::Json => Format::Json,
    };
    match (format, &args.output) {
        (Format::Csv, Some(dir)) => kb.export(format, Target::Directory(dir))?,
        (Format::Csv, None) => {
            anyhow::bail!("--format csv writes several files: give a directory with -o")
        }
        (_, Some(path)) => {
            write_atomically(path, |out| Ok(kb.export(format, Target::Stream(out))?))?
        }
        (_, None) => {
            let mut out = BufWriter::new(std::io::stdout().lock());
            kb.export(format, Target::Stream(&mut out))?;
            out.flush()?;
        }
    }
    Ok(Outcome::Clean)
}
