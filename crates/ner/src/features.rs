//! Features of a token in context, hashed to `u64` so that scoring allocates
//! nothing per feature: word forms, shapes, affixes, casing, neighbours,
//! reference-data hits and their types, coach cues, language, position, and
//! the tags already decided to the left.

use crate::bio::{self, Tag};
use crate::cues::is_coach_cue;
use fnv::FnvHasher;
use scoreline_core::Lang;
use scoreline_refdata::{Gazetteer, Kind, RefData};
use scoreline_text::{Segmented, TokenKind};
use std::hash::Hasher;

/// What the gazetteer says about one token.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GazTag {
    /// 0: no candidate; 1: first token of one; 2: later token of one.
    pub pos: u8,
    /// Bit per `Kind` of an unambiguous hit.
    pub kinds: u8,
    /// Bit per `Kind` of an ambiguous hit.
    pub ambiguous: u8,
    /// Tokens in the candidate (capped at 4).
    pub len: u8,
}

/// Per-token facts computed once per document.
#[derive(Debug, Clone)]
pub struct TokenInfo {
    pub lower: String,
    pub shape: String,
    pub capitalized: bool,
    pub gaz: GazTag,
    pub coach_cue: bool,
}

/// A reference-data candidate on token boundaries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenCandidate {
    /// Tokens `first..end`.
    pub first: usize,
    pub end: usize,
    /// (entry index, ambiguous) for every entry the name may refer to.
    pub hits: Vec<(u32, bool)>,
    /// The span ends in an inflection suffix ("Messis").
    pub inflected: bool,
}

/// A document prepared for tagging.
#[derive(Debug, Clone)]
pub struct DocFeatures {
    pub lang: Lang,
    pub tokens: Vec<TokenInfo>,
    pub candidates: Vec<TokenCandidate>,
}

fn kind_bit(k: Kind) -> u8 {
    1 << (k as u8)
}

/// A word's shape with runs collapsed: "Messi" → "Xx", "BVB" → "X",
/// "45" → "d", "1." → "d.", "MLS" → "X", "O'Neil" → "X'Xx".
fn shape(word: &str) -> String {
    let mut out = String::new();
    let mut last = '\0';
    for c in word.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if s != last {
            out.push(s);
            last = s;
        }
    }
    out
}

impl DocFeatures {
    pub fn new(seg: &Segmented<'_>, lang: Lang, gazetteer: &Gazetteer, data: &RefData) -> Self {
        let mut tokens: Vec<TokenInfo> = seg
            .tokens
            .iter()
            .map(|t| {
                let text = t.text(seg.text);
                let lower = text.to_lowercase();
                TokenInfo {
                    coach_cue: t.kind == TokenKind::Word && is_coach_cue(&lower),
                    capitalized: text.chars().next().is_some_and(char::is_uppercase),
                    shape: shape(text),
                    lower,
                    gaz: GazTag::default(),
                }
            })
            .collect();
        let mut ti = 0;
        let mut candidates = Vec::new();
        for c in gazetteer.find(seg.text) {
            while ti < seg.tokens.len() && (seg.tokens[ti].start as usize) < c.start {
                ti += 1;
            }
            let first = ti;
            let mut last = ti;
            while last < seg.tokens.len() && (seg.tokens[last].end as usize) <= c.end {
                last += 1;
            }
            if last == first {
                continue;
            }
            let mut tag = GazTag {
                pos: 1,
                len: (last - first).min(4) as u8,
                ..GazTag::default()
            };
            for h in c.hits {
                let k = kind_bit(data.entries[h.entry as usize].kind);
                if h.ambiguous {
                    tag.ambiguous |= k;
                } else {
                    tag.kinds |= k;
                }
            }
            for (j, info) in tokens[first..last].iter_mut().enumerate() {
                info.gaz = GazTag {
                    pos: if j == 0 { 1 } else { 2 },
                    ..tag
                };
            }
            let hits = c.hits.iter().map(|h| (h.entry, h.ambiguous)).collect();
            candidates.push(TokenCandidate {
                first,
                end: last,
                hits,
                inflected: c.inflected,
            });
        }
        DocFeatures {
            lang,
            tokens,
            candidates,
        }
    }

