//! Linking on the committed models: a club name that begins with an ordinal
//! is one mention, a nickname listed with its article links past the
//! article, a name listed with its article does not hide the longer name
//! after the article, and a name several entries share means the one the
//! rest of the text speaks for.

use scoreline_core::{Label, Lang};
use scoreline_ner::embedded::EmbeddedRecognizer;
use scoreline_ner::{Input, Recognizer};
use scoreline_text::Segmented;
use std::path::PathBuf;

/// (surface, label, reference-data id) of every mention of `text`.
fn linked(text: &str, lang: Lang) -> Vec<(String, Label, Option<String>)> {
    let models = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../models");
    let r = EmbeddedRecognizer::load(&models).unwrap_or_else(|e| panic!("{e}"));
    let seg = Segmented::new(text);
    r.recognize(&Input {
        text,
        lang,
        seg: &seg,
    })
    .into_iter()
    .map(|m| (text[m.start..m.end].to_owned(), m.label, m.entry_id))
    .collect()
}

/// Is `surface` a CLUB mention linked to `id`?
fn club(found: &[(String, Label, Option<String>)], surface: &str, id: &str) -> bool {
    clubs(found, surface, id) > 0
}

/// How many CLUB mentions `surface` linked to `id` there are.
fn clubs(found: &[(String, Label, Option<String>)], surface: &str, id: &str) -> usize {
    found
        .iter()
        .filter(|(s, l, e)| s == surface && *l == Label::Club && e.as_deref() == Some(id))
        .count()
}

#[test]
fn a_club_name_beginning_with_an_ordinal_is_one_linked_mention() {
    let found = linked("Union Berlin gewann gegen den Zweitligisten 1. FC Magdeburg mit 2:0. Danach spielte der 1. FC Kaiserslautern.", Lang::De);
    for (surface, id) in [
        ("1. FC Magdeburg", "1-fc-magdeburg"),
        ("1. FC Kaiserslautern", "1-fc-kaiserslautern"),
    ] {
        assert!(club(&found, surface, id), "{surface}: {found:?}");
    }
    assert!(!found.iter().any(|(s, _, _)| s == "1."), "{found:?}");
}

#[test]
fn a_nickname_listed_with_its_article_is_linked_past_the_article() {
    let found = linked("Hertha BSC kämpfte bis zuletzt. Am Ende jubelte die Alte Dame über das 2:1 gegen Darmstadt.", Lang::De);
    assert!(club(&found, "Alte Dame", "hertha-bsc"), "{found:?}");
}

#[test]
fn a_name_listed_with_its_article_does_not_hide_the_club_after_the_article() {
    let found = linked("Der FC Bayern München gewann in Bochum mit 3:0.", Lang::De);
    assert!(
        club(&found, "FC Bayern München", "fc-bayern-munchen"),
        "{found:?}"
    );
}

#[test]
fn a_nickname_two_clubs_share_means_the_club_the_text_names() {
    let found = linked(
        "Juventus gewann in Turin gegen Lazio. Die Alte Dame bleibt damit Tabellenführer.",
        Lang::De,
    );
    assert!(club(&found, "Alte Dame", "juventus"), "{found:?}");
}

#[test]
fn an_ambiguous_name_links_to_the_club_the_rest_of_the_text_speaks_for() {
    // "Liverpool" is Liverpool FC and Liverpool Montevideo, "Reds" Liverpool
    // FC and Toronto FC: together they mean Liverpool FC.
    let found = linked(
        "O Liverpool venceu o Chelsea por 2-1. Os Reds voltaram ao topo.",
        Lang::Pt,
    );
    assert!(club(&found, "Liverpool", "liverpool-fc"), "{found:?}");
    assert!(club(&found, "Reds", "liverpool-fc"), "{found:?}");
}

#[test]
fn a_nickname_of_a_club_and_a_national_team_follows_the_text() {
    // "Azzurri" is Italy's and Napoli's: in a Napoli report, Napoli.
    let found = linked(
        "Il Napoli ha battuto il Cagliari 2-0. Gli Azzurri restano primi.",
        Lang::It,
    );
    assert!(club(&found, "Azzurri", "ssc-napoli"), "{found:?}");
}

#[test]
fn a_womens_team_named_by_the_mens_name_is_the_womens_team() {
    let found = linked(
        "Samedi, les Bleues ont battu l'Angleterre 2-1. Avec trois points, la France est en tête.",
        Lang::Fr,
    );
    for surface in ["Bleues", "France"] {
        assert!(
            club(&found, surface, "france-women"),
            "{surface}: {found:?}"
        );
    }
}

#[test]
fn a_nickname_found_with_an_article_another_club_lists_follows_the_text() {
    // "Die Adler" is listed for Eintracht Frankfurt, "Adler" for Benfica.
    let found = linked(
        "Benfica hat den FC Porto klar geschlagen. Im Estádio da Luz siegten die Adler mit 4:1.",
        Lang::De,
    );
    assert!(club(&found, "Adler", "sl-benfica"), "{found:?}");
}

