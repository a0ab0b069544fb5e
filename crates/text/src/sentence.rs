//! Sentences as ranges of tokens, split at `.`, `!`, `?`, `…` and line breaks,
//! but not after abbreviations, initials, ordinals ("8.", "12. Spieltag") or
//! inside numbers.

use crate::abbrev::is_abbreviation;
use crate::token::{Token, TokenKind};

/// A sentence: tokens `first..end` and their byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub first: usize,
    pub end: usize,
    pub start_byte: u32,
    pub end_byte: u32,
    /// Navigation crumbs or another sport: nothing in it is annotated.
    pub offtopic: bool,
}

/// Splits tokens of `text` into sentences.
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut first = 0;
    for i in 0..tokens.len() {
        let next = tokens.get(i + 1);
        let boundary = match next {
            None => true,
            Some(n) => line_break_between(text, &tokens[i], n) || ends_sentence(text, tokens, i),
        };
        if boundary {
            out.push(Sentence {
                first,
                end: i + 1,
                start_byte: tokens[first].start,
                end_byte: tokens[i].end,
                offtopic: crate::offtopic::is_offtopic(text, &tokens[first..=i]),
            });
            first = i + 1;
        }
    }
    out
}

fn line_break_between(text: &str, a: &Token, b: &Token) -> bool {
    // Asked between every two tokens: the bytes between are read as bytes
    // (a line break is one), with no character boundary to check.
    b.space_before && text.as_bytes()[a.end as usize..b.start as usize].contains(&b'\n')
}

/// Is token `j` the first of its line? A number opening a line and closed
/// by a dot numbers the line: the minute of a goal list ("8. Parrott 1-0"),
/// a rank, an item; never a sentence of its own.
fn starts_line(text: &str, tokens: &[Token], j: usize) -> bool {
    j == 0 || line_break_between(text, &tokens[j - 1], &tokens[j])
}

/// Does token `i` end a sentence (given that a token follows)?
fn ends_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    // Asked of every token: only ".", "!", "?" (one byte) and "…" (three,
    // the first 0xE2) may end a sentence, told by length and first byte
    // before any text is sliced.
    let (start, end) = (tokens[i].start as usize, tokens[i].end as usize);
    if !matches!(
        (end - start, text.as_bytes()[start]),
        (1, b'.' | b'!' | b'?') | (3, 0xE2)
    ) {
        return false;
    }
    let t = tokens[i].text(text);
    let next = &tokens[i + 1];
    let next_text = next.text(text);
    match t {
        "!" | "?" | "…" => next.space_before,
        "." => {
            if !next.space_before {
                return false; // "n.V.", "3.5", "(8.)" continue
            }
            let starts_upper_or_quote = next_text.chars().next().is_some_and(|c| {
                c.is_uppercase() || matches!(c, '"' | '«' | '„' | '“' | '(' | '¿' | '¡')
            }) || next.kind == TokenKind::Number;
            if !starts_upper_or_quote {
                return false;
            }
            match i.checked_sub(1).map(|p| &tokens[p]) {
                // "12. Spieltag", "am 8. Mai": an ordinal before a capitalised
                // German noun; a number at a real sentence end is rarer.
                Some(prev) if prev.kind == TokenKind::Number && !tokens[i].space_before => {
                    !starts_line(text, tokens, i - 1) && !ordinal_context(text, tokens, i)
                }
                Some(prev) if prev.kind == TokenKind::Word && !tokens[i].space_before => {
                    !is_abbreviation(&dotted_word(text, tokens, i - 1))
                }
                _ => true,
            }
        }
        _ => false,
    }
}

/// The word before a period with any dotted parts glued on, lower-cased:
/// "n.V" for "n.V.", "z.B" for "z.B.".
fn dotted_word(text: &str, tokens: &[Token], mut j: usize) -> String {
    let end = tokens[j].end as usize;
    while j >= 2
        && !tokens[j].space_before
        && tokens[j - 1].text(text) == "."
        && !tokens[j - 1].space_before
        && tokens[j - 2].kind == TokenKind::Word
    {
        j -= 2;
    }
    text[tokens[j].start as usize..end].to_lowercase()
}

