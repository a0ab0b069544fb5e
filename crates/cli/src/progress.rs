//! The progress line of long runs, on a terminal only, with the problems met
//! printed above it.

use indicatif::{ProgressBar, ProgressStyle};
use scoreline_core::Problem;
use std::io::IsTerminal;

#[derive(Debug)]
pub struct Progress(Option<ProgressBar>);

impl Progress {
    /// "N documents <what>, rate [elapsed]" when stderr is a terminal.
    pub fn documents(what: &str) -> Self {
        Progress(std::io::stderr().is_terminal().then(|| {
            let b = ProgressBar::new_spinner();
            b.set_style(
                ProgressStyle::with_template(&format!(
                    "{{spinner}} {{pos}} documents{what}, {{per_sec}} [{{elapsed}}]"
                ))
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            b
        }))
    }

    pub fn skipped(&self, p: &Problem) {
        self.say(&format!("scoreline: skipped: {p}"));
    }

    /// A line on stderr, above the progress line.
    pub fn say(&self, line: &str) {
        match &self.0 {
            Some(b) => b.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    pub fn set(&self, n: usize) {
        if let Some(b) = &self.0 {
            b.set_position(n as u64);
        }
    }

    pub fn inc(&self) {
        if let Some(b) = &self.0 {
            b.inc(1);
        }
    }

    pub fn finish(&self) {
        if let Some(b) = &self.0 {
            b.finish_and_clear();
        }
    }
}
