//! The set behind each cue list: a hash set, and a filter by length and
//! first byte in front of it. Most words asked about are in no list, and the
//! filter rules them out before they are hashed.

/// A filter by length and first byte: bit `first byte % 64` of
/// `masks[length]` (16: 16 bytes or more) is set for every listed word.
pub(crate) struct Prefilter {
    masks: [u64; 17],
}

impl Prefilter {
    /// The filter of a list known when compiling: built then, so that a
    /// word it rules out is never taken to the lazily built set (whose
    /// first-use check costs as much again as the filter).
    pub(crate) const fn of(words: &[&str]) -> Self {
        let mut masks = [0u64; 17];
        let mut k = 0;
        while k < words.len() {
            let w = words[k].as_bytes();
            if !w.is_empty() {
                let len = if w.len() < 16 { w.len() } else { 16 };
                masks[len] |= 1 << (w[0] & 63);
            }
            k += 1;
        }
        Prefilter { masks }
    }

    /// False only for a word that is surely not listed.
    #[inline]
    pub(crate) fn may_hold(&self, w: &str) -> bool {
        match w.as_bytes().first() {
            Some(&b) => self.masks[w.len().min(16)] >> (b & 63) & 1 != 0,
            None => true,
        }
    }
}

/// A cue list as a hash set. Its filter by length and first byte
/// ([`Prefilter::of`], built when compiling) is asked first, by `cue_set!`:
/// most words are ruled out before they are hashed or the set is built.
pub(crate) struct CueSet {
    set: rustc_hash::FxHashSet<&'static str>,
    /// Per length (16: 16 bytes or more), bit `last byte % 64` set for
    /// every listed word: a second filter, for the words the first passed.
    lasts: [u64; 17],
}

impl CueSet {
    pub(crate) fn new(words: &[&'static str]) -> Self {
        let mut lasts = [0u64; 17];
        for w in words {
            if let Some(&b) = w.as_bytes().last() {
                lasts[w.len().min(16)] |= 1 << (b & 63);
            }
        }
        CueSet {
            set: words.iter().copied().collect(),
            lasts,
        }
    }

    /// Is `w` listed? (Its filter has passed it.) Not inlined: the cue
    /// functions, inlined into every rule, stay small.
    #[inline(never)]
    pub(crate) fn contains(&self, w: &str) -> bool {
        let last = w
            .as_bytes()
            .last()
            .is_none_or(|&b| self.lasts[w.len().min(16)] >> (b & 63) & 1 != 0);
        last && self.set.contains(w)
    }
}

/// A word table (word to value) behind the same filter as [`CueSet`]: the
/// number words of minutes and the classes of minute-less goals are asked of
/// every token.
pub(crate) struct CueMap<V> {
    map: rustc_hash::FxHashMap<&'static str, V>,
    filter: Prefilter,
}

impl<V: Copy> CueMap<V> {
    pub(crate) fn new(entries: impl IntoIterator<Item = (&'static str, V)>) -> Self {
        let map: rustc_hash::FxHashMap<&'static str, V> = entries.into_iter().collect();
        let keys: Vec<&str> = map.keys().copied().collect();
        let filter = Prefilter::of(&keys);
        CueMap { map, filter }
    }

    #[inline]
    pub(crate) fn get(&self, w: &str) -> Option<V> {
        if self.filter.may_hold(w) {
            self.map.get(w).copied()
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{CueMap, CueSet, Prefilter};

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
        let (filter, set) = (Prefilter::of(&words), CueSet::new(&words));
        let listed = |w: &str| filter.may_hold(w) && set.contains(w);
        for w in words {
            assert!(listed(w), "{w}");
        }
        for w in [
            "",
            "hz",
            "halbzeitpausen",
            "uberhaupt",
            "a-very-long-cue-word-indeeds",
        ] {
            assert!(!listed(w), "{w}");
        }
    }

    #[test]
    fn the_map_finds_every_entry_and_only_them() {
        let map = CueMap::new([
            ("achtste", 8),
            ("ottavo", 8),
            ("é", 1),
            ("vierundzwanzigsten", 24),
        ]);
        assert_eq!(map.get("achtste"), Some(8));
        assert_eq!(map.get("é"), Some(1));
        assert_eq!(map.get("vierundzwanzigsten"), Some(24));
        assert_eq!(map.get("achtsten"), None);
        assert_eq!(map.get(""), None);
    }
}
