//! Features of a token in context, hashed to `u64` so that scoring allocates
//! nothing per feature: word forms, shapes, affixes, casing, neighbours,
//! reference-data hits and their types, coach cues, language, position, and
//! the tags already decided to the left.
//!
//! Every string a feature reads (the lower-cased word, its shape, prefixes
//! and suffixes) is hashed once per token when the document is prepared; a
//! feature is then a mix of a template number and a few such hashes, so the
//! tagger's inner loop touches no text.

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

/// Per-token facts computed once per document; strings as their hashes.
#[derive(Debug, Clone)]
pub struct TokenInfo {
    /// The lower-cased word.
    pub word: u64,
    pub shape: u64,
    /// The first 1, 2, 3 characters of the lower-cased word (as many as it has).
    pub prefixes: [Option<u64>; 3],
    /// The last 1, 2, 3, 4 characters.
    pub suffixes: [Option<u64>; 4],
    pub capitalized: bool,
    pub gaz: GazTag,
    pub coach_cue: bool,
}

fn hash(bytes: &[u8]) -> u64 {
    let mut h = FnvHasher::default();
    h.write(bytes);
    h.finish()
}

/// Stand-ins for the words before the sentence start and after its end.
const BEFORE: u64 = 0x5eed_0000_0000_0001;
const AFTER: u64 = 0x5eed_0000_0000_0002;
const NO_SHAPE: u64 = 0x5eed_0000_0000_0003;

/// The most features a token has (every template, every affix, both
/// neighbours' reference-data hits, the tags to the left).
const MAX_FEATURES: usize = 30;

/// One feature: a template number mixed with the hashes of its parts
/// (multiply-rotate, as FxHash; the parts are already well spread).
fn mix(template: u8, parts: &[u64]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h = u64::from(template).wrapping_mul(K);
    for p in parts {
        h = (h.rotate_left(5) ^ p).wrapping_mul(K);
    }
    h
}

impl TokenInfo {
    fn new(text: &str, lower: &str, kind: TokenKind) -> Self {
        let (word, prefixes, suffixes, shape, capitalized) = if text.is_ascii() {
            ascii_hashes(text, lower)
        } else {
            hashes(text, lower)
        };
        TokenInfo {
            word,
            shape,
            prefixes,
            suffixes,
            capitalized,
            gaz: GazTag::default(),
            coach_cue: kind == TokenKind::Word && is_coach_cue(lower),
        }
    }
}

/// A token's word, prefix, suffix and shape hashes and whether it is
/// capitalised.
type Hashes = (u64, [Option<u64>; 3], [Option<u64>; 4], u64, bool);

fn hashes(text: &str, lower: &str) -> Hashes {
    let bytes = lower.as_bytes();
    // FNV reads bytes one by one: the hash of the whole word passes
    // through the hashes of its prefixes on the way.
    let mut h = FnvHasher::default();
    let mut prefixes = [None; 3];
    let mut done = 0;
    for (p, (b, c)) in prefixes.iter_mut().zip(lower.char_indices()) {
        done = b + c.len_utf8();
        h.write(&bytes[b..done]);
        *p = Some(h.finish());
    }
    h.write(&bytes[done..]);
    let mut suffixes = [None; 4];
    for (s, (b, _)) in suffixes.iter_mut().zip(lower.char_indices().rev()) {
        *s = Some(hash(&bytes[b..]));
    }
    let capitalized = text.chars().next().is_some_and(char::is_uppercase);
    (
        h.finish(),
        prefixes,
        suffixes,
        shape_hash(text),
        capitalized,
    )
}

