//! `scoreline report`: one self-contained HTML page for a corpus. The
//! documents with their entities highlighted by label (with a legend), their
//! match and goal tables linking to the evidence span in the text, and, when
//! gold is given, the evaluation of `scoreline-eval` (per label and
//! language, confusion table, false positives and negatives).
//!
//! Large corpora: the page shows the first [`Options::limit`] documents; the
//! counts, the legend and the evaluation cover every document.
//!
//! Invariants: the page fetches nothing (inline CSS and one small inline
//! script, no external URL anywhere); every text from a document reaches the
//! page only through [`html::esc`]; the report never scores anything itself
//! (the evaluation is `scoreline_eval::evaluate`'s) and never reads files.

mod document;
mod evaluation;
mod highlight;
pub mod html;
mod style;

use crate::evaluation::Shown;
use crate::highlight::Ids;
use crate::html::esc;
use scoreline_core::{Document, Label};
use scoreline_eval::Report;
use std::collections::BTreeMap;
use std::fmt::Write;

/// What the page shows.
#[derive(Debug, Clone)]
pub struct Options {
    /// The page title.
    pub title: String,
    /// Documents shown in full (the first ones, in input order).
    pub limit: usize,
    /// Rows per error table of the evaluation.
    pub max_errors: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            title: "scoreline report".to_owned(),
            limit: 500,
            max_errors: 1000,
        }
    }
}

/// Renders the page for `pred`, with the evaluation `eval` (of `pred`
/// against gold) when there is one.
pub fn render(pred: &[Document], eval: Option<&Report>, options: &Options) -> String {
    let shown_docs = &pred[..pred.len().min(options.limit)];
    let mut out =
        String::with_capacity(shown_docs.iter().map(|d| d.text.len() * 3).sum::<usize>() + 16_384);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title><style>{}</style></head><body>\n<h1>{}</h1>",
        esc(&options.title),
        style::css(),
        esc(&options.title)
    );
    summary(&mut out, pred, shown_docs.len());
    let shown: Shown = shown_docs
        .iter()
        .enumerate()
        .map(|(n, d)| (d.id.as_str(), (Ids(n), d)))
        .collect();
    if let Some(report) = eval {
        let texts: evaluation::Texts = pred
            .iter()
            .map(|d| (d.id.as_str(), d.text.as_str()))
            .collect();
        evaluation::section(&mut out, report, &shown, &texts, options.max_errors);
    }
    index(&mut out, shown_docs);
    for (n, doc) in shown_docs.iter().enumerate() {
        document::section(&mut out, doc, Ids(n));
    }
    let _ = write!(out, "<script>{}</script>\n</body></html>\n", style::SCRIPT);
    out
}

/// Counts over every document, and the legend.
fn summary(out: &mut String, pred: &[Document], shown: usize) {
    let mut per_label: BTreeMap<Label, usize> = Label::ALL.iter().map(|l| (*l, 0)).collect();
    for e in pred.iter().flat_map(|d| &d.entities) {
        *per_label.entry(e.label).or_default() += 1;
    }
    let matches: usize = pred.iter().map(|d| d.matches.len()).sum();
    let goals: usize = pred.iter().map(|d| d.goals.len()).sum();
    let _ = write!(
        out,
        r#"<p>{} documents, {} entities, {} matches, {} goals."#,
        pred.len(),
        per_label.values().sum::<usize>(),
        matches,
        goals
    );
    if shown < pred.len() {
        let _ = write!(
            out,
            " The first {shown} documents are shown; counts and evaluation cover all {}.",
            pred.len()
        );
    }
    out.push_str(r#"</p><p class="legend">"#);
    for (label, n) in &per_label {
        let _ = write!(out, r#"<span class="{label}">{label} {n}</span>"#);
    }
    out.push_str("</p>\n");
}

/// The table of shown documents, each linking to its section.
fn index(out: &mut String, docs: &[Document]) {
    out.push_str("<h2>Documents</h2><table><tr><th>#</th><th>id</th><th>lang</th><th>date</th><th>entities</th><th>matches</th><th>goals</th></tr>\n");
    for (n, d) in docs.iter().enumerate() {
        let _ = writeln!(
            out,
            r##"<tr><td class="n">{}</td><td><a href="#{}">{}</a></td><td>{}</td><td>{}</td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td></tr>"##,
            n + 1,
            Ids(n).doc(),
            esc(&d.id),
            d.lang,
            esc(d.date.as_deref().unwrap_or("–")),
            d.entities.len(),
            d.matches.len(),
            d.goals.len()
        );
    }
    out.push_str("</table>\n");
}
