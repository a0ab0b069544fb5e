//! Our labels for a model's entities. A generic type names a family (PER is
//! a player or a coach, ORG a club or a competition, LOC maybe a stadium);
//! the label inside it is chosen by the reference data first (a candidate
//! of that kind overlapping the mention), then by context (a coach word
//! next to the person, a competition or venue word inside the name), else
//! the mapping's first label, unless the mapping asks for support.

use crate::aggregate::TypedSpan;
use crate::labels::{LabelMap, Target};
use scoreline_core::Label;
use scoreline_ner::features::DocFeatures;
use scoreline_ner::resolve::{kind_of, Span};
use scoreline_refdata::RefData;
use scoreline_text::Segmented;

/// Word parts that make a name a competition ("Bundesliga", "Copa del Rey").
const COMPETITION_WORDS: &[&str] = &[
    "liga",
    "league",
    "cup",
    "pokal",
    "coupe",
    "copa",
    "coppa",
    "taça",
    "taca",
    "championship",
    "champions",
    "eredivisie",
    "serie",
    "ligue",
    "divisie",
    "trophy",
    "trofeo",
    "meisterschaft",
    "mundial",
    "euro",
    "primera",
    "primeira",
    "supercopa",
    "supercoppa",
    "nations",
    "conference",
];

/// Whole words that make a name a competition.
const COMPETITION_TOKENS: &[&str] = &["wm", "em", "uefa", "fifa", "dfb", "knvb"];

/// Word parts that make a place a stadium ("Allianz Arena", "Estadio …").
const VENUE_WORDS: &[&str] = &[
    "stadion",
    "stadium",
    "arena",
    "estadio",
    "estádio",
    "stade",
    "stadio",
    "park",
    "parc",
    "field",
    "ground",
    "velodrome",
    "vélodrome",
];

/// Tokens a coach word may be from a person's name and still describe them.
const COACH_CUE_BEFORE: usize = 3;
const COACH_CUE_AFTER: usize = 2;

/// Does the reference data have an entry of `label`'s kind for a name
/// overlapping tokens `first..end`?
fn refdata_supports(
    doc: &DocFeatures,
    data: &RefData,
    first: usize,
    end: usize,
    label: Label,
) -> bool {
    let kind = kind_of(label);
    doc.candidates
        .iter()
        .filter(|c| c.first < end && first < c.end)
        .any(|c| {
            c.hits.iter().any(|(e, _)| {
                data.entries
                    .get(*e as usize)
                    .is_some_and(|x| x.kind == kind)
            })
        })
}

fn any_word_has(seg: &Segmented<'_>, first: usize, end: usize, parts: &[&str]) -> bool {
    (first..end).any(|i| parts.iter().any(|p| seg.lower(i).contains(p)))
}

/// Does the text around or inside tokens `first..end` support `label`?
fn context_supports(
    seg: &Segmented<'_>,
    doc: &DocFeatures,
    first: usize,
    end: usize,
    label: Label,
) -> bool {
    match label {
        Label::Coach => {
            let from = first.saturating_sub(COACH_CUE_BEFORE);
            let to = (end + COACH_CUE_AFTER).min(doc.tokens.len());
            doc.tokens[from..to].iter().any(|t| t.coach_cue)
        }
        Label::Competition => {
            any_word_has(seg, first, end, COMPETITION_WORDS)
                || (first..end).any(|i| COMPETITION_TOKENS.contains(&seg.lower(i)))
        }
        Label::Stadium => any_word_has(seg, first, end, VENUE_WORDS),
        Label::Player | Label::Club => false,
    }
}

/// Our label for one mention, or `None` when it is dropped.
pub fn choose(
    seg: &Segmented<'_>,
    doc: &DocFeatures,
    data: &RefData,
    target: &Target,
    first: usize,
    end: usize,
) -> Option<Label> {
    let Target::Labels {
        options,
        needs_support,
    } = target
    else {
        return None;
    };
    if let [only] = options.as_slice() {
        if !needs_support {
            return Some(*only);
        }
    }
    let supported = options
        .iter()
        .find(|l| refdata_supports(doc, data, first, end, **l))
        .or_else(|| {
            options
                .iter()
                .find(|l| context_supports(seg, doc, first, end, **l))
        });
    match supported {
        Some(l) => Some(*l),
        None if *needs_support => None,
        None => options.first().copied(),
    }
}

