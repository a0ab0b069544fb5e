//! `scoreline refdata check|coverage`: the reference data's counts and
//! findings, and how much of the gold it finds on its own.

use crate::exit::Outcome;
use crate::models::models_dir;
use anyhow::Context;
use scoreline_ner::coverage::coverage;
use scoreline_refdata::{Gazetteer, Kind, RefData};
use std::collections::BTreeSet;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
    /// The models directory holding `refdata/`.
    #[arg(long, global = true)]
    models: Option<PathBuf>,
}

#[derive(Debug, clap::Subcommand)]
enum Action {
    /// Print the counts per kind and every finding (dangling references,
    /// unmarked name clashes, repeated or unnormalised names); exit 1 on any.
    Check,
    /// The share of gold mentions per label the reference data alone finds
    /// (exact span, entry of the label's kind).
    Coverage {
        /// Gold documents.
        #[arg(long, required = true, num_args = 1..)]
        gold: Vec<PathBuf>,
    },
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let dir = models_dir(args.models).join("refdata");
    let data = RefData::load(&dir)
        .with_context(|| format!("cannot load the reference data in {}", dir.display()))?;
    match args.action {
        Action::Check => check(&data),
        Action::Coverage { gold } => gold_coverage(&data, &gold),
    }
}

fn check(data: &RefData) -> anyhow::Result<Outcome> {
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{:<13} {:>7} {:>7} {:>9}",
        "kind", "entries", "names", "ambiguous"
    )?;
    for kind in Kind::ALL {
        let entries = data.entries.iter().filter(|e| e.kind == kind);
        let (n, names, ambiguous) = entries.fold((0, 0, 0), |(n, a, b), e| {
            (n + 1, a + e.names.len(), b + e.ambiguous.len())
        });
        writeln!(
            out,
            "{:<13} {n:>7} {names:>7} {ambiguous:>9}",
            kind.folder()
        )?;
    }
    let clubs = data.entries.iter().filter(|e| e.kind == Kind::Club);
    let mut classes = std::collections::BTreeMap::<&str, usize>::new();
    let mut countries = BTreeSet::new();
    for e in clubs {
        *classes.entry(e.class.as_str()).or_default() += 1;
        if e.class == "club" {
            countries.extend(e.country.as_deref());
        }
    }
    let classes: Vec<String> = classes.iter().map(|(k, n)| format!("{k} {n}")).collect();
    writeln!(
        out,
        "clubs by kind: {}; club countries: {}",
        classes.join(", "),
        countries.len()
    )?;
    let findings = data.check();
    let mut err = std::io::stderr().lock();
    for f in &findings {
        writeln!(err, "{f}")?;
    }
    writeln!(out, "{} finding(s)", findings.len())?;
    Ok(if findings.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Problems
    })
}

fn gold_coverage(data: &RefData, gold: &[PathBuf]) -> anyhow::Result<Outcome> {
    let loaded = scoreline_core::load_paths(gold);
    let mut err = std::io::stderr().lock();
    for p in &loaded.problems {
        writeln!(err, "{p}")?;
    }
    let docs: Vec<_> = loaded.documents.into_iter().map(|(_, d)| d).collect();
    let gazetteer = Gazetteer::new(data)?;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{:<12} {:>6} {:>6} {:>7} {:>12}",
        "label", "gold", "found", "recall", "unambiguous"
    )?;
    for (label, c) in coverage(&docs, data, &gazetteer) {
        writeln!(
            out,
            "{:<12} {:>6} {:>6} {:>7.3} {:>12.3}",
            label.to_string(),
            c.total,
            c.found,
            c.recall(),
            if c.total == 0 {
                1.0
            } else {
                c.unambiguous as f64 / c.total as f64
            }
        )?;
    }
    Ok(if loaded.problems.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Problems
    })
}
