//! The terminal rendering of a [`Report`]: the headline table, the
//! per-language table, the confusion table and the first errors.

use crate::prf::Score;
use crate::report::Report;
use std::collections::BTreeMap;
use std::fmt::Write;

/// How many false positives / negatives of each kind the terminal shows (the
/// JSON has all of them).
const SHOWN_ERRORS: usize = 15;

fn row(out: &mut String, name: &str, s: &Score) {
    let _ = writeln!(
        out,
        "{name:<28} {:>6.3} {:>6.3} {:>6.3} {:>6} {:>6} {:>6}",
        s.p, s.r, s.f1, s.tp, s.fp, s.fn_
    );
}

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    let d = &report.documents;
    let _ = writeln!(
        out,
        "{} gold documents, {} predicted ({} gold without prediction, {} predictions with unknown id)\n",
        d.gold,
        d.predicted,
        d.missing_predictions.len(),
        d.unknown_predictions.len()
    );
    let _ = writeln!(
        out,
        "{:<28} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
        "metric", "P", "R", "F1", "tp", "fp", "fn"
    );
    let e = &report.entities;
    row(&mut out, "entities strict", &e.strict);
    row(&mut out, "entities partial", &e.partial);
    for (label, s) in &e.strict_by_label {
        row(&mut out, &format!("  {label} strict"), s);
    }
    for (label, s) in &e.partial_by_label {
        row(&mut out, &format!("  {label} partial"), s);
    }
    row(&mut out, "matches", &report.matches.basic);
    row(&mut out, "matches full (+ shoot-out)", &report.matches.full);
    row(&mut out, "goals", &report.goals.basic);
    row(&mut out, "goals linked (+ match)", &report.goals.linked);
    row(&mut out, "goals full (+ team, kind)", &report.goals.full);

    let _ = writeln!(out, "\nF1 per language");
    let columns: [(&str, &BTreeMap<_, Score>); 7] = [
        ("ent.strict", &e.strict_by_lang),
        ("ent.partial", &e.partial_by_lang),
        ("matches", &report.matches.basic_by_lang),
        ("matches.full", &report.matches.full_by_lang),
        ("goals", &report.goals.basic_by_lang),
        ("goals.linked", &report.goals.linked_by_lang),
        ("goals.full", &report.goals.full_by_lang),
    ];
    let _ = write!(out, "{:<6}", "lang");
    for (name, _) in &columns {
        let _ = write!(out, " {name:>12}");
    }
    let _ = writeln!(out);
    for lang in e.strict_by_lang.keys() {
        let _ = write!(out, "{:<6}", lang.code());
        for (_, map) in &columns {
            let _ = write!(out, " {:>12.3}", map.get(lang).map_or(f64::NAN, |s| s.f1));
        }
        let _ = writeln!(out);
    }

    let _ = writeln!(
        out,
        "\nentity confusion (rows gold, columns predicted; same span)"
    );
    let mut labels: Vec<&String> = e
        .confusion
        .keys()
        .chain(e.confusion.values().flat_map(|r| r.keys()))
        .collect();
    labels.sort();
    labels.dedup();
    let _ = write!(out, "{:<12}", "");
    for l in &labels {
        let _ = write!(out, " {l:>11}");
    }
    let _ = writeln!(out);
    for g in &labels {
        let _ = write!(out, "{g:<12}");
        for p in &labels {
            let n = e
                .confusion
                .get(*g)
                .and_then(|r| r.get(*p))
                .copied()
                .unwrap_or(0);
            let _ = write!(out, " {n:>11}");
        }
        let _ = writeln!(out);
    }

    let errs = &report.errors;
    if !errs.entities.is_empty() {
        let _ = writeln!(
            out,
            "\nentity errors (strict), first {SHOWN_ERRORS} of {}",
            errs.entities.len()
        );
        for x in errs.entities.iter().take(SHOWN_ERRORS) {
            let _ = writeln!(
                out,
                "  {} {} {}..{} {} {:?}",
                x.error, x.doc, x.start, x.end, x.label, x.text
            );
        }
    }
    if !errs.matches.is_empty() {
        let _ = writeln!(
            out,
            "\nmatch errors, first {SHOWN_ERRORS} of {}",
            errs.matches.len()
        );
        for x in errs.matches.iter().take(SHOWN_ERRORS) {
            let _ = writeln!(
                out,
                "  {} {} {} – {} score {:?} penalties {:?}",
                x.error, x.doc, x.teams[0], x.teams[1], x.score, x.penalties
            );
        }
    }
    if !errs.goals.is_empty() {
        let _ = writeln!(
            out,
            "\ngoal errors, first {SHOWN_ERRORS} of {}",
            errs.goals.len()
        );
        for x in errs.goals.iter().take(SHOWN_ERRORS) {
            let teams = x
                .match_teams
                .as_ref()
                .map_or("no match".to_owned(), |t| format!("{} – {}", t[0], t[1]));
            let _ = writeln!(
                out,
                "  {} ({}) {} {} minute {:?}+{:?} {} team {:?} [{}]",
                x.error,
                x.variant,
                x.doc,
                x.scorer,
                x.minute,
                x.stoppage,
                x.kind.as_str(),
                x.team,
                teams
            );
        }
    }
    out
}
