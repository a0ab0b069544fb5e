//! CoNLL-style IOB2: one token a line, its tag in the last column (`O`,
//! `B-LABEL`, `I-LABEL`), a blank line after each sentence, a `-DOCSTART-`
//! line before each document. IOB2 carries tokens, not text, so:
//!
//! - Import rebuilds the text: tokens joined by single spaces, sentences by
//!   a line break, and entity offsets are code points of that text. The
//!   original spacing ("Kane 's" for "Kane's") is not recoverable. An `I-`
//!   tag that does not continue an entity of its label starts one, as
//!   conlleval reads it; any other tag (BIOES `S-`/`E-`, a bare label) is a
//!   problem on its line. Without `-DOCSTART-` lines the file is one document
//!   named after the file.
//! - Export tokenises with `scoreline-text` (the tokens the recogniser
//!   sees), splits a token where an entity boundary falls inside it (so every
//!   entity is written exactly), and breaks sentences where `scoreline-text`
//!   does, except inside an entity.
//!
//! The `-DOCSTART-` line carries the document's metadata as `id=… lang=…
//! date=…` fields after the marker; tools that skip `-DOCSTART-` lines
//! (conlleval, most readers) are not disturbed by them, and import reads them
//! back. Matches and goals have no IOB2 form.

use crate::build::{Draft, Importer, Span};
use crate::{whole, WriteError};
use scoreline_core::{CharIndex, Document, Item, Loaded, Location, Problem};
use std::io::Write;
use std::path::Path;

const DOCSTART: &str = "-DOCSTART-";

/// A document being read: its metadata and its sentences of (token, tag, line).
#[derive(Debug, Default)]
struct Pending {
    start_line: usize,
    id: Option<String>,
    lang: Option<String>,
    date: Option<String>,
    sentences: Vec<Vec<(String, String, usize)>>,
    problems: Vec<Problem>,
}

impl Pending {
    /// Whether there is a document here: tokens, problems, or a
    /// `-DOCSTART-` line naming one (an empty document is still one).
    fn is_started(&self) -> bool {
        !self.sentences.is_empty() || !self.problems.is_empty() || self.id.is_some()
    }
}

pub fn read(path: &Path, importer: &Importer, out: &mut Loaded) {
    let text = match std::fs::read(path) {
        Ok(b) => match String::from_utf8(b) {
            Ok(t) => t,
            Err(e) => {
                out.problems.push(Problem::new(
                    whole(path),
                    format!("not valid UTF-8 (at byte {})", e.utf8_error().valid_up_to()),
                ));
                return;
            }
        },
        Err(e) => {
            out.problems
                .push(Problem::new(whole(path), format!("cannot read: {e}")));
            return;
        }
    };
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let has_docstart = text.lines().any(|l| l.starts_with(DOCSTART));
    let mut docs: Vec<Pending> = Vec::new();
    let mut current = Pending {
        start_line: 1,
        ..Pending::default()
    };
    let mut sentence: Vec<(String, String, usize)> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let n = n + 1;
        if let Some(rest) = line.strip_prefix(DOCSTART) {
            if !sentence.is_empty() {
                current.sentences.push(std::mem::take(&mut sentence));
            }
            if current.is_started() {
                docs.push(std::mem::take(&mut current));
            }
            current = Pending {
                start_line: n,
                ..Pending::default()
            };
            for field in rest.split_whitespace() {
                match field.split_once('=') {
                    Some(("id", v)) => current.id = Some(v.to_owned()),
                    Some(("lang", v)) => current.lang = Some(v.to_owned()),
                    Some(("date", v)) => current.date = Some(v.to_owned()),
                    // CoNLL-2003's own `-X- -X- O` columns.
                    _ => {}
                }
            }
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        match fields.as_slice() {
            [] => {
                if !sentence.is_empty() {
                    current.sentences.push(std::mem::take(&mut sentence));
                }
            }
            [token, .., tag] => sentence.push(((*token).to_owned(), (*tag).to_owned(), n)),
            [_] => current.problems.push(Problem::new(
                Location {
                    file: path.to_owned(),
                    line: Some(n),
                },
                "expected a token and its tag (`TOKEN TAG`), found one column",
            )),
        }
    }
    if !sentence.is_empty() {
        current.sentences.push(sentence);
    }
    if current.is_started() {
        docs.push(current);
    }
    for (k, pending) in docs.into_iter().enumerate() {
        let fallback = if has_docstart {
            format!("{stem}-{}", k + 1)
        } else {
            stem.clone()
        };
        let location = Location {
            file: path.to_owned(),
            line: Some(pending.start_line),
        };
        let made = draft(pending, path, fallback).and_then(|d| importer.finish(d, &location));
        match made {
            Ok(doc) => out.documents.push((location, doc)),
            Err(ps) => out.problems.extend(ps),
        }
    }
}

