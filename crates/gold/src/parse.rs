//! One authoring file (AUTHORING.md §1) to a checked [`Article`]: header,
//! text with marks, records. The document is then passed, as JSON, through
//! the very validator the loader uses (`scoreline_core::validate::document`),
//! so gold built from sources cannot differ from what the loader accepts; the
//! authoring rules the spec does not have are checked on top. Every problem
//! names the file and the 1-based line of the source, and all are collected.

use crate::article::{word_count, Article, Meta, WORDS_MAX, WORDS_MIN};
use crate::consistency::{self, AtLine};
use crate::marks::{self, Mark};
use crate::records::{self, GoalRecord, MatchRecord, Record};
use crate::vocab::{self, Kind};
use scoreline_core::{validate, Item, Lang, Location, Problem};
use serde_json::{json, Value};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// What checking one file found: the header id (for cross-file checks, even
/// when the file has problems), the article if it is clean, and the problems.
#[derive(Debug, Clone)]
pub struct Checked {
    pub path: PathBuf,
    /// The `id:` value and its line.
    pub id: Option<(String, usize)>,
    pub article: Option<Article>,
    pub problems: Vec<Problem>,
}

/// The line that separates the three parts of a file.
const SEPARATOR: &str = "---";
const HEADER_KEYS: &[&str] = &["id", "lang", "date", "kind", "tags", "note"];

/// Reads and checks one file.
pub fn parse_file(path: &Path) -> Checked {
    match std::fs::read(path) {
        Ok(bytes) => parse_source(path, &bytes),
        Err(e) => Checked {
            path: path.to_owned(),
            id: None,
            article: None,
            problems: vec![Problem::new(
                Location {
                    file: path.to_owned(),
                    line: None,
                },
                format!("cannot read: {e}"),
            )],
        },
    }
}

/// Checks the contents of one file; `path` names it in problems and gives
/// the folder (the language) and the file name (the id).
pub fn parse_source(path: &Path, bytes: &[u8]) -> Checked {
    let mut p = Parser {
        path,
        problems: Vec::new(),
    };
    let checked = |p: Parser<'_>, id, article| {
        let mut problems = p.problems;
        problems.sort_by_key(|x| x.location.line);
        Checked {
            path: path.to_owned(),
            id,
            article,
            problems,
        }
    };
    let source = match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|b| **b == b'\n')
                .count()
                + 1;
            p.at(
                line,
                format!("not valid UTF-8 (at byte {})", e.valid_up_to()),
            );
            return checked(p, None, None);
        }
    };
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let lines: Vec<&str> = source.lines().collect();
    let parts = p.split(&lines);
    let header = p.header(&lines[..parts.header_end]);
    let id = header.get("id").map(|(v, l)| (v.clone(), *l));
    let text = p.text(&lines, parts.text.clone());
    let recs = p.records(&lines, parts.records.clone());
    let meta = p.meta(&header, parts.text.start);
    // The first line of the text (the line after the first `---`).
    p.word_count(&text.text, parts.text.start + 1);
    for (line, msg) in consistency::check(&text.marks, &recs.matches, &recs.goals) {
        p.at(line, msg);
    }
    let value = spec_value(&header, &text, &recs);
    let location = Location {
        file: path.to_owned(),
        line: None,
    };
    let document = match validate::document(value, &location) {
        Ok(doc) => Some(doc),
        Err(problems) => {
            for problem in problems {
                p.place_core_problem(problem, &header, &text.marks, &recs);
            }
            None
        }
    };
    let article = match (document, meta) {
        (Some(document), Some(meta)) if p.problems.is_empty() => Some(Article {
            path: path.to_owned(),
            document,
            meta,
        }),
        _ => None,
    };
    checked(p, id, article)
}

