//! Matches and goals from a segmented text and its entities.
//!
//! Candidates come from multilingual patterns over tokens (scores, minutes),
//! and are decided by rules whose every pattern and trap has a test: half-time,
//! aggregate and running scores are not matches; cards, misses, VAR and
//! substitutions at a minute are not goals.
//!
//! Invariants: `relations` never re-tokenises (it reads `scoreline-text`
//! tokens and entity token spans); offsets it returns are byte offsets of the
//! evidence; it knows nothing about files.

mod agreement;
pub mod attach;
mod bracketed;
mod club_facts;
mod consolidate;
mod described;
pub use club_facts::club_files;
pub mod cues;
pub mod demonyms;
mod earlier;
mod evidence;
mod glued;
pub mod goals;
mod hashed;
mod home_city;
mod kind;
mod link;
pub mod matches;
pub mod minute;
mod pair_meeting;
pub mod piece;
mod roles;
pub mod score;
mod sides;
mod split;
mod substitution;
mod tally;
mod team;
mod unanchored;

use scoreline_core::{GoalKind, Label};
use scoreline_text::Segmented;

/// An entity over tokens `first..end`, as recognition found it.
#[derive(Debug, Clone, PartialEq)]
pub struct EntitySpan {
    pub first: usize,
    pub end: usize,
    pub label: Label,
    pub reference: String,
    /// The reference-data id, when the recogniser linked it.
    pub entry: Option<String>,
    /// For a linked player, the reference-data id of their club.
    pub affiliation: Option<String>,
}

/// A match found in the text; `score`/`penalties` aligned with `teams`.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundMatch {
    pub teams: [String; 2],
    pub score: Option<[u32; 2]>,
    pub penalties: Option<[u32; 2]>,
    pub competition: Option<String>,
    /// The stadium named in the sentence of the result.
    pub venue: Option<String>,
    /// Byte span of the evidence (the score expression).
    pub evidence: (usize, usize),
    /// Byte offsets of every score told of this match, running and
    /// half-time ones too: where the text is about it, for placing goals.
    pub anchors: Vec<usize>,
}

/// A goal found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundGoal {
    /// Index into the found matches.
    pub match_index: Option<usize>,
    pub scorer: String,
    pub team: Option<String>,
    pub minute: Option<u32>,
    pub stoppage: Option<u32>,
    pub kind: GoalKind,
    pub evidence: (usize, usize),
}

/// Everything relations found in one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Relations {
    pub matches: Vec<FoundMatch>,
    pub goals: Vec<FoundGoal>,
}

/// Extracts matches and goals, the scorers as the rules pick them.
pub fn extract(seg: &Segmented<'_>, entities: &[EntitySpan]) -> Relations {
    extract_with(seg, entities, &attach::Rules)
}

/// Extracts matches and goals; `attach` decides the scorer of every goal
/// the rules find at a minute (a trained [`attach::AttachModel`]).
pub fn extract_with(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    attach: &dyn attach::Attacher,
) -> Relations {
    let scores = score::find(seg);
    let matches = matches::assemble(seg, entities, &scores);
    let mut goals = goals::assemble_with(seg, entities, &matches, attach);
    link::place(seg, entities, &matches, &mut goals);
    bracketed::listed(seg, entities, &matches, &mut goals);
    unanchored::drop_retold(seg, &matches, &mut goals);
    tally::fill(seg, entities, &matches, &mut goals);
    kind::decide(seg, entities, &mut goals);
    team::assign(seg, entities, &scores, &matches, &mut goals);
    Relations { matches, goals }
}
