//! Tokens: words, numbers, and single punctuation marks, with byte offsets.

/// What a token is, as far as segmentation can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (and digits mixed in: "U19", "Schalke04"), possibly ending in
    /// an elision apostrophe ("l'", "dell'").
    Word,
    /// ASCII or Unicode digits only.
    Number,
    /// One punctuation or symbol character: `.` `,` `:` `-` `–` `'` `(` `+` ….
    Punct,
}

/// A token: the byte span `start..end` of the text, and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub kind: TokenKind,
    /// White space separates this token from the previous one (or it is first).
    pub space_before: bool,
}

impl Token {
    #[inline]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start as usize..self.end as usize]
    }

    #[inline]
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Longest elided prefix we keep with its apostrophe: "l'", "d'", "dell'",
/// "sull'", "nell'", "all'", "dall'", "un'", "qu'", "quell'".
const MAX_ELISION_CHARS: usize = 6;

/// Splits `text` into tokens. Offsets are bytes; texts over 4 GiB are not
/// supported (documents are capped far below that upstream).
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    // The character at byte `i` and its length: an ASCII byte (most of a
    // text) is its own character, read without decoding.
    let char_at = |i: usize| -> Option<(char, usize)> {
        match bytes.get(i) {
            Some(&b) if b.is_ascii() => Some((char::from(b), 1)),
            Some(_) => text[i..].chars().next().map(|c| (c, c.len_utf8())),
            None => None,
        }
    };
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut space_before = true;
    let mut at = 0;
    while let Some((c, len)) = char_at(at) {
        let start = at;
        if c.is_whitespace() {
            space_before = true;
            at += len;
            continue;
        }
        let (end, kind) = if c.is_alphabetic() || c.is_numeric() {
            let mut end = start + len;
            let mut all_digits = c.is_numeric();
            let mut n_chars = 1;
            loop {
                // A run of ASCII letters and digits, a byte at a time.
                while let Some(b) = bytes.get(end).filter(|b| b.is_ascii_alphanumeric()) {
                    all_digits &= b.is_ascii_digit();
                    end += 1;
                    n_chars += 1;
                }
                let Some((d, d_len)) = char_at(end) else {
                    break;
                };
                if d.is_alphanumeric() || is_combining(d) {
                    all_digits &= d.is_numeric();
                    end += d_len;
                    n_chars += 1;
                } else if is_apostrophe(d) && !all_digits && n_chars <= MAX_ELISION_CHARS {
                    // "l'OM", "dell'Inter", "d'Ajaccio", "N'Golo": the apostrophe
                    // closes an elided word when a letter follows directly.
                    if char_at(end + d_len).is_some_and(|(next, _)| next.is_alphabetic())
                        && is_elision(&text[start..end])
                    {
                        end += d_len;
                    }
                    break;
                } else {
                    break;
                }
            }
            (
                end,
                if all_digits {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                },
            )
        } else {
            (start + len, TokenKind::Punct)
        };
        tokens.push(Token {
            start: start as u32,
            end: end as u32,
            kind,
            space_before,
        });
        space_before = false;
        at = end;
    }
    tokens
}

fn is_combining(c: char) -> bool {
    // Combining diacritics (text in NFD): part of the word they sit on.
    matches!(c as u32, 0x0300..=0x036F)
}