/// Rebuilds the text and turns tags into code-point spans.
fn draft(pending: Pending, path: &Path, fallback: String) -> Result<Draft, Vec<Problem>> {
    let id = pending.id.unwrap_or(fallback);
    let mut problems: Vec<Problem> = pending
        .problems
        .into_iter()
        .map(|p| p.in_doc(Some(&id)))
        .collect();
    let mut text = String::new();
    let mut chars = 0;
    let mut spans: Vec<Span> = Vec::new();
    for (s, sentence) in pending.sentences.iter().enumerate() {
        if s > 0 {
            text.push('\n');
            chars += 1;
        }
        // The entity being read: its index in `spans` and its label.
        let mut open: Option<(usize, String)> = None;
        for (t, (token, tag, line)) in sentence.iter().enumerate() {
            if t > 0 {
                text.push(' ');
                chars += 1;
            }
            let start = chars;
            text.push_str(token);
            chars += token.chars().count();
            let (prefix, label) = match tag.split_once('-') {
                _ if tag == "O" => {
                    open = None;
                    continue;
                }
                Some((p @ ("B" | "I"), label)) if !label.is_empty() => (p, label),
                _ => {
                    problems.push(
                        Problem::new(
                            Location {
                                file: path.to_owned(),
                                line: Some(*line),
                            },
                            format!("tag {tag:?} is not IOB2 (O, B-LABEL or I-LABEL)"),
                        )
                        .in_doc(Some(&id)),
                    );
                    open = None;
                    continue;
                }
            };
            match &open {
                Some((i, l)) if prefix == "I" && l == label => spans[*i].end = chars,
                _ => {
                    open = Some((spans.len(), label.to_owned()));
                    spans.push(Span {
                        start,
                        end: chars,
                        label: label.to_owned(),
                        line: Some(*line),
                    });
                }
            }
        }
    }
    if !problems.is_empty() {
        problems.sort_by_key(|p| p.location.line);
        return Err(problems);
    }
    Ok(Draft {
        id: Some(id),
        lang: pending.lang,
        date: pending.date.map(serde_json::Value::String),
        text,
        spans,
    })
}

pub fn write(
    docs: &[(Location, Document)],
    out: &mut dyn Write,
) -> Result<Vec<Problem>, WriteError> {
    let mut problems = Vec::new();
    for (location, doc) in docs {
        if doc.id.chars().any(char::is_whitespace) {
            problems.push(
                Problem::new(
                    location.clone(),
                    "the document id has white space, which the -DOCSTART- line cannot hold; not written",
                )
                .in_doc(Some(&doc.id)),
            );
            continue;
        }
        let (lines, left_out) = tag_lines(doc);
        for i in left_out {
            problems.push(
                Problem::new(
                    location.clone(),
                    "the entity overlaps an earlier one, which IOB2 cannot hold; left out",
                )
                .in_doc(Some(&doc.id))
                .at(Item::Entity(i)),
            );
        }
        write!(out, "{DOCSTART} id={} lang={}", doc.id, doc.lang)?;
        if let Some(date) = &doc.date {
            write!(out, " date={date}")?;
        }
        out.write_all(b"\n\n")?;
        out.write_all(lines.as_bytes())?;
    }
    Ok(problems)
}

/// The token lines of one document, and the entities IOB2 cannot hold.
fn tag_lines(doc: &Document) -> (String, Vec<usize>) {
    let text = doc.text.as_str();
    let ix = CharIndex::new(text);
    // Entities as byte spans, in text order, without overlaps.
    let mut order: Vec<usize> = (0..doc.entities.len()).collect();
    order.sort_by_key(|&i| (doc.entities[i].start, doc.entities[i].end));
    let mut kept: Vec<(usize, usize, &str)> = Vec::new();
    let mut left_out = Vec::new();
    for i in order {
        let e = &doc.entities[i];
        let bytes = ix.to_byte(e.start).zip(ix.to_byte(e.end));
        match bytes {
            Some((s, end)) if kept.last().is_none_or(|k| k.1 <= s) => {
                kept.push((s, end, e.label.as_str()))
            }
            _ => left_out.push(i),
        }
    }
    let tokens = scoreline_text::tokenize(text);
    let sentence_starts: Vec<usize> = scoreline_text::sentences(text, &tokens)
        .iter()
        .map(|s| s.start_byte as usize)
        .collect();
    let mut cuts: Vec<usize> = kept.iter().flat_map(|k| [k.0, k.1]).collect();
    cuts.sort_unstable();
    let mut out = String::new();
    let mut entity = 0;
    let mut first = true;
    for token in &tokens {
        let (start, end) = (token.start as usize, token.end as usize);
        let inner = cuts.iter().copied().filter(|&c| c > start && c < end);
        let mut from = start;
        for to in inner.chain([end]) {
            while kept.get(entity).is_some_and(|k| k.1 <= from) {
                entity += 1;
            }
            let inside = kept.get(entity).filter(|k| k.0 <= from);
            let breaks =
                sentence_starts.binary_search(&from).is_ok() && inside.is_none_or(|k| k.0 == from);
            if breaks && !first {
                out.push('\n');
            }
            first = false;
            let tag = match inside {
                Some(k) if k.0 == from => format!("B-{}", k.2),
                Some(k) => format!("I-{}", k.2),
                None => "O".to_owned(),
            };
            out.push_str(&text[from..to]);
            out.push('\t');
            out.push_str(&tag);
            out.push('\n');
            from = to;
        }
    }
    out.push('\n');
    (out, left_out)
}