/// The document as the spec's JSON, for the loader's validator. Header
/// values go in as written, so that the validator judges `lang` and `date`.
fn spec_value(header: &Header, text: &Text, recs: &Records) -> Value {
    json!({
        "id": header.get("id").map(|(v, _)| v.as_str()),
        "lang": header.get("lang").map(|(v, _)| v.as_str()),
        "date": header.get("date").map(|(v, _)| v.as_str()).filter(|d| *d != "-"),
        "text": text.text,
        "entities": text.marks.iter().map(|m| json!({
            "start": m.item.start, "end": m.item.end, "label": m.item.label,
            "text": m.item.surface, "ref": m.item.reference,
        })).collect::<Vec<_>>(),
        "matches": recs.matches.iter().map(|m| json!({
            "id": m.item.id, "teams": m.item.teams, "score": m.item.score,
            "penalties": m.item.penalties, "competition": m.item.competition, "venue": m.item.venue,
        })).collect::<Vec<_>>(),
        "goals": recs.goals.iter().map(|g| json!({
            "match": g.item.match_id, "scorer": g.item.scorer, "team": g.item.team,
            "minute": g.item.minute, "stoppage": g.item.stoppage, "kind": g.item.kind,
        })).collect::<Vec<_>>(),
    })
}

/// Where the parts of a file are, as line index ranges.
struct Parts {
    header_end: usize,
    text: std::ops::Range<usize>,
    records: std::ops::Range<usize>,
}

/// The header: each key's value and 1-based line.
type Header = HashMap<&'static str, (String, usize)>;

struct Text {
    text: String,
    marks: Vec<AtLine<Mark>>,
}

#[derive(Default)]
struct Records {
    matches: Vec<AtLine<MatchRecord>>,
    goals: Vec<AtLine<GoalRecord>>,
    /// Ids of match lines that did not parse: goals pointing at them are
    /// not reported again as pointing nowhere.
    broken_matches: HashSet<String>,
}

struct Parser<'a> {
    path: &'a Path,
    problems: Vec<Problem>,
}

