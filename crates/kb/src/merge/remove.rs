//! Taking a changed document's facts out before its new content goes in.

use super::Merger;
use rusqlite::Result;

impl Merger<'_> {
    /// Takes a document's facts out again (before its new content goes in):
    /// its reports go, and so does every fact no other document reports.
    pub(super) fn remove(&self, doc_id: &str) -> Result<()> {
        let ids = |sql: &str| -> Result<Vec<i64>> {
            self.conn
                .prepare_cached(sql)?
                .query_map([doc_id], |r| r.get(0))?
                .collect()
        };
        let matches = ids("SELECT DISTINCT match_id FROM match_source WHERE doc_id = ?1")?;
        let goals = ids("SELECT DISTINCT goal_id FROM goal_source WHERE doc_id = ?1")?;
        let relations = ids("SELECT DISTINCT relation_id FROM relation_source WHERE doc_id = ?1")?;
        for table in ["mention", "match_source", "goal_source", "relation_source"] {
            self.conn
                .execute(&format!("DELETE FROM {table} WHERE doc_id = ?1"), [doc_id])?;
        }
        for id in goals {
            if !self.has_source("goal_source", "goal_id", id)? {
                self.conn.execute(
                    "DELETE FROM goal_conflict WHERE goal_id = ?1 OR other_id = ?1",
                    [id],
                )?;
                self.conn.execute("DELETE FROM goal WHERE id = ?1", [id])?;
            }
        }
        for id in matches {
            if self.has_source("match_source", "match_id", id)? {
                self.conn.execute(
                    "UPDATE match SET
                       date_first = (SELECT min(d.date) FROM match_source s JOIN document d ON d.id = s.doc_id WHERE s.match_id = ?1),
                       date_last = (SELECT max(d.date) FROM match_source s JOIN document d ON d.id = s.doc_id WHERE s.match_id = ?1)
                     WHERE id = ?1",
                    [id],
                )?;
            } else {
                self.conn
                    .execute("UPDATE goal SET match_id = NULL WHERE match_id = ?1", [id])?;
                self.conn.execute("DELETE FROM match WHERE id = ?1", [id])?;
            }
        }
        for id in relations {
            if !self.has_source("relation_source", "relation_id", id)? {
                self.conn
                    .execute("DELETE FROM relation WHERE id = ?1", [id])?;
            }
        }
        self.conn
            .execute("DELETE FROM document WHERE id = ?1", [doc_id])?;
        Ok(())
    }

    fn has_source(&self, table: &str, column: &str, id: i64) -> Result<bool> {
        self.conn
            .prepare_cached(&format!(
                "SELECT EXISTS (SELECT 1 FROM {table} WHERE {column} = ?1)"
            ))?
            .query_row([id], |r| r.get(0))
    }
}
