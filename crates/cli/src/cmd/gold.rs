//! `scoreline gold check [PATH...]` and `scoreline gold build`: the gold
//! authoring sources of `eval/AUTHORING.md`.

use crate::exit::Outcome;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: GoldCommand,
}

#[derive(Debug, clap::Subcommand)]
enum GoldCommand {
    /// Check authoring sources; print each problem on one line; exit 1 if any.
    Check(CheckArgs),
}

#[derive(Debug, clap::Args)]
struct CheckArgs {
    /// Source files or directories of them (`.txt`).
    #[arg(default_value = "eval/gold-src")]
    paths: Vec<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    match args.command {
        GoldCommand::Check(a) => check(a),
    }
}

fn check(args: CheckArgs) -> anyhow::Result<Outcome> {
    let corpus = scoreline_gold::check_paths(&args.paths);
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
