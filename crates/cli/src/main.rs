//! `scoreline`: turns football news into facts. This binary only parses
//! arguments into validated configuration and calls the library crates.
//!
//! Exit codes (also in the README):
//! - 0: success;
//! - 1: the run finished but found problems (invalid documents, a partial run);
//! - 2: the command could not run (bad arguments, unreadable input, I/O error).

mod cmd;
mod exit;
mod models;
mod progress;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

// Extraction allocates many small, short-lived vectors per document; the
// system allocator spent about a seventh of all instructions on them
// (callgrind, docs/performance.md). mimalloc's thread-local free lists make
// that a fraction, and keep the two rayon workers from contending.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Debug, Parser)]
#[command(
    name = "scoreline",
    version,
    about = "Football news in seven languages, turned into facts"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Extract language, entities, matches and goals from news into spec JSONL.
    Extract(cmd::extract::Args),
    /// Rebuild the tagger model under models/ from the gold train split.
    Train(cmd::train::Args),
    /// Check documents (gold or predictions) against the spec; exit 1 if any is invalid.
    Validate(cmd::validate::Args),
    /// Score predictions against gold (spec §3): entities, matches, goals.
    Eval(cmd::eval::Args),
    /// Check the gold authoring sources (eval/gold-src) and build eval/gold from them.
    Gold(cmd::gold::Args),
    /// Check the reference data under models/refdata, or measure what it finds in gold alone.
    Refdata(cmd::refdata::Args),
    /// Convert between the spec and Label Studio, doccano, BRAT, CoNLL IOB2 and spaCy-style JSONL.
    Convert(cmd::convert::Args),
    /// Write a self-contained HTML report: highlighted documents, matches, goals, evaluation.
    Report(cmd::report::Args),
    /// Knowledge base: build from extract output, query, export (JSON-LD, Turtle, CSV, …).
    Kb(cmd::kb::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => cmd::extract::run_cmd(args),
        Command::Train(args) => cmd::train::run(args),
        Command::Validate(args) => cmd::validate::run(args),
        Command::Eval(args) => cmd::eval::run(args),
        Command::Gold(args) => cmd::gold::run(args),
        Command::Refdata(args) => cmd::refdata::run(args),
        Command::Convert(args) => cmd::convert::run(args),
        Command::Report(args) => cmd::report::run(args),
        Command::Kb(args) => cmd::kb::run(args),
    };
    exit::code(result)
}
