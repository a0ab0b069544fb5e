//! A hash table from feature hashes to weights: open addressing with
//! linear probing over a power-of-two array of slots, filled at most half
//! full, and beside it an array of 16-bit tags, one per slot.
//!
//! Why not a `HashMap`: the tagger looks up some thirty features per token
//! and most of them miss; hashbrown's group probing and control bytes cost
//! more instructions than one multiply, one compare and (rarely) a second
//! slot here. The keys are feature hashes already, so one multiply spreads
//! them over the table.
//!
//! Why the tags: the look-ups are bound by memory, not instructions (the
//! slots, a key and a row of weights each, are megabytes, far larger than
//! a core's cache), and most of them miss. A slot's tag is 0 when it is
//! free, else 16 bits of its key: a miss reads only tags (2 bytes a slot,
//! an array that stays cached), a hit reads its slot once, key and weights
//! together. A tag equal by chance costs one compare of the full key.

/// Fibonacci hashing: the top bits of the key times 2^64 / φ.
const SPREAD: u64 = 0x9e37_79b9_7f4a_7c15;

/// The tag of a free slot.
const FREE: u16 = 0;

/// A slot: the key and its value (the default in a free slot). Aligned
/// to a cache line: the tagger's slot (a key and twelve weights, 56 bytes)
/// would otherwise straddle two lines three times in four, and a hit waits
/// on memory, not instructions.
#[derive(Debug, Clone, Copy, Default)]
#[repr(align(64))]
struct Slot<V> {
    key: u64,
    value: V,
}

#[derive(Debug, Clone)]
pub struct FeatureTable<V> {
    /// Per slot, `FREE` or the tag of its key.
    tags: Vec<u16>,
    slots: Vec<Slot<V>>,
    /// 64 minus the number of index bits.
    shift: u32,
    len: usize,
}

impl<V: Copy + Default> Default for FeatureTable<V> {
    fn default() -> Self {
        FeatureTable {
            tags: vec![FREE; 2],
            slots: vec![Slot::default(); 2],
            shift: 63,
            len: 0,
        }
    }
}

impl<V: Copy + Default> FeatureTable<V> {
    /// The value of `key`, if it has one.
    #[inline]
    pub fn get(&self, key: u64) -> Option<&V> {
        let tag = tag(key);
        let mask = self.tags.len() - 1;
        let mut i = self.home(key);
        loop {
            let t = self.tags[i & mask];
            if t == tag {
                let slot = &self.slots[i & mask];
                if slot.key == key {
                    return Some(&slot.value);
                }
            } else if t == FREE {
                return None;
            }
            i += 1;
        }
    }

    /// The first slot `key` may be in.
    #[inline]
    fn home(&self, key: u64) -> usize {
        (key.wrapping_mul(SPREAD) >> self.shift) as usize
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Every key with its value, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (u64, &V)> {
        self.tags
            .iter()
            .zip(&self.slots)
            .filter(|(t, _)| **t != FREE)
            .map(|(_, s)| (s.key, &s.value))
    }

    /// Sets the value of `key`, replacing any it had.
    pub fn insert(&mut self, key: u64, value: V) {
        let tag = tag(key);
        let mask = self.tags.len() - 1;
        let mut i = self.home(key);
        while self.tags[i & mask] != FREE {
            if self.tags[i & mask] == tag && self.slots[i & mask].key == key {
                self.slots[i & mask].value = value;
                return;
            }
            i += 1;
        }
        self.len += 1;
        if 2 * self.len > self.tags.len() {
            self.grow();
            self.place(key, value);
        } else {
            self.tags[i & mask] = tag;
            self.slots[i & mask] = Slot { key, value };
        }
    }

    /// Puts a key known to be absent into its first free slot.
    fn place(&mut self, key: u64, value: V) {
        let mask = self.tags.len() - 1;
        let mut i = self.home(key);
        while self.tags[i & mask] != FREE {
            i += 1;
        }
        self.tags[i & mask] = tag(key);
        self.slots[i & mask] = Slot { key, value };
    }

    fn grow(&mut self) {
        let size = 2 * self.tags.len();
        let tags = std::mem::replace(&mut self.tags, vec![FREE; size]);
        let slots = std::mem::replace(&mut self.slots, vec![Slot::default(); size]);
        self.shift = 64 - size.trailing_zeros();
        for (_, s) in tags.into_iter().zip(slots).filter(|(t, _)| *t != FREE) {
            self.place(s.key, s.value);
        }
    }
}

/// The tag of `key`: its top 16 bits, never `FREE`. (The slot comes from
/// all its bits, multiplied.)
#[inline]
fn tag(key: u64) -> u16 {
    ((key >> 48) as u16).max(1)
}

impl<V: Copy + Default> FromIterator<(u64, V)> for FeatureTable<V> {
    fn from_iter<I: IntoIterator<Item = (u64, V)>>(items: I) -> Self {
        let mut table = FeatureTable::default();
        for (k, v) in items {
            table.insert(k, v);
        }
        table
    }
}

/// Equal when they hold the same keys with equal values, in any order.
impl<V: Copy + Default + PartialEq> PartialEq for FeatureTable<V> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashMap;

