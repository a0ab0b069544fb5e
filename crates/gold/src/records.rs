//! The record lines of an article's third part:
//!
//! ```text
//! match <id>: <team> | <team> | <score> [| penalties: a-b] [| competition: <ref>] [| venue: <ref>]
//! goal <match id or ->: <scorer> | <team> | <minute> [| <kind>]
//! ```
//!
//! Only the syntax is checked here; whether the refs name entities of the
//! right label is [`crate::consistency`]'s business, and what the spec says
//! about matches and goals is the core validator's.

use scoreline_core::GoalKind;

/// A `match` line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchRecord {
    pub id: String,
    pub teams: [String; 2],
    pub score: Option<[u32; 2]>,
    pub penalties: Option<[u32; 2]>,
    pub competition: Option<String>,
    pub venue: Option<String>,
}

/// A `goal` line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalRecord {
    /// `None` for `goal -:` (the goal's match has no stated score).
    pub match_id: Option<String>,
    pub scorer: String,
    pub team: String,
    pub minute: Option<u32>,
    pub stoppage: Option<u32>,
    pub kind: GoalKind,
}

/// One record line, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    Match(MatchRecord),
    Goal(GoalRecord),
}

/// What a record line that cannot be parsed says about itself: the match id
/// it declares, if that much could be read (so that its goals are not also
/// reported as pointing nowhere), and every problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    pub match_id: Option<String>,
    pub errors: Vec<String>,
}

/// Parses one non-empty, non-comment record line.
pub fn parse(line: &str) -> Result<Record, Broken> {
    let fail = |errors: Vec<String>| Broken {
        match_id: None,
        errors,
    };
    let (keyword, rest) = match line.split_once(char::is_whitespace) {
        Some((k @ ("match" | "goal"), rest)) => (k, rest),
        _ => {
            return Err(fail(vec![format!(
                "a record starts with `match <id>:` or `goal <match id>:`, found {:?}",
                short(line)
            )]))
        }
    };
    let Some((id, body)) = rest.split_once(':') else {
        return Err(fail(vec![format!(
            "`{keyword}` record without `:` after its id"
        )]));
    };
    let id = id.trim();
    let fields: Vec<&str> = body.split('|').map(str::trim).collect();
    if keyword == "match" {
        parse_match(id, &fields)
    } else {
        parse_goal(id, &fields).map_err(fail)
    }
}

fn parse_match(id: &str, fields: &[&str]) -> Result<Record, Broken> {
    let mut errors = Vec::new();
    let id_ok = valid_id(id);
    if !id_ok {
        errors.push(format!(
            "match id {id:?} must be non-empty and made of letters, digits, `-` and `_` (and not `-`)"
        ));
    }
    if fields.len() < 3 {
        errors.push(format!(
            "a match record is `match <id>: <team> | <team> | <score> [| penalties: a-b] \
             [| competition: <ref>] [| venue: <ref>]`, found {} field(s)",
            fields.len()
        ));
        return Err(Broken {
            match_id: id_ok.then(|| id.to_owned()),
            errors,
        });
    }
    for (i, team) in fields[..2].iter().enumerate() {
        if team.is_empty() {
            errors.push(format!("team {} is empty", i + 1));
        }
    }
    let score = match fields[2] {
        "-" => None,
        s => pair(s)
            .map_err(|e| {
                errors.push(format!(
                    "score: {e} (or `-` when only the shoot-out score is stated)"
                ))
            })
            .ok(),
    };
    let (mut penalties, mut competition, mut venue) = (None, None, None);
    for field in &fields[3..] {
        let Some((key, value)) = field.split_once(':').map(|(k, v)| (k.trim(), v.trim())) else {
            errors.push(format!(
                "expected `penalties: a-b`, `competition: <ref>` or `venue: <ref>`, found {field:?}"
            ));
            continue;
        };
        let slot_taken = match key {
            "penalties" => match pair(value) {
                Ok(p) => penalties.replace(p).is_some(),
                Err(e) => {
                    errors.push(format!("penalties: {e}"));
                    false
                }
            },
            "competition" | "venue" if value.is_empty() => {
                errors.push(format!("`{key}:` without a ref"));
                false
            }
            "competition" => competition.replace(value.to_owned()).is_some(),
            "venue" => venue.replace(value.to_owned()).is_some(),
            other => {
                errors.push(format!(
                    "unknown match field `{other}` (expected penalties, competition or venue)"
                ));
                false
            }
        };
        if slot_taken {
            errors.push(format!("`{key}` is given twice"));
        }
    }
    if !errors.is_empty() {
        return Err(Broken {
            match_id: id_ok.then(|| id.to_owned()),
            errors,
        });
    }
    Ok(Record::Match(MatchRecord {
        id: id.to_owned(),
        teams: [fields[0].to_owned(), fields[1].to_owned()],
        score,
        penalties,
        competition,
        venue,
    }))
}

