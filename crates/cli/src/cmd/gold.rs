//! `scoreline gold check [PATH...]` and `scoreline gold build [--check]`:
//! the gold authoring sources of `eval/AUTHORING.md` and what is built from
//! them.

use crate::exit::Outcome;
use scoreline_gold::{check_paths, plan, Corpus, GoldError, Layout};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: GoldCommand,
}

#[derive(Debug, clap::Subcommand)]
enum GoldCommand {
    /// Check authoring sources: each problem on one line (file:line: what),
    /// then a summary; exit 1 if any. Without PATH, checks eval/gold-src and
    /// also that the committed outputs are what `gold build` would write.
    Check(CheckArgs),
    /// Build eval/gold, eval/split.tsv, eval/CORPUS.md and corpora/news.jsonl
    /// from the sources; writes nothing (exit 1) if any source has a problem.
    Build(BuildArgs),
}

#[derive(Debug, clap::Args)]
struct OutArgs {
    /// Where gold/, split.tsv and CORPUS.md are.
    #[arg(long, default_value = "eval")]
    out: PathBuf,
    /// The unannotated corpus file.
    #[arg(long, default_value = "corpora/news.jsonl")]
    news: PathBuf,
}

impl OutArgs {
    fn layout(&self) -> Layout {
        Layout {
            out: self.out.clone(),
            news: self.news.clone(),
        }
    }
}

#[derive(Debug, clap::Args)]
struct CheckArgs {
    /// Source files or directories of them (`.txt`) [default: eval/gold-src].
    paths: Vec<PathBuf>,
    #[command(flatten)]
    out: OutArgs,
}

#[derive(Debug, clap::Args)]
struct BuildArgs {
    /// The sources.
    #[arg(long, default_value = DEFAULT_SRC)]
    src: PathBuf,
    #[command(flatten)]
    out: OutArgs,
    /// Write nothing; exit 1 if the committed outputs are not what the build would write.
    #[arg(long)]
    check: bool,
}

const DEFAULT_SRC: &str = "eval/gold-src";

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    match args.command {
        GoldCommand::Check(a) => check(a),
        GoldCommand::Build(a) => build(a),
    }
}

fn check(args: CheckArgs) -> anyhow::Result<Outcome> {
    // The outputs are built from the whole of eval/gold-src, so they can be
    // compared only when that is what was checked.
    let whole = args.paths.is_empty();
    let paths = if whole {
        vec![PathBuf::from(DEFAULT_SRC)]
    } else {
        args.paths
    };
    let corpus = check_paths(&paths);
    let mut outcome = report_sources(&corpus)?;
    if whole
        && corpus.problems.is_empty()
        && compare_outputs(&corpus, &args.out.layout())? == Outcome::Problems
    {
        outcome = Outcome::Problems;
    }
    Ok(outcome)
}

fn build(args: BuildArgs) -> anyhow::Result<Outcome> {
    let corpus = check_paths(&[args.src]);
    if report_sources(&corpus)? == Outcome::Problems {
        let refused = GoldError::InvalidSources {
            count: corpus.problems.len(),
        };
        writeln!(std::io::stderr().lock(), "scoreline: {refused}")?;
        return Ok(Outcome::Problems);
    }
    let layout = args.out.layout();
    if args.check {
        return compare_outputs(&corpus, &layout);
    }
    let changed = plan(&corpus, &layout)?.write(&layout)?;
    writeln!(
        std::io::stdout().lock(),
        "built {} document(s) into {} and {}: {changed} file(s) changed",
        corpus.articles.len(),
        show(&layout.out),
        show(&layout.news)
    )?;
    Ok(Outcome::Clean)
}

/// Prints each source problem on one line (stderr) and a summary (stdout).
fn report_sources(corpus: &Corpus) -> anyhow::Result<Outcome> {
    let mut err = std::io::stderr().lock();
    for problem in &corpus.problems {
        writeln!(err, "{problem}")?;
    }
    writeln!(
        std::io::stdout().lock(),
        "{} source file(s): {} valid, {} with problems; {} problem(s)",
        corpus.files,
        corpus.articles.len(),
        corpus.failing_files(),
        corpus.problems.len()
    )?;
    Ok(if corpus.problems.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Problems
    })
}

/// Prints every committed output that differs from what the build would write.
fn compare_outputs(corpus: &Corpus, layout: &Layout) -> anyhow::Result<Outcome> {
    let stale = plan(corpus, layout)?.stale(layout)?;
    let mut err = std::io::stderr().lock();
    for s in &stale {
        writeln!(err, "{s}")?;
    }
    let mut out = std::io::stdout().lock();
    if stale.is_empty() {
        writeln!(out, "outputs are up to date")?;
        Ok(Outcome::Clean)
    } else {
        writeln!(
            out,
            "{} output file(s) out of date: run `scoreline gold build` (this is about the built files, not the sources)",
            stale.len()
        )?;
        Ok(Outcome::Problems)
    }
}

fn show(p: &Path) -> std::path::Display<'_> {
    p.display()
}
