//! `scoreline validate PATH...`

use crate::exit::Outcome;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// `.json` / `.jsonl` files or directories of them.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let loaded = scoreline_core::load_paths(&args.paths);
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    for problem in &loaded.problems {
        writeln!(err, "{problem}")?;
    }
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{} valid document(s), {} problem(s)",
        loaded.documents.len(),
        loaded.problems.len()
    )?;
    Ok(if loaded.problems.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Problems
    })
}
