//! Context words that decide types: words that name a coach's job, in the
//! seven languages (lower case). A person near one is a coach more often than
//! a player; the tagger learns how much.

const COACH_CUES: &[&str] = &[
    // en
    "coach",
    "manager",
    "boss",
    "head",
    "gaffer",
    // de
    "trainer",
    "cheftrainer",
    "coach",
    "übungsleiter",
    "chefcoach",
    "bundestrainer",
    "bundestrainerin",
    "trainerin",
    // nl
    "trainer",
    "hoofdtrainer",
    "bondscoach",
    "oefenmeester",
    "coach",
    // es
    "entrenador",
    "entrenadora",
    "técnico",
    "técnica",
    "míster",
    "dt",
    "seleccionador",
    "seleccionadora",
    // fr
    "entraîneur",
    "entraîneuse",
    "sélectionneur",
    "sélectionneuse",
    "coach",
    // it
    "allenatore",
    "allenatrice",
    "tecnico",
    "mister",
    "ct",
    // pt
    "treinador",
    "treinadora",
    "técnico",
    "comandante",
    "selecionador",
];

/// Is `lower` (a lower-cased token) a word for a coach?
pub fn is_coach_cue(lower: &str) -> bool {
    COACH_CUES.contains(&lower)
}

/// Prepositions that put a place after them ("en Madrid", "hasta Berlín",
/// "a Siviglia", "in Wolfsburg", "em Braga"), per language. Left out: French "à" ("face à
/// Lens" is the club), Spanish and Portuguese "a" (the object of a verb:
/// "eliminó a River"), Dutch "naar" (a transfer's club).
pub fn is_locative(lang: scoreline_core::Lang, lower: &str) -> bool {
    use scoreline_core::Lang;
    match lang {
        Lang::En | Lang::Nl => lower == "in",
        Lang::De => matches!(lower, "in" | "im"),
        Lang::Es => matches!(lower, "en" | "hasta" | "desde"),
        Lang::Pt => lower == "em",
        Lang::It => matches!(lower, "a" | "in"),
        _ => false,
    }
}
