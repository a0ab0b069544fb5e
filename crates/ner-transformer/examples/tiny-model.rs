//! Writes a small randomly initialised BERT token-classification model in
//! rust-bert's format, to try `--ner transformer` end to end without a
//! download (its tags are random: it checks the plumbing, not the quality).
//!
//! cargo run -p scoreline-ner-transformer --features rust-bert --example tiny-model -- [--base] DIR [WORDS-FILE]
//!
//! The vocabulary is the words of WORDS-FILE (any text; default: the
//! backend's multilingual test text), so those words are not unknown.
//! `--base` gives BERT-base's shape (768 hidden, 12 layers, 12 heads, 512
//! positions): random still, but as costly to run as a real base model, to
//! measure throughput.

use scoreline_ner_transformer::tiny::{TinyBert, CONLL_LABELS};
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1).peekable();
    let base = args.next_if(|a| a == "--base").is_some();
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("usage: tiny-model DIR [WORDS-FILE]");
        return ExitCode::from(2);
    };
    let text = match args.next() {
        Some(p) => match std::fs::read_to_string(&p) {
            Ok(t) => t,
            Err(e) => {
                eprintln!(
                    "tiny-model: cannot read {}: {e}",
                    PathBuf::from(p).display()
                );
                return ExitCode::from(2);
            }
        },
        None => include_str!("../tests/fixtures/long-multilingual.txt").to_owned(),
    };
    let words: BTreeSet<String> = scoreline_text::tokenize(&text)
        .iter()
        .map(|t| t.text(&text).to_owned())
        .collect();
    let pieces: Vec<String> = words.into_iter().collect();
    let mut shape = TinyBert::new(&CONLL_LABELS, &pieces);
    if base {
        (shape.hidden, shape.layers, shape.heads, shape.max_positions) = (768, 12, 12, 512);
    }
    match shape.write_random(&dir, 1) {
        Ok(()) => {
            println!("wrote {} ({} pieces)", dir.display(), pieces.len());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("tiny-model: {e}");
            ExitCode::from(2)
        }
    }
}
