//! Turns one parsed JSON value into a [`Document`], checking every rule of the
//! spec on the way and collecting all problems rather than stopping at the
//! first: offsets inside the text, `text[start:end]` equal to the entity's
//! text, known labels, unique ids, goal `match` ids that exist, non-empty
//! teams and scorers, scores of two non-negative integers.

use crate::model::{Document, Entity, Goal, GoalKind, Label, Lang, Match};
use crate::offsets::CharIndex;
use crate::problem::{Item, Location, Problem};
use serde_json::{Map, Value};
use std::collections::HashSet;

/// Fields the spec defines; everything else is kept as `extra`.
const DOC_FIELDS: &[&str] = &["id", "lang", "date", "text", "entities", "matches", "goals"];
const ENTITY_FIELDS: &[&str] = &["start", "end", "label", "text", "ref"];
const MATCH_FIELDS: &[&str] = &["id", "teams", "score", "penalties", "competition", "venue"];
const GOAL_FIELDS: &[&str] = &["match", "scorer", "team", "minute", "stoppage", "kind"];

/// Validates one document value. `Ok` only when nothing is wrong.
pub fn document(value: Value, location: &Location) -> Result<Document, Vec<Problem>> {
    let Value::Object(mut obj) = value else {
        return Err(vec![Problem::new(
            location.clone(),
            "a document must be a JSON object",
        )]);
    };
    let doc_id = match obj.get("id") {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.clone()),
        _ => None,
    };
    let mut cx = Checker {
        location,
        doc_id: doc_id.as_deref(),
        problems: Vec::new(),
    };
    if doc_id.is_none() {
        cx.report(None, "`id` must be a non-empty string");
    }
    let lang = match obj.get("lang") {
        Some(Value::String(s)) => s.parse::<Lang>().map_err(|e| cx.report(None, e)).ok(),
        _ => {
            cx.report(None, "`lang` must be a language code string");
            None
        }
    };
    let date = match obj.get("date") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if is_iso_date(s) => Some(s.clone()),
        Some(other) => {
            cx.report(
                None,
                format!("`date` must be YYYY-MM-DD or null, found {other}"),
            );
            None
        }
    };
    let text = match obj.remove("text") {
        Some(Value::String(s)) => Some(s),
        _ => {
            cx.report(None, "`text` must be a string");
            None
        }
    };
    let ix = text.as_deref().map(CharIndex::new);
    let entities = cx.list(&mut obj, "entities", |cx, i, v| {
        cx.entity(i, v, ix.as_ref())
    });
    // Goal references are checked against every match id written, so that a
    // match with a bad score does not also make its goals' references fail.
    let written_ids: Vec<String> = match obj.get("matches") {
        Some(Value::Array(ms)) => ms
            .iter()
            .filter_map(|m| m.get("id")?.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    };
    let match_ids: HashSet<&str> = written_ids.iter().map(String::as_str).collect();
    let matches = cx.list(&mut obj, "matches", |cx, i, v| cx.a_match(i, v));
    let mut seen = HashSet::new();
    for (i, m) in matches.iter().enumerate() {
        if !seen.insert(m.id.as_str()) {
            cx.report(
                Some(Item::Match(i)),
                format!("match id {:?} is used twice", m.id),
            );
        }
    }
    let goals = cx.list(&mut obj, "goals", |cx, i, v| cx.goal(i, v, &match_ids));
    let problems = cx.problems;
    match (doc_id, lang, text) {
        (Some(id), Some(lang), Some(text)) if problems.is_empty() => Ok(Document {
            id,
            lang,
            date,
            text,
            entities,
            matches,
            goals,
            extra: extra_fields(obj, DOC_FIELDS),
        }),
        _ => Err(problems),
    }
}

