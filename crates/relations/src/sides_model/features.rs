//! The features of one candidate pair of sides of a result score, and of
//! "no pair", hashed to `u64`. Each club is described once per score
//! (where its mention stands against the score — clause, sentence,
//! sentence before, not named near —, how far, what lies between: commas,
//! brackets, other clubs, other scores, cue classes, and those beside it;
//! whether it opens its sentence, is one of the document's main pair, is
//! in the title, how often it is named, whether the rules picked it), then
//! a pair is its two clubs' descriptions in their slot (the one named
//! nearer first) and what joins them (the rules' pair, both in the
//! clause, joined by a dash or a conjunction). No feature reads a name:
//! a club's tokens are never hashed as words.
//!
//! Words are read as cue classes only (lowered words as features made the
//! model learn the training articles' wording: dev F1 0.869 against 0.878
//! without them). Hashing is FNV over the template's parts: no allocation
//! per feature, the same hashes on every platform.

use super::{Club, Site};
use crate::cues;
use crate::EntitySpan;

/// Feature templates; a feature is its template mixed with its parts.
#[derive(Clone, Copy)]
#[repr(u8)]
enum T {
    Bias = 1,
    Where,
    WhereDistance,
    Commas,
    Brackets,
    ClubsBetween,
    ScoresBetween,
    CueBetween,
    CueLeft,
    CueRight,
    Opens,
    Main,
    Title,
    Mentions,
    RuleMember,
    Slot,
    PairWhere,
    PairMain,
    PairRule,
    PairJoin,
    PairClause,
    PairRuleWhere,
    NoneBias,
    NoneRule,
    NoneClubs,
    NoneCue,
    NoneRuleWhere,
    NoneDoc,
    PairMainDoc,
}

fn mix(t: T, parts: &[u64]) -> u64 {
    crate::hashed::mix(t as u8, parts)
}

/// The cue classes of a lowered word that bear on the sides of a score,
/// as bits.
pub fn cue_classes(w: &str) -> u32 {
    let tests: [fn(&str) -> bool; 22] = [
        |w| {
            cues::win(w)
                || cues::win_participle(w)
                || cues::transitive_win(w)
                || cues::loss_noun_or_win_verb(w)
        },
        |w| cues::loss(w) || cues::suffered(w),
        cues::drew,
        |w| cues::opponent_marker(w) || cues::against(w),
        cues::venue_marker,
        cues::for_marker,
        cues::agent_marker,
        cues::genitive,
        |w| cues::after(w) || cues::earlier_after(w),
        |w| cues::earlier_meeting(w) || cues::leg(w) || cues::first_leg(w) || cues::second_leg(w),
        cues::derby,
        cues::conjunction,
        cues::subordinator,
        cues::relative_pronoun,
        cues::copula,
        cues::opponent_noun,
        cues::with,
        |w| cues::team_pronoun(w) || cues::sides_noun(w) || cues::side_noun(w),
        |w| cues::ended(w) || cues::final_score(w),
        cues::result_noun,
        |w| cues::coach_title(w) || cues::possessive(w),
        |w| cues::aggregate(w) || cues::halftime(w),
    ];
    tests
        .iter()
        .enumerate()
        .filter(|(_, t)| t(w))
        .fold(0, |bits, (k, _)| bits | 1 << k)
}

/// Tokens between a mention and tokens `first..end` (0 when they touch).
pub fn gap(c: &EntitySpan, first: usize, end: usize) -> usize {
    if c.end <= first {
        first - c.end
    } else {
        c.first.saturating_sub(end)
    }
}

fn bucket(d: usize) -> u64 {
    match d {
        0..=2 => d as u64,
        3..=4 => 3,
        5..=8 => 4,
        9..=16 => 5,
        17..=32 => 6,
        _ => 7,
    }
}

/// Is token `i` part of a club's name?
fn in_club(site: &Site<'_, '_>, i: usize) -> bool {
    let k = site.clubs.partition_point(|p| p.end <= i);
    site.clubs.get(k).is_some_and(|p| p.first <= i)
}

/// The cue classes of the words of `from..to`, names left out.
fn cue_bits(site: &Site<'_, '_>, from: usize, to: usize) -> u32 {
    (from..to.min(site.seg.tokens.len()))
        .filter(|&j| !in_club(site, j))
        .fold(0u32, |b, j| b | cue_classes(site.seg.lower(j)))
}

fn push_bits(t: T, extra: u64, bits: u32, out: &mut Vec<u64>) {
    for k in 0..32 {
        if bits & (1 << k) != 0 {
            out.push(mix(t, &[extra, k]));
        }
    }
}