    /// Hashes of the features of token `i` of the sentence `first..end`,
    /// given the tags decided for the tokens before it, into `out`.
    pub fn features(&self, i: usize, first: usize, end: usize, prev: &[Tag], out: &mut Vec<u64>) {
        out.clear();
        let t = &self.tokens[i];
        let at = |d: isize| -> Option<&TokenInfo> {
            let j = i as isize + d;
            (j >= first as isize && j < end as isize).then(|| &self.tokens[j as usize])
        };
        let word =
            |d: isize| at(d).map_or(if d < 0 { "<s>" } else { "</s>" }, |x| x.lower.as_str());
        let shp = |d: isize| at(d).map_or("_", |x| x.shape.as_str());
        let p1 = prev.last().copied().unwrap_or(bio::O);
        let p2 = if prev.len() >= 2 {
            prev[prev.len() - 2]
        } else {
            bio::O
        };
        let mut f = |template: u8, parts: &[&[u8]]| {
            let mut h = FnvHasher::default();
            h.write_u8(template);
            for p in parts {
                h.write(p);
                h.write_u8(0xff);
            }
            out.push(h.finish());
        };
        let lang = [self.lang as u8];
        f(0, &[]);
        f(1, &[t.lower.as_bytes()]);
        f(2, &[word(-1).as_bytes()]);
        f(3, &[word(1).as_bytes()]);
        f(4, &[word(-2).as_bytes()]);
        f(5, &[word(2).as_bytes()]);
        f(6, &[t.shape.as_bytes()]);
        f(7, &[shp(-1).as_bytes(), t.shape.as_bytes()]);
        f(8, &[t.shape.as_bytes(), shp(1).as_bytes()]);
        // Affixes are slices of the lower-cased word at char boundaries: no
        // allocation per token on the tagging path.
        let lower = t.lower.as_str();
        let n = lower.chars().count();
        for k in 1..=3.min(n) {
            let end = lower.char_indices().nth(k).map_or(lower.len(), |(b, _)| b);
            f(9 + k as u8, &[&lower.as_bytes()[..end]]);
        }
        for k in 1..=4.min(n) {
            let start = lower.char_indices().rev().nth(k - 1).map_or(0, |(b, _)| b);
            f(13 + k as u8, &[&lower.as_bytes()[start..]]);
        }
        f(18, &[&[u8::from(i == first), u8::from(t.capitalized)]]);
        f(19, &[&lang, t.shape.as_bytes()]);
        f(20, &[&lang, t.lower.as_bytes()]);
        let g = t.gaz;
        f(21, &[&[g.pos, g.kinds, g.ambiguous]]);
        f(
            22,
            &[&[g.pos, g.kinds, g.ambiguous, g.len, u8::from(t.capitalized)]],
        );
        for d in [-1isize, 1] {
            if let Some(x) = at(d) {
                f(
                    23 + (d + 1) as u8,
                    &[&[x.gaz.pos, x.gaz.kinds, x.gaz.ambiguous]],
                );
            }
        }
        let cue = (-3..=3).any(|d| d != 0 && at(d).is_some_and(|x| x.coach_cue));
        f(26, &[&[u8::from(cue), g.kinds, u8::from(t.capitalized)]]);
        f(27, &[&[p1 as u8]]);
        f(28, &[&[p1 as u8, p2 as u8]]);
        f(29, &[&[p1 as u8], t.lower.as_bytes()]);
        f(30, &[&[p1 as u8], t.shape.as_bytes()]);
        f(31, &[word(-1).as_bytes(), t.lower.as_bytes()]);
        f(32, &[t.lower.as_bytes(), word(1).as_bytes()]);
    }
}

#[cfg(test)]
mod tests {
    use super::shape;

    #[test]
    fn shapes_collapse_runs() {
        assert_eq!(shape("Messi"), "Xx");
        assert_eq!(shape("BVB"), "X");
        assert_eq!(shape("O'Neil"), "X'Xx");
        assert_eq!(shape("45e"), "dx");
        assert_eq!(shape("Müller"), "Xx");
    }
}
