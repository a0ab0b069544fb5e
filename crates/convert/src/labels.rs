//! Which of the five labels an annotation tool's label means. Our own five
//! are taken as they are (any case); a few common alternatives have a fixed,
//! documented meaning; anything else must be mapped explicitly or it is a
//! located error.
//!
//! The default alternatives (case and `-`/space ignored):
//!
//! | label | becomes |
//! |---|---|
//! | `PER`, `PERSON`, `FOOTBALLER` | PLAYER |
//! | `MANAGER`, `HEAD_COACH`, `TRAINER` | COACH |
//! | `ORG`, `ORGANIZATION`, `ORGANISATION`, `TEAM` | CLUB |
//! | `LOC`, `LOCATION`, `FAC`, `FACILITY`, `VENUE` | STADIUM |
//! | `EVENT`, `TOURNAMENT`, `LEAGUE`, `CUP` | COMPETITION |
//!
//! These are coarse on purpose (a generic PER may be a coach, a LOC a city);
//! `--map` overrides them, and `--map MISC=DROP` leaves a label out on
//! purpose.

use scoreline_core::Label;
use std::collections::HashMap;

/// What a source label maps to: one of ours, or deliberately nothing.
pub type Target = Option<Label>;

/// The label mapping of an import.
#[derive(Debug, Clone)]
pub struct LabelMap {
    map: HashMap<String, Target>,
}

const DEFAULTS: &[(&str, Label)] = &[
    ("PER", Label::Player),
    ("PERSON", Label::Player),
    ("FOOTBALLER", Label::Player),
    ("MANAGER", Label::Coach),
    ("HEAD_COACH", Label::Coach),
    ("TRAINER", Label::Coach),
    ("ORG", Label::Club),
    ("ORGANIZATION", Label::Club),
    ("ORGANISATION", Label::Club),
    ("TEAM", Label::Club),
    ("LOC", Label::Stadium),
    ("LOCATION", Label::Stadium),
    ("FAC", Label::Stadium),
    ("FACILITY", Label::Stadium),
    ("VENUE", Label::Stadium),
    ("EVENT", Label::Competition),
    ("TOURNAMENT", Label::Competition),
    ("LEAGUE", Label::Competition),
    ("CUP", Label::Competition),
];

/// Upper case, `-` and spaces as `_`: "head-coach" and "Head Coach" are one label.
fn key(label: &str) -> String {
    label
        .trim()
        .chars()
        .map(|c| match c {
            '-' | ' ' => '_',
            c => c.to_ascii_uppercase(),
        })
        .collect()
}

impl Default for LabelMap {
    fn default() -> Self {
        let mut map: HashMap<String, Target> = DEFAULTS
            .iter()
            .map(|(k, l)| ((*k).to_owned(), Some(*l)))
            .collect();
        for l in Label::ALL {
            map.insert(l.as_str().to_owned(), Some(l));
        }
        LabelMap { map }
    }
}

impl LabelMap {
    /// Adds or overrides one mapping from a `FROM=TO` rule, `TO` one of the
    /// five labels or `DROP`.
    pub fn add_rule(&mut self, rule: &str) -> Result<(), String> {
        let (from, to) = rule
            .split_once('=')
            .ok_or_else(|| format!("label mapping {rule:?} is not FROM=TO"))?;
        let target = match key(to).as_str() {
            "DROP" => None,
            other => Some(other.parse::<Label>().map_err(|e| {
                format!("label mapping {rule:?}: {e} (or DROP to leave the label out)")
            })?),
        };
        if key(from).is_empty() {
            return Err(format!("label mapping {rule:?} has an empty source label"));
        }
        self.map.insert(key(from), target);
        Ok(())
    }

    /// The label `label` maps to (`Ok(None)`: dropped by an explicit rule).
    pub fn get(&self, label: &str) -> Result<Target, String> {
        self.map.get(&key(label)).copied().ok_or_else(|| {
            format!(
                "unknown label {label:?}: not one of PLAYER, CLUB, STADIUM, COACH, COMPETITION \
                 nor a known alternative; map it with --map {label}=LABEL or --map {label}=DROP"
            )
        })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn ours_alternatives_rules_and_unknowns() {
        let mut m = LabelMap::default();
        assert_eq!(m.get("player"), Ok(Some(Label::Player)));
        assert_eq!(m.get("PER"), Ok(Some(Label::Player)));
        assert_eq!(m.get("head-coach"), Ok(Some(Label::Coach)));
        assert_eq!(m.get("Loc"), Ok(Some(Label::Stadium)));
        assert!(m.get("MISC").is_err_and(|e| e.contains("--map MISC=LABEL")));
        m.add_rule("MISC=competition").unwrap();
        m.add_rule("PER=COACH").unwrap();
        m.add_rule("GPE=drop").unwrap();
        assert_eq!(m.get("misc"), Ok(Some(Label::Competition)));
        assert_eq!(m.get("PER"), Ok(Some(Label::Coach)));
        assert_eq!(m.get("GPE"), Ok(None));
        assert!(m.add_rule("X=PLACE").is_err());
        assert!(m.add_rule("nothing").is_err());
    }
}
