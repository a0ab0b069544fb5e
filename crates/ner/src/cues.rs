//! Context words that decide types: words that name a coach's job, in the
//! seven languages (lower case). A person near one is a coach more often than
//! a player; the tagger learns how much.

/// Is `lower` (a lower-cased token) a word for a coach? A `match`, which
/// the compiler turns into a branch on length, not a scan of every word for
/// every token of every document.
pub fn is_coach_cue(lower: &str) -> bool {
    matches!(
        lower,
        // en
        "coach" | "manager" | "boss" | "head" | "gaffer"
        // de
        | "trainer" | "cheftrainer" | "übungsleiter" | "chefcoach" | "bundestrainer"
        | "bundestrainerin" | "trainerin"
        // nl
        | "hoofdtrainer" | "bondscoach" | "oefenmeester"
        // es
        | "entrenador" | "entrenadora" | "técnico" | "técnica" | "míster" | "dt"
        | "seleccionador" | "seleccionadora"
        // fr
        | "entraîneur" | "entraîneuse" | "sélectionneur" | "sélectionneuse"
        // it
        | "allenatore" | "allenatrice" | "tecnico" | "mister" | "ct"
        // pt
        | "treinador" | "treinadora" | "comandante" | "selecionador"
    )
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