struct Checker<'a> {
    location: &'a Location,
    doc_id: Option<&'a str>,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn report(&mut self, item: Option<Item>, message: impl Into<String>) {
        let mut p = Problem::new(self.location.clone(), message).in_doc(self.doc_id);
        p.item = item;
        self.problems.push(p);
    }

    /// Decodes an optional array field, each element with `each`.
    fn list<T>(
        &mut self,
        obj: &mut Map<String, Value>,
        key: &str,
        mut each: impl FnMut(&mut Self, usize, Value) -> Option<T>,
    ) -> Vec<T> {
        match obj.remove(key) {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => items
                .into_iter()
                .enumerate()
                .filter_map(|(i, v)| each(self, i, v))
                .collect(),
            Some(_) => {
                self.report(None, format!("`{key}` must be an array"));
                Vec::new()
            }
        }
    }

    fn entity(&mut self, i: usize, v: Value, ix: Option<&CharIndex<'_>>) -> Option<Entity> {
        let item = Some(Item::Entity(i));
        let Value::Object(obj) = v else {
            self.report(item, "must be a JSON object");
            return None;
        };
        let before = self.problems.len();
        let start = self.count(&obj, "start", item);
        let end = self.count(&obj, "end", item);
        let label = match obj.get("label") {
            Some(Value::String(s)) => s.parse::<Label>().map_err(|e| self.report(item, e)).ok(),
            _ => {
                self.report(item, "`label` must be a string");
                None
            }
        };
        let text = self.string(&obj, "text", item);
        let reference = self.optional_string(&obj, "ref", item);
        if let (Some(start), Some(end), Some(text), Some(ix)) = (start, end, text.as_deref(), ix) {
            let len = ix.char_len();
            if start >= end {
                self.report(item, format!("start {start} must be less than end {end}"));
            } else if end > len {
                self.report(
                    item,
                    format!("span {start}..{end} ends past the text ({len} code points)"),
                );
            } else if let Some(found) = ix.slice(start, end) {
                if found != text {
                    self.report(
                        item,
                        format!(
                            "text[{start}:{end}] is {found:?}, but the entity's text is {text:?}"
                        ),
                    );
                }
            }
        }
        if self.problems.len() > before {
            return None;
        }
        Some(Entity {
            start: start?,
            end: end?,
            label: label?,
            text: text?,
            reference,
            extra: extra_fields(obj, ENTITY_FIELDS),
        })
    }

    fn a_match(&mut self, i: usize, v: Value) -> Option<Match> {
        let item = Some(Item::Match(i));
        let Value::Object(obj) = v else {
            self.report(item, "must be a JSON object");
            return None;
        };
        let before = self.problems.len();
        let id = self.string(&obj, "id", item);
        let teams = match obj.get("teams") {
            Some(Value::Array(t)) if t.len() == 2 => match (&t[0], &t[1]) {
                (Value::String(a), Value::String(b))
                    if !a.trim().is_empty() && !b.trim().is_empty() =>
                {
                    Some([a.clone(), b.clone()])
                }
                _ => {
                    self.report(item, "`teams` must be two non-empty strings");
                    None
                }
            },
            _ => {
                self.report(item, "`teams` must be an array of two team names");
                None
            }
        };
        let score = self.pair(&obj, "score", item);
        let penalties = self.pair(&obj, "penalties", item);
        if matches!((&score, &penalties), (Some(None), Some(None))) {
            self.report(
                item,
                "a match needs a `score` or a `penalties` score (both are null)",
            );
        }
        let competition = self.optional_string(&obj, "competition", item);
        let venue = self.optional_string(&obj, "venue", item);
        if self.problems.len() > before {
            return None;
        }
        Some(Match {
            id: id?,
            teams: teams?,
            score: score?,
            penalties: penalties?,
            competition,
            venue,
            extra: extra_fields(obj, MATCH_FIELDS),
        })
    }

    fn goal(&mut self, i: usize, v: Value, match_ids: &HashSet<&str>) -> Option<Goal> {
        let item = Some(Item::Goal(i));
        let Value::Object(obj) = v else {
            self.report(item, "must be a JSON object");
            return None;
        };
        let before = self.problems.len();
        let match_id = self.optional_string(&obj, "match", item);
        if let Some(id) = &match_id {
            if !match_ids.contains(id.as_str()) {
                self.report(
                    item,
                    format!("`match` {id:?} is not the id of a match of this document"),
                );
            }
        }
        let scorer = self.string(&obj, "scorer", item);
        let team = self.optional_string(&obj, "team", item);
        let minute = self.optional_count(&obj, "minute", item);
        let stoppage = self.optional_count(&obj, "stoppage", item);
        if matches!((minute, stoppage), (Some(None), Some(Some(_)))) {
            self.report(item, "`stoppage` is set but `minute` is null");
        }
        let kind = match obj.get("kind") {
            None | Some(Value::Null) => Some(GoalKind::Regular),
            Some(Value::String(s)) => s.parse::<GoalKind>().map_err(|e| self.report(item, e)).ok(),
            Some(_) => {
                self.report(item, "`kind` must be a string");
                None
            }
        };
        if self.problems.len() > before {
            return None;
        }
        Some(Goal {
            match_id,
            scorer: scorer?,
            team,
            minute: minute?,
            stoppage: stoppage?,
            kind: kind?,
            extra: extra_fields(obj, GOAL_FIELDS),
        })
    }

    /// A required non-empty string.
    fn string(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        item: Option<Item>,
    ) -> Option<String> {
        match obj.get(key) {
            Some(Value::String(s)) if !s.trim().is_empty() => Some(s.clone()),
            Some(Value::String(_)) => {
                self.report(item, format!("`{key}` must not be empty"));
                None
            }
            _ => {
                self.report(item, format!("`{key}` must be a string"));
                None
            }
        }
    }

    /// An optional string: absent or null is `None`; empty is a problem.
    fn optional_string(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        item: Option<Item>,
    ) -> Option<String> {
        match obj.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) if !s.trim().is_empty() => Some(s.clone()),
            Some(Value::String(_)) => {
                self.report(item, format!("`{key}` must be null or a non-empty string"));
                None
            }
            Some(other) => {
                self.report(
                    item,
                    format!("`{key}` must be a string or null, found {other}"),
                );
                None
            }
        }
    }

    /// A required non-negative integer.
    fn count(&mut self, obj: &Map<String, Value>, key: &str, item: Option<Item>) -> Option<usize> {
        match obj
            .get(key)
            .and_then(Value::as_u64)
            .and_then(|n| usize::try_from(n).ok())
        {
            Some(n) => Some(n),
            None => {
                let found = obj.get(key).map_or("nothing".to_owned(), Value::to_string);
                self.report(
                    item,
                    format!("`{key}` must be a non-negative integer, found {found}"),
                );
                None
            }
        }
    }

    /// `Some(None)` for absent/null, `Some(Some(n))` for a small non-negative
    /// integer, `None` (with a problem) otherwise.
    fn optional_count(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        item: Option<Item>,
    ) -> Option<Option<u32>> {
        match obj.get(key) {
            None | Some(Value::Null) => Some(None),
            Some(v) => match v.as_u64().and_then(|n| u32::try_from(n).ok()) {
                Some(n) => Some(Some(n)),
                None => {
                    self.report(
                        item,
                        format!("`{key}` must be a non-negative integer or null, found {v}"),
                    );
                    None
                }
            },
        }
    }

    /// A score: null, or an array of two non-negative integers.
    fn pair(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        item: Option<Item>,
    ) -> Option<Option<[u32; 2]>> {
        match obj.get(key) {
            None | Some(Value::Null) => Some(None),
            Some(Value::Array(a)) if a.len() == 2 => {
                let n = |v: &Value| v.as_u64().and_then(|n| u32::try_from(n).ok());
                match (n(&a[0]), n(&a[1])) {
                    (Some(x), Some(y)) => Some(Some([x, y])),
                    _ => {
                        self.report(
                            item,
                            format!(
                                "`{key}` must hold two non-negative integers, found {}",
                                Value::Array(a.clone())
                            ),
                        );
                        None
                    }
                }
            }
            Some(other) => {
                self.report(item, format!("`{key}` must be null or an array of two non-negative integers, found {other}"));
                None
            }
        }
    }
}

