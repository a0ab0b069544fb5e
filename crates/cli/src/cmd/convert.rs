//! `scoreline convert --from FORMAT --to FORMAT INPUT... [-o OUT] [--map FROM=TO] [--lang L]`

use crate::exit::Outcome;
use anyhow::Context;
use scoreline_convert::{brat, Format, Importer, LabelMap};
use scoreline_core::Lang;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Input format: spec, labelstudio, doccano, brat, conll (IOB2) or spacy.
    #[arg(long)]
    from: Format,
    /// Output format: spec, labelstudio, doccano, brat, conll (IOB2) or spacy.
    #[arg(long)]
    to: Format,
    /// Input files or directories (brat: `.ann` files or directories of
    /// `.txt` + `.ann` pairs).
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Output file (stdout if absent or `-`); a directory for `--to brat`.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Map a source label to one of PLAYER, CLUB, STADIUM, COACH,
    /// COMPETITION, or DROP to leave it out (repeatable): `--map MISC=COMPETITION`.
    #[arg(long = "map", value_name = "FROM=TO")]
    maps: Vec<String>,
    /// Language of documents whose source names none (default: detected).
    #[arg(long)]
    lang: Option<Lang>,
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let mut labels = LabelMap::default();
    for rule in &args.maps {
        labels.add_rule(rule).map_err(anyhow::Error::msg)?;
    }
    let stdout_target = args.output.as_ref().is_none_or(|p| p.as_os_str() == "-");
    if args.to.writes_directory() && stdout_target {
        anyhow::bail!(
            "--to {} writes a directory of files: give it with -o DIR",
            args.to
        );
    }
    let loaded =
        scoreline_convert::read(args.from, &args.inputs, &Importer::new(labels, args.lang));
    for p in &loaded.problems {
        eprintln!("scoreline: {p}");
    }
    let written = if args.to.writes_directory() {
        let dir = args.output.as_deref().unwrap_or(std::path::Path::new("."));
        brat::write_dir(&loaded.documents, dir)?
    } else if stdout_target {
        let mut out = BufWriter::new(std::io::stdout().lock());
        let problems = scoreline_convert::write(args.to, &loaded.documents, &mut out)?;
        out.flush()?;
        problems
    } else {
        let path = args.output.as_deref().unwrap_or(std::path::Path::new("-"));
        let file = std::fs::File::create(path)
            .with_context(|| format!("cannot create {}", path.display()))?;
        let mut out = BufWriter::new(file);
        let problems = scoreline_convert::write(args.to, &loaded.documents, &mut out)?;
        out.flush()
            .with_context(|| format!("cannot write {}", path.display()))?;
        problems
    };
    for p in &written {
        eprintln!("scoreline: {p}");
    }
    if args.to != Format::Spec {
        let docs = loaded.documents.iter().map(|(_, d)| d);
        let (matches, goals) =
            docs.fold((0, 0), |(m, g), d| (m + d.matches.len(), g + d.goals.len()));
        if matches + goals > 0 {
            eprintln!(
                "scoreline: note: {} holds entities only; {matches} match(es) and {goals} goal(s) are not written",
                args.to
            );
        }
    }
    let problems = loaded.problems.len() + written.len();
    eprintln!(
        "scoreline: {} document(s) converted from {} to {}, {problems} problem(s)",
        loaded.documents.len(),
        args.from,
        args.to
    );
    Ok(if problems == 0 {
        Outcome::Clean
    } else {
        Outcome::Problems
    })
}
