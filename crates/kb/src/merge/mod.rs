//! One document into the base, inside the build's transaction: its entities
//! and mentions here; its matches merged with the same match from other
//! reports (`matches.rs`), its goals merged by match, scorer and minute,
//! disagreements kept and flagged (`goals.rs`), the relations it shows
//! (`relations.rs`), each with its evidence; and the removal of a changed
//! document's facts (`remove.rs`).

use crate::dates::day_number;
use crate::evidence::mention_confidence;
use crate::ids::kind_word;
use crate::names::all_names;
use crate::resolve::{clear_winner, DocResolution, Prior, Resolved, Resolver};
use crate::summary::BuildSummary;
use rusqlite::{params, Connection, OptionalExtension, Result};
use scoreline_core::{CharIndex, Document, Label};
use scoreline_refdata::Folded;
use std::cell::RefCell;
use std::collections::HashSet;
use std::hash::Hasher;

mod goals;
mod matches;
mod relations;
mod remove;

/// How far apart (in days) two reports of one match may be dated.
pub const DEFAULT_DATE_WINDOW: u32 = 3;

/// What became of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    New,
    /// The base had this id with other content: its facts were replaced.
    Replaced,
    /// The base had this document as it is: nothing to do.
    Unchanged,
}

/// The content digest that decides whether a document id seen again changed.
pub fn digest(doc: &Document) -> String {
    let mut h = fnv::FnvHasher::default();
    h.write(serde_json::to_string(doc).unwrap_or_default().as_bytes());
    format!("{:016x}", h.finish())
}

pub(crate) struct Merger<'a> {
    pub conn: &'a Connection,
    pub resolver: &'a Resolver,
    pub build: i64,
    pub date_window: u32,
    /// Entity ids and `id\talias` pairs this build has written: most
    /// mentions name what the base already has, and need no statement.
    pub written: RefCell<HashSet<String>>,
}

/// One document being added: its resolution and offsets.
struct Doc<'d, 'r> {
    doc: &'d Document,
    ix: CharIndex<'d>,
    res: DocResolution<'r>,
    day: Option<i64>,
}

impl Merger<'_> {
    pub fn add(&self, doc: &Document, tally: &mut BuildSummary) -> Result<Added> {
        let digest = digest(doc);
        let old: Option<String> = self
            .conn
            .prepare_cached("SELECT digest FROM document WHERE id = ?1")?
            .query_row([&doc.id], |r| r.get(0))
            .optional()?;
        let added = match old {
            Some(d) if d == digest => return Ok(Added::Unchanged),
            Some(_) => {
                self.remove(&doc.id)?;
                Added::Replaced
            }
            None => Added::New,
        };
        self.conn
            .prepare_cached(
                "INSERT INTO document (id, lang, date, chars, digest, build) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![
                doc.id,
                doc.lang.code(),
                doc.date,
                doc.text.chars().count(),
                digest,
                self.build
            ])?;
        let prior = BasePrior { conn: self.conn };
        let mut d = Doc {
            doc,
            ix: CharIndex::new(&doc.text),
            res: self.resolver.document(doc, &prior),
            day: doc.date.as_deref().and_then(day_number),
        };
        self.mentions(&d)?;
        let matches = self.matches(&mut d, tally)?;
        self.goals(&mut d, &matches, tally)?;
        self.relations(&d)?;
        Ok(added)
    }

    fn entity(&self, r: &Resolved) -> Result<()> {
        if !self.written.borrow_mut().insert(r.id.clone()) {
            return Ok(());
        }
        let inserted = self
            .conn
            .prepare_cached(
                "INSERT OR IGNORE INTO entity (id, kind, name, refdata) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![r.id, kind_word(r.kind), r.name, r.entry.is_some()])?;
        if inserted == 1 {
            self.alias(&r.id, &r.name)?;
            if let Some(i) = r.entry {
                for name in all_names(&self.resolver.data.entries[i as usize]) {
                    self.alias(&r.id, name)?;
                }
            }
        }
        Ok(())
    }

    fn alias(&self, id: &str, name: &str) -> Result<()> {
        let key = Folded::key(name);
        if !key.is_empty() && self.written.borrow_mut().insert(format!("{id}\t{key}")) {
            self.conn
                .prepare_cached("INSERT OR IGNORE INTO alias (key, entity_id) VALUES (?1, ?2)")?
                .execute(params![key, id])?;
        }
        Ok(())
    }

    fn mentions(&self, d: &Doc<'_, '_>) -> Result<()> {
        for (e, r) in d.doc.entities.iter().zip(&d.res.mentions) {
            let Some(r) = r else { continue };
            self.entity(r)?;
            self.alias(&r.id, &e.text)?;
            self.alias(&r.id, e.ref_or_text())?;
            self.conn
                .prepare_cached(
                    "INSERT OR IGNORE INTO mention (doc_id, start, end, label, text, entity_id, confidence)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                )?
                .execute(params![
                    d.doc.id,
                    e.start,
                    e.end,
                    e.label.as_str(),
                    e.text,
                    r.id,
                    mention_confidence(&e.extra)
                ])?;
        }
        Ok(())
    }

    /// Resolves a name of a match or goal and makes sure its entity exists.
    fn named(
        &self,
        d: &mut Doc<'_, '_>,
        label: Label,
        name: Option<&str>,
    ) -> Result<Option<Resolved>> {
        let Some(name) = name.filter(|n| !n.trim().is_empty()) else {
            return Ok(None);
        };
        let r = d.res.name(d.doc, label, name);
        if let Some(r) = &r {
            self.entity(r)?;
            self.alias(&r.id, name)?;
        }
        Ok(r)
    }

    /// The first mention of each entity: evidence for records that carry none.
    fn first_spans(d: &Doc<'_, '_>, ids: &[&str]) -> Vec<[usize; 2]> {
        ids.iter()
            .filter_map(|id| {
                d.doc
                    .entities
                    .iter()
                    .zip(&d.res.mentions)
                    .find(|(_, r)| r.as_ref().is_some_and(|r| r.id == *id))
                    .map(|(e, _)| [e.start, e.end])
            })
            .collect()
    }
}

/// The base's preference among candidates: the entity with clearly the most
/// mentions so far (counted up to a cap, to stay cheap on large bases).
#[derive(Debug)]
struct BasePrior<'a> {
    conn: &'a Connection,
}

impl Prior for BasePrior<'_> {
    fn pick(&self, ids: &[String]) -> Option<usize> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT count(*) FROM (SELECT 1 FROM mention WHERE entity_id = ?1 LIMIT 1000)",
            )
            .ok()?;
        let counts: Vec<(usize, usize)> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| (stmt.query_row([id], |r| r.get(0)).unwrap_or(0), i))
            .collect();
        clear_winner(counts)
    }
}
