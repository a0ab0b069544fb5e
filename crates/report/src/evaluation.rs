//! The evaluation section: the headline scores, per label and per language,
//! the confusion table, and the false positives and negatives, each linking
//! to the document (a false positive to its highlight) when that document is
//! on the page.

use crate::highlight::Ids;
use crate::html::{context, esc, minute, pair};
use scoreline_core::{Document, Label};
use scoreline_eval::prf::Score;
use scoreline_eval::Report;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write;

/// The documents shown on the page, by id.
pub type Shown<'a> = HashMap<&'a str, (Ids, &'a Document)>;

/// The text of every predicted document, by id (errors are quoted in
/// context whether or not their document is shown).
pub type Texts<'a> = HashMap<&'a str, &'a str>;

/// Characters of context either side of an entity error.
const CONTEXT_CHARS: usize = 40;

const HEAD: &str = "<th>P</th><th>R</th><th>F1</th><th>tp</th><th>fp</th><th>fn</th>";

fn cells(s: &Score) -> String {
    format!(
        r#"<td class="n">{:.3}</td><td class="n">{:.3}</td><td class="n">{:.3}</td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td>"#,
        s.p, s.r, s.f1, s.tp, s.fp, s.fn_
    )
}

fn doc_link(shown: &Shown, doc: &str, target: Option<String>) -> String {
    match shown.get(doc) {
        Some((ids, _)) => format!(
            r##"<a href="#{}">{}</a>"##,
            target.unwrap_or_else(|| ids.doc()),
            esc(doc)
        ),
        None => esc(doc).into_owned(),
    }
}

/// `max_errors`: rows shown per error table (the JSON of `scoreline eval`
/// has them all).
pub fn section(out: &mut String, report: &Report, shown: &Shown, texts: &Texts, max_errors: usize) {
    let d = &report.documents;
    let _ = write!(
        out,
        r#"<section id="evaluation"><h2>Evaluation</h2><p>{} gold documents, {} predicted; {} gold documents without prediction (scored as misses), {} predictions with no gold (not scored).</p>"#,
        d.gold,
        d.predicted,
        d.missing_predictions.len(),
        d.unknown_predictions.len()
    );
    let _ = writeln!(out, "<table><tr><th>metric</th>{HEAD}</tr>");
    let e = &report.entities;
    for (name, s) in [
        ("entities strict", &e.strict),
        ("entities partial", &e.partial),
        ("matches", &report.matches.basic),
        ("matches full (+ shoot-out)", &report.matches.full),
        ("goals", &report.goals.basic),
        ("goals linked (+ match)", &report.goals.linked),
        ("goals full (+ team, kind)", &report.goals.full),
    ] {
        let _ = writeln!(out, "<tr><td>{name}</td>{}</tr>", cells(s));
    }
    out.push_str("</table>");

    let _ = writeln!(
        out,
        "<h3>Entities per label</h3><table><tr><th>label</th><th colspan=\"6\">strict</th><th colspan=\"6\">partial</th></tr><tr><th></th>{HEAD}{HEAD}</tr>"
    );
    for (label, s) in &e.strict_by_label {
        let partial = e.partial_by_label.get(label).map(cells).unwrap_or_default();
        let _ = writeln!(
            out,
            r#"<tr><td><mark class="{label}">{label}</mark></td>{}{partial}</tr>"#,
            cells(s)
        );
    }
    out.push_str("</table>");

    out.push_str("<h3>F1 per language</h3><table><tr><th>lang</th><th>entities strict</th><th>entities partial</th><th>matches</th><th>matches full</th><th>goals</th><th>goals linked</th><th>goals full</th></tr>\n");
    let columns = [
        &e.strict_by_lang,
        &e.partial_by_lang,
        &report.matches.basic_by_lang,
        &report.matches.full_by_lang,
        &report.goals.basic_by_lang,
        &report.goals.linked_by_lang,
        &report.goals.full_by_lang,
    ];
    let langs: BTreeSet<_> = columns.iter().flat_map(|c| c.keys()).collect();
    for lang in langs {
        let _ = write!(out, "<tr><td>{lang}</td>");
        for c in columns {
            match c.get(lang) {
                Some(s) => {
                    let _ = write!(out, r#"<td class="n">{:.3}</td>"#, s.f1);
                }
                None => out.push_str("<td></td>"),
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>");

    confusion(out, &e.confusion);
    errors(out, report, shown, texts, max_errors);
    out.push_str("</section>\n");
}

fn confusion(out: &mut String, table: &BTreeMap<String, BTreeMap<String, usize>>) {
    // The labels in their usual order, then `O`.
    let present: BTreeSet<&str> = table
        .values()
        .flat_map(|row| row.keys().map(String::as_str))
        .collect();
    let columns: Vec<&str> = Label::ALL
        .iter()
        .map(|l| l.as_str())
        .chain(["O"])
        .filter(|c| present.contains(c))
        .collect();
    out.push_str("<h3>Confusion (rows gold, columns predicted; O: no entity of that span)</h3><table><tr><th>gold \\ pred</th>");
    for c in &columns {
        let _ = write!(out, "<th>{}</th>", esc(c));
    }
    out.push_str("</tr>\n");
    let rows = Label::ALL
        .iter()
        .map(|l| l.as_str())
        .chain(["O"])
        .filter_map(|g| Some((g, table.get(g)?)));
    for (gold, row) in rows {
        let _ = write!(out, "<tr><th>{}</th>", esc(gold));
        for c in &columns {
            let n = row.get(*c).copied().unwrap_or(0);
            let _ = write!(out, r#"<td class="n">{n}</td>"#);
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>");
}

fn more(out: &mut String, total: usize, max: usize) {
    if total > max {
        let _ = write!(
            out,
            r#"<p class="note">{} more not shown; <code>scoreline eval --json</code> lists them all.</p>"#,
            total - max
        );
    }
}

fn errors(out: &mut String, report: &Report, shown: &Shown, texts: &Texts, max: usize) {
    let es = &report.errors.entities;
    let _ = writeln!(
        out,
        "<h3>Entity errors ({})</h3><table><tr><th>document</th><th>error</th><th>label</th><th>span</th><th>in context</th></tr>",
        es.len()
    );
    for e in es.iter().take(max) {
        // A false positive is a predicted entity: link to its highlight.
        let target = (e.error == "fp")
            .then(|| shown.get(e.doc.as_str()))
            .flatten()
            .and_then(|(ids, doc)| {
                let i = doc
                    .entities
                    .iter()
                    .position(|p| (p.start, p.end, p.label) == (e.start, e.end, e.label))?;
                Some(ids.entity(i))
            });
        let in_context = texts
            .get(e.doc.as_str())
            .and_then(|text| context(text, e.start, e.end, CONTEXT_CHARS))
            .unwrap_or_else(|| esc(&e.text).into_owned());
        let _ = writeln!(
            out,
            r#"<tr><td>{}</td><td>{}</td><td><mark class="{}">{}</mark></td><td class="n">{}–{}</td><td>{in_context}</td></tr>"#,
            doc_link(shown, &e.doc, target),
            e.error,
            e.label,
            e.label,
            e.start,
            e.end,
        );
    }
    out.push_str("</table>");
    more(out, es.len(), max);

    let ms = &report.errors.matches;
    let _ = writeln!(
        out,
        "<h3>Match errors ({})</h3><table><tr><th>document</th><th>error</th><th>teams</th><th>score</th><th>pens</th></tr>",
        ms.len()
    );
    for m in ms.iter().take(max) {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{} – {}</td><td>{}</td><td>{}</td></tr>",
            doc_link(shown, &m.doc, None),
            m.error,
            esc(&m.teams[0]),
            esc(&m.teams[1]),
            pair(m.score),
            pair(m.penalties)
        );
    }
    out.push_str("</table>");
    more(out, ms.len(), max);

    let gs = &report.errors.goals;
    let _ = writeln!(
        out,
        "<h3>Goal errors ({})</h3><table><tr><th>document</th><th>error</th><th>variant</th><th>scorer</th><th>minute</th><th>match</th></tr>",
        gs.len()
    );
    for g in gs.iter().take(max) {
        let minute = minute(g.minute, g.stoppage);
        let teams = g.match_teams.as_ref().map_or_else(
            || "–".to_owned(),
            |[a, b]| format!("{} – {}", esc(a), esc(b)),
        );
        let _ = writeln!(
            out,
            r#"<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class="n">{minute}</td><td>{teams}</td></tr>"#,
            doc_link(shown, &g.doc, None),
            g.error,
            g.variant,
            esc(&g.scorer)
        );
    }
    out.push_str("</table>");
    more(out, gs.len(), max);
}
