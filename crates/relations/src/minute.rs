//! Minute expressions: "(23')", "45'+2'", "45' + 1'", "(8.)", "(90.+3)",
//! "(45e+2)", "23e minute", "al minuto 67", "aos 34 minutos", "in der 79.
//! Minute", "in de 78ste minuut", "in the 78th minute", ordinal words ("in the
//! eighth minute", "al decimo minuto"), and half-relative ones ("aos 12
//! minutos do segundo tempo" = 57, "12' st" = 57).

use scoreline_text::{Segmented, TokenKind};

/// A minute found at tokens `first..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Minute {
    pub first: usize,
    pub end: usize,
    pub minute: u32,
    pub stoppage: Option<u32>,
}

const MINUTE_WORDS: &[&str] = &[
    "minute", "minutes", "min", "minuto", "minutos", "minuti", "minuut", "minuten", "mins",
];

fn is_minute_word(w: &str) -> bool {
    MINUTE_WORDS.contains(&w)
}

/// Ordinal words 1–20 and tens in the seven languages.
fn ordinal_word(w: &str) -> Option<u32> {
    const TABLE: &[(&str, u32)] = &[
        ("first", 1),
        ("second", 2),
        ("third", 3),
        ("fourth", 4),
        ("fifth", 5),
        ("sixth", 6),
        ("seventh", 7),
        ("eighth", 8),
        ("ninth", 9),
        ("tenth", 10),
        ("eleventh", 11),
        ("twelfth", 12),
        ("thirteenth", 13),
        ("fourteenth", 14),
        ("fifteenth", 15),
        ("sixteenth", 16),
        ("seventeenth", 17),
        ("eighteenth", 18),
        ("nineteenth", 19),
        ("twentieth", 20),
        ("thirtieth", 30),
        ("fortieth", 40),
        ("fiftieth", 50),
        ("sixtieth", 60),
        ("seventieth", 70),
        ("eightieth", 80),
        ("ninetieth", 90),
        ("ersten", 1),
        ("zweiten", 2),
        ("dritten", 3),
        ("vierten", 4),
        ("fünften", 5),
        ("sechsten", 6),
        ("siebten", 7),
        ("achten", 8),
        ("neunten", 9),
        ("zehnten", 10),
        ("elften", 11),
        ("zwölften", 12),
        ("zwanzigsten", 20),
        ("dreißigsten", 30),
        ("eerste", 1),
        ("tweede", 2),
        ("derde", 3),
        ("vierde", 4),
        ("vijfde", 5),
        ("zesde", 6),
        ("zevende", 7),
        ("achtste", 8),
        ("negende", 9),
        ("tiende", 10),
        ("elfde", 11),
        ("twaalfde", 12),
        ("dertiende", 13),
        ("veertiende", 14),
        ("vijftiende", 15),
        ("twintigste", 20),
        ("dertigste", 30),
        ("primer", 1),
        ("primero", 1),
        ("segundo", 2),
        ("tercer", 3),
        ("tercero", 3),
        ("cuarto", 4),
        ("quinto", 5),
        ("sexto", 6),
        ("séptimo", 7),
        ("octavo", 8),
        ("noveno", 9),
        ("décimo", 10),
        ("undécimo", 11),
        ("duodécimo", 12),
        ("premier", 1),
        ("première", 1),
        ("deuxième", 2),
        ("troisième", 3),
        ("quatrième", 4),
        ("cinquième", 5),
        ("sixième", 6),
        ("septième", 7),
        ("huitième", 8),
        ("neuvième", 9),
        ("dixième", 10),
        ("onzième", 11),
        ("douzième", 12),
        ("vingtième", 20),
        ("primo", 1),
        ("secondo", 2),
        ("terzo", 3),
        ("quarto", 4),
        ("sesto", 6),
        ("settimo", 7),
        ("ottavo", 8),
        ("nono", 9),
        ("decimo", 10),
        ("undicesimo", 11),
        ("dodicesimo", 12),
        ("ventesimo", 20),
        ("trentesimo", 30),
        ("primeiro", 1),
        ("terceiro", 3),
        ("sétimo", 7),
        ("oitavo", 8),
        ("nono", 9),
        ("décimo", 10),
    ];
    TABLE.iter().find(|(k, _)| *k == w).map(|(_, v)| *v)
}

/// "78th", "78ste", "78e", "78°", "78ª", "45e" → 78/45.
fn numeric_ordinal(w: &str) -> Option<u32> {
    let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
    let rest = &w[digits.len()..];
    let ok = matches!(
        rest,
        "th" | "st"
            | "nd"
            | "rd"
            | "ste"
            | "de"
            | "e"
            | "ème"
            | "°"
            | "º"
            | "ª"
            | "o"
            | "a"
            | "er"
            | "."
    );
    if digits.is_empty() || !ok {
        return None;
    }
    digits.parse().ok().filter(|n| *n <= 130)
}

fn num(seg: &Segmented<'_>, i: usize) -> Option<u32> {
    (i < seg.tokens.len() && seg.tokens[i].kind == TokenKind::Number)
        .then(|| seg.token_text(i).parse().ok())
        .flatten()
        .filter(|n| *n <= 130)
}

