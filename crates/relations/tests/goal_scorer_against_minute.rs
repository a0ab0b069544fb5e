//! A name written right against its minute ("Beto 12", "Kane (23.)",
//! "Ajorque 55e"), and the minutes joined to it ("Beto 12, 49"), name the
//! scorer by notation: the attachment model is not asked. In prose it is.
//! Every line here is written for the test.

mod common;

use common::run_with;
use scoreline_relations::attach::{Attacher, Site};
use scoreline_relations::EntitySpan;

/// An attacher that finds no scorer for any goal it is asked about.
struct NoOne;

impl Attacher for NoOne {
    fn scorer<'e>(&self, _site: &Site<'_, '_, 'e>) -> Option<&'e EntitySpan> {
        None
    }
}

type Scored = Vec<(String, Option<u32>)>;

fn scored_asking_no_one(marked: &str) -> Scored {
    run_with(marked, &NoOne)
        .goals
        .into_iter()
        .map(|g| (g.scorer, g.minute))
        .collect()
}

fn at(name: &str, minute: u32) -> (String, Option<u32>) {
    (name.to_owned(), Some(minute))
}

#[test]
fn scorers_lines_name_their_scorers_in_every_language() {
    let cases: [(&str, Scored); 7] = [
        ("[[Everton|CLUB]] 3 ([[Beto|PLAYER]] 12, 49; [[O'Shea|PLAYER]] 84 og) [[Ipswich|CLUB]] 0", vec![at("Beto", 12), at("Beto", 49), at("O'Shea", 84)]),
        ("[[Mainz|CLUB]] - [[Bochum|CLUB]] 2:1 ([[Burkardt|PLAYER]] (12.), [[Boadu|PLAYER]] (40.), [[Amiri|PLAYER]] (77.))", vec![at("Burkardt", 12), at("Boadu", 40), at("Amiri", 77)]),
        ("[[Brest|CLUB]] - [[Nice|CLUB]] 1-2 ([[Ajorque|PLAYER]] 55e ; [[Diop|PLAYER]] 12e, [[Moffi|PLAYER]] 70e)", vec![at("Ajorque", 55), at("Diop", 12), at("Moffi", 70)]),
        ("[[Getafe|CLUB]] 2-1 [[Osasuna|CLUB]]: [[Mayoral|PLAYER]] 23', [[Uche|PLAYER]] 60'; [[Budimir|PLAYER]] 88'", vec![at("Mayoral", 23), at("Uche", 60), at("Budimir", 88)]),
        ("[[Lecce|CLUB]]-[[Cagliari|CLUB]] 1-1 ([[Krstović|PLAYER]] 15', [[Piccoli|PLAYER]] 70')", vec![at("Krstović", 15), at("Piccoli", 70)]),
        ("[[Twente|CLUB]] - [[Heracles|CLUB]] 2-0 ([[Van Wolfswinkel|PLAYER]] 31', [[Steijn|PLAYER]] 58')", vec![at("Van Wolfswinkel", 31), at("Steijn", 58)]),
        ("[[Braga|CLUB]] 2-0 [[Arouca|CLUB]] ([[Zalazar|PLAYER]] 9', [[El Ouazzani|PLAYER]] 77')", vec![at("Zalazar", 9), at("El Ouazzani", 77)]),
    ];
    for (text, want) in cases {
        assert_eq!(scored_asking_no_one(text), want, "{text}");
    }
}

#[test]
fn in_prose_the_attacher_decides() {
    let found = scored_asking_no_one(
        "[[Everton|CLUB]] beat [[Ipswich|CLUB]] 3-0. [[Beto|PLAYER]] headed in a cross in the 12th minute.",
    );
    assert!(found.iter().all(|(_, m)| m.is_none()), "{found:?}");
}
