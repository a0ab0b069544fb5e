//! Who scored a goal the rules found at a minute: a trained ranking over the
//! players of the minute's sentence and the sentence before, plus "no one"
//! (the goal is dropped).
//!
//! The rules (`goals.rs`) decide that a minute is a goal and pick a scorer
//! by role; an [`Attacher`] is then asked once per such goal. [`Rules`]
//! keeps the rules' pick; an [`AttachModel`] ranks the candidates by
//! hashed features ([`features`]) with averaged-perceptron weights trained
//! on the gold train split ([`train`]).
//!
//! Invariants: attach never decides whether a goal happened at a minute
//! (only who scored it, or that no named player did); its features never
//! name a player or a club; it reads tokens and entity spans, never text.

pub mod features;
pub mod model;
pub mod train;

pub use model::{AttachModel, ModelError, ATTACH_FILE};

use crate::minute::Minute;
use crate::EntitySpan;
use scoreline_text::Segmented;

/// At most this many players are weighed for one goal, the nearest to its
/// minute first.
pub const MAX_CANDIDATES: usize = 10;

/// A goal the rules found at a minute, with what attachment reads.
#[derive(Debug, Clone, Copy)]
pub struct Site<'a, 't, 'e> {
    pub seg: &'a Segmented<'t>,
    /// Every PLAYER of the document, sorted by position.
    pub players: &'a [&'e EntitySpan],
    /// Every minute of the document, sorted by position.
    pub minutes: &'a [Minute],
    /// Token range of the minute's sentence.
    pub sentence: (usize, usize),
    pub minute: &'a Minute,
    /// The rules' pick.
    pub rule: &'e EntitySpan,
    /// The document's cue classes, looked up once per token for all its
    /// sites (see [`features::Classes`]).
    pub classes: &'a features::Classes,
}

impl<'e> Site<'_, '_, 'e> {
    /// The players weighed: those of the minute's sentence and of the one
    /// before, the nearest [`MAX_CANDIDATES`] to the minute, in text order;
    /// the rules' pick always among them.
    pub fn candidates(&self) -> Vec<&'e EntitySpan> {
        let (first, end) = self.sentence;
        let s = self
            .seg
            .sentences
            .partition_point(|x| x.first < first)
            .min(self.seg.sentences.len());
        let from = if s > 0 {
            self.seg.sentences[s - 1].first
        } else {
            first
        };
        let lo = self.players.partition_point(|p| p.first < from);
        let hi = self.players.partition_point(|p| p.first < end);
        let mut near: Vec<&'e EntitySpan> = self.players[lo..hi].to_vec();
        near.sort_by_key(|p| (features::distance(p, self.minute), p.first));
        near.truncate(MAX_CANDIDATES);
        if !near.iter().any(|p| p.first == self.rule.first) {
            near.truncate(MAX_CANDIDATES - 1);
            near.push(self.rule);
        }
        near.sort_by_key(|p| p.first);
        near
    }
}

/// Decides the scorer of a goal the rules found: a player, or `None` when
/// no named player scored it (the goal is dropped).
pub trait Attacher {
    fn scorer<'e>(&self, site: &Site<'_, '_, 'e>) -> Option<&'e EntitySpan>;
}

/// The rules' pick, unchanged.
#[derive(Debug, Clone, Copy, Default)]
pub struct Rules;

impl Attacher for Rules {
    fn scorer<'e>(&self, site: &Site<'_, '_, 'e>) -> Option<&'e EntitySpan> {
        Some(site.rule)
    }
}

impl Attacher for AttachModel {
    fn scorer<'e>(&self, site: &Site<'_, '_, 'e>) -> Option<&'e EntitySpan> {
        let candidates = site.candidates();
        let mut feats = Vec::with_capacity(128);
        let mut scores = Vec::with_capacity(candidates.len() + 1);
        for c in &candidates {
            features::candidate(site, c, &mut feats);
            scores.push(self.score(&feats));
        }
        features::none(site, candidates.len(), &mut feats);
        scores.push(self.score(&feats));
        candidates.get(model::best(&scores)).copied()
    }
}
