//! What the reference data says of a club id that match assembly needs:
//! its country (a people's noun, "les Algériens", stands for the clubs of
//! one), its home city (a result "in Bilbao" was played at the ground of
//! the club of Bilbao) and whether it is a national team (the two sides of one match are
//! of one kind). The club files are compiled in: relations read no files.
//!
//! Invariants: `club_facts` never names a club; it answers only for ids
//! the recogniser linked.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// The club files (`models/refdata/clubs/*.tsv`).
const CLUB_FILES: [(&str, &str); 5] = [
    (
        "models/refdata/clubs/americas-asia.tsv",
        include_str!("../../../models/refdata/clubs/americas-asia.tsv"),
    ),
    (
        "models/refdata/clubs/england-scotland.tsv",
        include_str!("../../../models/refdata/clubs/england-scotland.tsv"),
    ),
    (
        "models/refdata/clubs/germany-benelux-alps-nordics.tsv",
        include_str!("../../../models/refdata/clubs/germany-benelux-alps-nordics.tsv"),
    ),
    (
        "models/refdata/clubs/international-rest.tsv",
        include_str!("../../../models/refdata/clubs/international-rest.tsv"),
    ),
    (
        "models/refdata/clubs/spain-italy-france-portugal.tsv",
        include_str!("../../../models/refdata/clubs/spain-italy-france-portugal.tsv"),
    ),
];

/// The kind (`club`, `women`, `national`, `national-women`) and country of
/// a club.
struct Facts {
    name: &'static str,
    national: bool,
    country: &'static str,
    city: &'static str,
}

fn facts(id: &str) -> Option<&'static Facts> {
    static FACTS: OnceLock<FxHashMap<&'static str, Facts>> = OnceLock::new();
    FACTS
        .get_or_init(|| {
            let mut map = FxHashMap::default();
            for (_, text) in CLUB_FILES {
                for line in text.lines().skip(1) {
                    let mut cells = line.split('\t');
                    let (Some(id), Some(name), Some(kind), Some(country)) =
                        (cells.next(), cells.next(), cells.next(), cells.next())
                    else {
                        continue;
                    };
                    let national = kind.starts_with("national");
                    let city = cells.next().unwrap_or_default();
                    map.insert(
                        id,
                        Facts {
                            name,
                            national,
                            country,
                            city,
                        },
                    );
                }
            }
            map
        })
        .get(id)
}

/// The country of a club id (ISO 3166-1 alpha-2, `gb-eng` for the home
/// nations).
pub(crate) fn country_of(id: &str) -> Option<&'static str> {
    facts(id).map(|f| f.country)
}

/// Is the club id a national team (men's or women's)?
pub(crate) fn is_national(id: &str) -> Option<bool> {
    facts(id).map(|f| f.national)
}

/// The home city of a club id, as the reference data writes it ("" when
/// it gives none).
pub(crate) fn city_of(id: &str) -> Option<&'static str> {
    facts(id).map(|f| f.city)
}

/// The canonical name of a club id.
pub(crate) fn name_of(id: &str) -> Option<&'static str> {
    facts(id).map(|f| f.name)
}

/// The club files compiled in, for the test that checks none is missing.
pub fn club_files() -> &'static [(&'static str, &'static str)] {
    &CLUB_FILES
}
