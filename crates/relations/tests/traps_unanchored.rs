//! Goals told without a minute, in the seven languages, and the tellings
//! that are not goals. Every sentence here is written for the test.

mod common;

use common::{goals, run};

/// The scorers of every goal found, in order (all minute-less here).
fn scorers(marked: &str) -> Vec<String> {
    goals(&run(marked))
        .into_iter()
        .map(|(s, m, _, _)| match m {
            Some(m) => format!("{s} {m}"),
            None => s,
        })
        .collect()
}

#[test]
fn probe() {
    let s = std::env::var("PROBE").unwrap_or_default();
    if !s.is_empty() {
        let text = common::unmark(&s).0;
        let seg = scoreline_text::Segmented::new(&text);
        let toks: Vec<&str> = (0..seg.tokens.len()).map(|i| seg.token_text(i)).collect();
        eprintln!("TOKENS {toks:?}");
        eprintln!("GOALS {:?}", scorers(&s));
    }
}
