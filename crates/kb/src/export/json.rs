//! The native JSON: `{"schema": …, "documents": […], "entities": […],
//! "matches": […], "goals": […], "relations": […]}`, the rows of
//! `snapshot` one a line, written fact by fact.

use super::snapshot::Fact;
use crate::error::KbError;
use crate::store::Kb;
use std::io::Write;

const SECTIONS: [&str; 5] = ["documents", "entities", "matches", "goals", "relations"];

fn section(fact: &Fact) -> usize {
    match fact {
        Fact::Document(_) => 0,
        Fact::Entity(_) => 1,
        Fact::Match(_) => 2,
        Fact::Goal(_) => 3,
        Fact::Relation(_) => 4,
    }
}

/// Opens every section up to `to` (closing the one before), so that empty
/// ones are written too.
fn advance(out: &mut dyn Write, open: &mut Option<usize>, to: usize) -> std::io::Result<()> {
    while open.is_none_or(|o| o < to) {
        let next = open.map_or(0, |o| o + 1);
        if open.is_some() {
            out.write_all(b"\n],")?;
        }
        write!(out, "\n\"{}\": [", SECTIONS[next])?;
        *open = Some(next);
    }
    Ok(())
}

pub fn write(kb: &Kb, out: &mut dyn Write) -> Result<(), KbError> {
    write!(out, "{{\"schema\": {},", kb.schema_version()?)?;
    let mut open: Option<usize> = None;
    let mut first = true;
    kb.for_each_fact(&mut |fact| {
        let k = section(&fact);
        if open != Some(k) {
            advance(out, &mut open, k)?;
            first = true;
        }
        out.write_all(if first { b"\n" } else { b",\n" })?;
        first = false;
        let written = match &fact {
            Fact::Document(d) => serde_json::to_writer(&mut *out, d),
            Fact::Entity(e) => serde_json::to_writer(&mut *out, e),
            Fact::Match(m) => serde_json::to_writer(&mut *out, m),
            Fact::Goal(g) => serde_json::to_writer(&mut *out, g),
            Fact::Relation(r) => serde_json::to_writer(&mut *out, r),
        };
        written.map_err(std::io::Error::from)?;
        Ok(())
    })?;
    advance(out, &mut open, SECTIONS.len() - 1)?;
    out.write_all(b"\n]}\n")?;
    Ok(())
}
