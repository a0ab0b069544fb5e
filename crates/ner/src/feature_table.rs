//! A hash table from feature hashes to weights: open addressing with
//! linear probing over a power-of-two array of keys, filled at most half
//! full, with the values in a parallel array.
//!
//! Why not a `HashMap`: the tagger looks up some thirty features per token
//! and most of them miss; hashbrown's group probing and control bytes cost
//! more instructions than one multiply, one compare and (rarely) a second
//! slot here. The keys are feature hashes already, so one multiply spreads
//! them over the table.
//!
//! Why keys apart from values: the look-ups are memory-bound (random slots
//! of a table larger than the core's cache), and most of them miss. A miss
//! reads only the array of keys, 8 bytes a slot, which is a seventh the
//! size of (key, weights) slots and stays far better cached; only a hit
//! reads its value.

/// The key that marks a free slot; a real key of this value is kept aside.
const EMPTY: u64 = 0;

/// Fibonacci hashing: the top bits of the key times 2^64 / φ.
const SPREAD: u64 = 0x9e37_79b9_7f4a_7c15;

#[derive(Debug, Clone)]
pub struct FeatureTable<V> {
    /// Per slot its key, or `EMPTY` when free.
    keys: Vec<u64>,
    /// Per slot the value of its key (the default in a free slot).
    values: Vec<V>,
    /// 64 minus the number of index bits.
    shift: u32,
    len: usize,
    /// The value of key `EMPTY`, if it has one.
    empty_key: Option<V>,
}

impl<V: Copy + Default> Default for FeatureTable<V> {
    fn default() -> Self {
        FeatureTable {
            keys: vec![EMPTY; 2],
            values: vec![V::default(); 2],
            shift: 63,
            len: 0,
            empty_key: None,
        }
    }
}

impl<V: Copy + Default> FeatureTable<V> {
    /// The value of `key`, if it has one.
    #[inline]
    pub fn get(&self, key: u64) -> Option<&V> {
        if key == EMPTY {
            return self.empty_key.as_ref();
        }
        let mask = self.keys.len() - 1;
        let mut i = self.home(key);
        loop {
            let k = self.keys[i & mask];
            if k == key {
                return self.values.get(i & mask);
            }
            if k == EMPTY {
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
        let empty = self.empty_key.as_ref().map(|v| (EMPTY, v));
        empty.into_iter().chain(
            self.keys
                .iter()
                .zip(&self.values)
                .filter(|(k, _)| **k != EMPTY)
                .map(|(k, v)| (*k, v)),
        )
    }

    /// Sets the value of `key`, replacing any it had.
    pub fn insert(&mut self, key: u64, value: V) {
        if key == EMPTY {
            if self.empty_key.replace(value).is_none() {
                self.len += 1;
            }
            return;
        }
        let mask = self.keys.len() - 1;
        let mut i = self.home(key);
        while self.keys[i & mask] != EMPTY {
            if self.keys[i & mask] == key {
                self.values[i & mask] = value;
                return;
            }
            i += 1;
        }
        self.len += 1;
        if 2 * self.len > self.keys.len() {
            self.grow();
            self.place(key, value);
        } else {
            self.keys[i & mask] = key;
            self.values[i & mask] = value;
        }
    }

    /// Puts a key known to be absent into its first free slot.
    fn place(&mut self, key: u64, value: V) {
        let mask = self.keys.len() - 1;
        let mut i = self.home(key);
        while self.keys[i & mask] != EMPTY {
            i += 1;
        }
        self.keys[i & mask] = key;
        self.values[i & mask] = value;
    }

    fn grow(&mut self) {
        let size = 2 * self.keys.len();
        let keys = std::mem::replace(&mut self.keys, vec![EMPTY; size]);
        let values = std::mem::replace(&mut self.values, vec![V::default(); size]);
        self.shift = 64 - size.trailing_zeros();
        for (k, v) in keys.into_iter().zip(values).filter(|(k, _)| *k != EMPTY) {
            self.place(k, v);
        }
    }
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
        assert_eq!(t.get(EMPTY), None);
        t.insert(7, 1.5);
        t.insert(EMPTY, -2.0);
        t.insert(u64::MAX, 3.0);
        t.insert(7, 4.0);
        assert_eq!(t.len(), 3);
        assert_eq!(t.get(7), Some(&4.0));
        assert_eq!(t.get(EMPTY), Some(&-2.0));
        assert_eq!(t.get(u64::MAX), Some(&3.0));
        assert_eq!(t.get(8), None);
        let mut listed: Vec<(u64, f32)> = t.iter().map(|(k, v)| (k, *v)).collect();
        listed.sort_by_key(|(k, _)| *k);
        assert_eq!(listed, [(EMPTY, -2.0), (7, 4.0), (u64::MAX, 3.0)]);
    }

    #[test]
    fn colliding_keys_probe_past_each_other() {
        // Keys that share their top bits after the multiply land in one
        // slot: every one of them must still be found, and a missing key in
        // the same run must not be.
        let mut t: FeatureTable<u32> = FeatureTable::default();
        let home_zero = |k: &u64| k.wrapping_mul(SPREAD) >> 57 == 0;
        let keys: Vec<u64> = (1..).filter(home_zero).take(41).collect();
        let (missing, keys) = keys.split_last().unwrap_or((&0, &[]));
        for (v, k) in keys.iter().enumerate() {
            t.insert(*k, v as u32);
        }
        assert_eq!(t.keys.len(), 128);
        assert_eq!(keys.iter().map(|k| t.home(*k)).max(), Some(0));
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
