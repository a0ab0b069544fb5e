//! Scores told in words, session 9: a level score with "igualar" ("igualaron
//! a uno"), the English "one-all" / "2-all", and the German "trennten sich
//! zwei zu zwei"; with traps for points, a time and words that only look
//! alike. Sentences are our own.

use scoreline_relations::score::{find, ScoreKind};
use scoreline_text::Segmented;

/// Every score of `text` as (a, b, kind), in text order.
fn kinds(text: &str) -> Vec<(u32, u32, ScoreKind)> {
    let seg = Segmented::new(text);
    find(&seg).iter().map(|s| (s.a, s.b, s.kind)).collect()
}

#[test]
fn level_scores_told_in_words_are_results() {
    for (text, n) in [
        ("Sevilla y Betis igualaron a uno en el derbi.", 1),
        ("El Valencia igualó a dos con el Celta en Mestalla.", 2),
        ("Benfica e Porto empataram a duas bolas no Dragão.", 2),
        ("Arsenal and Chelsea drew one-all at the Emirates.", 1),
        ("Leeds and Hull played out a two-all draw.", 2),
        ("Leeds and Hull played out a 2-all draw.", 2),
        ("Der HSV und Werder trennten sich zwei zu zwei.", 2),
    ] {
        assert_eq!(kinds(text), [(n, n, ScoreKind::Result)], "{text}");
    }
}

#[test]
fn look_alikes_of_level_scores_are_not_taken() {
    for text in [
        // Points, a time, a pairing and a count of chances.
        "Los dos equipos igualan a puntos en la tabla.",
        "El Valencia igualó a diez minutos del final.",
        "The kids went in two-by-two, all smiling.",
        "Sie wollen sich drei zu eins Chancen erarbeiten.",
        "They came in one by one, all of them late.",
    ] {
        assert_eq!(kinds(text), [], "{text}");
    }
}
