//! Inline entity marks of one text line: `[[surface|LABEL]]` and
//! `[[surface|LABEL|ref]]`. The marks are removed; what is left is the line
//! of the document text, and each mark becomes a span over it in code points.

use scoreline_core::Label;

/// One mark, with its span in code points from the start of its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    pub surface: String,
    pub reference: String,
}

/// A line with its marks removed, the marks, and what was wrong with them.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct MarkedLine {
    pub text: String,
    pub marks: Vec<Mark>,
    pub errors: Vec<String>,
}

/// Parses the marks of one line. A malformed mark is reported and its raw
/// characters are left in the text, so that the rest of the line (and the
/// offsets of later marks) still make sense.
pub fn parse_line(line: &str) -> MarkedLine {
    let mut out = MarkedLine::default();
    // Code points pushed so far; counted as we go rather than recounted.
    let mut chars = 0usize;
    let mut rest = line;
    while let Some(at) = next_token(rest) {
        let (before, from) = rest.split_at(at);
        push(&mut out.text, &mut chars, before);
        if let Some(after) = from.strip_prefix('|') {
            out.errors.push(format!(
                "stray `|` outside a mark (after {:?}); the text may contain `|` only inside [[…]]",
                tail(&out.text)
            ));
            push(&mut out.text, &mut chars, "|");
            rest = after;
        } else if let Some(after) = from.strip_prefix("]]") {
            out.errors.push(format!(
                "`]]` without an opening `[[` (after {:?})",
                tail(&out.text)
            ));
            push(&mut out.text, &mut chars, "]]");
            rest = after;
        } else {
            let inner_and_rest = &from[2..];
            let close = inner_and_rest.find("]]");
            let reopen = inner_and_rest.find("[[");
            let closes_first = match (close, reopen) {
                (Some(c), Some(r)) => c < r,
                (Some(_), None) => true,
                (None, _) => false,
            };
            match close {
                Some(c) if closes_first => {
                    let inner = &inner_and_rest[..c];
                    match mark(inner, chars) {
                        Ok(m) => {
                            push(&mut out.text, &mut chars, &m.surface);
                            out.marks.push(m);
                        }
                        Err(e) => {
                            out.errors.push(format!("{e} in [[{inner}]]"));
                            push(&mut out.text, &mut chars, inner);
                        }
                    }
                    rest = &inner_and_rest[c + 2..];
                }
                Some(_) => {
                    let upto = reopen.unwrap_or(0);
                    out.errors.push(format!(
                        "`[[` not closed before the next `[[` (at [[{}…); marks cannot nest",
                        &inner_and_rest[..upto]
                    ));
                    // Up to the next `[[` is raw text: its `|` belong to the broken mark.
                    push(&mut out.text, &mut chars, &from[..2 + upto]);
                    rest = &inner_and_rest[upto..];
                }
                None => {
                    out.errors.push(format!(
                        "`[[` is not closed by `]]` on this line (at [[{})",
                        head(inner_and_rest)
                    ));
                    push(&mut out.text, &mut chars, from);
                    rest = "";
                }
            }
        }
    }
    push(&mut out.text, &mut chars, rest);
    out
}

/// Byte offset of the next `[[`, `]]` or `|`, whichever comes first.
fn next_token(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    (0..b.len()).find(|&i| {
        b[i] == b'|' || (i + 1 < b.len() && (b[i..i + 2] == *b"[[" || b[i..i + 2] == *b"]]"))
    })
}

fn push(text: &mut String, chars: &mut usize, s: &str) {
    text.push_str(s);
    *chars += s.chars().count();
}

/// The inside of one mark, `surface|LABEL` or `surface|LABEL|ref`.
fn mark(inner: &str, start: usize) -> Result<Mark, String> {
    let parts: Vec<&str> = inner.split('|').collect();
    let (surface, label, reference) = match parts.as_slice() {
        [s, l] => (*s, l.trim(), s.trim()),
        [s, l, r] => (*s, l.trim(), r.trim()),
        _ => {
            return Err(format!(
                "a mark is [[surface|LABEL]] or [[surface|LABEL|ref]], found {} part(s) separated by `|`",
                parts.len()
            ))
        }
    };
    if surface.trim().is_empty() {
        return Err("empty surface".to_owned());
    }
    // A span never starts or ends with white space: the name is what is marked.
    if surface.trim() != surface {
        return Err(format!(
            "the surface {surface:?} has white space at its start or end"
        ));
    }
    let label: Label = label.parse()?;
    if reference.is_empty() {
        return Err("empty ref".to_owned());
    }
    let end = start + surface.chars().count();
    Ok(Mark {
        start,
        end,
        label,
        surface: surface.to_owned(),
        reference: reference.to_owned(),
    })
}

/// The last few characters of `s`, to say where on a line something is.
fn tail(s: &str) -> String {
    let n = s.chars().count();
    s.chars().skip(n.saturating_sub(20)).collect()
}

/// The first few characters of `s`.
fn head(s: &str) -> String {
    let mut h: String = s.chars().take(30).collect();
    if s.chars().count() > 30 {
        h.push('…');
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_removed_and_spans_count_code_points() {
        let l = parse_line("Ein Tor von [[Müllers|PLAYER|Thomas Müller]] für [[Bayern|CLUB]].");
        assert_eq!(l.text, "Ein Tor von Müllers für Bayern.");
        assert!(l.errors.is_empty(), "{:?}", l.errors);
        assert_eq!(l.marks.len(), 2);
        let chars: Vec<char> = l.text.chars().collect();
        for m in &l.marks {
            assert_eq!(chars[m.start..m.end].iter().collect::<String>(), m.surface);
        }
        assert_eq!(l.marks[0].reference, "Thomas Müller");
        assert_eq!(l.marks[1].reference, "Bayern");
        assert_eq!((l.marks[1].start, l.marks[1].end), (24, 30));
    }

    #[test]
    fn malformed_marks_are_all_reported() {
        let l = parse_line("a | b ]] c [[X|PLAYR]] d [[Y|CLUB e [[Z|CLUB]] f [[|CLUB]] [[W]]");
        assert_eq!(l.errors.len(), 6, "{:#?}", l.errors);
        assert!(l.errors[0].starts_with("stray `|`"));
        assert!(l.errors[1].starts_with("`]]` without an opening `[[`"));
        assert!(
            l.errors[2].starts_with("unknown label \"PLAYR\""),
            "{:?}",
            l.errors[2]
        );
        assert!(l.errors[2].ends_with("in [[X|PLAYR]]"));
        assert!(l.errors[3].contains("not closed before the next `[[`"));
        assert!(l.errors[4].contains("empty surface"));
        assert!(l.errors[5].contains("found 1 part(s)"));
        // The well-formed mark after the broken one is still found.
        assert_eq!(l.marks.len(), 1);
        assert_eq!(l.marks[0].surface, "Z");
    }

    #[test]
    fn unclosed_mark_at_end_of_line() {
        let l = parse_line("[[Messi|PLAYER");
        assert_eq!(l.errors.len(), 1);
        assert!(l.errors[0].contains("not closed by `]]` on this line"));
    }
}
