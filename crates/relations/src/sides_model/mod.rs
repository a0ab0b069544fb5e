//! The two sides of a result score: a trained ranking over pairs of the
//! clubs named around the score (its clause, its sentence, the sentence
//! before) and the document's two main clubs, plus "no pair" (the score
//! is no match of its own).
//!
//! The rules (`matches.rs`) decide that a score is a result and pick its
//! sides when they can; a [`Sider`] is then asked once per result score.
//! [`Rules`] keeps the rules' pick; a [`SidesModel`] ranks the candidate
//! pairs by hashed features ([`features`]) with averaged-perceptron
//! weights (the machinery of [`crate::attach::model`]) trained on the gold
//! train split ([`train`]).
//!
//! Invariants: the side model never decides whether a score is a result,
//! its kind or its alignment (win/loss wording stays with the rules); it
//! never proposes a club the document does not name; its features never
//! name a club; it reads tokens and entity spans, never text.

pub mod features;
pub mod model;
pub mod train;

pub use model::{SidesModel, SIDES_FILE};

use crate::score::Score;
use crate::EntitySpan;
use scoreline_core::Label;
use scoreline_text::Segmented;

/// At most this many clubs are weighed for one score (the nearest first,
/// the rules' pick and the main pair always among them): at most 28 pairs.
pub const MAX_CLUBS: usize = 8;

/// A result score the rules accepted, with what the side decision reads.
#[derive(Debug, Clone, Copy)]
pub struct Site<'a, 't> {
    pub seg: &'a Segmented<'t>,
    /// Every CLUB of the document (after `sides` resolution), sorted by
    /// position.
    pub clubs: &'a [&'a EntitySpan],
    /// Every score of the document, in text order.
    pub scores: &'a [Score],
    /// This score's index in `scores`.
    pub k: usize,
    /// Token range of the score's clause.
    pub clause: (usize, usize),
    /// The rules' pair, `None` when they found no sides.
    pub rule: Option<&'a [String; 2]>,
    /// The document's two most named clubs.
    pub main: [Option<&'a EntitySpan>; 2],
}

/// A club weighed for a side: its reference and the mention nearest the
/// score around it (`None` when only the document's main pair or the rules
/// name it).
#[derive(Debug, Clone, Copy)]
pub struct Club<'a> {
    pub reference: &'a str,
    pub mention: Option<&'a EntitySpan>,
}

impl<'a> Site<'a, '_> {
    pub fn score(&self) -> &'a Score {
        &self.scores[self.k]
    }

    /// Tokens from the start of the sentence before the score's to the end
    /// of its own: where a side's mention is looked for.
    pub fn window(&self) -> (usize, usize) {
        let s = self.score().sentence;
        let from = self.seg.sentences[s.saturating_sub(1)].first;
        (from, self.seg.sentences[s].end)
    }

    /// The clubs weighed, one per reference: those named in the window, the
    /// nearest to the score first, then the main pair's, then the rules'
    /// pick; at most [`MAX_CLUBS`], the rules' pick and the main pair
    /// always kept. In a fixed order (by the position of their mention,
    /// the unnamed last).
    pub fn clubs(&self) -> Vec<Club<'a>> {
        let (from, to) = self.window();
        let s = self.score();
        let lo = self.clubs.partition_point(|c| c.first < from);
        let hi = self.clubs.partition_point(|c| c.first < to);
        let mut near: Vec<&'a EntitySpan> = self.clubs[lo..hi].to_vec();
        near.sort_by_key(|c| (features::gap(c, s.first, s.end), c.first));
        let mut out: Vec<Club<'a>> = Vec::with_capacity(MAX_CLUBS + 4);
        let push = |out: &mut Vec<Club<'a>>, reference: &'a str, mention| {
            if !out.iter().any(|c| c.reference == reference) {
                out.push(Club { reference, mention });
            }
        };
        let must: Vec<&'a str> = self
            .rule
            .into_iter()
            .flat_map(|p| p.iter().map(String::as_str))
            .chain(self.main.iter().flatten().map(|c| c.reference.as_str()))
            .collect();
        for c in &near {
            if out.len()
                + must
                    .iter()
                    .filter(|m| !out.iter().any(|o| o.reference == **m))
                    .count()
                >= MAX_CLUBS
                && !must.contains(&c.reference.as_str())
            {
                continue;
            }
            push(&mut out, c.reference.as_str(), Some(*c));
        }
        for m in must {
            push(&mut out, m, None);
        }
        out.sort_by_key(|c| c.mention.map_or(usize::MAX, |m| m.first));
        out
    }
}

