//! Query results as a table: printed aligned for people, as TSV for tools.

use std::fmt::Write;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Table {
    pub title: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(title: impl Into<String>, columns: &[&str]) -> Self {
        Table {
            title: title.into(),
            columns: columns.iter().map(|c| (*c).to_owned()).collect(),
            rows: Vec::new(),
        }
    }

    /// Columns padded to their widest cell (in characters), a rule under the
    /// header, numbers right-aligned.
    pub fn render(&self) -> String {
        let mut widths: Vec<usize> = self.columns.iter().map(|c| c.chars().count()).collect();
        for row in &self.rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.chars().count());
            }
        }
        let numeric: Vec<bool> = (0..self.columns.len())
            .map(|i| {
                !self.rows.is_empty()
                    && self.rows.iter().all(|r| {
                        r.get(i)
                            .is_some_and(|c| c.is_empty() || c.parse::<f64>().is_ok())
                    })
            })
            .collect();
        let mut out = String::new();
        let _ = writeln!(out, "{}", self.title);
        let line = |cells: &[String], out: &mut String| {
            let parts: Vec<String> = cells
                .iter()
                .zip(&widths)
                .zip(&numeric)
                .map(|((c, w), num)| {
                    let pad = w.saturating_sub(c.chars().count());
                    if *num {
                        format!("{}{c}", " ".repeat(pad))
                    } else {
                        format!("{c}{}", " ".repeat(pad))
                    }
                })
                .collect();
            let _ = writeln!(out, "{}", parts.join("  ").trim_end());
        };
        line(&self.columns, &mut out);
        let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
        line(&rule, &mut out);
        for row in &self.rows {
            line(row, &mut out);
        }
        if self.rows.is_empty() {
            out.push_str("(no rows)\n");
        }
        out
    }

    /// Tab-separated, header first; tabs and newlines in cells become spaces.
    pub fn tsv(&self) -> String {
        let clean = |c: &String| c.replace(['\t', '\n', '\r'], " ");
        let mut out = String::new();
        for row in std::iter::once(&self.columns).chain(&self.rows) {
            let cells: Vec<String> = row.iter().map(clean).collect();
            let _ = writeln!(out, "{}", cells.join("\t"));
        }
        out
    }
}