/// Is `word` (before an apostrophe) an elided article, preposition or a
/// name prefix that the press writes glued to the next word?
fn is_elision(word: &str) -> bool {
    const ELIDED: &[&str] = &[
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "un", "all",
        "dall", "dell", "nell", "sull", "coll", "quell", "bell", "sant", "o",
    ];
    let lower = word.to_lowercase();
    ELIDED.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn football_notation() {
        assert_eq!(texts("3:1 (1:0)"), ["3", ":", "1", "(", "1", ":", "0", ")"]);
        assert_eq!(
            texts("2–1, 45'+1'"),
            ["2", "–", "1", ",", "45", "'", "+", "1", "'"]
        );
        assert_eq!(texts("(90.+3)"), ["(", "90", ".", "+", "3", ")"]);
        assert_eq!(texts("Kane (8.)"), ["Kane", "(", "8", ".", ")"]);
        assert_eq!(texts("(45e+2)"), ["(", "45e", "+", "2", ")"]);
    }

    #[test]
    fn hyphens_apostrophes_and_possessives() {
        assert_eq!(texts("MLS-team"), ["MLS", "-", "team"]);
        assert_eq!(texts("Klub-WM"), ["Klub", "-", "WM"]);
        assert_eq!(texts("l'OM dell'Inter"), ["l'", "OM", "dell'", "Inter"]);
        assert_eq!(texts("l’OM"), ["l’", "OM"]);
        assert_eq!(texts("Kane's goal"), ["Kane", "'", "s", "goal"]);
        assert_eq!(texts("Spurs' win"), ["Spurs", "'", "win"]);
        assert_eq!(texts("N'Golo Kanté"), ["N'", "Golo", "Kanté"]);
        assert_eq!(texts("rock'n'roll"), ["rock", "'", "n'", "roll"]);
    }

    #[test]
    fn accents_and_non_latin_offsets_are_slices() {
        let text = "Müllers Tor, São Paulo – Зенит 2:0 東京";
        let toks = tokenize(text);
        let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
        assert_eq!(
            words,
            [
                "Müllers",
                "Tor",
                ",",
                "São",
                "Paulo",
                "–",
                "Зенит",
                "2",
                ":",
                "0",
                "東京"
            ]
        );
        assert_eq!(toks[7].kind, TokenKind::Number);
        assert_eq!(toks[5].kind, TokenKind::Punct);
        assert!(toks[3].space_before && !toks[2].space_before);
    }

    #[test]
    fn decomposed_accents_stay_in_the_word() {
        let text = "Gime\u{301}nez traf";
        assert_eq!(texts(text), ["Gime\u{301}nez", "traf"]);
    }
}

#[cfg(test)]
mod reference_tests {
    use super::MAX_ELISION_CHARS;
    use super::{is_apostrophe, is_combining, is_elision, tokenize, Token, TokenKind};
    use proptest::prelude::*;

    /// The tokenizer a decoded character at a time, as it was written
    /// before ASCII runs took a shortcut.
    fn tokenize_by_chars(text: &str) -> Vec<Token> {
        let mut tokens = Vec::with_capacity(text.len() / 5);
        let mut chars = text.char_indices().peekable();
        let mut space_before = true;
        while let Some((start, c)) = chars.next() {
            if c.is_whitespace() {
                space_before = true;
                continue;
            }
            let (end, kind) = if c.is_alphabetic() || c.is_numeric() {
                let mut end = start + c.len_utf8();
                let mut all_digits = c.is_numeric();
                let mut n_chars = 1;
                while let Some(&(i, d)) = chars.peek() {
                    if d.is_alphanumeric() || is_combining(d) {
                        all_digits &= d.is_numeric();
                        end = i + d.len_utf8();
                        n_chars += 1;
                        chars.next();
                    } else if is_apostrophe(d) && !all_digits && n_chars <= MAX_ELISION_CHARS {
                        // "l'OM", "dell'Inter", "d'Ajaccio", "N'Golo": the apostrophe
                        // closes an elided word when a letter follows directly.
                        let mut ahead = chars.clone();
                        ahead.next();
                        match ahead.peek() {
                            Some(&(_, next))
                                if next.is_alphabetic() && is_elision(&text[start..i]) =>
                            {
                                end = i + d.len_utf8();
                                chars.next();
                            }
                            _ => {}
                        }
                        break;
                    } else {
                        break;
                    }
                }
                (
                    end,
                    if all_digits {
                        TokenKind::Number
                    } else {
                        TokenKind::Word
                    },
                )
            } else {
                (start + c.len_utf8(), TokenKind::Punct)
            };
            tokens.push(Token {
                start: start as u32,
                end: end as u32,
                kind,
                space_before,
            });
            space_before = false;
        }
        tokens
    }

    proptest! {
        #[test]
        fn the_byte_loop_tokenizes_as_the_char_loop(
            text in "[a-zA-Z0-9 '’ʼ.,:\n\u{a0}éÉßø\u{301}–Зе東]{0,40}|\\PC{0,40}"
        ) {
            prop_assert_eq!(tokenize(&text), tokenize_by_chars(&text));
        }
    }

    #[test]
    fn elisions_and_numbers_tokenize_as_the_char_loop() {
        for text in [
            "l'OM dell'Inter",
            "qu'il",
            "N'Golo",
            "1'",
            "45'+2'",
            "rock'n'roll",
            "ab'",
            "Jusqu'à",
            "un’ora",
            "dell'",
            "x",
        ] {
            assert_eq!(tokenize(text), tokenize_by_chars(text), "{text}");
        }
    }
}
