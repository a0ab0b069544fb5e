//! The whole base read into one structure, the common ground of every
//! export: the native JSON is this structure, CSV its tables, JSON-LD and
//! RDF its graph.

use crate::error::{AtPath, KbError};
use crate::store::Kb;
use rusqlite::Row;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Snapshot {
    /// Schema version of the base it was read from.
    pub schema: i64,
    pub documents: Vec<DocumentRow>,
    pub entities: Vec<EntityRow>,
    pub matches: Vec<MatchRow>,
    pub goals: Vec<GoalRow>,
    pub relations: Vec<RelationRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentRow {
    pub id: String,
    pub lang: String,
    pub date: Option<String>,
    pub chars: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityRow {
    pub id: String,
    pub kind: String,
    pub name: String,
    pub refdata: bool,
}

/// One piece of provenance: the document (none for reference data), its
/// date, the code-point spans and their text, the extractor's confidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Source {
    pub document: Option<String>,
    pub date: Option<String>,
    /// How a relation was observed; `None` for matches and goals.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    pub spans: Vec<[usize; 2]>,
    pub evidence: String,
    pub confidence: Option<f64>,
}

/// A match; `home` is the team most reports name first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MatchRow {
    pub id: i64,
    pub home: String,
    pub away: String,
    pub score: Option<[u32; 2]>,
    pub penalties: Option<[u32; 2]>,
    pub competition: Option<String>,
    pub venue: Option<String>,
    /// Earliest and latest dates of the articles reporting it.
    pub date_first: Option<String>,
    pub date_last: Option<String>,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoalRow {
    pub id: i64,
    #[serde(rename = "match")]
    pub match_id: Option<i64>,
    pub scorer: String,
    pub team: Option<String>,
    pub minute: Option<u32>,
    pub stoppage: Option<u32>,
    pub kind: String,
    /// What the reports disagree on (`kind`, `team`, `minute`).
    pub conflict: Vec<String>,
    /// Goals that may be this one reported with another minute.
    pub conflicts_with: Vec<i64>,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RelationRow {
    pub id: i64,
    /// `plays_for`, `coach_of` or `home_stadium`.
    pub kind: String,
    pub subject: String,
    pub object: String,
    pub sources: Vec<Source>,
}

fn spans(json: &str) -> Vec<[usize; 2]> {
    serde_json::from_str(json).unwrap_or_default()
}

fn pair(r: &Row<'_>, a: usize, b: usize) -> rusqlite::Result<Option<[u32; 2]>> {
    Ok(r.get::<_, Option<u32>>(a)?
        .zip(r.get::<_, Option<u32>>(b)?)
        .map(|(x, y)| [x, y]))
}

/// The sources of every fact of one kind, grouped by fact id (in id order).
fn sources(kb: &Kb, sql: &str) -> Result<std::collections::HashMap<i64, Vec<Source>>, KbError> {
    let mut out: std::collections::HashMap<i64, Vec<Source>> = Default::default();
    let mut stmt = kb.conn.prepare(sql).at(&kb.path)?;
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                Source {
                    document: r.get(1)?,
                    date: r.get(2)?,
                    method: r.get(3)?,
                    spans: spans(&r.get::<_, String>(4)?),
                    evidence: r.get(5)?,
                    confidence: r.get(6)?,
                },
            ))
        })
        .at(&kb.path)?;
    for row in rows {
        let (id, source) = row.at(&kb.path)?;
        out.entry(id).or_default().push(source);
    }
    Ok(out)
}

