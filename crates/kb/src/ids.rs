//! Identifiers of the base: entity ids `<kind>/<slug>` (the reference data's
//! id when the entity is known, else the slug of its canonical name, so that
//! the same unknown name gets the same id in every document and every build),
//! and the IRIs exports give them.

pub use scoreline_ner::resolve::kind_of;
use scoreline_refdata::{Folded, Kind};

/// The word a kind has in entity ids and IRIs.
pub fn kind_word(kind: Kind) -> &'static str {
    match kind {
        Kind::Club => "club",
        Kind::Stadium => "stadium",
        Kind::Competition => "competition",
        Kind::Coach => "coach",
        Kind::Player => "player",
    }
}

/// The kind named by `kind_word`.
pub fn kind_from_word(word: &str) -> Option<Kind> {
    Kind::ALL.into_iter().find(|k| kind_word(*k) == word)
}

/// The slug of the reference data's README: folded (diacritics dropped,
/// lower case), every run of anything but `a-z0-9` one `-`. Letters that do
/// not decompose to ASCII are spelled out so that "Ødegaard" and "Weißwasser"
/// keep their letters.
pub fn slug(name: &str) -> String {
    let folded = Folded::key(name);
    let mut out = String::with_capacity(folded.len());
    let mut dash = false;
    for c in folded.chars() {
        let mut buf = [0; 4];
        let spelled: &str = match c {
            'a'..='z' | '0'..='9' => c.encode_utf8(&mut buf),
            'ß' => "ss",
            'æ' => "ae",
            'œ' => "oe",
            'ø' => "o",
            'ł' => "l",
            'đ' | 'ð' => "d",
            'þ' => "th",
            'ı' => "i",
            _ => {
                dash = true;
                continue;
            }
        };
        if dash && !out.is_empty() {
            out.push('-');
        }
        dash = false;
        out.push_str(spelled);
    }
    out
}

/// The entity id of a reference-data entry or of a slug.
pub fn entity_id(kind: Kind, slug: &str) -> String {
    format!("{}/{slug}", kind_word(kind))
}

/// The reference-data id inside an entity id (`club/fc-porto` → `fc-porto`).
pub fn split_entity_id(id: &str) -> Option<(Kind, &str)> {
    let (word, slug) = id.split_once('/')?;
    Some((kind_from_word(word)?, slug))
}

/// Percent-encodes everything but RFC 3986 unreserved characters, so that any
/// document id is safe inside an IRI.
pub fn iri_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_follow_the_reference_data_rule() {
        assert_eq!(slug("FC Bayern München"), "fc-bayern-munchen");
        assert_eq!(
            slug("Estadio Santiago Bernabéu"),
            "estadio-santiago-bernabeu"
        );
        assert_eq!(slug("  Martin Ødegaard "), "martin-odegaard");
        assert_eq!(slug("Borussia M’gladbach"), "borussia-m-gladbach");
        assert_eq!(slug("Weißwasser"), "weisswasser");
        assert_eq!(slug("!!"), "");
    }

    #[test]
    fn entity_ids_round_trip() {
        let id = entity_id(Kind::Club, "fc-porto");
        assert_eq!(id, "club/fc-porto");
        assert_eq!(split_entity_id(&id), Some((Kind::Club, "fc-porto")));
        assert_eq!(split_entity_id("team/x"), None);
    }

    #[test]
    fn iri_segments_are_escaped() {
        assert_eq!(iri_segment("de-ccc 2024/ü"), "de-ccc%202024%2F%C3%BC");
    }
}