/// The pairs of `clubs` (indices, the earlier first).
pub fn pairs(n: usize) -> impl Iterator<Item = (usize, usize)> {
    (0..n).flat_map(move |i| (i + 1..n).map(move |j| (i, j)))
}

/// The pairs weighed for a site: those keeping at least one club of the
/// rules' pair. The errors the model is for have one side right and the
/// other a wrong club of the sentence or the document; weighing every pair
/// cost more on dev than it won.
pub fn site_pairs<'c>(
    site: &'c Site<'_, '_>,
    clubs: &'c [Club<'_>],
) -> impl Iterator<Item = (usize, usize)> + 'c {
    pairs(clubs.len()).filter(move |&(i, j)| {
        site.rule.is_none_or(|r| {
            r.iter()
                .any(|x| x == clubs[i].reference || x == clubs[j].reference)
        })
    })
}

/// Decides the sides of a result score: a pair of the clubs weighed (as
/// references, in the order the clubs were weighed), or `None` for no
/// match of its own.
pub trait Sider {
    /// `None` keeps the rules' decision.
    fn sides(&self, site: &Site<'_, '_>) -> Option<Decision>;

    /// Whether it ever overrules the rules: when not, assembly builds no
    /// sites.
    fn active(&self) -> bool {
        true
    }
}

/// What the side decision says of a score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// These two clubs, by reference.
    Pair([String; 2]),
    /// No match of its own.
    Nothing,
}

/// The rules' pick, unchanged.
#[derive(Debug, Clone, Copy, Default)]
pub struct Rules;

impl Sider for Rules {
    fn sides(&self, _site: &Site<'_, '_>) -> Option<Decision> {
        None
    }

    fn active(&self) -> bool {
        false
    }
}

impl Sider for SidesModel {
    fn sides(&self, site: &Site<'_, '_>) -> Option<Decision> {
        // A score the rules gave no sides stays without: asked there too
        // (trained on those scores as well), the model named more wrong
        // pairs than right ones on dev (F1 0.863 against 0.880).
        site.rule?;
        let clubs = site.clubs();
        let info = features::Sides::new(site, &clubs);
        let mut feats = Vec::with_capacity(96);
        let mut best: Option<(f32, Option<(usize, usize)>)> = None;
        for (i, j) in site_pairs(site, &clubs) {
            info.pair(site, &clubs, i, j, &mut feats);
            let v = self.weights.score(&feats);
            if best.is_none_or(|(b, _)| v > b) {
                best = Some((v, Some((i, j))));
            }
        }
        info.none(site, &mut feats);
        let v = self.weights.score(&feats);
        if best.is_none_or(|(b, _)| v > b) {
            best = Some((v, None));
        }
        let decision = match best?.1 {
            Some((i, j)) => {
                Decision::Pair([clubs[i].reference.to_owned(), clubs[j].reference.to_owned()])
            }
            None => Decision::Nothing,
        };
        Some(decision)
    }
}

/// Every CLUB of `entities`, by position.
pub fn club_spans(entities: &[EntitySpan]) -> Vec<&EntitySpan> {
    let mut v: Vec<&EntitySpan> = entities.iter().filter(|e| e.label == Label::Club).collect();
    v.sort_by_key(|e| (e.first, e.end));
    v
}
