//! One document's section: its header, its highlighted text, and its match
//! and goal tables, each row linking to the evidence in the text.

use crate::highlight::{evidence, text_html, Ids};
use crate::html::{clip, esc, minute, pair};
use scoreline_core::{CharIndex, Document};
use std::fmt::Write;

/// How much of an evidence span a table cell quotes.
const QUOTE_CHARS: usize = 90;

fn opt(s: Option<&str>) -> String {
    s.map_or_else(|| "–".to_owned(), |s| esc(s).into_owned())
}

/// A cell linking to evidence `id`, quoting the evidence text.
fn evidence_cell(ix: &CharIndex, span: Option<(usize, usize)>, id: &str) -> String {
    match span.and_then(|(s, e)| ix.slice(s, e)) {
        Some(quote) => format!(
            r##"<td><a href="#{id}">{}</a></td>"##,
            esc(&clip(quote, QUOTE_CHARS))
        ),
        None => "<td class=\"note\">no evidence span</td>".to_owned(),
    }
}

pub fn section(out: &mut String, doc: &Document, ids: Ids) {
    let (text, drawn) = text_html(doc, ids);
    let hidden = drawn.iter().filter(|d| !**d).count();
    let _ = write!(
        out,
        r#"<section class="doc" id="{}"><h2>{}</h2><p class="meta">{} · {} · {} entities, {} matches, {} goals"#,
        ids.doc(),
        esc(&doc.id),
        doc.lang,
        opt(doc.date.as_deref()),
        doc.entities.len(),
        doc.matches.len(),
        doc.goals.len()
    );
    if hidden > 0 {
        let _ = write!(
            out,
            " ({hidden} overlapping or out-of-range entities not highlighted)"
        );
    }
    let _ = write!(out, r#"</p><div class="text">{text}</div>"#);
    let ix = CharIndex::new(&doc.text);
    if !doc.matches.is_empty() {
        out.push_str("<h3>Matches</h3><table><tr><th>id</th><th>teams</th><th>score</th><th>pens</th><th>competition</th><th>venue</th><th>evidence</th></tr>\n");
        for (i, m) in doc.matches.iter().enumerate() {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{} – {}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>{}</tr>",
                esc(&m.id),
                esc(&m.teams[0]),
                esc(&m.teams[1]),
                pair(m.score),
                pair(m.penalties),
                opt(m.competition.as_deref()),
                opt(m.venue.as_deref()),
                evidence_cell(&ix, evidence(&m.extra), &ids.match_evidence(i))
            );
        }
        out.push_str("</table>");
    }
    if !doc.goals.is_empty() {
        out.push_str("<h3>Goals</h3><table><tr><th>scorer</th><th>team</th><th>minute</th><th>kind</th><th>match</th><th>evidence</th></tr>\n");
        for (i, g) in doc.goals.iter().enumerate() {
            let minute = minute(g.minute, g.stoppage);
            let the_match = g
                .match_id
                .as_deref()
                .and_then(|id| doc.match_by_id(id))
                .map_or_else(
                    || opt(g.match_id.as_deref()),
                    |m| format!("{} – {}", esc(&m.teams[0]), esc(&m.teams[1])),
                );
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td class=\"n\">{minute}</td><td>{}</td><td>{the_match}</td>{}</tr>",
                esc(&g.scorer),
                opt(g.team.as_deref()),
                g.kind.as_str(),
                evidence_cell(&ix, evidence(&g.extra), &ids.goal_evidence(i))
            );
        }
        out.push_str("</table>");
    }
    out.push_str("</section>\n");
}
