//! The ready questions of `scoreline kb query`, answered as tables.

use crate::error::{AtPath, KbError};
use crate::ids::{entity_id, kind_word};
use crate::store::Kb;
use crate::table::Table;
use rusqlite::{params, params_from_iter, Row, ToSql};
use scoreline_refdata::{Folded, Kind};

/// A question the base answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Question {
    /// Goals per player, most first: own goals not counted, and two goals
    /// that may be one reported at different minutes counted once.
    TopScorers {
        limit: usize,
        competition: Option<String>,
    },
    /// Every match of a club, by date, with its result for the club.
    ClubResults { club: String },
    /// Every goal of a player.
    PlayerGoals { player: String },
    /// Every match played at a stadium.
    StadiumMatches { stadium: String },
    /// The reports behind one match, with their evidence.
    MatchSources { id: i64 },
    /// Goals whose reports disagree.
    Conflicts { limit: usize },
    /// What the base holds.
    Summary,
}

/// A match as a line: teams in the order most reports write them (the home
/// team first, by the press's convention).
struct MatchLine {
    id: i64,
    date: String,
    teams: [(String, String); 2],
    score: Option<[u32; 2]>,
    pens: Option<[u32; 2]>,
    competition: String,
    venue: String,
    reports: i64,
}

impl MatchLine {
    const SELECT: &'static str =
        "SELECT m.id, coalesce(m.date_first, ''), m.team1, t1.name, m.team2, t2.name,
            m.score1, m.score2, m.pen1, m.pen2, coalesce(c.name, ''), coalesce(v.name, ''),
            (SELECT count(DISTINCT s.doc_id) FROM match_source s WHERE s.match_id = m.id),
            (SELECT 2 * sum(s.team1_first) >= count(*) FROM match_source s WHERE s.match_id = m.id)
        FROM match m JOIN entity t1 ON t1.id = m.team1 JOIN entity t2 ON t2.id = m.team2
        LEFT JOIN entity c ON c.id = m.competition LEFT JOIN entity v ON v.id = m.venue";

    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        let pair = |a: usize, b: usize| -> rusqlite::Result<Option<[u32; 2]>> {
            Ok(r.get::<_, Option<u32>>(a)?
                .zip(r.get::<_, Option<u32>>(b)?)
                .map(|(x, y)| [x, y]))
        };
        let mut line = MatchLine {
            id: r.get(0)?,
            date: r.get(1)?,
            teams: [(r.get(2)?, r.get(3)?), (r.get(4)?, r.get(5)?)],
            score: pair(6, 7)?,
            pens: pair(8, 9)?,
            competition: r.get(10)?,
            venue: r.get(11)?,
            reports: r.get(12)?,
        };
        if !r.get::<_, bool>(13)? {
            line.teams.swap(0, 1);
            line.score = line.score.map(|[a, b]| [b, a]);
            line.pens = line.pens.map(|[a, b]| [b, a]);
        }
        Ok(line)
    }

    fn text(&self) -> String {
        let score = self
            .score
            .map_or_else(|| "–".to_owned(), |[a, b]| format!("{a}–{b}"));
        let pens = self
            .pens
            .map_or_else(String::new, |[a, b]| format!(" ({a}–{b} pens)"));
        format!("{} {score} {}{pens}", self.teams[0].1, self.teams[1].1)
    }

    /// W, D or L for `club`; shoot-outs decide drawn matches.
    fn result_for(&self, club: &str) -> &'static str {
        let me = usize::from(self.teams[1].0 == club);
        let decide = |[a, b]: [u32; 2]| {
            let (mine, theirs) = if me == 0 { (a, b) } else { (b, a) };
            mine.cmp(&theirs)
        };
        let by_score = self.score.map(decide);
        let ord = match (by_score, self.pens.map(decide)) {
            (Some(std::cmp::Ordering::Equal) | None, Some(p)) => Some(p),
            (s, _) => s,
        };
        match ord {
            Some(std::cmp::Ordering::Greater) => "W",
            Some(std::cmp::Ordering::Less) => "L",
            Some(std::cmp::Ordering::Equal) => "D",
            None => "?",
        }
    }
}

fn minute_text(minute: Option<u32>, stoppage: Option<u32>) -> String {
    match (minute, stoppage) {
        (Some(m), Some(s)) => format!("{m}+{s}'"),
        (Some(m), None) => format!("{m}'"),
        _ => String::new(),
    }
}