impl Parser<'_> {
    fn at(&mut self, line: usize, message: impl Into<String>) {
        self.problems.push(Problem::new(
            Location {
                file: self.path.to_owned(),
                line: Some(line),
            },
            message,
        ));
    }

    fn split(&mut self, lines: &[&str]) -> Parts {
        let seps: Vec<usize> = (0..lines.len())
            .filter(|&i| lines[i] == SEPARATOR)
            .collect();
        match seps.as_slice() {
            [] => {
                self.at(
                    1,
                    "no `---` line: a file is a header, `---`, the text, `---`, the records",
                );
                Parts {
                    header_end: lines.len(),
                    text: lines.len()..lines.len(),
                    records: lines.len()..lines.len(),
                }
            }
            [one] => {
                self.at(
                    lines.len().max(1),
                    "only one `---` line: a file is a header, `---`, the text, `---`, the records \
                     (the second `---` is needed even when there are no records)",
                );
                Parts {
                    header_end: *one,
                    text: one + 1..lines.len(),
                    records: lines.len()..lines.len(),
                }
            }
            [first, middle @ .., last] => {
                for m in middle {
                    self.at(
                        m + 1,
                        "a line that is exactly `---` inside the text (only two such lines may appear, around the text)",
                    );
                }
                Parts {
                    header_end: *first,
                    text: first + 1..*last,
                    records: last + 1..lines.len(),
                }
            }
        }
    }

    fn header(&mut self, lines: &[&str]) -> Header {
        let mut header = Header::new();
        for (i, line) in lines.iter().enumerate() {
            let n = i + 1;
            if line.trim().is_empty() {
                continue;
            }
            let Some((key, value)) = line.split_once(':') else {
                self.at(n, format!("a header line is `key: value`, found {line:?}"));
                continue;
            };
            let key = key.trim();
            let Some(key) = HEADER_KEYS.iter().copied().find(|k| *k == key) else {
                self.at(
                    n,
                    format!(
                        "unknown header key {key:?} (known: {})",
                        HEADER_KEYS.join(", ")
                    ),
                );
                continue;
            };
            if let Some((_, first)) = header.get(key) {
                let first = *first;
                self.at(
                    n,
                    format!("header key `{key}` is given twice (first on line {first})"),
                );
                continue;
            }
            header.insert(key, (value.trim().to_owned(), n));
        }
        header
    }

    /// Authoring rules of the header (§1) beyond what the spec validator
    /// checks (it checks `lang` and `date` itself, see [`Self::place_core_problem`]).
    fn meta(&mut self, header: &Header, text_start: usize) -> Option<Meta> {
        let end_of_header = text_start.max(1);
        for key in ["id", "lang", "kind"] {
            if !header.contains_key(key) {
                self.at(end_of_header, format!("the header has no `{key}:` line"));
            }
        }
        let lang = header.get("lang").and_then(|(v, line)| match v.parse::<Lang>() {
            Ok(Lang::Und) => {
                self.at(*line, "lang `und` is not for gold articles (expected one of en de nl es fr it pt)");
                None
            }
            Ok(lang) => Some(lang),
            // The spec validator reports unknown languages.
            Err(_) => None,
        });
        if let (Some(lang), Some(folder)) = (lang, self.folder()) {
            if folder != lang.code() {
                let line = header.get("lang").map_or(1, |(_, l)| *l);
                self.at(
                    line,
                    format!("lang is {lang} but the file is in folder {folder:?}"),
                );
            }
        }
        let kind = header
            .get("kind")
            .and_then(|(v, line)| v.parse::<Kind>().map_err(|e| self.at(*line, e)).ok());
        if let Some((id, line)) = header.get("id") {
            self.id(id, *line, lang, kind);
        }
        let tags = match header.get("tags") {
            None => Some(Vec::new()),
            Some((v, line)) => self.tags(v, *line),
        };
        let note = header
            .get("note")
            .map(|(v, _)| v.clone())
            .filter(|v| !v.is_empty());
        Some(Meta {
            kind: kind?,
            tags: tags?,
            note,
        })
    }

    fn folder(&self) -> Option<&str> {
        self.path.parent()?.file_name()?.to_str()
    }

    fn id(&mut self, id: &str, line: usize, lang: Option<Lang>, kind: Option<Kind>) {
        if id.is_empty()
            || !id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            self.at(
                line,
                format!("id {id:?} must be lower case ASCII letters, digits and `-` only"),
            );
        }
        // With a bad `lang` or `kind` (reported on their own lines), the
        // prefix is still checked as far as it is known.
        let prefix = match (lang, kind) {
            (Some(lang), Some(kind)) => format!("{lang}-{kind}-"),
            (Some(lang), None) => format!("{lang}-"),
            (None, _) => String::new(),
        };
        match id.strip_prefix(&prefix) {
            Some(slug) if !slug.is_empty() && !slug.starts_with('-') && !slug.ends_with('-') => {}
            _ => self.at(line, format!("id {id:?} must be `<lang>-<kind>-<slug>` with lang and kind as in the header, here `{prefix}<slug>`")),
        }
        let stem = self.path.file_stem().and_then(|s| s.to_str());
        if stem != Some(id) || self.path.extension().and_then(|e| e.to_str()) != Some("txt") {
            self.at(
                line,
                format!("the file must be named `{id}.txt` after its id"),
            );
        }
    }

    fn tags(&mut self, value: &str, line: usize) -> Option<Vec<&'static str>> {
        let mut tags = Vec::new();
        let before = self.problems.len();
        if value.is_empty() {
            return Some(tags);
        }
        for raw in value.split(',').map(str::trim) {
            match vocab::tag(raw) {
                Some(t) if tags.contains(&t) => self.at(line, format!("tag `{t}` is given twice")),
                Some(t) => tags.push(t),
                None if raw.is_empty() => {
                    self.at(line, "empty tag (two commas, or a comma at an end)")
                }
                None => {
                    let hint = vocab::tag(&raw.to_lowercase().replace(['_', ' '], "-"))
                        .map(|t| format!("; did you mean `{t}`?"))
                        .unwrap_or_default();
                    self.at(
                        line,
                        format!(
                            "unknown tag {raw:?} (the tags are listed in AUTHORING.md §4{hint})"
                        ),
                    );
                }
            }
        }
        (self.problems.len() == before).then_some(tags)
    }

    /// The text part: marks removed, lines joined with `\n`, trailing empty
    /// lines dropped (AUTHORING.md §1), each mark's span made absolute.
    fn text(&mut self, lines: &[&str], range: std::ops::Range<usize>) -> Text {
        let mut end = range.end;
        while end > range.start && lines[end - 1].trim().is_empty() {
            end -= 1;
        }
        let mut text = String::new();
        let mut chars = 0usize;
        let mut marks = Vec::new();
        for (i, line) in lines.iter().enumerate().take(end).skip(range.start) {
            let n = i + 1;
            if i > range.start {
                text.push('\n');
                chars += 1;
            }
            let parsed = marks::parse_line(line);
            for e in parsed.errors {
                self.at(n, e);
            }
            for mut m in parsed.marks {
                m.start += chars;
                m.end += chars;
                marks.push(AtLine { line: n, item: m });
            }
            chars += parsed.text.chars().count();
            text.push_str(&parsed.text);
        }
        Text { text, marks }
    }

    fn records(&mut self, lines: &[&str], range: std::ops::Range<usize>) -> Records {
        let mut out = Records::default();
        for i in range {
            let line = lines[i].trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            match records::parse(line) {
                Ok(Record::Match(m)) => out.matches.push(AtLine {
                    line: i + 1,
                    item: m,
                }),
                Ok(Record::Goal(g)) => out.goals.push(AtLine {
                    line: i + 1,
                    item: g,
                }),
                Err(broken) => {
                    out.broken_matches.extend(broken.match_id);
                    for e in broken.errors {
                        self.at(i + 1, e);
                    }
                }
            }
        }
        out
    }

    fn word_count(&mut self, text: &str, line: usize) {
        let words = word_count(text);
        if !(WORDS_MIN..=WORDS_MAX).contains(&words) {
            self.at(
                line,
                format!("the text has {words} words; an article has {WORDS_MIN}–{WORDS_MAX}"),
            );
        }
    }

    /// Places a problem of the spec validator on the source line it is about:
    /// the mark of an entity, the line of a record, the header line of a key.
    fn place_core_problem(
        &mut self,
        problem: Problem,
        header: &Header,
        marks: &[AtLine<Mark>],
        recs: &Records,
    ) {
        let line = match problem.item {
            Some(Item::Entity(i)) => marks.get(i).map(|m| m.line),
            Some(Item::Match(i)) => recs.matches.get(i).map(|m| m.line),
            Some(Item::Goal(i)) => {
                let goal = recs.goals.get(i);
                if goal
                    .and_then(|g| g.item.match_id.as_ref())
                    .is_some_and(|id| recs.broken_matches.contains(id))
                {
                    return;
                }
                goal.map(|g| g.line)
            }
            None => {
                // Document-level messages start with the field they are about.
                let key = ["id", "lang", "date", "text"]
                    .into_iter()
                    .find(|k| problem.message.contains(&format!("`{k}`")))
                    .or_else(|| {
                        problem
                            .message
                            .starts_with("unknown language")
                            .then_some("lang")
                    });
                match key.map(|k| header.get(k)) {
                    Some(Some((_, line))) => Some(*line),
                    // A missing `id:` or `lang:` is already reported by `meta`.
                    Some(None) if key != Some("text") && key != Some("date") => return,
                    _ => None,
                }
            }
        };
        self.at(line.unwrap_or(1), problem.message);
    }
}