#[test]
fn an_ambiguous_club_name_is_the_one_of_the_country_of_the_clubs_named() {
    // "Sporting" next to Benfica and Porto: Sporting CP.
    let found = linked(
        "Benfica schlug den FC Porto 4:1 und liegt nun einen Punkt hinter Sporting.",
        Lang::De,
    );
    assert!(club(&found, "Sporting", "sporting-cp"), "{found:?}");
}

#[test]
fn a_club_named_by_a_place_name_counts_as_named() {
    // "Tricolor" is São Paulo's and Grêmio's (and more): "Grêmio" names its
    // club outright, "São Paulo" is a city too; read as a club it names
    // São Paulo FC just as well, and the text speaks for it more.
    let found = linked(
        "O Corinthians recebe o São Paulo no domingo. O Timão venceu o Grêmio por 3 a 1. Já o Tricolor empatou com o Bragantino, e o São Paulo ocupa a 11ª posição.",
        Lang::Pt,
    );
    assert!(club(&found, "Tricolor", "sao-paulo-fc"), "{found:?}");
}

#[test]
fn a_results_line_with_a_spaced_dash_names_two_clubs() {
    let found = linked(
        "Stade Rennais – FC Nantes 1-1. Saint-Étienne – Strasbourg 0-2.",
        Lang::Fr,
    );
    for (surface, id) in [
        ("Stade Rennais", "stade-rennais-fc"),
        ("FC Nantes", "fc-nantes"),
        ("Saint-Étienne", "as-saint-etienne"),
    ] {
        assert!(club(&found, surface, id), "{surface}: {found:?}");
    }
}

#[test]
fn an_elided_article_is_not_part_of_the_name() {
    // Spans never include an article (spec §2): "l'OM" is "OM", linked.
    let found = linked(
        "L'OM conforte sa deuxième place. Luis Henrique marque : 3-1 pour l'OM.",
        Lang::Fr,
    );
    let om: Vec<_> = found.iter().filter(|(s, _, _)| s.contains("OM")).collect();
    assert_eq!(om.len(), 2, "{found:?}");
    assert!(
        om.iter().all(|(s, l, e)| s == "OM"
            && *l == Label::Club
            && e.as_deref() == Some("olympique-de-marseille")),
        "{found:?}"
    );
}

#[test]
fn a_reserve_team_is_not_its_first_team() {
    let found = linked(
        "Op vrijdagavond werd Jong AZ met 4-0 aan de kant gezet door FC Volendam. Excelsior verloor van FC Den Bosch.",
        Lang::Nl,
    );
    assert!(club(&found, "Jong AZ", "jong-az"), "{found:?}");
    assert!(club(&found, "FC Den Bosch", "fc-den-bosch"), "{found:?}");
}

#[test]
fn the_same_words_are_the_same_club_where_no_candidate_lies() {
    // The tagger's span may cut where no name of the reference data lies
    // (here "Marseille" inside "Olympique de Marseille"): the mention takes
    // the entry the same words are linked to elsewhere in the document.
    use scoreline_ner::features::DocFeatures;
    use scoreline_ner::resolve::{references, Span};
    let models = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../models");
    let r = EmbeddedRecognizer::load(&models).unwrap_or_else(|e| panic!("{e}"));
    let text = "Olympique de Marseille gagne. Marseille reste deuxième.";
    let seg = Segmented::new(text);
    let doc = DocFeatures::new(&seg, Lang::Fr, &r.gazetteer, &r.data);
    let at = |word: &str, nth: usize| {
        (0..seg.tokens.len())
            .filter(|&i| seg.token_text(i) == word)
            .nth(nth)
            .unwrap_or_else(|| panic!("{word}"))
    };
    let spans: Vec<Span> = [at("Marseille", 0), at("Marseille", 1)]
        .into_iter()
        .map(|first| Span {
            first,
            end: first + 1,
            label: Label::Club,
            confidence: 1.0,
        })
        .collect();
    let refs = references(&seg, &doc, &r.data, &spans);
    assert!(
        refs.iter()
            .all(|(_, e)| e.as_deref() == Some("olympique-de-marseille")),
        "{refs:?}"
    );
}

#[test]
fn a_city_named_club_on_the_far_side_of_a_score_is_a_club() {
    let found = linked(
        "Les résultats : Lille 1-1 (1-0) Lyon ; Lens 2-0 (1-0) Le Havre. Plus tôt, Le Havre 0-2 Lens.",
        Lang::Fr,
    );
    assert_eq!(clubs(&found, "Le Havre", "le-havre-ac"), 2, "{found:?}");
}

