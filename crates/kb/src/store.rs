//! The base file: created or opened with its schema checked, and built in
//! one transaction, so that a build lands whole or not at all — a crash or
//! an error mid-build leaves the base as it was before.

use crate::error::{AtPath, KbError};
use crate::merge::{Added, Merger, DEFAULT_DATE_WINDOW};
use crate::resolve::Resolver;
use crate::summary::BuildSummary;
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use scoreline_core::{Document, Problem};
use std::path::{Path, PathBuf};

/// The schema this code writes and reads (`PRAGMA user_version`).
pub const SCHEMA_VERSION: i64 = 1;
const SCHEMA: &str = include_str!("schema.sql");

/// A knowledge base file.
#[derive(Debug)]
pub struct Kb {
    pub(crate) conn: Connection,
    pub(crate) path: PathBuf,
}

/// How a build merges.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuildOptions {
    /// Two reports of the same teams and score dated this many days apart or
    /// less are one match.
    pub date_window: u32,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            date_window: DEFAULT_DATE_WINDOW,
        }
    }
}

impl Kb {
    /// Opens the base at `path` for building, creating the file if needed.
    /// The schema itself is written by the first build, inside its
    /// transaction.
    pub fn create_or_open(path: &Path) -> Result<Kb, KbError> {
        let conn = Connection::open(path).at(path)?;
        let kb = Kb {
            conn,
            path: path.to_owned(),
        };
        kb.pragmas()?;
        if !kb.is_empty()? {
            kb.check_version()?;
        }
        Ok(kb)
    }

    /// Opens an existing base for reading (queries, exports).
    pub fn open(path: &Path) -> Result<Kb, KbError> {
        if !path.is_file() {
            return Err(KbError::NotABase {
                path: path.to_owned(),
            });
        }
        // Read-write when allowed, so that SQLite rolls back what a killed
        // build left in its journal before anything is read; queries never
        // write (`query_only`).
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
            .or_else(|_| Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY))
            .at(path)?;
        conn.pragma_update(None, "query_only", true).at(path)?;
        let kb = Kb {
            conn,
            path: path.to_owned(),
        };
        if kb.is_empty()? {
            return Err(KbError::NotABase {
                path: path.to_owned(),
            });
        }
        kb.check_version()?;
        Ok(kb)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn pragmas(&self) -> Result<(), KbError> {
        // Every statement of a document's merge stays prepared.
        self.conn.set_prepared_statement_cache_capacity(64);
        self.conn
            .execute_batch(
                "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA cache_size = -65536;",
            )
            .at(&self.path)
    }

    fn is_empty(&self) -> Result<bool, KbError> {
        let tables: i64 = self
            .conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'document'",
                [],
                |r| r.get(0),
            )
            .at(&self.path)?;
        Ok(tables == 0)
    }

    fn check_version(&self) -> Result<(), KbError> {
        let found: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .at(&self.path)?;
        if found != SCHEMA_VERSION {
            return Err(KbError::Version {
                path: self.path.clone(),
                found,
                expected: SCHEMA_VERSION,
            });
        }
        Ok(())
    }

    /// Adds documents to the base in one transaction. A bad input record
    /// (`Err`) is handed to `on_problem`, counted, and left out; an error of
    /// the base itself abandons the whole build and leaves the base as it was.
    pub fn build<I>(
        &mut self,
        resolver: &Resolver,
        documents: I,
        options: BuildOptions,
        on_problem: &mut dyn FnMut(&Problem),
    ) -> Result<BuildSummary, KbError>
    where
        I: IntoIterator<Item = Result<Document, Problem>>,
    {
        let path = self.path.clone();
        let fresh = self.is_empty()?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .at(&path)?;
        if fresh {
            tx.execute_batch(SCHEMA).at(&path)?;
            tx.pragma_update(None, "user_version", SCHEMA_VERSION)
                .at(&path)?;
        }
        tx.execute(
            "INSERT INTO build (finished, added, replaced, unchanged) VALUES ('', 0, 0, 0)",
            [],
        )
        .at(&path)?;
        let merger = Merger {
            conn: &tx,
            resolver,
            build: tx.last_insert_rowid(),
            date_window: options.date_window,
            written: Default::default(),
        };
        let mut summary = BuildSummary::default();
        for item in documents {
            match item {
                Err(p) => {
                    summary.problems += 1;
                    on_problem(&p);
                }
                Ok(doc) => match merger.add(&doc, &mut summary).at(&path)? {
                    Added::New => summary.added += 1,
                    Added::Replaced => summary.replaced += 1,
                    Added::Unchanged => summary.unchanged += 1,
                },
            }
        }
        tx.execute(
            "UPDATE build SET finished = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), added = ?2, replaced = ?3, unchanged = ?4 WHERE id = ?1",
            rusqlite::params![merger.build, summary.added, summary.replaced, summary.unchanged],
        )
        .at(&path)?;
        tx.commit().at(&path)?;
        Ok(summary)
    }
}
