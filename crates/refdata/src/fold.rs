//! Case- and diacritic-folded text with a map back to the original, so that
//! names are matched insensitively and every match still has exact offsets
//! in the text as written.
//!
//! Folding: NFKD with combining marks dropped, lower case, every run of white
//! space and dashes one space (so "Leagues-Cup" finds "Leagues Cup" and
//! "Mercedes-Benz" is found however it is written), curly apostrophes
//! straight. A dash with white space on both sides separates two names
//! ("Stade Rennais – FC Nantes", "Lens - Le Havre"): it folds to " | ",
//! which no name crosses (a name written with one folds the same way).

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// A folded text and, for every folded byte, the original byte it came from.
#[derive(Debug, Clone)]
pub struct Folded {
    pub text: String,
    /// `origin[i]`: byte offset in the original of the character that folded
    /// byte `i` came from; `origin[text.len()]` is the original's length.
    origin: Vec<u32>,
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—' | '_')
}

impl Folded {
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len() + 1);
        let mut push = |text: &mut String, c: char, at: usize| {
            let before = text.len();
            text.push(c);
            origin.extend(std::iter::repeat_n(at as u32, text.len() - before));
        };
        for (at, c) in original.char_indices() {
            let spaced_dash = (c == '-' || is_dash(c))
                && text.ends_with(' ')
                && original[at + c.len_utf8()..].starts_with(char::is_whitespace);
            if spaced_dash {
                push(&mut text, '|', at);
                push(&mut text, ' ', at);
            } else if c.is_ascii() {
                if c.is_ascii_whitespace() || c == '-' || c == '_' {
                    if !text.ends_with(' ') {
                        push(&mut text, ' ', at);
                    }
                } else {
                    push(&mut text, c.to_ascii_lowercase(), at);
                }
            } else if c.is_whitespace() || is_dash(c) {
                if !text.ends_with(' ') {
                    push(&mut text, ' ', at);
                }
            } else if matches!(c, '’' | 'ʼ' | '‘' | '`' | '´') {
                push(&mut text, '\'', at);
            } else {
                decompose_compatible(c, |d| {
                    if !is_combining_mark(d) {
                        for l in d.to_lowercase() {
                            push(&mut text, l, at);
                        }
                    }
                });
            }
        }
        origin.push(original.len() as u32);
        Folded { text, origin }
    }

    /// Folds a name for use as a pattern: as text, trimmed.
    pub fn key(name: &str) -> String {
        Folded::new(name).text.trim().to_owned()
    }

    /// The original byte offset of folded byte `i` (`i` may be the length).
    pub fn original(&self, i: usize) -> usize {
        self.origin[i] as usize
    }
}

#[cfg(test)]
mod tests {
    use super::Folded;

    #[test]
    fn folding_maps_back_to_the_original() {
        let text = "Olympique de Marseille – Saint-Étienne im Signal-Iduna-Park, Mengão";
        let f = Folded::new(text);
        assert_eq!(
            f.text,
            "olympique de marseille | saint etienne im signal iduna park, mengao"
        );
        let at = f.text.find("saint etienne").unwrap_or_default();
        let (s, e) = (f.original(at), f.original(at + "saint etienne".len()));
        assert_eq!(&text[s..e], "Saint-Étienne");
        let at = f.text.find("mengao").unwrap_or_default();
        assert_eq!(&text[f.original(at)..f.original(at + 6)], "Mengão");
    }

    #[test]
    fn a_spaced_dash_separates_names() {
        assert_eq!(
            Folded::new("Stade Rennais – FC Nantes, Lens - Le Havre").text,
            "stade rennais | fc nantes, lens | le havre"
        );
        assert_eq!(Folded::key("Stade Rennais-FC"), "stade rennais fc");
    }

    #[test]
    fn keys_fold_like_text() {
        assert_eq!(Folded::key("  FC Bayern München "), "fc bayern munchen");
        assert_eq!(Folded::key("Borussia M’gladbach"), "borussia m'gladbach");
        assert_eq!(Folded::key("ﬁnal"), "final");
    }
}
