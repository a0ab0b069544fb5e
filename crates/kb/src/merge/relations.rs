//! Relations a document shows: player → club, coach → club, club → home
//! stadium, each observation with its method and evidence.

use super::{Doc, Merger};
use crate::evidence::{mention_confidence, Evidence};
use crate::resolve::Resolved;
use rusqlite::{params, Result};
use scoreline_core::Document;
use scoreline_refdata::Kind;
use std::collections::BTreeMap;

impl Merger<'_> {
    /// Relations the document shows beyond goals: a person the reference
    /// data places at a club the same document names (player → club, coach →
    /// club); an unknown coach named right next to a club; a club's home
    /// stadium (from the reference data, and from the document when it
    /// names both).
    pub(super) fn relations(&self, d: &Doc<'_, '_>) -> Result<()> {
        // First mention of each entity in the document, in text order.
        let mut first: BTreeMap<&str, (usize, &Resolved)> = BTreeMap::new();
        for (i, r) in d.res.mentions.iter().enumerate() {
            if let Some(r) = r {
                first.entry(r.id.as_str()).or_insert((i, r));
            }
        }
        let span = |i: usize| [d.doc.entities[i].start, d.doc.entities[i].end];
        let conf = |i: usize| mention_confidence(&d.doc.entities[i].extra);
        let both = |i: usize, j: usize| {
            let c = match (conf(i), conf(j)) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            Evidence::new(&d.ix, vec![span(i), span(j)], c)
        };
        for &(i, r) in first.values() {
            let Some(entry) = r.entry.map(|x| &self.resolver.data.entries[x as usize]) else {
                if r.kind == Kind::Coach {
                    if let Some((j, club)) = self.nearby_club(d, i) {
                        self.relation("coach_of", r, club, Some(d.doc), "nearby", &both(i, j))?;
                    }
                }
                continue;
            };
            let (rel, target) = match r.kind {
                Kind::Player => ("plays_for", entry.club.as_deref().map(|c| (Kind::Club, c))),
                Kind::Coach => ("coach_of", entry.club.as_deref().map(|c| (Kind::Club, c))),
                Kind::Club => (
                    "home_stadium",
                    entry.stadium.as_deref().map(|s| (Kind::Stadium, s)),
                ),
                _ => continue,
            };
            let Some(object) = target.and_then(|(k, id)| self.resolver.entry(k, id)) else {
                continue;
            };
            if let Some(&(j, _)) = first.get(object.id.as_str()) {
                self.relation(rel, r, &object, Some(d.doc), "refdata+text", &both(i, j))?;
            }
            if rel == "home_stadium" {
                self.entity(&object)?;
                self.relation(
                    rel,
                    r,
                    &object,
                    None,
                    "refdata",
                    &Evidence::new(&d.ix, Vec::new(), None),
                )?;
            }
        }
        Ok(())
    }

    /// The club mention nearest to mention `i`, within a few words.
    fn nearby_club<'r>(&self, d: &'r Doc<'_, '_>, i: usize) -> Option<(usize, &'r Resolved)> {
        const NEAR: usize = 40;
        let me = &d.doc.entities[i];
        d.doc
            .entities
            .iter()
            .zip(&d.res.mentions)
            .enumerate()
            .filter_map(|(j, (e, r))| {
                let r = r.as_ref().filter(|r| r.kind == Kind::Club)?;
                let gap = if e.end <= me.start {
                    me.start - e.end
                } else {
                    e.start.checked_sub(me.end)?
                };
                (gap <= NEAR).then_some((gap, j, r))
            })
            .min_by_key(|(gap, j, _)| (*gap, *j))
            .map(|(_, j, r)| (j, r))
    }

    pub(super) fn relation(
        &self,
        kind: &str,
        subject: &Resolved,
        object: &Resolved,
        doc: Option<&Document>,
        method: &str,
        ev: &Evidence,
    ) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT OR IGNORE INTO relation (kind, subject, object) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![kind, subject.id, object.id])?;
        let id: i64 = self
            .conn
            .prepare_cached(
                "SELECT id FROM relation WHERE kind = ?1 AND subject = ?2 AND object = ?3",
            )?
            .query_row(params![kind, subject.id, object.id], |r| r.get(0))?;
        let doc_id = doc.map(|d| d.id.as_str());
        let seen: bool = self
            .conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM relation_source WHERE relation_id = ?1 AND doc_id IS ?2 AND method = ?3)",
            )?
            .query_row(params![id, doc_id, method], |r| r.get(0))?;
        if !seen {
            self.conn
                .prepare_cached(
                    "INSERT INTO relation_source (relation_id, doc_id, date, method, spans, evidence, confidence)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                )?
                .execute(params![
                    id,
                    doc_id,
                    doc.and_then(|d| d.date.as_deref()),
                    method,
                    ev.spans_json(),
                    ev.text,
                    ev.confidence
                ])?;
        }
        Ok(())
    }
}