fn parse_goal(id: &str, fields: &[&str]) -> Result<Record, Vec<String>> {
    let mut errors = Vec::new();
    let match_id = match id {
        "-" => None,
        id if valid_id(id) => Some(id.to_owned()),
        id => {
            errors.push(format!("goal match id {id:?} must be a match id or `-`"));
            None
        }
    };
    if !(3..=4).contains(&fields.len()) {
        errors.push(format!(
            "a goal record is `goal <match id or ->: <scorer> | <team> | <minute> [| <kind>]`, found {} field(s)",
            fields.len()
        ));
        return Err(errors);
    }
    if fields[0].is_empty() {
        errors.push("the scorer is empty".to_owned());
    }
    if fields[1].is_empty() {
        errors.push(
            "the team is empty (a goal record needs the team credited with the goal)".to_owned(),
        );
    }
    let minute = minute(fields[2]).map_err(|e| errors.push(e)).ok();
    let kind = match fields.get(3) {
        None => Some(GoalKind::Regular),
        Some(k) => k.parse::<GoalKind>().map_err(|e| errors.push(e)).ok(),
    };
    match (minute, kind) {
        (Some((minute, stoppage)), Some(kind)) if errors.is_empty() => {
            Ok(Record::Goal(GoalRecord {
                match_id,
                scorer: fields[0].to_owned(),
                team: fields[1].to_owned(),
                minute,
                stoppage,
                kind,
            }))
        }
        _ => Err(errors),
    }
}

/// `a-b` with ASCII digits and an ASCII hyphen.
fn pair(s: &str) -> Result<[u32; 2], String> {
    let bad = || format!("expected `a-b` with digits and an ASCII `-`, found {s:?}");
    let (a, b) = s.split_once('-').ok_or_else(bad)?;
    Ok([number(a).ok_or_else(bad)?, number(b).ok_or_else(bad)?])
}

/// `31`, `45+2`, or `-` (not stated): minute and stoppage.
fn minute(s: &str) -> Result<(Option<u32>, Option<u32>), String> {
    let bad = || format!("minute: expected `31`, `45+2` or `-`, found {s:?}");
    if s == "-" {
        return Ok((None, None));
    }
    match s.split_once('+') {
        None => Ok((Some(number(s).ok_or_else(bad)?), None)),
        Some((m, st)) => Ok((
            Some(number(m).ok_or_else(bad)?),
            Some(number(st).ok_or_else(bad)?),
        )),
    }
}

fn number(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Record ids: short tokens such as `m1`; `-` is reserved for "no match".
fn valid_id(id: &str) -> bool {
    id != "-"
        && !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn short(s: &str) -> String {
    s.chars().take(40).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(line: &str) -> Vec<String> {
        match parse(line) {
            Ok(_) => Vec::new(),
            Err(b) => b.errors,
        }
    }

    #[test]
    fn full_match_and_goal_records() {
        let m = parse(
            "match m3: Columbus Crew | Tigres UANL | - | penalties: 4-3 | venue: Lower.com Field",
        );
        assert_eq!(
            m,
            Ok(Record::Match(MatchRecord {
                id: "m3".into(),
                teams: ["Columbus Crew".into(), "Tigres UANL".into()],
                score: None,
                penalties: Some([4, 3]),
                competition: None,
                venue: Some("Lower.com Field".into()),
            }))
        );
        let g = parse("goal m1: Sergio Canales | CF Monterrey | 45+2 | penalty");
        assert_eq!(
            g,
            Ok(Record::Goal(GoalRecord {
                match_id: Some("m1".into()),
                scorer: "Sergio Canales".into(),
                team: "CF Monterrey".into(),
                minute: Some(45),
                stoppage: Some(2),
                kind: GoalKind::Penalty,
            }))
        );
        let g = parse("goal -: Lionel Messi | Inter Miami | -");
        assert!(matches!(
            g,
            Ok(Record::Goal(GoalRecord {
                match_id: None,
                minute: None,
                ..
            }))
        ));
    }

    #[test]
    fn syntax_errors_are_named() {
        assert!(errors("matches m1: A | B | 1-0")[0].starts_with("a record starts with"));
        assert!(errors("match m1 A | B | 1-0")[0].contains("without `:`"));
        assert!(errors("match m1: A | B | 2:1")[0].contains("score: expected `a-b`"));
        assert!(errors("match m1: A | B")[0].contains("found 2 field(s)"));
        assert!(errors("match m1: A | B | 1-0 | stadium: X")[0]
            .contains("unknown match field `stadium`"));
        assert!(errors("match m1: A | B | 1-0 | venue: X | venue: Y")[0]
            .contains("`venue` is given twice"));
        assert!(errors("goal m1: A | B | 45'")[0].contains("minute: expected"));
        assert!(errors("goal m1: A | B | 12 | header")[0].contains("unknown goal kind \"header\""));
        assert!(errors("goal m1: A | 12")[0].contains("found 2 field(s)"));
    }

    #[test]
    fn a_broken_match_still_declares_its_id() {
        assert_eq!(
            parse("match m2: A | B | 2–1")
                .err()
                .and_then(|b| b.match_id),
            Some("m2".to_owned())
        );
    }
}