/// Where a club's mention stands against the score.
fn place(site: &Site<'_, '_>, m: Option<&EntitySpan>) -> u64 {
    let s = site.score();
    let sent = site.seg.sentences[s.sentence];
    let (lo, hi) = site.clause;
    match m {
        None => 5,
        Some(m) if m.first < sent.first => 4,
        Some(m) if m.end <= lo => 2,
        Some(m) if m.first >= hi => 3,
        Some(m) if m.end <= s.first => 0,
        Some(_) => 1,
    }
}

/// What the features of one score's clubs share: each club's own features
/// (not yet in a slot) and its place.
#[derive(Debug)]
pub struct Sides {
    own: Vec<Vec<u64>>,
    places: Vec<u64>,
    main: Vec<u64>,
    rule: Vec<bool>,
    /// How many clubs and scores the document tells of, bucketed: a
    /// round-up's main pair is no guess for a side.
    doc: [u64; 2],
}

impl Sides {
    pub fn new(site: &Site<'_, '_>, clubs: &[Club<'_>]) -> Self {
        let mut own = Vec::with_capacity(clubs.len());
        let mut places = Vec::with_capacity(clubs.len());
        let mut main = Vec::with_capacity(clubs.len());
        let mut rule = Vec::with_capacity(clubs.len());
        for c in clubs {
            let mut f = Vec::with_capacity(48);
            let p = place(site, c.mention);
            let mrank = site
                .main
                .iter()
                .position(|x| x.is_some_and(|x| x.reference == c.reference))
                .map_or(2, |r| r as u64);
            let ruled = site
                .rule
                .is_some_and(|r| r.iter().any(|x| x == c.reference));
            own_features(site, c, p, mrank, ruled, &mut f);
            own.push(f);
            places.push(p);
            main.push(mrank);
            rule.push(ruled);
        }
        let mut refs: Vec<&str> = site.clubs.iter().map(|c| c.reference.as_str()).collect();
        refs.sort_unstable();
        refs.dedup();
        let few = |n: usize| match n {
            0..=2 => n as u64,
            3..=4 => 3,
            5..=8 => 4,
            _ => 5,
        };
        Sides {
            own,
            places,
            main,
            rule,
            doc: [few(refs.len()), few(site.scores.len())],
        }
    }

    /// The features of the pair of clubs `i` and `j` (`i` before `j`), into
    /// `out` (cleared first).
    pub fn pair(
        &self,
        site: &Site<'_, '_>,
        clubs: &[Club<'_>],
        i: usize,
        j: usize,
        out: &mut Vec<u64>,
    ) {
        out.clear();
        out.push(mix(T::Bias, &[]));
        for (slot, k) in [(0u64, i), (1, j)] {
            for f in &self.own[k] {
                out.push(mix(T::Slot, &[slot, *f]));
            }
        }
        let (pi, pj) = (self.places[i], self.places[j]);
        out.push(mix(T::PairWhere, &[pi, pj]));
        let (mi, mj) = (
            self.main[i].min(self.main[j]),
            self.main[i].max(self.main[j]),
        );
        out.push(mix(T::PairMain, &[mi, mj]));
        out.push(mix(T::PairMainDoc, &[mi, mj, self.doc[0], self.doc[1]]));
        let exact = site.rule.is_some_and(|r| {
            (r[0] == clubs[i].reference && r[1] == clubs[j].reference)
                || (r[1] == clubs[i].reference && r[0] == clubs[j].reference)
        });
        let members = u64::from(self.rule[i]) + u64::from(self.rule[j]);
        let rule = match (site.rule.is_some(), exact) {
            (_, true) => 3,
            (true, false) => members,
            (false, _) => 4,
        };
        out.push(mix(T::PairRule, &[rule]));
        out.push(mix(T::PairRuleWhere, &[rule, pi, pj]));
        let in_clause = |p: u64| p <= 1;
        out.push(mix(
            T::PairClause,
            &[u64::from(in_clause(pi)), u64::from(in_clause(pj))],
        ));
        // What joins the two mentions: a dash right between ("A – B"),
        // a conjunction, a score, nothing.
        if let (Some(a), Some(b)) = (clubs[i].mention, clubs[j].mention) {
            let seg = site.seg;
            let (x, y) = if a.end <= b.first {
                (a.end, b.first)
            } else {
                (b.end, a.first.max(b.end))
            };
            let join = if y <= x + 1
                && (x..y).all(|t| matches!(seg.token_text(t), "–" | "-" | "—" | "v" | "vs" | "x"))
            {
                1
            } else if (x..y).any(|t| cues::conjunction(seg.lower(t))) && y <= x + 2 {
                2
            } else if site.scores.iter().any(|s| s.first >= x && s.end <= y) {
                3
            } else if y - x <= 8 {
                4
            } else {
                5
            };
            out.push(mix(T::PairJoin, &[join, bucket(y - x)]));
        }
    }

    /// The features of "no pair", into `out` (cleared first).
    pub fn none(&self, site: &Site<'_, '_>, out: &mut Vec<u64>) {
        out.clear();
        let s = site.score();
        out.push(mix(T::NoneBias, &[]));
        out.push(mix(T::NoneRule, &[u64::from(site.rule.is_some())]));
        let in_clause = self.places.iter().filter(|p| **p <= 1).count().min(3) as u64;
        let in_sentence = self.places.iter().filter(|p| **p <= 3).count().min(3) as u64;
        out.push(mix(
            T::NoneClubs,
            &[u64::from(site.rule.is_some()), in_clause, in_sentence],
        ));
        let ruled: Vec<u64> = (0..self.places.len())
            .filter(|&k| self.rule[k])
            .map(|k| self.places[k])
            .collect();
        out.push(mix(
            T::NoneDoc,
            &[u64::from(site.rule.is_some()), self.doc[0], self.doc[1]],
        ));
        if let [a, b] = ruled[..] {
            out.push(mix(T::NoneRuleWhere, &[a.min(b), a.max(b)]));
        }
        let (lo, hi) = site.clause;
        push_bits(
            T::NoneCue,
            u64::from(site.rule.is_some()),
            cue_bits(site, lo.max(s.first.saturating_sub(6)), (s.end + 4).min(hi)),
            out,
        );
    }
}

/// A club's own features, not yet in a slot.
fn own_features(
    site: &Site<'_, '_>,
    c: &Club<'_>,
    p: u64,
    mrank: u64,
    ruled: bool,
    out: &mut Vec<u64>,
) {
    let seg = site.seg;
    let s = site.score();
    out.push(mix(T::Main, &[mrank]));
    out.push(mix(T::RuleMember, &[u64::from(ruled), p]));
    let count = site
        .clubs
        .iter()
        .filter(|x| x.reference == c.reference)
        .count();
    let count = match count {
        0 => 0,
        1 => 1,
        2 => 2,
        3..=5 => 3,
        _ => 4,
    };
    out.push(mix(T::Mentions, &[count, mrank]));
    let first = seg.sentences.first().map_or(0, |x| x.end);
    let title = site
        .clubs
        .iter()
        .any(|x| x.reference == c.reference && x.end <= first);
    out.push(mix(T::Title, &[u64::from(title)]));
    let Some(m) = c.mention else {
        out.push(mix(T::Where, &[p]));
        return;
    };
    let d = bucket(gap(m, s.first, s.end));
    out.push(mix(T::Where, &[p]));
    out.push(mix(T::WhereDistance, &[p, d]));
    let (a, b) = if m.end <= s.first {
        (m.end, s.first)
    } else {
        (s.end, m.first.max(s.end))
    };
    let count =
        |f: &dyn Fn(&str) -> bool| (a..b).filter(|&j| f(seg.lower(j))).count().min(2) as u64;
    out.push(mix(T::Commas, &[p, count(&|w| w == "," || w == ";")]));
    out.push(mix(
        T::Brackets,
        &[p, count(&|w| matches!(w, "(" | ")" | "[" | "]"))],
    ));
    let lo = site.clubs.partition_point(|x| x.first < a);
    let clubs = site.clubs[lo..]
        .iter()
        .take_while(|x| x.end <= b)
        .filter(|x| x.reference != c.reference)
        .count()
        .min(2) as u64;
    out.push(mix(T::ClubsBetween, &[p, clubs]));
    let scores = site
        .scores
        .iter()
        .filter(|x| x.first >= a && x.end <= b)
        .count()
        .min(2) as u64;
    out.push(mix(T::ScoresBetween, &[p, scores]));
    // Words between: the nearest few to each end only.
    let between = if b - a <= 12 {
        cue_bits(site, a, b)
    } else {
        cue_bits(site, a, a + 6) | cue_bits(site, b - 6, b)
    };
    push_bits(T::CueBetween, p, between, out);
    push_bits(
        T::CueLeft,
        0,
        cue_bits(site, m.first.saturating_sub(3), m.first),
        out,
    );
    push_bits(T::CueRight, 0, cue_bits(site, m.end, m.end + 3), out);
    let sent_first = {
        let k = seg.sentences.partition_point(|x| x.end <= m.first);
        seg.sentences.get(k).map_or(0, |x| x.first)
    };
    let opens = (sent_first..m.first).all(|j| cues::article(seg.lower(j)));
    out.push(mix(T::Opens, &[u64::from(opens), p]));
}