/// `hashes` for an ASCII token (most of them), a character a byte.
fn ascii_hashes(text: &str, lower: &str) -> Hashes {
    let bytes = lower.as_bytes();
    let mut h = FnvHasher::default();
    let mut prefixes = [None; 3];
    for (p, b) in prefixes.iter_mut().zip(bytes) {
        h.write_u8(*b);
        *p = Some(h.finish());
    }
    h.write(bytes.get(3..).unwrap_or_default());
    let mut suffixes = [None; 4];
    for (k, s) in suffixes.iter_mut().enumerate().take(bytes.len()) {
        *s = Some(hash(&bytes[bytes.len() - 1 - k..]));
    }
    let mut shape = FnvHasher::default();
    let mut last = 0u8;
    for &b in text.as_bytes() {
        let class = match b {
            b'A'..=b'Z' => b'X',
            b'a'..=b'z' => b'x',
            b'0'..=b'9' => b'd',
            _ => b,
        };
        if class != last {
            shape.write_u8(class);
            last = class;
        }
    }
    let capitalized = text.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
    (h.finish(), prefixes, suffixes, shape.finish(), capitalized)
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

/// The shape class of a character: 'X', 'x', 'd', or the character itself.
fn shape_class(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else {
        c
    }
}

/// A word's shape with runs collapsed: "Messi" → "Xx", "BVB" → "X",
/// "45" → "d", "1." → "d.", "MLS" → "X", "O'Neil" → "X'Xx".
#[cfg(test)]
fn shape(word: &str) -> String {
    let mut out = String::new();
    let mut last = '\0';
    for s in word.chars().map(shape_class) {
        if s != last {
            out.push(s);
            last = s;
        }
    }
    out
}

/// `hash(shape(word).as_bytes())` without building the string.
fn shape_hash(word: &str) -> u64 {
    let mut h = FnvHasher::default();
    let mut last = '\0';
    let mut buf = [0u8; 4];
    for s in word.chars().map(shape_class) {
        if s != last {
            h.write(s.encode_utf8(&mut buf).as_bytes());
            last = s;
        }
    }
    h.finish()
}

impl DocFeatures {
    pub fn new(seg: &Segmented<'_>, lang: Lang, gazetteer: &Gazetteer, data: &RefData) -> Self {
        let mut tokens: Vec<TokenInfo> = seg
            .tokens
            .iter()
            .enumerate()
            .map(|(i, t)| TokenInfo::new(seg.token_text(i), seg.lower(i), t.kind))
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
            for h in c.hits.iter().filter(|h| !h.borrowed) {
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
            // A name another entry lists bare is shared: none of its
            // entries is sure without context.
            let shared = c.hits.iter().any(|h| h.borrowed);
            let hits = c
                .hits
                .iter()
                .map(|h| (h.entry, h.ambiguous || shared))
                .collect();
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
        self.push_features(i, first, end, Some(prev), out);
    }

    /// The same features without those that read the tags to the left, for
    /// a model that scores tag transitions itself (a linear-chain CRF).
    pub fn observation_features(&self, i: usize, first: usize, end: usize, out: &mut Vec<u64>) {
        self.push_features(i, first, end, None, out);
    }

    // One body for both, in one order, so that the tagger's sums (and so the
    // shipped model's output) stay bit for bit what they were.
    fn push_features(
        &self,
        i: usize,
        first: usize,
        end: usize,
        prev: Option<&[Tag]>,
        out: &mut Vec<u64>,
    ) {
        let t = &self.tokens[i];
        let at = |d: isize| -> Option<&TokenInfo> {
            let j = i.checked_add_signed(d)?;
            (j >= first && j < end).then(|| &self.tokens[j])
        };
        let (before2, before, after, after2) = (at(-2), at(-1), at(1), at(2));
        let word = |x: Option<&TokenInfo>, or: u64| x.map_or(or, |x| x.word);
        let shp = |x: Option<&TokenInfo>| x.map_or(NO_SHAPE, |x| x.shape);
        // Into `out` made as long as the most features, then cut to those
        // written: a push per feature checked the capacity thirty times a
        // token, and an array copied over at the end cost a `memcpy`.
        out.clear();
        out.resize(MAX_FEATURES, 0);
        let buf = &mut out[..];
        let mut n = 0;
        let mut f = |template: u8, parts: &[u64]| {
            buf[n] = mix(template, parts);
            n += 1;
        };
        let lang = self.lang as u64;
        let bits = |xs: &[u8]| xs.iter().fold(0u64, |acc, &b| acc << 8 | u64::from(b));
        f(0, &[]);
        f(1, &[t.word]);
        f(2, &[word(before, BEFORE)]);
        f(3, &[word(after, AFTER)]);
        f(4, &[word(before2, BEFORE)]);
        f(5, &[word(after2, AFTER)]);
        f(6, &[t.shape]);
        f(7, &[shp(before), t.shape]);
        f(8, &[t.shape, shp(after)]);
        for (k, p) in t.prefixes.iter().enumerate() {
            if let Some(p) = p {
                f(10 + k as u8, &[*p]);
            }
        }
        for (k, s) in t.suffixes.iter().enumerate() {
            if let Some(s) = s {
                f(14 + k as u8, &[*s]);
            }
        }
        f(
            18,
            &[bits(&[u8::from(i == first), u8::from(t.capitalized)])],
        );
        f(19, &[lang, t.shape]);
        f(20, &[lang, t.word]);
        let g = t.gaz;
        f(21, &[bits(&[g.pos, g.kinds, g.ambiguous])]);
        f(
            22,
            &[bits(&[
                g.pos,
                g.kinds,
                g.ambiguous,
                g.len,
                u8::from(t.capitalized),
            ])],
        );
        for (template, x) in [(23, before), (25, after)] {
            if let Some(x) = x {
                f(
                    template,
                    &[bits(&[x.gaz.pos, x.gaz.kinds, x.gaz.ambiguous])],
                );
            }
        }
        let cue = [-3, -2, -1, 1, 2, 3]
            .into_iter()
            .any(|d| at(d).is_some_and(|x| x.coach_cue));
        f(
            26,
            &[bits(&[u8::from(cue), g.kinds, u8::from(t.capitalized)])],
        );
        if let Some(prev) = prev {
            let p1 = u64::from(prev.last().copied().unwrap_or(bio::O) as u8);
            let p2 = if prev.len() >= 2 {
                prev[prev.len() - 2]
            } else {
                bio::O
            };
            let p2 = u64::from(p2 as u8);
            f(27, &[p1]);
            f(28, &[p1, p2]);
            f(29, &[p1, t.word]);
            f(30, &[p1, t.shape]);
        }
        f(31, &[word(before, BEFORE), t.word]);
        f(32, &[t.word, word(after, AFTER)]);
        out.truncate(n);
    }
}

#[cfg(test)]
mod tests {
    use super::{ascii_hashes, hash, hashes, shape, shape_hash, TokenInfo};
    use scoreline_text::TokenKind;

    #[test]
    fn shapes_collapse_runs() {
        assert_eq!(shape("Messi"), "Xx");
        assert_eq!(shape("BVB"), "X");
        assert_eq!(shape("O'Neil"), "X'Xx");
        assert_eq!(shape("45e"), "dx");
        assert_eq!(shape("Müller"), "Xx");
    }

    #[test]
    fn shape_hashes_are_the_hashes_of_shapes() {
        for w in [
            "Messi",
            "BVB",
            "O'Neil",
            "45e",
            "Müller",
            "",
            "ÉTÉ-2",
            "x\u{301}y",
        ] {
            assert_eq!(shape_hash(w), hash(shape(w).as_bytes()), "{w}");
        }
    }

    #[test]
    fn the_ascii_path_hashes_as_the_general_one() {
        for (text, lower) in [
            ("Messi", "messi"),
            ("BVB", "bvb"),
            ("O'Neil", "o'neil"),
            ("1.", "1."),
            ("45e", "45e"),
            ("a", "a"),
            ("", ""),
            ("U19", "u19"),
            ("-", "-"),
        ] {
            assert_eq!(ascii_hashes(text, lower), hashes(text, lower), "{text}");
        }
    }

    /// The hashes of a token's strings are those of the strings the
    /// templates name, cut at character boundaries.
    #[test]
    fn affix_hashes_are_the_hashes_of_the_affixes() {
        for (text, lower) in [
            ("Müller", "müller"),
            ("São", "são"),
            ("a", "a"),
            ("Ajax", "ajax"),
            ("ÑÜ", "ñü"),
        ] {
            let info = TokenInfo::new(text, lower, TokenKind::Word);
            let chars: Vec<char> = lower.chars().collect();
            let affix = |cs: &[char]| Some(hash(cs.iter().collect::<String>().as_bytes()));
            for k in 0..3 {
                let want = (k < chars.len()).then(|| affix(&chars[..=k])).flatten();
                assert_eq!(info.prefixes[k], want, "{lower} prefix {k}");
            }
            for k in 0..4 {
                let want = (k < chars.len())
                    .then(|| affix(&chars[chars.len() - 1 - k..]))
                    .flatten();
                assert_eq!(info.suffixes[k], want, "{lower} suffix {k}");
            }
            assert_eq!(info.word, hash(lower.as_bytes()));
            assert_eq!(info.shape, hash(shape(text).as_bytes()));
        }
    }
}
