//! The set behind each cue list: a hash set, and a filter by length and
//! first byte in front of it. Most words asked about are in no list, and the
//! filter rules them out before they are hashed.

/// A cue list as a hash set, with a filter by length and first byte that
/// rules out most words before they are hashed.
pub(crate) struct CueSet {
    set: rustc_hash::FxHashSet<&'static str>,
    /// Bit `first byte % 64` of `masks[length]` (16: 16 bytes or more).
    masks: [u64; 17],
}

impl CueSet {
    pub(crate) fn new(words: &[&'static str]) -> Self {
        let mut masks = [0u64; 17];
        for w in words {
            if let Some(&b) = w.as_bytes().first() {
                masks[w.len().min(16)] |= 1 << (b & 63);
            }
        }
        CueSet {
            set: words.iter().copied().collect(),
            masks,
        }
    }

    #[inline]
    pub(crate) fn contains(&self, w: &str) -> bool {
        match w.as_bytes().first() {
            Some(&b) => self.masks[w.len().min(16)] >> (b & 63) & 1 != 0 && self.set.contains(w),
            None => self.set.contains(w),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::CueSet;

    #[test]
    fn the_filter_keeps_every_word_of_the_list() {
        let words = [
            "ht",
            "halbzeitpause",
            "überhaupt",
            "balneário",
            "a-very-long-cue-word-indeed",
            "é",
        ];
        let set = CueSet::new(&words);
        for w in words {
            assert!(set.contains(w), "{w}");
        }
        for w in [
            "",
            "hz",
            "halbzeitpausen",
            "uberhaupt",
            "a-very-long-cue-word-indeeds",
        ] {
            assert!(!set.contains(w), "{w}");
        }
    }
}