#[test]
fn a_city_after_a_preposition_of_place_is_not_a_club() {
    let found = linked(
        "Due settimane fa la finale a Siviglia è finita 3-2 per il Barcellona contro il Real Madrid.",
        Lang::It,
    );
    assert!(!found.iter().any(|(s, _, _)| s == "Siviglia"), "{found:?}");
    assert!(club(&found, "Barcellona", "fc-barcelona"), "{found:?}");
    let found = linked(
        "Exhibición azulgrana en Madrid. El Real Madrid perdió 0-4 ante el Barcelona.",
        Lang::Es,
    );
    assert!(!found.iter().any(|(s, _, _)| s == "Madrid"), "{found:?}");
    let found = linked(
        "España ganó la Eurocopa en el último suspiro. El camino hasta Berlín no fue sencillo para España.",
        Lang::Es,
    );
    assert!(!found.iter().any(|(s, _, _)| s == "Berlín"), "{found:?}");
}

#[test]
fn a_club_name_paired_by_a_dash_with_a_club_is_a_club_and_a_capital_a_is_no_preposition() {
    let found = linked(
        "Home > Calcio > Serie A\n\nInter-Juventus 3-2: Lautaro firma il derby d'Italia\n\nNotte di emozioni a San Siro, dove l'Inter supera la Juventus.",
        Lang::It,
    );
    assert_eq!(
        clubs(&found, "Inter", "fc-internazionale-milano"),
        2,
        "{found:?}"
    );
}

#[test]
fn a_city_named_club_paired_by_a_dash_with_a_club_is_a_club() {
    let found = linked(
        "Bienvenue dans ce multiplex, avec trois rencontres décisives : OM-Montpellier, Lille-Lyon et Lens-Le Havre.",
        Lang::Fr,
    );
    assert!(club(&found, "Le Havre", "le-havre-ac"), "{found:?}");
}

#[test]
fn a_capitalised_article_inside_a_sentence_is_part_of_the_name() {
    let found = linked(
        "De Graafschap en ADO speelden gelijk. Na de rust kwam Den Haag twee keer terug via Den Haag-spits Henk Veerman.",
        Lang::Nl,
    );
    assert!(!found.iter().any(|(s, _, _)| s == "Haag"), "{found:?}");
    assert!(club(&found, "Den Haag", "ado-den-haag"), "{found:?}");
    // Listed bare too, a nickname keeps the article out.
    let found = linked(
        "L'Italia ha incassato un netto 1-3 contro la Spagna. «Le Azzurre hanno dimostrato di poter stare a questo livello», ha detto il ct.",
        Lang::It,
    );
    assert!(
        !found.iter().any(|(s, _, _)| s == "Le Azzurre"),
        "{found:?}"
    );
}

#[test]
fn a_person_span_holds_no_lower_case_word_but_a_particle() {
    let found = linked(
        "Il Palmeiras aveva segnato con il giovane Estêvão al 30' del secondo tempo. Marc-André ter Stegen non ha potuto nulla contro Son Heung-min.",
        Lang::It,
    );
    assert!(
        found
            .iter()
            .any(|(s, l, _)| s == "Estêvão" && *l == Label::Player),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|(s, _, _)| s.starts_with("giovane")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|(s, _, _)| s == "Marc-André ter Stegen"),
        "{found:?}"
    );
    assert!(
        found.iter().any(|(s, _, _)| s == "Son Heung-min"),
        "{found:?}"
    );
}

#[test]
fn the_city_after_a_stadium_links_the_stadium_of_that_city() {
    let found = linked(
        "España ganó 2-1 a Inglaterra en el Olympiastadion de Berlín con un gol de Mikel Oyarzabal.",
        Lang::Es,
    );
    assert!(
        found.iter().any(|(s, l, e)| s == "Olympiastadion"
            && *l == Label::Stadium
            && e.as_deref() == Some("olympiastadion-berlin")),
        "{found:?}"
    );
}

#[test]
fn a_name_before_a_minute_in_brackets_is_a_player() {
    let found = linked(
        "Stade Rennais – FC Nantes 1-1\nButs : Kalimuendo (30e) pour Rennes ; Abline (88e) pour Nantes. Le match a réuni 28 000 spectateurs (21) . Lille () Lens.",
        Lang::Fr,
    );
    assert!(
        found
            .iter()
            .any(|(s, l, _)| s == "Kalimuendo" && *l == Label::Player),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|(s, l, _)| *l == Label::Player && (s == "Rennes" || s == "Nantes")),
        "{found:?}"
    );
    let found = linked(
        "Excelsior verloor van FC Den Bosch. Na een vroege treffer van Noah Naujoks (10.) draaiden de bezoekers het om.",
        Lang::Nl,
    );
    assert!(
        found
            .iter()
            .any(|(s, l, _)| s == "Noah Naujoks" && *l == Label::Player),
        "{found:?}"
    );
}
