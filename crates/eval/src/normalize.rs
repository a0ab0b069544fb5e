//! Name normalisation of spec §3: Unicode NFKD, diacritics dropped, lower
//! case, punctuation dropped, white space collapsed.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Normalises a name for comparison. "Müller" → "muller",
/// "Saint-Germain" → "saintgermain", "  De  Paul " → "de paul".
///
/// "Punctuation" is read as every character that is neither alphanumeric nor
/// white space once diacritics are gone (so symbols such as `+` or `&` go
/// too): names carry no symbols that tell two referents apart.
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending_space = false;
    for c in name.nfkd().filter(|c| !is_combining_mark(*c)) {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
        } else if c.is_alphanumeric() {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.extend(c.to_lowercase());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn each_step_of_the_rule() {
        assert_eq!(normalize("Müller"), "muller"); // NFKD + diacritics
        assert_eq!(normalize("MESSI"), "messi"); // case
        assert_eq!(normalize("Paris Saint-Germain"), "paris saintgermain"); // punctuation dropped, not spaced
        assert_eq!(normalize("N'Golo Kanté"), "ngolo kante");
        assert_eq!(normalize("  De \t Paul\n"), "de paul"); // white space collapsed and trimmed
        assert_eq!(normalize("ﬁ"), "fi"); // compatibility decomposition (K of NFKD)
        assert_eq!(normalize("Mengão"), "mengao");
        assert_eq!(normalize("Ødegaard"), "ødegaard"); // ø has no decomposition: kept
        assert_eq!(normalize("Зенит"), "зенит");
    }
}
