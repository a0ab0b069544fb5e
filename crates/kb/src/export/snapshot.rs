//! The facts of the base as rows, the common ground of every export: the
//! native JSON is these rows, CSV their tables, JSON-LD and RDF their graph.
//! Read one fact at a time, so that exports stream.

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
    pub home_name: String,
    pub away_name: String,
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

/// One fact of the base, as exports stream them: all documents, then
/// entities, matches, goals and relations, each kind in id order.
#[derive(Debug, Clone, PartialEq)]
pub enum Fact {
    Document(DocumentRow),
    Entity(EntityRow),
    Match(MatchRow),
    Goal(GoalRow),
    Relation(RelationRow),
}

fn spans(json: &str) -> Vec<[usize; 2]> {
    serde_json::from_str(json).unwrap_or_default()
}

fn pair(r: &Row<'_>, a: usize, b: usize) -> rusqlite::Result<Option<[u32; 2]>> {
    Ok(r.get::<_, Option<u32>>(a)?
        .zip(r.get::<_, Option<u32>>(b)?)
        .map(|(x, y)| [x, y]))
}

const MATCH_SOURCES: &str = "SELECT s.doc_id, d.date, NULL, s.spans, s.evidence, s.confidence
     FROM match_source s JOIN document d ON d.id = s.doc_id WHERE s.match_id = ?1
     ORDER BY s.doc_id, s.local_id";
const GOAL_SOURCES: &str = "SELECT s.doc_id, d.date, NULL, s.spans, s.evidence, s.confidence
     FROM goal_source s JOIN document d ON d.id = s.doc_id WHERE s.goal_id = ?1
     ORDER BY s.doc_id, s.ordinal";
const RELATION_SOURCES: &str = "SELECT doc_id, date, method, spans, evidence, confidence
     FROM relation_source WHERE relation_id = ?1 ORDER BY doc_id IS NOT NULL, doc_id, method";

impl Kb {
    /// The provenance of one fact (`sql` takes its id).
    fn sources_of(&self, sql: &str, id: i64) -> Result<Vec<Source>, KbError> {
        let mut stmt = self.conn.prepare_cached(sql).at(&self.path)?;
        let rows = stmt
            .query_map([id], |r| {
                Ok(Source {
                    document: r.get(0)?,
                    date: r.get(1)?,
                    method: r.get(2)?,
                    spans: spans(&r.get::<_, String>(3)?),
                    evidence: r.get(4)?,
                    confidence: r.get(5)?,
                })
            })
            .at(&self.path)?
            .collect::<Result<Vec<_>, _>>()
            .at(&self.path);
        rows
    }

    /// Runs `row` over every row of `sql`, handing each fact to `f`: one at
    /// a time, so that exports of any size run in little memory.
    fn each<T>(
        &self,
        sql: &str,
        row: impl Fn(&Row<'_>) -> rusqlite::Result<T>,
        mut f: impl FnMut(T) -> Result<(), KbError>,
    ) -> Result<(), KbError> {
        let mut stmt = self.conn.prepare(sql).at(&self.path)?;
        let mut rows = stmt.query([]).at(&self.path)?;
        while let Some(r) = rows.next().at(&self.path)? {
            f(row(r).at(&self.path)?)?;
        }
        Ok(())
    }

    /// Every fact of the base, in a fixed order, each with its provenance.
    pub fn for_each_fact(
        &self,
        f: &mut dyn FnMut(Fact) -> Result<(), KbError>,
    ) -> Result<(), KbError> {
        self.each(
            "SELECT id, lang, date, chars FROM document ORDER BY id",
            |r| {
                Ok(DocumentRow {
                    id: r.get(0)?,
                    lang: r.get(1)?,
                    date: r.get(2)?,
                    chars: r.get(3)?,
                })
            },
            |d| f(Fact::Document(d)),
        )?;
        self.each(
            "SELECT id, kind, name, refdata FROM entity ORDER BY id",
            |r| {
                Ok(EntityRow {
                    id: r.get(0)?,
                    kind: r.get(1)?,
                    name: r.get(2)?,
                    refdata: r.get(3)?,
                })
            },
            |e| f(Fact::Entity(e)),
        )?;
        self.each(
            "SELECT m.id, m.team1, m.team2, m.score1, m.score2, m.pen1, m.pen2, m.competition, m.venue,
               m.date_first, m.date_last,
               (SELECT 2 * sum(s.team1_first) >= count(*) FROM match_source s WHERE s.match_id = m.id),
               t1.name, t2.name
             FROM match m JOIN entity t1 ON t1.id = m.team1 JOIN entity t2 ON t2.id = m.team2
             ORDER BY m.id",
            |r| {
                let mut m = MatchRow {
                    id: r.get(0)?,
                    home: r.get(1)?,
                    away: r.get(2)?,
                    home_name: r.get(12)?,
                    away_name: r.get(13)?,
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
                    std::mem::swap(&mut m.home_name, &mut m.away_name);
                    m.score = m.score.map(|[a, b]| [b, a]);
                    m.penalties = m.penalties.map(|[a, b]| [b, a]);
                }
                Ok(m)
            },
            |mut m| {
                m.sources = self.sources_of(MATCH_SOURCES, m.id)?;
                f(Fact::Match(m))
            },
        )?;
        self.each(
            "SELECT id, match_id, scorer, team, minute, stoppage, kind, conflict,
               (SELECT group_concat(other_id, ' ') FROM (SELECT other_id FROM goal_conflict c
                  WHERE c.goal_id = g.id ORDER BY other_id))
             FROM goal g ORDER BY id",
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
                    conflicts_with: r
                        .get::<_, Option<String>>(8)?
                        .map(|c| c.split(' ').filter_map(|n| n.parse().ok()).collect())
                        .unwrap_or_default(),
                    sources: Vec::new(),
                })
            },
            |mut g| {
                g.sources = self.sources_of(GOAL_SOURCES, g.id)?;
                f(Fact::Goal(g))
            },
        )?;
        self.each(
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
            |mut rel| {
                rel.sources = self.sources_of(RELATION_SOURCES, rel.id)?;
                f(Fact::Relation(rel))
            },
        )
    }

    pub fn schema_version(&self) -> Result<i64, KbError> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .at(&self.path)
    }

    /// The whole base in memory: for tests and small bases; exports stream
    /// with [`Kb::for_each_fact`].
    pub fn snapshot(&self) -> Result<Snapshot, KbError> {
        let mut snap = Snapshot {
            schema: self.schema_version()?,
            documents: Vec::new(),
            entities: Vec::new(),
            matches: Vec::new(),
            goals: Vec::new(),
            relations: Vec::new(),
        };
        self.for_each_fact(&mut |fact| {
            match fact {
                Fact::Document(d) => snap.documents.push(d),
                Fact::Entity(e) => snap.entities.push(e),
                Fact::Match(m) => snap.matches.push(m),
                Fact::Goal(g) => snap.goals.push(g),
                Fact::Relation(r) => snap.relations.push(r),
            }
            Ok(())
        })?;
        Ok(snap)
    }
}
