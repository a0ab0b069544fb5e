//! CSV: one file per table in a directory (documents, entities, matches,
//! goals, relations, and sources for the provenance of all three kinds of
//! fact), written fact by fact; spans as `start-end` joined by `;`.

use super::snapshot::{Fact, Source};
use crate::error::KbError;
use crate::store::Kb;
use std::fs::File;
use std::path::Path;

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map_or_else(String::new, T::to_string)
}

fn pair(p: Option<[u32; 2]>, i: usize) -> String {
    p.map_or_else(String::new, |p| p[i].to_string())
}

/// The files written, with their header lines.
pub const FILES: [(&str, &[&str]); 6] = [
    ("documents.csv", &["id", "lang", "date", "chars"]),
    ("entities.csv", &["id", "kind", "name", "refdata"]),
    (
        "matches.csv",
        &[
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
        ],
    ),
    (
        "goals.csv",
        &[
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
        ],
    ),
    (
        "relations.csv",
        &["id", "kind", "subject", "object", "reports"],
    ),
    (
        "sources.csv",
        &[
            "fact",
            "fact_id",
            "document",
            "date",
            "method",
            "spans",
            "evidence",
            "confidence",
        ],
    ),
];

fn sources(w: &mut csv::Writer<File>, fact: &str, id: i64, list: &[Source]) -> csv::Result<()> {
    for s in list {
        let spans: Vec<String> = s.spans.iter().map(|[a, b]| format!("{a}-{b}")).collect();
        w.write_record([
            fact.to_owned(),
            id.to_string(),
            opt(&s.document),
            opt(&s.date),
            opt(&s.method),
            spans.join(";"),
            s.evidence.clone(),
            s.confidence.map_or_else(String::new, |c| format!("{c:.3}")),
        ])?;
    }
    Ok(())
}

pub fn write(kb: &Kb, dir: &Path) -> Result<(), KbError> {
    std::fs::create_dir_all(dir)?;
    let mut w = Vec::new();
    for (name, header) in FILES {
        let mut file = csv::Writer::from_path(dir.join(name))?;
        file.write_record(header)?;
        w.push(file);
    }
    kb.for_each_fact(&mut |fact| {
        match fact {
            Fact::Document(d) => {
                w[0].write_record([d.id, d.lang, opt(&d.date), d.chars.to_string()])?
            }
            Fact::Entity(e) => w[1].write_record([
                e.id.as_str(),
                e.kind.as_str(),
                e.name.as_str(),
                if e.refdata { "1" } else { "0" },
            ])?,
            Fact::Match(m) => {
                w[2].write_record([
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
                sources(&mut w[5], "match", m.id, &m.sources)?;
            }
            Fact::Goal(g) => {
                let with: Vec<String> = g.conflicts_with.iter().map(i64::to_string).collect();
                w[3].write_record([
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
                sources(&mut w[5], "goal", g.id, &g.sources)?;
            }
            Fact::Relation(r) => {
                w[4].write_record([
                    r.id.to_string(),
                    r.kind.clone(),
                    r.subject.clone(),
                    r.object.clone(),
                    r.sources.len().to_string(),
                ])?;
                sources(&mut w[5], "relation", r.id, &r.sources)?;
            }
        }
        Ok(())
    })?;
    for mut file in w {
        file.flush()?;
    }
    Ok(())
}