fn extra_fields(mut obj: Map<String, Value>, known: &[&str]) -> Map<String, Value> {
    obj.retain(|k, _| !known.contains(&k.as_str()));
    obj
}

/// `YYYY-MM-DD` with a plausible month and day.
fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        s.get(r)
            .filter(|p| p.bytes().all(|c| c.is_ascii_digit()))?
            .parse()
            .ok()
    };
    matches!(
        (digits(0..4), digits(5..7), digits(8..10)),
        (Some(_), Some(m), Some(d)) if (1..=12).contains(&m) && (1..=31).contains(&d)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn loc() -> Location {
        Location {
            file: "gold.jsonl".into(),
            line: Some(7),
        }
    }

    fn messages(v: Value) -> Vec<String> {
        match document(v, &loc()) {
            Ok(_) => Vec::new(),
            Err(ps) => ps.iter().map(ToString::to_string).collect(),
        }
    }

    fn base() -> Value {
        json!({
            "id": "d1", "lang": "de", "date": null,
            "text": "Müllers Tor für Bayern",
            "entities": [
                {"start": 0, "end": 7, "label": "PLAYER", "text": "Müllers", "ref": "Thomas Müller"},
                {"start": 16, "end": 22, "label": "CLUB", "text": "Bayern"}
            ],
            "matches": [{"id": "m1", "teams": ["Bayern", "Mainz"], "score": [1, 0], "penalties": null}],
            "goals": [{"match": "m1", "scorer": "Thomas Müller", "team": "Bayern", "minute": 45, "stoppage": 1, "kind": "regular"}]
        })
    }

    #[test]
    fn a_valid_document_passes_with_code_point_offsets() {
        let doc = document(base(), &loc()).map_err(|p| p.len());
        assert!(doc.is_ok(), "{:?}", messages(base()));
    }

    #[test]
    fn corrupted_offset_names_file_line_document_and_entity() {
        let mut v = base();
        v["entities"][1]["start"] = json!(15);
        assert_eq!(
            messages(v),
            vec![
                r#"gold.jsonl:7: document "d1": entity 1: text[15:22] is " Bayern", but the entity's text is "Bayern""#
            ]
        );
    }

    #[test]
    fn span_past_the_end_and_reversed_spans() {
        let mut v = base();
        v["entities"][1]["end"] = json!(30);
        v["entities"][0]["start"] = json!(7);
        let m = messages(v);
        assert_eq!(m.len(), 2, "{m:?}");
        assert!(
            m[0].contains("entity 0: start 7 must be less than end 7"),
            "{m:?}"
        );
        assert!(
            m[1].contains("entity 1: span 16..30 ends past the text (22 code points)"),
            "{m:?}"
        );
    }

    #[test]
    fn all_problems_are_collected() {
        let mut v = base();
        v["lang"] = json!("ru");
        v["entities"][0]["label"] = json!("PERSON");
        v["matches"][0]["teams"] = json!(["Bayern", ""]);
        v["matches"][0]["score"] = json!([1, -1]);
        v["goals"][0]["match"] = json!("m9");
        v["goals"][0]["scorer"] = json!("");
        let m = messages(v);
        assert_eq!(m.len(), 6, "{m:#?}");
        assert!(m[0].contains("unknown language \"ru\""));
        assert!(m[1].contains("entity 0: unknown label \"PERSON\""));
        assert!(m[2].contains("match 0: `teams` must be two non-empty strings"));
        assert!(m[3].contains("match 0: `score` must hold two non-negative integers"));
        assert!(m[4].contains("goal 0: `match` \"m9\" is not the id of a match"));
        assert!(m[5].contains("goal 0: `scorer` must not be empty"));
    }

    #[test]
    fn score_shapes_and_stoppage_without_minute() {
        let mut v = base();
        v["matches"][0]["score"] = json!([1, 0, 2]);
        v["goals"][0]["minute"] = json!(null);
        let m = messages(v);
        assert_eq!(m.len(), 2, "{m:#?}");
        assert!(m[0].contains("`score` must be null or an array of two"));
        assert!(m[1].contains("`stoppage` is set but `minute` is null"));
    }

    #[test]
    fn shootout_only_match_is_valid_but_not_a_scoreless_one() {
        let mut v = base();
        v["matches"][0]["score"] = json!(null);
        v["matches"][0]["penalties"] = json!([4, 3]);
        assert!(messages(v.clone()).is_empty());
        v["matches"][0]["penalties"] = json!(null);
        assert!(messages(v)[0].contains("needs a `score` or a `penalties`"));
    }

    #[test]
    fn duplicate_match_ids_and_bad_dates() {
        let mut v = base();
        let m0 = v["matches"][0].clone();
        if let Some(a) = v["matches"].as_array_mut() {
            a.push(m0);
        }
        v["date"] = json!("2024-13-01");
        let m = messages(v);
        assert_eq!(m.len(), 2, "{m:#?}");
        assert!(m[0].contains("`date` must be YYYY-MM-DD"));
        assert!(m[1].contains("match 1: match id \"m1\" is used twice"));
    }

    #[test]
    fn extra_fields_are_kept() {
        let mut v = base();
        v["entities"][0]["confidence"] = json!(0.9);
        v["source"] = json!("wire");
        let doc = document(v, &loc()).ok();
        let doc = doc.as_ref();
        assert_eq!(
            doc.and_then(|d| d.entities[0].extra.get("confidence")),
            Some(&json!(0.9))
        );
        assert_eq!(
            doc.and_then(|d| d.extra.get("source")),
            Some(&json!("wire"))
        );
    }
}
