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
