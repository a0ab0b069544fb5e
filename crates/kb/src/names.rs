//! Reference-data names by folded key, per kind: the lookup that sends
//! "Bayern Munich", "Bayern München" and "Bayern de Múnich" to one id.

use scoreline_refdata::{Entry, Folded, Kind, RefData};
use std::collections::HashMap;

/// Names → entries of one kind. Unambiguous names and the `ambiguous` ones
/// ("Inter", "Real", "City") are kept apart: the latter decide nothing alone.
#[derive(Debug, Default)]
pub struct NameIndex {
    sure: HashMap<(Kind, String), Vec<u32>>,
    ambiguous: HashMap<(Kind, String), Vec<u32>>,
    ids: HashMap<(Kind, String), u32>,
}

/// What a name says in the reference data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// Exactly one entry has it as an unambiguous name.
    One(u32),
    /// Several entries (or only ambiguous names) have it: these are the ones.
    Several(Vec<u32>),
    None,
}

impl NameIndex {
    pub fn new(data: &RefData) -> Self {
        let mut index = NameIndex::default();
        for (i, e) in data.entries.iter().enumerate() {
            index.ids.insert((e.kind, e.id.clone()), i as u32);
            for name in &e.names {
                push(&mut index.sure, e.kind, name, i as u32);
            }
            for name in &e.ambiguous {
                push(&mut index.ambiguous, e.kind, name, i as u32);
            }
        }
        index
    }

    /// The entry with this reference-data id.
    pub fn by_id(&self, kind: Kind, id: &str) -> Option<u32> {
        self.ids.get(&(kind, id.to_owned())).copied()
    }

    /// The one entry with this folded key as an unambiguous name.
    pub fn sure(&self, kind: Kind, key: &str) -> Option<u32> {
        match self.sure.get(&(kind, key.to_owned())).map(Vec::as_slice) {
            Some([one]) => Some(*one),
            _ => None,
        }
    }

    pub fn lookup(&self, kind: Kind, name: &str) -> Lookup {
        let key = (kind, Folded::key(name));
        match self.sure.get(&key).map(Vec::as_slice) {
            Some([one]) => Lookup::One(*one),
            Some(many) => Lookup::Several(many.to_vec()),
            None => match self.ambiguous.get(&key) {
                Some(many) => Lookup::Several(many.clone()),
                None => Lookup::None,
            },
        }
    }
}

fn push(map: &mut HashMap<(Kind, String), Vec<u32>>, kind: Kind, name: &str, i: u32) {
    let slot = map.entry((kind, Folded::key(name))).or_default();
    if !slot.contains(&i) {
        slot.push(i);
    }
}

/// Every name of an entry, canonical first.
pub fn all_names(e: &Entry) -> impl Iterator<Item = &String> {
    e.names.iter().chain(&e.ambiguous)
}