fn tight(seg: &Segmented<'_>, i: usize) -> bool {
    i < seg.tokens.len() && !seg.tokens[i].space_before
}

/// `+ N` (optionally `'`) after position `i`: the stoppage, and where it ends.
fn stoppage_at(seg: &Segmented<'_>, i: usize) -> Option<(u32, usize)> {
    if seg.tokens.get(i).is_some_and(|_| seg.token_text(i) == "+") {
        let n = num(seg, i + 1)?;
        let mut end = i + 2;
        if seg
            .tokens
            .get(end)
            .is_some_and(|_| matches!(seg.token_text(end), "'" | "’" | "." | "e"))
            && tight(seg, end)
        {
            end += 1;
        }
        return Some((n.min(30), end));
    }
    None
}

/// Second half / extra-time qualifiers after a minute: +45 for the second half.
fn half_offset(seg: &Segmented<'_>, end: usize) -> (u32, usize) {
    let w: Vec<&str> = (end..end + 5).map(|j| seg.lower(j)).collect();
    let second = |x: &str| {
        matches!(
            x,
            "segundo" | "second" | "zweiten" | "tweede" | "seconde" | "deuxième" | "secondo"
        )
    };
    let half = |x: &str| {
        matches!(
            x,
            "tempo"
                | "half"
                | "halbzeit"
                | "hälfte"
                | "helft"
                | "période"
                | "mi-temps"
                | "tiempo"
                | "período"
        )
    };
    if w[0] == "st" {
        return (45, end + 1);
    }
    if w[0] == "pt" {
        return (0, end + 1);
    }
    // "do segundo tempo", "of the second half", "der zweiten Halbzeit", "into the second half"
    for skip in 0..=2 {
        if second(w[skip]) && half(w[skip + 1]) {
            return (45, end + skip + 2);
        }
    }
    (0, end)
}

impl Minute {
    fn new(first: usize, end: usize, minute: u32, stoppage: Option<u32>) -> Self {
        Minute {
            first,
            end,
            minute,
            stoppage,
        }
    }
}

/// Every minute expression in the text.
pub fn find(seg: &Segmented<'_>) -> Vec<Minute> {
    let mut out = Vec::new();
    let n = seg.tokens.len();
    let mut i = 0;
    while i < n {
        let found = at(seg, i).or_else(|| listed_after(seg, i, out.last()));
        match found {
            Some(m) => {
                i = m.end;
                out.push(m);
            }
            None => i += 1,
        }
    }
    out
}

/// What may follow a bare number that is a minute: the end of a list item.
fn ends_item(w: &str) -> bool {
    matches!(
        w,
        "," | ";"
            | ")"
            | "."
            | ""
            | "y"
            | "e"
            | "et"
            | "and"
            | "und"
            | "en"
            | "og"
            | "pen"
            | "puis"
            | "cuando"
            | "quando"
            | "when"
            | "con"
            | "com"
            | "avec"
    )
}

/// A bare number continuing a list of minutes ("en los minutos 12 y 67",
/// "Wood 33, 61"), or one after a name in a scorers line ("Bowen 9,",
/// "(Wood 33, 61)"), or after "en el" / "a los" / "à la" ("en el 80,").
fn listed_after(seg: &Segmented<'_>, i: usize, last: Option<&Minute>) -> Option<Minute> {
    let m = num(seg, i).or_else(|| numeric_ordinal(seg.lower(i)))?;
    if !ends_item(seg.lower(i + 1)) || i == 0 {
        return None;
    }
    let prev = seg.lower(i - 1);
    let joined = matches!(prev, "," | "y" | "e" | "et" | "and" | "und" | "en");
    let continues = joined && last.is_some_and(|l| l.end + 1 == i);
    let after_name = seg.tokens[i - 1].kind == TokenKind::Word
        && seg
            .token_text(i - 1)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        && i >= 2
        && !matches!(seg.lower(i - 2), "." | "" | "\n");
    let prev2 = if i >= 2 { seg.lower(i - 2) } else { "" };
    let introduced = matches!(
        (prev2, prev),
        ("en", "el") | ("a", "los") | ("à", "la") | ("puis", "la") | (_, "aos") | (_, "al")
    );
    (continues || after_name || introduced).then(|| Minute::new(i, i + 1, m, None))
}

