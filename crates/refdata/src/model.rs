//! The entries of the reference data, all kinds in one shape: what the
//! matcher and linker need (id, canonical name, names, the club a person or
//! stadium belongs to).

use rustc_hash::FxHashMap;

/// What an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Club,
    Stadium,
    Competition,
    Coach,
    Player,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Club,
        Kind::Stadium,
        Kind::Competition,
        Kind::Coach,
        Kind::Player,
    ];

    /// The folder under `models/refdata/` holding this kind.
    pub fn folder(self) -> &'static str {
        match self {
            Kind::Club => "clubs",
            Kind::Stadium => "stadiums",
            Kind::Competition => "competitions",
            Kind::Coach => "coaches",
            Kind::Player => "players",
        }
    }
}

/// One row of a reference file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub kind: Kind,
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Sub-kind: `club`/`women`/`national`/`national-women` for clubs,
    /// `league`/`cup`/… for competitions, the position for players.
    pub class: String,
    /// ISO 3166-1 alpha-2 (or a region: `eu`, `world`) of clubs, stadiums
    /// and competitions.
    pub country: Option<String>,
    /// The club a player, coach or stadium belongs to (first one for stadiums).
    pub club: Option<String>,
    /// The home stadium of a club.
    pub stadium: Option<String>,
    /// Names that identify the entry on their own (the canonical name too,
    /// unless another entry of the kind shares it: then it is ambiguous).
    pub names: Vec<String>,
    /// Names that also are common words or places: accepted only with context.
    pub ambiguous: Vec<String>,
}

/// All reference data, indexed by kind and id.
#[derive(Debug, Clone, Default)]
pub struct RefData {
    pub entries: Vec<Entry>,
    /// One map per kind (`Kind as usize`), so a lookup by `&str` needs no
    /// owned key: `get` runs for every linked mention.
    index: [FxHashMap<String, usize>; Kind::ALL.len()],
}

impl RefData {
    pub fn from_entries(entries: Vec<Entry>) -> Self {
        let mut index: [FxHashMap<String, usize>; Kind::ALL.len()] = Default::default();
        for (i, e) in entries.iter().enumerate() {
            index[e.kind as usize].insert(e.id.clone(), i);
        }
        RefData { entries, index }
    }

    pub fn get(&self, kind: Kind, id: &str) -> Option<&Entry> {
        self.index[kind as usize].get(id).map(|&i| &self.entries[i])
    }

    pub fn count(&self, kind: Kind) -> usize {
        self.entries.iter().filter(|e| e.kind == kind).count()
    }
}
