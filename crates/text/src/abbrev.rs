//! Abbreviations after which a period does not end a sentence, in the seven
//! languages (lower-cased, without the final period).

const ABBREVIATIONS: &[&str] = &[
    // en
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "v", "etc", "approx", "no", "nos", "min",
    "mins", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "inc", "ltd", "co", "a.e.t", "aet", "pen", "pens", // de
    "bzw", "ca", "vgl", "usw", "z.b", "u.a", "d.h", "n.v", "i.e", "n.e", "v.a", "nr", "mio", "mrd",
    "tsd", "jh", "hr", "fr", "str", "sog", "evtl", "inkl", "gegr", "geb", // nl
    "ca", "blz", "o.a", "m.n", "bijv", "nl", "mr", "dhr", "mevr", "jl", "vnl", "resp", "n.v.t",
    // es, pt
    "sr", "sra", "sres", "dña", "d", "avda", "núm", "pág", "aprox", "vs", "ee.uu", "p.ej", "mín",
    "dra", "prof", "gral", "ex", "lda", "sto", "sta", // fr
    "m", "mm", "mme", "mlle", "env", "cf", "av", "apr", "j.-c", "éd", "p", "pp", // it
    "sig", "sigg", "dott", "ing", "avv", "ecc", "pag", "s.p.a", "spa", "c.t",
    // Goal lists: "17' st rig. Calhanoglu (I), 33' st aut. Baschirotto (L)"
    // (rigore, autogol), "12' pt. Lautaro" (primo tempo), "agg." (aggiunto),
    // "og." (own goal), "e.d." (extra time, Dutch).
    "rig", "aut", "pt", "agg", "og", "e.d",
];

/// Is the word before a period (lower-cased by the caller) an abbreviation?
/// Single letters count too ("J. Alba", "A. Sánchez").
pub fn is_abbreviation(word: &str) -> bool {
    let lower = word.to_lowercase();
    lower.chars().count() == 1 || ABBREVIATIONS.contains(&lower.as_str())
}