impl Kb {
    /// An entity of `kind` by id (`club/fc-porto` or `fc-porto`) or by any
    /// name it is known by; several entities with that name is an error that
    /// lists them.
    pub fn find_entity(&self, kind: Kind, name: &str) -> Result<(String, String), KbError> {
        let by_id: Option<(String, String)> = [name.to_owned(), entity_id(kind, name)]
            .iter()
            .find_map(|id| {
                self.conn
                    .query_row(
                        "SELECT id, name FROM entity WHERE id = ?1 AND kind = ?2",
                        params![id, kind_word(kind)],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )
                    .ok()
            });
        if let Some(found) = by_id {
            return Ok(found);
        }
        let mut stmt = self
            .conn
            .prepare(
                "SELECT e.id, e.name FROM alias a JOIN entity e ON e.id = a.entity_id
                 WHERE a.key = ?1 AND e.kind = ?2 ORDER BY e.id",
            )
            .at(&self.path)?;
        let found: Vec<(String, String)> = stmt
            .query_map(params![Folded::key(name), kind_word(kind)], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .at(&self.path)?
            .collect::<Result<_, _>>()
            .at(&self.path)?;
        match found.as_slice() {
            [one] => Ok(one.clone()),
            [] => Err(KbError::Lookup(format!(
                "no {} named {name:?} in {}",
                kind_word(kind),
                self.path.display()
            ))),
            many => Err(KbError::Lookup(format!(
                "{name:?} names {} {}s; give one of the ids: {}",
                many.len(),
                kind_word(kind),
                many.iter()
                    .map(|(id, n)| format!("{id} ({n})"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))),
        }
    }

    fn match_lines(&self, filter: &str, args: &[&dyn ToSql]) -> Result<Vec<MatchLine>, KbError> {
        let sql = format!(
            "{} {filter} ORDER BY m.date_first IS NULL, m.date_first, m.id",
            MatchLine::SELECT
        );
        let mut stmt = self.conn.prepare(&sql).at(&self.path)?;
        let rows = stmt
            .query_map(params_from_iter(args.iter()), MatchLine::from_row)
            .at(&self.path)?
            .collect::<Result<Vec<_>, _>>()
            .at(&self.path)?;
        Ok(rows)
    }

    fn rows<F>(&self, sql: &str, args: &[&dyn ToSql], f: F) -> Result<Vec<Vec<String>>, KbError>
    where
        F: FnMut(&Row<'_>) -> rusqlite::Result<Vec<String>>,
    {
        let mut stmt = self.conn.prepare(sql).at(&self.path)?;
        let rows = stmt
            .query_map(params_from_iter(args.iter()), f)
            .at(&self.path)?
            .collect::<Result<Vec<_>, _>>()
            .at(&self.path)?;
        Ok(rows)
    }

    /// Answers a question.
    pub fn ask(&self, question: &Question) -> Result<Table, KbError> {
        match question {
            Question::TopScorers { limit, competition } => {
                self.top_scorers(*limit, competition.as_deref())
            }
            Question::ClubResults { club } => {
                let (id, name) = self.find_entity(Kind::Club, club)?;
                let mut t = Table::new(
                    format!("Results of {name} ({id})"),
                    &[
                        "date",
                        "match",
                        "result",
                        "competition",
                        "venue",
                        "reports",
                        "id",
                    ],
                );
                for m in self.match_lines("WHERE m.team1 = ?1 OR m.team2 = ?1", &[&id])? {
                    t.rows.push(vec![
                        m.date.clone(),
                        m.text(),
                        m.result_for(&id).to_owned(),
                        m.competition.clone(),
                        m.venue.clone(),
                        m.reports.to_string(),
                        m.id.to_string(),
                    ]);
                }
                Ok(t)
            }
            Question::StadiumMatches { stadium } => {
                let (id, name) = self.find_entity(Kind::Stadium, stadium)?;
                let mut t = Table::new(
                    format!("Matches at {name} ({id})"),
                    &["date", "match", "competition", "reports", "id"],
                );
                for m in self.match_lines("WHERE m.venue = ?1", &[&id])? {
                    t.rows.push(vec![
                        m.date.clone(),
                        m.text(),
                        m.competition.clone(),
                        m.reports.to_string(),
                        m.id.to_string(),
                    ]);
                }
                Ok(t)
            }
            Question::PlayerGoals { player } => self.player_goals(player),
            Question::MatchSources { id } => self.match_sources(*id),
            Question::Conflicts { limit } => self.conflicts(*limit),
            Question::Summary => self.summary(),
        }
    }

    fn top_scorers(&self, limit: usize, competition: Option<&str>) -> Result<Table, KbError> {
        let comp = competition
            .map(|c| self.find_entity(Kind::Competition, c))
            .transpose()?;
        let title = match &comp {
            Some((_, name)) => format!("Top scorers, {name}"),
            None => "Top scorers".to_owned(),
        };
        let mut t = Table::new(
            title,
            &["#", "player", "club", "goals", "matches", "reports", "id"],
        );
        let comp_id = comp.map(|(id, _)| id);
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        t.rows = self.rows(
            "SELECT e.name,
               coalesce((SELECT c.name FROM goal g2 JOIN entity c ON c.id = g2.team
                         WHERE g2.scorer = g.scorer AND g2.kind != 'own_goal'
                         GROUP BY g2.team ORDER BY count(*) DESC, c.name LIMIT 1), ''),
               count(*) AS goals, count(DISTINCT g.match_id),
               (SELECT count(DISTINCT s.doc_id) FROM goal_source s JOIN goal g3 ON g3.id = s.goal_id
                WHERE g3.scorer = g.scorer AND g3.kind != 'own_goal'),
               e.id
             FROM goal g JOIN entity e ON e.id = g.scorer LEFT JOIN match m ON m.id = g.match_id
             WHERE g.kind != 'own_goal' AND (?1 IS NULL OR m.competition = ?1)
               AND NOT EXISTS (SELECT 1 FROM goal_conflict c WHERE c.goal_id = g.id AND c.other_id < g.id)
             GROUP BY g.scorer ORDER BY goals DESC, e.name LIMIT ?2",
            &[&comp_id, &limit],
            |r| {
                Ok(vec![
                    String::new(),
                    r.get(0)?,
                    r.get(1)?,
                    r.get::<_, i64>(2)?.to_string(),
                    r.get::<_, i64>(3)?.to_string(),
                    r.get::<_, i64>(4)?.to_string(),
                    r.get(5)?,
                ])
            },
        )?;
        for (i, row) in t.rows.iter_mut().enumerate() {
            row[0] = (i + 1).to_string();
        }
        Ok(t)
    }

    fn player_goals(&self, player: &str) -> Result<Table, KbError> {
        let (id, name) = self.find_entity(Kind::Player, player)?;
        let mut t = Table::new(
            format!("Goals of {name} ({id})"),
            &[
                "date", "match", "minute", "kind", "for", "reports", "conflict",
            ],
        );
        let goals: Vec<(Option<i64>, Vec<String>)> = {
            let mut stmt = self
                .conn
                .prepare(
                    "SELECT g.match_id, g.minute, g.stoppage, g.kind, coalesce(c.name, ''),
                       (SELECT count(DISTINCT s.doc_id) FROM goal_source s WHERE s.goal_id = g.id), coalesce(g.conflict, '')
                     FROM goal g LEFT JOIN entity c ON c.id = g.team LEFT JOIN match m ON m.id = g.match_id
                     WHERE g.scorer = ?1 ORDER BY m.date_first, g.match_id, g.minute, g.stoppage, g.id",
                )
                .at(&self.path)?;
            let rows = stmt
                .query_map([&id], |r| {
                    Ok((
                        r.get(0)?,
                        vec![
                            minute_text(r.get(1)?, r.get(2)?),
                            r.get(3)?,
                            r.get(4)?,
                            r.get::<_, i64>(5)?.to_string(),
                            r.get(6)?,
                        ],
                    ))
                })
                .at(&self.path)?
                .collect::<Result<Vec<_>, _>>()
                .at(&self.path)?;
            rows
        };
        for (match_id, rest) in goals {
            let m = match match_id {
                Some(mid) => self.match_lines("WHERE m.id = ?1", &[&mid])?.pop(),
                None => None,
            };
            let mut row = vec![
                m.as_ref().map_or_else(String::new, |m| m.date.clone()),
                m.as_ref()
                    .map_or_else(|| "(match without a score)".to_owned(), MatchLine::text),
            ];
            row.extend(rest);
            t.rows.push(row);
        }
        Ok(t)
    }

    fn match_sources(&self, id: i64) -> Result<Table, KbError> {
        let m = self
            .match_lines("WHERE m.id = ?1", &[&id])?
            .pop()
            .ok_or_else(|| KbError::Lookup(format!("no match {id} in {}", self.path.display())))?;
        let mut t = Table::new(
            format!("Reports of match {id}: {} ({})", m.text(), m.date),
            &[
                "document",
                "lang",
                "date",
                "spans",
                "evidence",
                "confidence",
            ],
        );
        t.rows = self.rows(
            "SELECT s.doc_id, d.lang, coalesce(d.date, ''), s.spans, s.evidence, s.confidence
             FROM match_source s JOIN document d ON d.id = s.doc_id WHERE s.match_id = ?1
             ORDER BY d.date, s.doc_id, s.local_id",
            &[&id],
            |r| {
                Ok(vec![
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get::<_, Option<f64>>(5)?
                        .map_or_else(String::new, |c| format!("{c:.3}")),
                ])
            },
        )?;
        Ok(t)
    }

    fn conflicts(&self, limit: usize) -> Result<Table, KbError> {
        let mut t = Table::new(
            "Goals whose reports disagree",
            &[
                "goal",
                "match",
                "scorer",
                "minute",
                "conflict",
                "reports say",
            ],
        );
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        t.rows = self.rows(
            "SELECT g.id, coalesce(g.match_id, ''), e.name, g.minute, g.stoppage, g.conflict,
               (SELECT group_concat(s.doc_id || ': ' || s.kind || coalesce(' ' || s.minute || '''', '')
                  || coalesce(' for ' || s.team, ''), '; ') FROM goal_source s WHERE s.goal_id = g.id),
               (SELECT group_concat(other_id, ' ') FROM goal_conflict c WHERE c.goal_id = g.id)
             FROM goal g JOIN entity e ON e.id = g.scorer WHERE g.conflict IS NOT NULL
             ORDER BY g.match_id, g.id LIMIT ?1",
            &[&limit],
            |r| {
                let with: Option<String> = r.get(7)?;
                let conflict: String = r.get(5)?;
                Ok(vec![
                    r.get::<_, i64>(0)?.to_string(),
                    r.get::<_, rusqlite::types::Value>(1).map(|v| match v {
                        rusqlite::types::Value::Integer(i) => i.to_string(),
                        _ => String::new(),
                    })?,
                    r.get(2)?,
                    minute_text(r.get(3)?, r.get(4)?),
                    match with {
                        Some(w) => format!("{conflict} (goal {w})"),
                        None => conflict,
                    },
                    r.get::<_, Option<String>>(6)?.unwrap_or_default(),
                ])
            },
        )?;
        Ok(t)
    }

    fn summary(&self) -> Result<Table, KbError> {
        let mut t = Table::new(
            format!("Knowledge base {}", self.path.display()),
            &["what", "count"],
        );
        let counts = [
            ("documents", "SELECT count(*) FROM document"),
            ("builds", "SELECT count(*) FROM build"),
            ("players", "SELECT count(*) FROM entity WHERE kind = 'player'"),
            ("clubs", "SELECT count(*) FROM entity WHERE kind = 'club'"),
            ("stadiums", "SELECT count(*) FROM entity WHERE kind = 'stadium'"),
            ("coaches", "SELECT count(*) FROM entity WHERE kind = 'coach'"),
            ("competitions", "SELECT count(*) FROM entity WHERE kind = 'competition'"),
            ("entities not in the reference data", "SELECT count(*) FROM entity WHERE refdata = 0"),
            ("mentions", "SELECT count(*) FROM mention"),
            ("matches", "SELECT count(*) FROM match"),
            ("matches reported more than once", "SELECT count(*) FROM (SELECT match_id FROM match_source GROUP BY match_id HAVING count(DISTINCT doc_id) > 1)"),
            ("goals", "SELECT count(*) FROM goal"),
            ("goals reported more than once", "SELECT count(*) FROM (SELECT goal_id FROM goal_source GROUP BY goal_id HAVING count(DISTINCT doc_id) > 1)"),
            ("goals with conflicting reports", "SELECT count(*) FROM goal WHERE conflict IS NOT NULL"),
            ("player → club", "SELECT count(*) FROM relation WHERE kind = 'plays_for'"),
            ("coach → club", "SELECT count(*) FROM relation WHERE kind = 'coach_of'"),
            ("club → home stadium", "SELECT count(*) FROM relation WHERE kind = 'home_stadium'"),
        ];
        for (what, sql) in counts {
            let n: i64 = self.conn.query_row(sql, [], |r| r.get(0)).at(&self.path)?;
            t.rows.push(vec![what.to_owned(), n.to_string()]);
        }
        Ok(t)
    }
}
