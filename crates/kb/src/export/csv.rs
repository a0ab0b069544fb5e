//! CSV: one file per table in a directory (documents, entities, matches,
//! goals, relations, and sources for the provenance of all three kinds of
//! fact); spans as `start-end` joined by `;`.

use super::snapshot::{Snapshot, Source};
use crate::error::KbError;
use std::path::Path;

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map_or_else(String::new, T::to_string)
}

fn pair(p: Option<[u32; 2]>, i: usize) -> String {
    p.map_or_else(String::new, |p| p[i].to_string())
}

/// The files written, in order.
pub const FILES: [&str; 6] = [
    "documents.csv",
    "entities.csv",
    "matches.csv",
    "goals.csv",
    "relations.csv",
    "sources.csv",
];

pub fn write(snap: &Snapshot, dir: &Path) -> Result<(), KbError> {
    std::fs::create_dir_all(dir)?;
    let open = |name: &str| csv::Writer::from_path(dir.join(name));
    let mut w = open(FILES[0])?;
    w.write_record(["id", "lang", "date", "chars"])?;
    for d in &snap.documents {
        w.write_record([
            d.id.clone(),
            d.lang.clone(),
            opt(&d.date),
            d.chars.to_string(),
        ])?;
    }
    w.flush()?;
    let mut w = open(FILES[1])?;
    w.write_record(["id", "kind", "name", "refdata"])?;
    for e in &snap.entities {
        w.write_record([
            e.id.as_str(),
            e.kind.as_str(),
            e.name.as_str(),
            if e.refdata { "1" } else { "0" },
        ])?;
    }
    w.flush()?;
    let mut sources = open(FILES[5])?;
    sources.write_record([
        "fact",
        "fact_id",
        "document",
        "date",
        "method",
        "spans",
        "evidence",
        "confidence",
    ])?;
    let mut source = |fact: &str, id: i64, s: &Source| {
        let spans: Vec<String> = s.spans.iter().map(|[a, b]| format!("{a}-{b}")).collect();
        sources.write_record([
            fact.to_owned(),
            id.to_string(),
            opt(&s.document),
            opt(&s.date),
            opt(&s.method),
            spans.join(";"),
            s.evidence.clone(),
            s.confidence.map_or_else(String::new, |c| format!("{c:.3}")),
        ])
    };
    let mut w = open(FILES[2])?;
    w.write_record([
        "id",
        "home",
        "away",
        "home_score",
        "away_score",
        "home_penalties",
        "away_penalties",
        "competition",
        "venue",
        "date_first",
        "date_last",
        "reports",
    ])?;
    for m in &snap.matches {
        w.write_record([
            m.id.to_string(),
            m.home.clone(),
            m.away.clone(),
            pair(m.score, 0),
            pair(m.score, 1),
            pair(m.penalties, 0),
            pair(m.penalties, 1),
            opt(&m.competition),
            opt(&m.venue),
            opt(&m.date_first),
            opt(&m.date_last),
            m.sources.len().to_string(),
        ])?;
        for s in &m.sources {
            source("match", m.id, s)?;
        }
    }
    w.flush()?;
    let mut w = open(FILES[3])?;
    w.write_record([
        "id",
        "match",
        "scorer",
        "team",
        "minute",
        "stoppage",
        "kind",
        "conflict",
        "conflicts_with",
        "reports",
    ])?;
    for g in &snap.goals {
        let with: Vec<String> = g.conflicts_with.iter().map(i64::to_string).collect();
        w.write_record([
            g.id.to_string(),
            opt(&g.match_id),
            g.scorer.clone(),
            opt(&g.team),
            opt(&g.minute),
            opt(&g.stoppage),
            g.kind.clone(),
            g.conflict.join(","),
            with.join(" "),
            g.sources.len().to_string(),
        ])?;
        for s in &g.sources {
            source("goal", g.id, s)?;
        }
    }
    w.flush()?;
    let mut w = open(FILES[4])?;
    w.write_record(["id", "kind", "subject", "object", "reports"])?;
    for r in &snap.relations {
        w.write_record([
            r.id.to_string(),
            r.kind.clone(),
            r.subject.clone(),
            r.object.clone(),
            r.sources.len().to_string(),
        ])?;
        for s in &r.sources {
            source("relation", r.id, s)?;
        }
    }
    w.flush()?;
    sources.flush()?;
    Ok(())
}