fn at(seg: &Segmented<'_>, i: usize) -> Option<Minute> {
    let w = seg.lower(i);
    // "minuto 67", "al minuto 67"
    if is_minute_word(w) {
        if let Some(m) = num(seg, i + 1) {
            let (off, end) = half_offset(seg, i + 2);
            return Some(Minute::new(i, end, m + off, None));
        }
    }
    if let Some(m) = num(seg, i) {
        let next = seg.lower(i + 1);
        // "23'" , "45'+2'", "45' + 1'"
        if matches!(next, "'" | "’" | "´") && tight(seg, i + 1) {
            let (stoppage, end) = match stoppage_at(seg, i + 2) {
                Some((s, e)) => (Some(s), e),
                None => (None, i + 2),
            };
            let (off, end) = half_offset(seg, end);
            return Some(Minute::new(i, end, m + off, stoppage));
        }
        // "90+3'", "45+2"
        if next == "+" && tight(seg, i + 1) {
            if let Some((s, end)) = stoppage_at(seg, i + 1) {
                return Some(Minute::new(i, end, m, Some(s)));
            }
        }
        // "(8.)", "(90.+3)", "84.,", "(23., FE)", "79. Minute"
        if next == "." && tight(seg, i + 1) {
            if let Some((s, end)) = stoppage_at(seg, i + 2) {
                return Some(Minute::new(i, end, m, Some(s)));
            }
            let after = seg.lower(i + 2);
            if matches!(after, ")" | ",") || is_minute_word(after) {
                let end = if is_minute_word(after) { i + 3 } else { i + 2 };
                return Some(Minute::new(i, end, m, None));
            }
        }
        // "34 minutos", "12 minutes into the second half"
        if is_minute_word(next) {
            let (off, end) = half_offset(seg, i + 2);
            let (off, end) = if off == 0 {
                half_offset(seg, (i + 3).min(seg.tokens.len()))
            } else {
                (off, end)
            };
            let end = if off == 0 { i + 2 } else { end };
            return Some(Minute::new(i, end, m + off, None));
        }
        return None;
    }
    // "45e+2", "23e minute", "78th minute", "78ste minuut"
    if let Some(m) = numeric_ordinal(w) {
        if let Some((s, end)) = stoppage_at(seg, i + 1) {
            return Some(Minute::new(i, end, m, Some(s)));
        }
        let next = seg.lower(i + 1);
        let bracketed = i > 0 && seg.token_text(i - 1) == "(" && matches!(next, ")" | ",");
        if is_minute_word(next) || bracketed {
            let end = if bracketed { i + 1 } else { i + 2 };
            let (off, end2) = half_offset(seg, end);
            return Some(Minute::new(i, end2, m + off, None));
        }
    }
    // "eighth minute", "achtste minuut", "decimo minuto"
    if let Some(m) = ordinal_word(w) {
        if is_minute_word(seg.lower(i + 1)) {
            let (off, end) = half_offset(seg, i + 2);
            return Some(Minute::new(i, end, m + off, None));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minutes(text: &str) -> Vec<(u32, Option<u32>)> {
        let seg = Segmented::new(text);
        find(&seg).iter().map(|m| (m.minute, m.stoppage)).collect()
    }

    #[test]
    fn every_notation() {
        assert_eq!(minutes("Kane (23')"), [(23, None)]);
        assert_eq!(minutes("Kane (45+2')"), [(45, Some(2))]);
        assert_eq!(minutes("Kane 45' + 1'"), [(45, Some(1))]);
        assert_eq!(minutes("Kane (90.+3)"), [(90, Some(3))]);
        assert_eq!(
            minutes("Kane (8.), Musiala (23., FE)"),
            [(8, None), (23, None)]
        );
        assert_eq!(minutes("Mbappé (45e+2)"), [(45, Some(2))]);
        assert_eq!(minutes("à la 12e minute"), [(12, None)]);
        assert_eq!(minutes("al minuto 67"), [(67, None)]);
        assert_eq!(minutes("aos 34 minutos"), [(34, None)]);
        assert_eq!(minutes("in de 78ste minuut"), [(78, None)]);
        assert_eq!(minutes("in the 78th minute"), [(78, None)]);
        assert_eq!(minutes("in der 79. Minute"), [(79, None)]);
        assert_eq!(minutes("in the eighth minute"), [(8, None)]);
        assert_eq!(minutes("in de achtste minuut"), [(8, None)]);
        assert_eq!(minutes("al decimo minuto"), [(10, None)]);
        assert_eq!(minutes("aos 12 minutos do segundo tempo"), [(57, None)]);
        assert_eq!(
            minutes("twelve minutes into the second half, 12 minutes into the second half"),
            [(57, None)]
        );
        assert_eq!(minutes("Immobile 12' st"), [(57, None)]);
    }

    #[test]
    fn not_minutes() {
        assert_eq!(minutes("am 12. Spieltag"), []);
        assert_eq!(minutes("Bayern siegt 3:1"), []);
        assert_eq!(minutes("the 2024 season"), []);
    }

    #[test]
    fn bare_numbers_in_lists_and_after_prepositions() {
        assert_eq!(
            minutes("Dessers marcó en los minutos 12 y 67."),
            [(12, None), (67, None)]
        );
        assert_eq!(
            minutes("Wolves 0 Forest 2 (Wood 33, 61)"),
            [(33, None), (61, None)]
        );
        assert_eq!(minutes("Černý cerró la cuenta en el 80."), [(80, None)]);
        assert_eq!(
            minutes("Rice a frappé à la 58e puis à la 70e minute."),
            [(58, None), (70, None)]
        );
        // Not minutes: a year, a count of points, a score.
        assert_eq!(minutes("En el 2024 sumó 30 puntos."), []);
        assert_eq!(minutes("Ganó en el 2-1 de ayer."), []);
    }
}
