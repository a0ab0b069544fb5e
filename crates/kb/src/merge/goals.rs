//! Goal reports: the goal of the base they are of (same match, scorer and
//! minute), what they add to it, and what they disagree on.

use super::{Doc, Merger};
use crate::evidence::Evidence;
use crate::ids::split_entity_id;
use crate::resolve::Resolved;
use crate::summary::BuildSummary;
use rusqlite::{params, Result};
use scoreline_core::{GoalKind, Label};
use scoreline_refdata::Kind;
use std::collections::HashMap;

/// Goals of one match and scorer this many minutes apart, reported by
/// different documents, are flagged as possibly one goal.
const MINUTE_CONFLICT: i64 = 2;

impl Merger<'_> {
    pub(super) fn goals(
        &self,
        d: &mut Doc<'_, '_>,
        matches: &HashMap<String, i64>,
        tally: &mut BuildSummary,
    ) -> Result<()> {
        for (ordinal, g) in d.doc.goals.iter().enumerate() {
            let Some(scorer) = self.named(d, Label::Player, Some(&g.scorer))? else {
                tally.goals_unresolved += 1;
                continue;
            };
            let match_id = g.match_id.as_ref().and_then(|m| matches.get(m)).copied();
            let stated = self.named(d, Label::Club, g.team.as_deref())?;
            let inferred = match (&stated, match_id) {
                (None, Some(m)) => self.team_by_club(m, &scorer, g.kind)?,
                _ => None,
            };
            let method = if inferred.is_some() {
                "goal+refdata"
            } else {
                "goal"
            };
            let team = stated.or(inferred);
            let fallback = Self::first_spans(d, &[&scorer.id]);
            let ev = Evidence::of_record(d.doc, &d.ix, &g.extra, fallback);
            let reported = Reported {
                team: team.as_ref().map(|t| t.id.clone()),
                minute: g.minute,
                stoppage: g.stoppage,
                kind: g.kind,
            };
            let goal = match match_id {
                Some(m) => self.find_goal(&d.doc.id, m, &scorer.id, &reported)?,
                None => None,
            };
            let id = match goal {
                Some(id) => {
                    tally.goals_merged += 1;
                    self.reconcile(id, &reported)?;
                    id
                }
                None => {
                    tally.goals_new += 1;
                    self.conn
                        .prepare_cached(
                            "INSERT INTO goal (match_id, scorer, team, minute, stoppage, kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        )?
                        .execute(params![
                            match_id,
                            scorer.id,
                            reported.team,
                            g.minute,
                            g.stoppage,
                            g.kind.as_str()
                        ])?;
                    let id = self.conn.last_insert_rowid();
                    if let Some(m) = match_id {
                        self.near_minutes(&d.doc.id, id, m, &scorer.id, &reported)?;
                    }
                    id
                }
            };
            self.conn
                .prepare_cached(
                    "INSERT OR IGNORE INTO goal_source (doc_id, ordinal, goal_id, team, minute, stoppage, kind, spans, evidence, confidence)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                )?
                .execute(params![
                    d.doc.id,
                    ordinal,
                    id,
                    reported.team,
                    g.minute,
                    g.stoppage,
                    g.kind.as_str(),
                    ev.spans_json(),
                    ev.text,
                    ev.confidence
                ])?;
            if let (Some(team), true) = (&team, g.kind != GoalKind::OwnGoal) {
                self.relation("plays_for", &scorer, team, Some(d.doc), method, &ev)?;
            }
        }
        Ok(())
    }

    /// The team a goal counts for when the report does not say: the
    /// scorer's club in the reference data when it plays in this match (the
    /// other team for an own goal).
    fn team_by_club(
        &self,
        match_id: i64,
        scorer: &Resolved,
        kind: GoalKind,
    ) -> Result<Option<Resolved>> {
        let Some(club) = scorer
            .entry
            .and_then(|i| self.resolver.data.entries[i as usize].club.as_deref())
            .and_then(|c| self.resolver.entry(Kind::Club, c))
        else {
            return Ok(None);
        };
        let (t1, t2): (String, String) = self
            .conn
            .prepare_cached("SELECT team1, team2 FROM match WHERE id = ?1")?
            .query_row([match_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let other = if club.id == t1 {
            t2
        } else if club.id == t2 {
            t1
        } else {
            return Ok(None);
        };
        Ok(match kind {
            GoalKind::OwnGoal => split_entity_id(&other).and_then(|(k, id)| {
                self.resolver.entry(k, id).or_else(|| {
                    Some(Resolved {
                        id: other.clone(),
                        kind: k,
                        name: id.to_owned(),
                        entry: None,
                    })
                })
            }),
            _ => Some(club),
        })
    }

    /// The goal of this match and scorer the document reports again: same
    /// minute and stoppage, or one whose minute was unknown so far; a goal
    /// without a minute joins one this document has not reported yet. Never
    /// a goal this document already reported (a brace is two goals).
    fn find_goal(
        &self,
        doc_id: &str,
        match_id: i64,
        scorer: &str,
        g: &Reported,
    ) -> Result<Option<i64>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, minute, stoppage FROM goal g WHERE match_id = ?1 AND scorer = ?2
               AND NOT EXISTS (SELECT 1 FROM goal_source s WHERE s.goal_id = g.id AND s.doc_id = ?3)
             ORDER BY id",
        )?;
        let rows: Vec<(i64, Option<u32>, Option<u32>)> = stmt
            .query_map(params![match_id, scorer, doc_id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })?
            .collect::<Result<_>>()?;
        let same = rows
            .iter()
            .find(|(_, m, s)| g.minute.is_some() && *m == g.minute && *s == g.stoppage);
        let open = rows.iter().find(|(_, m, _)| m.is_none());
        let any = rows.first().filter(|_| g.minute.is_none());
        Ok(same.or(open).or(any).map(|(id, _, _)| *id))
    }

    /// A report joined to a goal: fills what the goal lacked, flags what
    /// the reports disagree on.
    fn reconcile(&self, id: i64, g: &Reported) -> Result<()> {
        let (team, minute, kind): (Option<String>, Option<u32>, String) = self
            .conn
            .prepare_cached("SELECT team, minute, kind FROM goal WHERE id = ?1")?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        if minute.is_none() && g.minute.is_some() {
            self.conn
                .prepare_cached("UPDATE goal SET minute = ?2, stoppage = ?3 WHERE id = ?1")?
                .execute(params![id, g.minute, g.stoppage])?;
        }
        match (&team, &g.team) {
            (None, Some(t)) => {
                self.conn
                    .prepare_cached("UPDATE goal SET team = ?2 WHERE id = ?1")?
                    .execute(params![id, t])?;
            }
            (Some(a), Some(b)) if a != b => self.flag(id, "team")?,
            _ => {}
        }
        if kind != g.kind.as_str() {
            self.flag(id, "kind")?;
        }
        Ok(())
    }

    /// A new goal a few minutes from a goal of the same match and scorer that
    /// other documents reported: perhaps one goal with two minutes. Both stay,
    /// linked and flagged.
    fn near_minutes(
        &self,
        doc_id: &str,
        id: i64,
        match_id: i64,
        scorer: &str,
        g: &Reported,
    ) -> Result<()> {
        let Some(minute) = g.minute else {
            return Ok(());
        };
        let at = i64::from(minute) + i64::from(g.stoppage.unwrap_or(0));
        let others: Vec<i64> = self
            .conn
            .prepare_cached(
                "SELECT id FROM goal g WHERE match_id = ?1 AND scorer = ?2 AND id != ?3 AND minute IS NOT NULL
                   AND abs(minute + coalesce(stoppage, 0) - ?4) <= ?5
                   AND NOT EXISTS (SELECT 1 FROM goal_source s WHERE s.goal_id = g.id AND s.doc_id = ?6)",
            )?
            .query_map(params![match_id, scorer, id, at, MINUTE_CONFLICT, doc_id], |r| r.get(0))?
            .collect::<Result<_>>()?;
        for other in others {
            for (a, b) in [(id, other), (other, id)] {
                self.conn
                    .prepare_cached("INSERT OR IGNORE INTO goal_conflict (goal_id, other_id, what) VALUES (?1, ?2, 'minute')")?
                    .execute(params![a, b])?;
                self.flag(a, "minute")?;
            }
        }
        Ok(())
    }

    fn flag(&self, id: i64, what: &str) -> Result<()> {
        let current: Option<String> = self
            .conn
            .prepare_cached("SELECT conflict FROM goal WHERE id = ?1")?
            .query_row([id], |r| r.get(0))?;
        let mut flags: Vec<&str> = current
            .as_deref()
            .map_or_else(Vec::new, |c| c.split(',').collect());
        if !flags.contains(&what) {
            flags.push(what);
            flags.sort_unstable();
            self.conn
                .prepare_cached("UPDATE goal SET conflict = ?2 WHERE id = ?1")?
                .execute(params![id, flags.join(",")])?;
        }
        Ok(())
    }
}

/// What one document says of a goal.
struct Reported {
    team: Option<String>,
    minute: Option<u32>,
    stoppage: Option<u32>,
    kind: GoalKind,
}
