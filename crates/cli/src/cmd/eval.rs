//! `scoreline eval --gold PATH --pred PATH [--json FILE]`

use crate::exit::Outcome;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Gold documents: files or directories.
    #[arg(long, required = true, num_args = 1..)]
    gold: Vec<PathBuf>,
    /// Predicted documents: files or directories.
    #[arg(long, required = true, num_args = 1..)]
    pred: Vec<PathBuf>,
    /// Also write the report as JSON to this file.
    #[arg(long)]
    json: Option<PathBuf>,
}

pub fn run(_args: Args) -> anyhow::Result<Outcome> {
    anyhow::bail!("eval is being written")
}