fn all<T>(
    kb: &Kb,
    sql: &str,
    f: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>, KbError> {
    let mut stmt = kb.conn.prepare(sql).at(&kb.path)?;
    let rows = stmt
        .query_map([], f)
        .at(&kb.path)?
        .collect::<Result<Vec<T>, _>>()
        .at(&kb.path)?;
    Ok(rows)
}

impl Kb {
    /// Reads the whole base, every list in a fixed order (ids, then names).
    pub fn snapshot(&self) -> Result<Snapshot, KbError> {
        let schema: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .at(&self.path)?;
        let documents = all(
            self,
            "SELECT id, lang, date, chars FROM document ORDER BY id",
            |r| {
                Ok(DocumentRow {
                    id: r.get(0)?,
                    lang: r.get(1)?,
                    date: r.get(2)?,
                    chars: r.get(3)?,
                })
            },
        )?;
        let entities = all(
            self,
            "SELECT id, kind, name, refdata FROM entity ORDER BY id",
            |r| {
                Ok(EntityRow {
                    id: r.get(0)?,
                    kind: r.get(1)?,
                    name: r.get(2)?,
                    refdata: r.get(3)?,
                })
            },
        )?;
        let mut match_sources = sources(
            self,
            "SELECT s.match_id, s.doc_id, d.date, NULL, s.spans, s.evidence, s.confidence
             FROM match_source s JOIN document d ON d.id = s.doc_id ORDER BY s.match_id, s.doc_id, s.local_id",
        )?;
        let matches = all(
            self,
            "SELECT id, team1, team2, score1, score2, pen1, pen2, competition, venue, date_first, date_last,
               (SELECT 2 * sum(s.team1_first) >= count(*) FROM match_source s WHERE s.match_id = m.id)
             FROM match m ORDER BY id",
            |r| {
                let mut m = MatchRow {
                    id: r.get(0)?,
                    home: r.get(1)?,
                    away: r.get(2)?,
                    score: pair(r, 3, 4)?,
                    penalties: pair(r, 5, 6)?,
                    competition: r.get(7)?,
                    venue: r.get(8)?,
                    date_first: r.get(9)?,
                    date_last: r.get(10)?,
                    sources: Vec::new(),
                };
                if !r.get::<_, bool>(11)? {
                    std::mem::swap(&mut m.home, &mut m.away);
                    m.score = m.score.map(|[a, b]| [b, a]);
                    m.penalties = m.penalties.map(|[a, b]| [b, a]);
                }
                Ok(m)
            },
        )?
        .into_iter()
        .map(|mut m| {
            m.sources = match_sources.remove(&m.id).unwrap_or_default();
            m
        })
        .collect();
        let mut goal_sources = sources(
            self,
            "SELECT s.goal_id, s.doc_id, d.date, NULL, s.spans, s.evidence, s.confidence
             FROM goal_source s JOIN document d ON d.id = s.doc_id ORDER BY s.goal_id, s.doc_id, s.ordinal",
        )?;
        let mut conflicts: std::collections::HashMap<i64, Vec<i64>> = Default::default();
        for (a, b) in all(
            self,
            "SELECT goal_id, other_id FROM goal_conflict ORDER BY goal_id, other_id",
            |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)),
        )? {
            conflicts.entry(a).or_default().push(b);
        }
        let goals = all(
            self,
            "SELECT id, match_id, scorer, team, minute, stoppage, kind, conflict FROM goal ORDER BY id",
            |r| {
                Ok(GoalRow {
                    id: r.get(0)?,
                    match_id: r.get(1)?,
                    scorer: r.get(2)?,
                    team: r.get(3)?,
                    minute: r.get(4)?,
                    stoppage: r.get(5)?,
                    kind: r.get(6)?,
                    conflict: r
                        .get::<_, Option<String>>(7)?
                        .map(|c| c.split(',').map(str::to_owned).collect())
                        .unwrap_or_default(),
                    conflicts_with: Vec::new(),
                    sources: Vec::new(),
                })
            },
        )?
        .into_iter()
        .map(|mut g| {
            g.sources = goal_sources.remove(&g.id).unwrap_or_default();
            g.conflicts_with = conflicts.remove(&g.id).unwrap_or_default();
            g
        })
        .collect();
        let mut relation_sources = sources(
            self,
            "SELECT relation_id, doc_id, date, method, spans, evidence, confidence
             FROM relation_source ORDER BY relation_id, doc_id IS NOT NULL, doc_id, method",
        )?;
        let relations = all(
            self,
            "SELECT id, kind, subject, object FROM relation ORDER BY kind, subject, object",
            |r| {
                Ok(RelationRow {
                    id: r.get(0)?,
                    kind: r.get(1)?,
                    subject: r.get(2)?,
                    object: r.get(3)?,
                    sources: Vec::new(),
                })
            },
        )?
        .into_iter()
        .map(|mut rel| {
            rel.sources = relation_sources.remove(&rel.id).unwrap_or_default();
            rel
        })
        .collect();
        Ok(Snapshot {
            schema,
            documents,
            entities,
            matches,
            goals,
            relations,
        })
    }
}
