//! Match reports: the match of the base they are of (same teams and score,
//! a compatible shoot-out, dated within the window), or a new one.

use super::{Doc, Merger};
use crate::dates::{day_number, distance};
use crate::evidence::Evidence;
use crate::resolve::Resolved;
use crate::summary::BuildSummary;
use rusqlite::{params, Result};
use scoreline_core::Label;
use scoreline_refdata::Kind;
use std::collections::HashMap;

impl Merger<'_> {
    /// Adds the document's matches; returns its match ids → base match ids.
    pub(super) fn matches(
        &self,
        d: &mut Doc<'_, '_>,
        tally: &mut BuildSummary,
    ) -> Result<HashMap<String, i64>> {
        let mut local = HashMap::new();
        for m in &d.doc.matches {
            let a = self.named(d, Label::Club, Some(&m.teams[0]))?;
            let b = self.named(d, Label::Club, Some(&m.teams[1]))?;
            let (Some(a), Some(b)) = (a, b) else {
                tally.matches_unresolved += 1;
                continue;
            };
            // A club against itself is a misreading, not a match.
            if a.id == b.id {
                tally.matches_unresolved += 1;
                continue;
            }
            let competition = self.named(d, Label::Competition, m.competition.as_deref())?;
            let mut venue = self.named(d, Label::Stadium, m.venue.as_deref())?;
            let mut venue_span = None;
            if venue.is_none() {
                if let Some((v, span)) = Self::sole_stadium(d) {
                    self.entity(&v)?;
                    venue = Some(v);
                    venue_span = Some(span);
                }
            }
            let first = a.id <= b.id;
            let flip = |p: Option<[u32; 2]>| p.map(|[x, y]| if first { [x, y] } else { [y, x] });
            let (t1, t2) = if first {
                (&a.id, &b.id)
            } else {
                (&b.id, &a.id)
            };
            let (score, pens) = (flip(m.score), flip(m.penalties));
            let id = match self.find_match(d.day, t1, t2, score, pens)? {
                Some(id) => {
                    tally.matches_merged += 1;
                    id
                }
                None => {
                    tally.matches_new += 1;
                    self.conn
                        .prepare_cached(
                            "INSERT INTO match (team1, team2, score1, score2) VALUES (?1, ?2, ?3, ?4)",
                        )?
                        .execute(params![t1, t2, score.map(|s| s[0]), score.map(|s| s[1])])?;
                    self.conn.last_insert_rowid()
                }
            };
            // What this report adds: a shoot-out, competition or venue the
            // match lacked, and its date.
            self.conn
                .prepare_cached(
                    "UPDATE match SET pen1 = coalesce(pen1, ?2), pen2 = coalesce(pen2, ?3),
                       competition = coalesce(competition, ?4), venue = coalesce(venue, ?5),
                       date_first = CASE WHEN date_first IS NULL OR ?6 < date_first THEN coalesce(?6, date_first) ELSE date_first END,
                       date_last = CASE WHEN date_last IS NULL OR ?6 > date_last THEN coalesce(?6, date_last) ELSE date_last END
                     WHERE id = ?1",
                )?
                .execute(params![
                    id,
                    pens.map(|p| p[0]),
                    pens.map(|p| p[1]),
                    competition.as_ref().map(|c| &c.id),
                    venue.as_ref().map(|v| &v.id),
                    d.doc.date
                ])?;
            let fallback = Self::first_spans(d, &[&a.id, &b.id]);
            let mut ev = Evidence::of_record(d.doc, &d.ix, &m.extra, fallback);
            if let Some(span) = venue_span {
                let mut spans = ev.spans.clone();
                spans.push(span);
                ev = Evidence::new(&d.ix, spans, ev.confidence);
            }
            self.conn
                .prepare_cached(
                    "INSERT OR IGNORE INTO match_source (doc_id, local_id, match_id, team1_first, competition, venue, spans, evidence, confidence)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                )?
                .execute(params![
                    d.doc.id,
                    m.id,
                    id,
                    first,
                    competition.as_ref().map(|c| &c.id),
                    venue.as_ref().map(|v| &v.id),
                    ev.spans_json(),
                    ev.text,
                    ev.confidence
                ])?;
            local.insert(m.id.clone(), id);
        }
        Ok(local)
    }

    /// The venue of a document's only match when the text names no other
    /// stadium (the extractor does not link venues itself): the stadium and
    /// its first mention.
    fn sole_stadium(d: &Doc<'_, '_>) -> Option<(Resolved, [usize; 2])> {
        if d.doc.matches.len() != 1 {
            return None;
        }
        let mut found: Option<(&Resolved, [usize; 2])> = None;
        for (e, r) in d.doc.entities.iter().zip(&d.res.mentions) {
            let Some(r) = r.as_ref().filter(|r| r.kind == Kind::Stadium) else {
                continue;
            };
            match found {
                Some((f, _)) if f.id != r.id => return None,
                Some(_) => {}
                None => found = Some((r, [e.start, e.end])),
            }
        }
        found.map(|(r, span)| (r.clone(), span))
    }

    /// The match already in the base that this report is of: same teams and
    /// score, a compatible shoot-out, dated within the window (the nearest
    /// one). An undated report joins only a match it cannot mistake.
    fn find_match(
        &self,
        day: Option<i64>,
        t1: &str,
        t2: &str,
        score: Option<[u32; 2]>,
        pens: Option<[u32; 2]>,
    ) -> Result<Option<i64>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, pen1, pen2, date_first, date_last FROM match
             WHERE team1 = ?1 AND team2 = ?2 AND score1 IS ?3 AND score2 IS ?4",
        )?;
        let rows = stmt.query_map(
            params![t1, t2, score.map(|s| s[0]), score.map(|s| s[1])],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, Option<u32>>(1)?.zip(r.get::<_, Option<u32>>(2)?),
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, Option<String>>(4)?,
                ))
            },
        )?;
        let mut best: Option<(i64, i64)> = None;
        let mut undated_candidates = Vec::new();
        for row in rows {
            let (id, their_pens, first, last) = row?;
            if pens.is_some() && their_pens.is_some() && pens != their_pens.map(|(x, y)| [x, y]) {
                continue;
            }
            let range = first
                .as_deref()
                .and_then(day_number)
                .zip(last.as_deref().and_then(day_number));
            let gap = match (day, range) {
                (Some(day), Some((f, l))) => distance(day, f, l),
                // One side has no date: compatible, but never preferred to a dated match.
                _ => i64::from(self.date_window),
            };
            if day.is_none() {
                undated_candidates.push(id);
            } else if gap <= i64::from(self.date_window) && best.is_none_or(|(_, g)| gap < g) {
                best = Some((id, gap));
            }
        }
        Ok(match (day, undated_candidates.as_slice()) {
            (None, [one]) => Some(*one),
            (None, _) => None,
            _ => best.map(|(id, _)| id),
        })
    }
}