/// The model's entities (over the document's tokens) with our labels.
pub fn assign(
    seg: &Segmented<'_>,
    doc: &DocFeatures,
    data: &RefData,
    map: &LabelMap,
    spans: &[TypedSpan],
) -> Vec<Span> {
    spans
        .iter()
        .filter_map(|s| {
            let label = choose(seg, doc, data, &map.target(&s.kind), s.first, s.end)?;
            Some(Span {
                first: s.first,
                end: s.end,
                label,
                confidence: s.confidence,
            })
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use scoreline_core::Lang;
    use scoreline_refdata::{Entry, Gazetteer, Kind};

    fn entry(kind: Kind, id: &str, name: &str) -> Entry {
        Entry {
            kind,
            id: id.into(),
            name: name.into(),
            class: String::new(),
            country: None,
            club: None,
            stadium: None,
            names: vec![name.into()],
            ambiguous: vec![],
        }
    }

    fn data() -> RefData {
        RefData::from_entries(vec![
            entry(Kind::Coach, "c1", "Vincent Kompany"),
            entry(Kind::Competition, "k1", "Eredivisie"),
            entry(Kind::Stadium, "s1", "De Kuip"),
        ])
    }

    /// Labels for the words `first..end` of `text` tagged `kind`.
    fn label(text: &str, first: usize, end: usize, kind: &str, map: &LabelMap) -> Option<Label> {
        let data = data();
        let gaz = Gazetteer::new(&data).unwrap();
        let seg = Segmented::new(text);
        let doc = DocFeatures::new(&seg, Lang::En, &gaz, &data);
        let span = TypedSpan {
            first,
            end,
            kind: kind.into(),
            confidence: 0.9,
        };
        assign(&seg, &doc, &data, map, &[span])
            .first()
            .map(|s| s.label)
    }

    #[test]
    fn persons_are_coaches_by_reference_data_or_a_coach_word() {
        let m = LabelMap::generic();
        assert_eq!(
            label("Vincent Kompany smiled .", 0, 2, "PER", &m),
            Some(Label::Coach)
        );
        assert_eq!(
            label("The coach , Erik Meijer , smiled .", 3, 5, "PER", &m),
            Some(Label::Coach)
        );
        assert_eq!(
            label("Then Erik Meijer scored .", 1, 3, "PER", &m),
            Some(Label::Player)
        );
    }

    #[test]
    fn organisations_are_competitions_by_reference_data_or_name() {
        let m = LabelMap::generic();
        assert_eq!(
            label("In the Eredivisie today .", 2, 3, "ORG", &m),
            Some(Label::Competition)
        );
        assert_eq!(
            label("The Copa del Rey final .", 1, 4, "ORG", &m),
            Some(Label::Competition)
        );
        assert_eq!(
            label("Then Feyenoord won .", 1, 2, "ORG", &m),
            Some(Label::Club)
        );
    }

    #[test]
    fn places_are_stadiums_only_with_support() {
        let m = LabelMap::generic();
        assert_eq!(
            label("They played in De Kuip .", 3, 5, "LOC", &m),
            Some(Label::Stadium)
        );
        assert_eq!(
            label("They played at the Stadio Olimpico .", 4, 6, "LOC", &m),
            Some(Label::Stadium)
        );
        assert_eq!(label("They played in Rotterdam .", 3, 4, "LOC", &m), None);
    }

    #[test]
    fn the_mapping_file_decides_first() {
        let m = LabelMap::parse("PER COACH\nLOC -\n").unwrap();
        assert_eq!(
            label("Then Erik Meijer scored .", 1, 3, "PER", &m),
            Some(Label::Coach)
        );
        assert_eq!(label("They played in De Kuip .", 3, 5, "LOC", &m), None);
        // Our own labels pass one to one.
        assert_eq!(
            label("Then Erik Meijer scored .", 1, 3, "CLUB", &m),
            Some(Label::Club)
        );
    }
}
