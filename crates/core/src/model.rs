//! Typed documents, entities, matches and goals, serialised exactly as the spec
//! writes them. Extra fields (confidences, evidence spans) ride along in
//! `extra` so that predictions can carry them without the scorer caring.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::fmt;
use std::str::FromStr;

/// A language of the corpus, or `und` when detection was not reliable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    De,
    Nl,
    Es,
    Fr,
    It,
    Pt,
    /// Undetermined (ISO 639-2 `und`): detection was not reliable.
    Und,
}

impl Lang {
    /// The seven languages scoreline reads, in a fixed order for reports.
    pub const ALL: [Lang; 7] = [
        Lang::En,
        Lang::De,
        Lang::Nl,
        Lang::Es,
        Lang::Fr,
        Lang::It,
        Lang::Pt,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Nl => "nl",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::It => "it",
            Lang::Pt => "pt",
            Lang::Und => "und",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s {
            "en" => Lang::En,
            "de" => Lang::De,
            "nl" => Lang::Nl,
            "es" => Lang::Es,
            "fr" => Lang::Fr,
            "it" => Lang::It,
            "pt" => Lang::Pt,
            "und" => Lang::Und,
            other => {
                return Err(format!(
                    "unknown language {other:?} (expected one of en de nl es fr it pt, or und)"
                ))
            }
        })
    }
}

/// Entity labels of the spec §2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Label {
    Player,
    Club,
    Stadium,
    Coach,
    Competition,
}

impl Label {
    pub const ALL: [Label; 5] = [
        Label::Player,
        Label::Club,
        Label::Stadium,
        Label::Coach,
        Label::Competition,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Label::Player => "PLAYER",
            Label::Club => "CLUB",
            Label::Stadium => "STADIUM",
            Label::Coach => "COACH",
            Label::Competition => "COMPETITION",
        }
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Label {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Label::ALL
            .into_iter()
            .find(|l| l.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "unknown label {s:?} (expected PLAYER, CLUB, STADIUM, COACH or COMPETITION)"
                )
            })
    }
}

/// How a goal was scored (spec §1).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum GoalKind {
    #[default]
    Regular,
    /// A penalty scored in play; shoot-out kicks are never goals.
    Penalty,
    /// The goal's `team` is then the team credited with it.
    OwnGoal,
}

impl GoalKind {
    pub fn as_str(self) -> &'static str {
        match self {
            GoalKind::Regular => "regular",
            GoalKind::Penalty => "penalty",
            GoalKind::OwnGoal => "own_goal",
        }
    }
}

impl FromStr for GoalKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s {
            "regular" => GoalKind::Regular,
            "penalty" => GoalKind::Penalty,
            "own_goal" => GoalKind::OwnGoal,
            other => {
                return Err(format!(
                    "unknown goal kind {other:?} (expected regular, penalty or own_goal)"
                ))
            }
        })
    }
}

/// An entity mention; `start`/`end` are code-point offsets into the
/// document text, end exclusive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    pub text: String,
    #[serde(rename = "ref", default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Entity {
    /// The canonical name, falling back to the surface when no ref is given.
    pub fn ref_or_text(&self) -> &str {
        self.reference.as_deref().unwrap_or(&self.text)
    }
}

/// A match whose result is stated; `score` and `penalties` are aligned with `teams`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Match {
    pub id: String,
    pub teams: [String; 2],
    pub score: Option<[u32; 2]>,
    pub penalties: Option<[u32; 2]>,
    #[serde(default)]
    pub competition: Option<String>,
    #[serde(default)]
    pub venue: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A goal with a named scorer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    #[serde(rename = "match")]
    pub match_id: Option<String>,
    pub scorer: String,
    #[serde(default)]
    pub team: Option<String>,
    pub minute: Option<u32>,
    #[serde(default)]
    pub stoppage: Option<u32>,
    #[serde(default)]
    pub kind: GoalKind,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One document: gold or prediction, same schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    pub lang: Lang,
    pub date: Option<String>,
    pub text: String,
    #[serde(default)]
    pub entities: Vec<Entity>,
    #[serde(default)]
    pub matches: Vec<Match>,
    #[serde(default)]
    pub goals: Vec<Goal>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Document {
    /// The match a goal points to, if any.
    pub fn match_by_id(&self, id: &str) -> Option<&Match> {
        self.matches.iter().find(|m| m.id == id)
    }
}