/// "8. Minute", "12. Spieltag", "am 3. März": a German/Dutch ordinal followed
/// by a noun. Decided by the following word being one that follows ordinals.
fn ordinal_context(text: &str, tokens: &[Token], dot: usize) -> bool {
    const AFTER_ORDINALS: &[&str] = &[
        "minute",
        "min",
        "spieltag",
        "runde",
        "liga",
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
        "mal",
        "platz",
        "tor",
        "treffer",
        "saisontor",
        "saison",
        "bundesliga",
        "pokalrunde",
        "speelronde",
        "plaats",
        "kalenderwoche",
        "etappe",
        "spiel",
        "heimspiel",
        "auswärtsspiel",
        "sieg",
        "niederlage",
        "halbzeit",
        "hälfte",
        "länderspiel",
        "liga-tor",
        // Club names that begin with an ordinal: "1. FC Heidenheim",
        // "1. FSV Mainz 05", "1. FFC Turbine Potsdam".
        "fc",
        "fsv",
        "ffc",
    ];
    // German compounds of those nouns are ordinal contexts too ("17.
    // Saisontreffer", "37. Spielminute"); only long endings are read so that
    // a name after a score ("2:1. Viktor") is not one.
    const COMPOUND_ENDINGS: &[&str] = &["minute", "treffer", "spieltag"];
    let next = tokens[dot + 1].text(text).to_lowercase();
    AFTER_ORDINALS.contains(&next.as_str()) || COMPOUND_ENDINGS.iter().any(|e| next.ends_with(e))
}

#[cfg(test)]
mod tests {
    use crate::Segmented;

    fn split(text: &str) -> Vec<&str> {
        let s = Segmented::new(text);
        s.sentences
            .iter()
            .map(|x| &text[x.start_byte as usize..x.end_byte as usize])
            .collect()
    }

    #[test]
    fn ordinary_sentence_ends() {
        assert_eq!(
            split("Bayern won. Dortmund lost! Why? Nobody knows."),
            ["Bayern won.", "Dortmund lost!", "Why?", "Nobody knows."]
        );
    }

    #[test]
    fn ordinals_abbreviations_and_scores_do_not_split() {
        assert_eq!(
            split("Kane traf (8.), dann Musiala (23.). Danach nichts."),
            ["Kane traf (8.), dann Musiala (23.).", "Danach nichts."]
        );
        assert_eq!(
            split("Am 12. Spieltag gewann Bayern 3:1 n.V. und i.E. nicht."),
            ["Am 12. Spieltag gewann Bayern 3:1 n.V. und i.E. nicht."]
        );
        assert_eq!(
            split("Dr. Müller sah z.B. den Treffer von J. Alba."),
            ["Dr. Müller sah z.B. den Treffer von J. Alba."]
        );
        assert_eq!(
            split("Er traf in der 90. Minute zum 2:1."),
            ["Er traf in der 90. Minute zum 2:1."]
        );
    }

    #[test]
    fn a_club_name_beginning_with_an_ordinal_does_not_split() {
        assert_eq!(
            split("Hertha schlug den Bundesligisten 1. FC Heidenheim. Dann kam 1. FSV Mainz 05."),
            [
                "Hertha schlug den Bundesligisten 1. FC Heidenheim.",
                "Dann kam 1. FSV Mainz 05."
            ]
        );
    }

    #[test]
    fn a_number_can_end_a_sentence() {
        assert_eq!(
            split("Endstand 2:1. Bayern bleibt oben."),
            ["Endstand 2:1.", "Bayern bleibt oben."]
        );
    }

    #[test]
    fn line_breaks_end_headlines() {
        assert_eq!(
            split("Home > Fußball\nBayern siegt\n\nDer Text beginnt"),
            ["Home > Fußball", "Bayern siegt", "Der Text beginnt"]
        );
    }

    #[test]
    fn italian_goal_list_abbreviations_do_not_split() {
        assert_eq!(
            split("Marcatori: 17' st rig. Calhanoglu (I), 33' st aut. Baschirotto (L)."),
            ["Marcatori: 17' st rig. Calhanoglu (I), 33' st aut. Baschirotto (L)."]
        );
        assert_eq!(
            split("Gol: 12' pt. Lautaro, 45' agg. Dybala, 50' Kalulu og. Vlahovic."),
            ["Gol: 12' pt. Lautaro, 45' agg. Dybala, 50' Kalulu og. Vlahovic."]
        );
        assert_eq!(
            split("Reti: 12' pt Lautaro (I), 40' pt Dybala (R). Arbitro: Orsato."),
            [
                "Reti: 12' pt Lautaro (I), 40' pt Dybala (R).",
                "Arbitro: Orsato."
            ]
        );
    }

    #[test]
    fn an_ordinal_minute_does_not_split_from_its_noun() {
        assert_eq!(
            split("Den Ausgleich erzielte Banda in der 37. Minute. Dann nichts."),
            [
                "Den Ausgleich erzielte Banda in der 37. Minute.",
                "Dann nichts."
            ]
        );
        assert_eq!(
            split("Es war ihr 17. Saisontreffer in der 37. Spielminute. Danach 2:1. Viktor traf."),
            [
                "Es war ihr 17. Saisontreffer in der 37. Spielminute.",
                "Danach 2:1.",
                "Viktor traf."
            ]
        );
        assert_eq!(
            split("Tor durch Kane (90.+2). Minute für Minute wurde es enger."),
            [
                "Tor durch Kane (90.+2).",
                "Minute für Minute wurde es enger."
            ]
        );
    }
}
