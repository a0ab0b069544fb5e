//! The committed reference data (`models/refdata`): the counts the project
//! promises, no finding of `RefData::check`, and the names users search by.

use scoreline_refdata::{Gazetteer, Kind, RefData};
use std::path::PathBuf;
use std::sync::OnceLock;

fn data() -> &'static RefData {
    static DATA: OnceLock<RefData> = OnceLock::new();
    DATA.get_or_init(|| {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../models/refdata");
        RefData::load(&root).unwrap_or_else(|e| panic!("{e}"))
    })
}

#[test]
fn counts_hold() {
    let d = data();
    for (kind, floor) in [
        (Kind::Club, 700),
        (Kind::Stadium, 450),
        (Kind::Competition, 90),
        (Kind::Coach, 300),
        (Kind::Player, 4000),
    ] {
        assert!(
            d.count(kind) >= floor,
            "{kind:?}: {} < {floor}",
            d.count(kind)
        );
    }
    let countries: std::collections::BTreeSet<&str> = d
        .entries
        .iter()
        .filter(|e| e.kind == Kind::Club && e.class == "club")
        .filter_map(|e| e.country.as_deref())
        .collect();
    assert!(countries.len() >= 25, "club countries: {countries:?}");
}

#[test]
fn no_findings() {
    let findings: Vec<String> = data().check().iter().map(ToString::to_string).collect();
    assert!(findings.is_empty(), "{}", findings.join("\n"));
}

/// Every name resolves to the entry the press means by it, and to no other
/// entry of its kind; names that are also common words ("Herons", "garzas",
/// "azteca") resolve only as ambiguous (`true` below).
#[test]
fn names_users_search_by() {
    let d = data();
    let g = Gazetteer::new(d).unwrap_or_else(|e| panic!("{e}"));
    let cases = [
        ("Colchoneros", Kind::Club, "atletico-madrid", false),
        ("Rossoneri", Kind::Club, "ac-milan", false),
        ("Mengão", Kind::Club, "flamengo", false),
        ("Mengao", Kind::Club, "flamengo", false),
        ("BVB", Kind::Club, "borussia-dortmund", false),
        ("PSG", Kind::Club, "paris-saint-germain", false),
        ("LAFC", Kind::Club, "los-angeles-fc", false),
        ("OM", Kind::Club, "olympique-de-marseille", false),
        ("Gallos Blancos", Kind::Club, "queretaro-fc", false),
        ("Garzas", Kind::Club, "inter-miami-cf", true),
        ("Herons", Kind::Club, "inter-miami-cf", true),
        ("Godenzonen", Kind::Club, "afc-ajax", false),
        ("Azteca", Kind::Stadium, "estadio-azteca", true),
        ("Bombonera", Kind::Stadium, "la-bombonera", false),
        ("Meazza", Kind::Stadium, "stadio-giuseppe-meazza", false),
        ("San Siro", Kind::Stadium, "stadio-giuseppe-meazza", false),
        ("Wembley", Kind::Stadium, "wembley-stadium", false),
        ("Klub-WM", Kind::Competition, "fifa-club-world-cup", false),
        ("C1", Kind::Competition, "uefa-champions-league", false),
        (
            "Libertadores",
            Kind::Competition,
            "copa-libertadores",
            false,
        ),
        ("Leagues Cup", Kind::Competition, "leagues-cup", false),
        ("DFB-Pokal", Kind::Competition, "dfb-pokal", false),
    ];
    let mut wrong = Vec::new();
    for (name, kind, id, context) in cases {
        let found: Vec<(&str, bool)> = g
            .find(name)
            .iter()
            .filter(|c| c.start == 0 && c.end == name.len())
            .flat_map(|c| c.hits.iter())
            .map(|h| (&d.entries[h.entry as usize], h.ambiguous))
            .filter(|(e, _)| e.kind == kind)
            .map(|(e, ambiguous)| (e.id.as_str(), ambiguous))
            .collect();
        // A nickname two clubs share may name the other one too, but then
        // only with context: what counts is the unambiguous reading.
        let unambiguous: Vec<_> = found.iter().filter(|(_, a)| !a).collect();
        let ok = if context {
            unambiguous.is_empty() && found.contains(&(id, true))
        } else {
            unambiguous == [&(id, false)]
        };
        if !ok {
            wrong.push(format!("{name}: {found:?}, expected {id}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Names that are common words or places are matched only as ambiguous.
#[test]
fn common_words_need_context() {
    let d = data();
    let g = Gazetteer::new(d).unwrap_or_else(|e| panic!("{e}"));
    let words = [
        "Inter",
        "Atlas",
        "América",
        "City",
        "United",
        "Real",
        "Sporting",
        "Nacional",
        "Independiente",
        "Paris",
        "Monterrey",
        "Guadalajara",
    ];
    let mut wrong = Vec::new();
    for w in words {
        let cands = g.find(w);
        let whole: Vec<_> = cands
            .iter()
            .filter(|c| c.start == 0 && c.end == w.len())
            .collect();
        if whole.is_empty() || whole.iter().any(|c| c.hits.iter().any(|h| !h.ambiguous)) {
            wrong.push(w);
        }
    }
    assert!(wrong.is_empty(), "not marked ambiguous: {wrong:?}");
}

/// A results line joins two clubs with a spaced dash: each is its own name,
/// never one running across the dash ("Stade Rennais – FC" is not
/// "Stade Rennais FC").
#[test]
fn a_spaced_dash_ends_a_name() {
    let d = data();
    let g = Gazetteer::new(d).unwrap_or_else(|e| panic!("{e}"));
    let text = "Stade Rennais – FC Nantes 1-1, Ipswich Town - FC Liverpool 1-4";
    let found: Vec<&str> = g.find(text).iter().map(|c| &text[c.start..c.end]).collect();
    assert_eq!(
        found,
        ["Stade Rennais", "FC Nantes", "Ipswich Town", "FC Liverpool"]
    );
}

#[test]
fn a_small_word_is_no_capital_abbreviation_of_a_name() {
    let d = data();
    let g = Gazetteer::new(d).unwrap_or_else(|e| panic!("{e}"));
    let text = "Rivals such as Monaco lost to AS Monaco; as Roma fans know, AC Milan won.";
    let found: Vec<&str> = g.find(text).iter().map(|c| &text[c.start..c.end]).collect();
    assert_eq!(found, ["Monaco", "AS Monaco", "Roma", "AC Milan"]);
}

#[test]
fn a_person_is_never_found_from_a_word_in_lower_case() {
    let d = data();
    let g = Gazetteer::new(d).unwrap_or_else(|e| panic!("{e}"));
    let text = "il giovane Estêvão e Giovane; Virgil van Dijk, van Dijk";
    let found: Vec<&str> = g.find(text).iter().map(|c| &text[c.start..c.end]).collect();
    assert_eq!(found, ["Estêvão", "Giovane", "Virgil van Dijk", "van Dijk"]);
}
