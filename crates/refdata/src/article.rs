//! Definite articles of the seven languages. Some nicknames are listed with
//! theirs ("Die Alte Dame", "Los Blancos", "The Gunners"), but a mention's
//! span never includes the article (spec §2), and a name listed with its
//! article must not hide a longer name right after the article ("Der FC"
//! of 1. FC Köln before "FC Bayern München").

const ARTICLES: &[&str] = &[
    "the", "der", "die", "das", "den", "dem", "des", "de", "het", "el", "la", "los", "las", "le",
    "les", "il", "lo", "gli", "i", "o", "a", "os", "as",
];

/// Is `lower` (a lower-cased, diacritic-free word) a definite article?
pub fn is_article(lower: &str) -> bool {
    ARTICLES.contains(&lower)
}