    #[test]
    fn finds_what_was_inserted_and_nothing_else() {
        let mut t: FeatureTable<f32> = FeatureTable::default();
        assert_eq!(t.get(7), None);
        assert_eq!(t.get(0), None);
        t.insert(7, 1.5);
        t.insert(0, -2.0);
        t.insert(u64::MAX, 3.0);
        t.insert(7, 4.0);
        assert_eq!(t.len(), 3);
        assert_eq!(t.get(7), Some(&4.0));
        assert_eq!(t.get(0), Some(&-2.0));
        assert_eq!(t.get(u64::MAX), Some(&3.0));
        assert_eq!(t.get(8), None);
        let mut listed: Vec<(u64, f32)> = t.iter().map(|(k, v)| (k, *v)).collect();
        listed.sort_by_key(|(k, _)| *k);
        assert_eq!(listed, [(0, -2.0), (7, 4.0), (u64::MAX, 3.0)]);
    }

    #[test]
    fn colliding_keys_probe_past_each_other() {
        // Keys that share their top bits after the multiply land in one
        // slot: every one of them must still be found, and a missing key in
        // the same run must not be. Being small, they share their tag too.
        let mut t: FeatureTable<u32> = FeatureTable::default();
        let home_zero = |k: &u64| k.wrapping_mul(SPREAD) >> 57 == 0;
        let keys: Vec<u64> = (1..).filter(home_zero).take(41).collect();
        let (missing, keys) = keys.split_last().unwrap_or((&0, &[]));
        for (v, k) in keys.iter().enumerate() {
            t.insert(*k, v as u32);
        }
        assert_eq!(t.tags.len(), 128);
        assert_eq!(keys.iter().map(|k| t.home(*k)).max(), Some(0));
        assert!(keys.iter().chain([missing]).all(|k| tag(*k) == 1));
        for (v, k) in keys.iter().enumerate() {
            assert_eq!(t.get(*k), Some(&(v as u32)));
        }
        assert_eq!(t.get(*missing), None);
    }

    #[test]
    fn equality_ignores_insertion_order() {
        let a: FeatureTable<i8> = [(1, 1), (2, 2), (3, 3)].into_iter().collect();
        let b: FeatureTable<i8> = [(3, 3), (1, 1), (2, 2)].into_iter().collect();
        let c: FeatureTable<i8> = [(3, 3), (1, 1), (2, 9)].into_iter().collect();
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    proptest! {
        #[test]
        fn lookups_equal_a_hash_maps(
            pairs in prop::collection::vec((any::<u64>(), any::<i32>()), 0..300),
            small in prop::collection::vec((0u64..16, any::<i32>()), 0..20),
            probes in prop::collection::vec(any::<u64>(), 0..100),
        ) {
            let mut map = HashMap::new();
            let mut table = FeatureTable::default();
            for (k, v) in pairs.iter().chain(&small) {
                map.insert(*k, *v);
                table.insert(*k, *v);
            }
            prop_assert_eq!(table.len(), map.len());
            for k in pairs.iter().chain(&small).map(|(k, _)| *k).chain(probes).chain(0..16) {
                prop_assert_eq!(table.get(k), map.get(&k));
            }
            let listed: HashMap<u64, i32> = table.iter().map(|(k, v)| (k, *v)).collect();
            prop_assert_eq!(listed, map);
        }
    }
}
