//! BRAT standoff: a document is a `.txt` file and an `.ann` file beside it,
//! named by the document id. Text-bound annotations (`T1<TAB>LABEL START
//! END<TAB>text`) become entities; relations, events, attributes, notes and
//! normalisations (`R`, `E`, `A`/`M`, `#`, `N` lines) are not entities and are
//! passed over. Offsets are code points of the `.txt` file, as brat's Python
//! server counts them; the span text written on the line is checked against
//! them. Discontinuous spans (`START END;START END`) have no spec equivalent
//! and are a problem. BRAT has no language or date: the language comes from
//! the importer (given or detected), the date is null.
//!
//! Written out: `ID.txt` and `ID.ann` per document in a directory, and an
//! `annotation.conf` declaring the five entity types (unless one exists) so
//! that brat can show the directory as it is.

use crate::build::{Draft, Importer, Span};
use crate::{whole, WriteError};
use scoreline_core::{Document, Label, Loaded, Location, Problem};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Reads one document from its `.ann` path (or its `.txt` path).
pub fn read(path: &Path, importer: &Importer, out: &mut Loaded) {
    let ann = path.with_extension("ann");
    let txt = path.with_extension("txt");
    let id = ann
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let read = |p: &PathBuf| {
        std::fs::read_to_string(p)
            .map_err(|e| Problem::new(whole(p), format!("cannot read: {e}")).in_doc(Some(&id)))
    };
    let (text, standoff) = match (read(&txt), read(&ann)) {
        (Ok(t), Ok(a)) => (t, a),
        (t, a) => {
            out.problems.extend(t.err());
            out.problems.extend(a.err());
            return;
        }
    };
    let mut spans = Vec::new();
    let mut problems = Vec::new();
    for (n, line) in standoff.lines().enumerate() {
        if !line.starts_with('T') {
            continue;
        }
        let location = Location {
            file: ann.clone(),
            line: Some(n + 1),
        };
        match text_bound(line, &text) {
            Ok(span) => spans.push(Span {
                line: Some(n + 1),
                ..span
            }),
            Err(m) => problems.push(Problem::new(location, m).in_doc(Some(&id))),
        }
    }
    if !problems.is_empty() {
        out.problems.extend(problems);
        return;
    }
    let draft = Draft {
        id: Some(id),
        lang: None,
        date: None,
        text,
        spans,
    };
    match importer.finish(draft, &whole(&ann)) {
        Ok(doc) => out.documents.push((whole(&ann), doc)),
        Err(ps) => out.problems.extend(ps),
    }
}

/// One `T` line: its span, checked against the text it quotes.
fn text_bound(line: &str, text: &str) -> Result<Span, String> {
    let mut fields = line.splitn(3, '\t');
    let (_, Some(what), quoted) = (fields.next(), fields.next(), fields.next()) else {
        return Err("a text-bound annotation needs `ID<TAB>LABEL START END<TAB>text`".to_owned());
    };
    if what.contains(';') {
        return Err(format!(
            "discontinuous span {what:?}: an entity of the spec is one continuous span"
        ));
    }
    let parts: Vec<&str> = what.split(' ').collect();
    let [label, start, end] = parts.as_slice() else {
        return Err(format!("expected `LABEL START END`, found {what:?}"));
    };
    let (Ok(start), Ok(end)) = (start.parse::<usize>(), end.parse::<usize>()) else {
        return Err(format!("offsets must be whole numbers, found {what:?}"));
    };
    let found = scoreline_core::CharIndex::new(text).slice(start, end);
    match (found, quoted) {
        (Some(found), Some(quoted)) if found != quoted => Err(format!(
            "span [{start}, {end}) is {found:?} in the .txt file, but the annotation quotes {quoted:?}"
        )),
        _ => Ok(Span {
            start,
            end,
            label: (*label).to_owned(),
            line: None,
        }),
    }
}

/// Writes each document as `ID.txt` and `ID.ann` under `dir` (created if
/// need be). A document whose id cannot be a file name is a problem and is
/// not written; an entity containing a line break (which brat writes as
/// fragments) is a problem and is left out of the `.ann` file.
pub fn write_dir(docs: &[(Location, Document)], dir: &Path) -> Result<Vec<Problem>, WriteError> {
    let file_error = |path: &Path| {
        let path = path.to_owned();
        move |source| WriteError::File { path, source }
    };
    std::fs::create_dir_all(dir).map_err(file_error(dir))?;
    let conf = dir.join("annotation.conf");
    if !conf.exists() {
        let mut s = String::from("[entities]\n");
        for l in Label::ALL {
            let _ = writeln!(s, "{l}");
        }
        s.push_str("[relations]\n[events]\n[attributes]\n");
        std::fs::write(&conf, s).map_err(file_error(&conf))?;
    }
    let mut problems = Vec::new();
    for (location, doc) in docs {
        if !is_file_name(&doc.id) {
            problems.push(
                Problem::new(
                    location.clone(),
                    "the document id cannot be a file name; not written",
                )
                .in_doc(Some(&doc.id)),
            );
            continue;
        }
        let mut ann = String::new();
        let mut n = 0;
        for (i, e) in doc.entities.iter().enumerate() {
            if e.text.contains(['\n', '\r']) {
                problems.push(
                    Problem::new(
                        location.clone(),
                        "the entity spans a line break, which brat writes in fragments; left out",
                    )
                    .in_doc(Some(&doc.id))
                    .at(scoreline_core::Item::Entity(i)),
                );
                continue;
            }
            n += 1;
            let _ = writeln!(ann, "T{n}\t{} {} {}\t{}", e.label, e.start, e.end, e.text);
        }
        let txt = dir.join(format!("{}.txt", doc.id));
        std::fs::write(&txt, &doc.text).map_err(file_error(&txt))?;
        let path = dir.join(format!("{}.ann", doc.id));
        std::fs::write(&path, ann).map_err(file_error(&path))?;
    }
    Ok(problems)
}

fn is_file_name(id: &str) -> bool {
    !id.is_empty()
        && id != "."
        && id != ".."
        && !id.contains(['/', '\\', '\0'])
        && !id.starts_with('.')
}
