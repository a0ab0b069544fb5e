//! Minute expressions: "(23')", "45'+2'", "45' + 1'", "(8.)", "(90.+3)",
//! "(45e+2)", "23e minute", "al minuto 67", "aos 34 minutos", "in der 79.
//! Minute", "in de 78ste minuut", "in the 78th minute", ordinal words ("in the
//! eighth minute", "al decimo minuto"), half-relative ones ("aos 12
//! minutos do segundo tempo" = 57, "12' st" = 57), parts of the hour ("à la
//! demi-heure" = 30) and counts back from the break or the end ("six
//! minutes avant la pause" = 39, "twintig minuten voor tijd" = 70).

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

pub(crate) fn is_minute_word(w: &str) -> bool {
    // Every token is asked, some twice: the shared start rules most out
    // before the list is compared word by word.
    w.starts_with("min") && MINUTE_WORDS.contains(&w)
}

/// Does token `i` mark a minute: a minute word ("min", "minuto") or the
/// prime after a number ("12'")? A clause with one tells of a moment of a
/// match, not of its result.
pub(crate) fn marks_minute(seg: &Segmented<'_>, i: usize) -> bool {
    is_minute_word(seg.lower(i))
        || (matches!(seg.token_text(i), "'" | "’")
            && i > 0
            && seg.tokens[i - 1].kind == TokenKind::Number)
}

type WordMap = std::sync::OnceLock<crate::cues::set::CueMap<u32>>;

/// The number of `w` in `table`: every word of a text is asked, so through a
/// map built once, with a filter that rules most words out before hashing.
fn in_table(map: &'static WordMap, table: &[(&'static str, u32)], w: &str) -> Option<u32> {
    map.get_or_init(|| crate::cues::set::CueMap::new(table.iter().copied()))
        .get(w)
}

/// Ordinal words 1–20 and tens in the seven languages.
pub(crate) fn ordinal_word(w: &str) -> Option<u32> {
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
        ("trentième", 30),
        ("quarantième", 40),
        ("cinquantième", 50),
        ("soixantième", 60),
        ("vigésimo", 20),
        ("trigésimo", 30),
        ("cuadragésimo", 40),
        ("quadragésimo", 40),
        ("quincuagésimo", 50),
        ("quinquagésimo", 50),
        ("sexagésimo", 60),
        ("septuagésimo", 70),
        ("setuagésimo", 70),
        ("octogésimo", 80),
        ("nonagésimo", 90),
        ("unième", 1),
        ("treizième", 13),
        ("quatorzième", 14),
        ("quinzième", 15),
        ("seizième", 16),
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
        ("tredicesimo", 13),
        ("quattordicesimo", 14),
        ("quindicesimo", 15),
        ("sedicesimo", 16),
        ("diciassettesimo", 17),
        ("diciottesimo", 18),
        ("diciannovesimo", 19),
        ("primeiro", 1),
        ("terceiro", 3),
        ("sétimo", 7),
        ("oitavo", 8),
        ("nono", 9),
        ("décimo", 10),
    ];
    static MAP: WordMap = WordMap::new();
    in_table(&MAP, TABLE, w).or_else(|| compound_ordinal(w))
}

/// Ordinals written as one word of tens and a unit: Italian
/// "ventiquattresimo" (24), Dutch "zesentwintigste", German
/// "sechsundzwanzigsten".
fn compound_ordinal(w: &str) -> Option<u32> {
    if let Some(stem) = w.strip_suffix("esimo") {
        return italian_compound(stem);
    }
    let stem = w.strip_suffix("sten").or_else(|| w.strip_suffix("ste"))?;
    germanic_compound(stem)
}

/// "ventiquattr" (from "ventiquattresimo"), "trentun", "quarant": tens, then
/// the stem of a unit.
fn italian_compound(stem: &str) -> Option<u32> {
    const TENS: [(&str, u32); 8] = [
        ("vent", 20),
        ("trent", 30),
        ("quarant", 40),
        ("cinquant", 50),
        ("sessant", 60),
        ("settant", 70),
        ("ottant", 80),
        ("novant", 90),
    ];
    const UNITS: [(&str, u32); 10] = [
        ("", 0),
        ("un", 1),
        ("du", 2),
        ("tre", 3),
        ("quattr", 4),
        ("cinqu", 5),
        ("sei", 6),
        ("sett", 7),
        ("ott", 8),
        ("nov", 9),
    ];
    let (rest, tens) = TENS
        .iter()
        .find_map(|(t, n)| stem.strip_prefix(t).map(|r| (r, *n)))?;
    // "venti-quattr", "trenta-tre", "vent-un": the tens' vowel goes before
    // a vowel.
    let rest = rest
        .strip_prefix(['i', 'a'])
        .filter(|r| !r.is_empty())
        .unwrap_or(rest);
    UNITS
        .iter()
        .find(|(u, _)| *u == rest)
        .map(|(_, n)| tens + n)
}

/// "zesentwintig", "sechsundzwanzig", "tweeëntwintig": a unit, "en"/"und",
/// then the tens.
fn germanic_compound(w: &str) -> Option<u32> {
    // The tens alone: "zeventigste", "siebzigsten".
    if let Some(n) = germanic_tens(w) {
        return Some(n);
    }
    // Every word is asked: the shortest compound is "eenendertig".
    if w.len() < 11 {
        return None;
    }
    const TENS: [(&str, u32); 14] = [
        ("twintig", 20),
        ("dertig", 30),
        ("veertig", 40),
        ("vijftig", 50),
        ("zestig", 60),
        ("zeventig", 70),
        ("tachtig", 80),
        ("zwanzig", 20),
        ("dreißig", 30),
        ("vierzig", 40),
        ("fünfzig", 50),
        ("sechzig", 60),
        ("siebzig", 70),
        ("achtzig", 80),
    ];
    let (head, tens) = TENS
        .iter()
        .find_map(|(t, n)| w.strip_suffix(t).map(|h| (h, *n)))?;
    let unit = head
        .strip_suffix("und")
        .or_else(|| head.strip_suffix("ën"))
        .or_else(|| head.strip_suffix("en"))?;
    let n = match unit {
        "een" | "ein" => 1,
        "twee" | "zwei" => 2,
        "drie" | "drei" => 3,
        "vier" => 4,
        "vijf" | "fünf" => 5,
        "zes" | "sechs" => 6,
        "zeven" | "sieben" => 7,
        "acht" => 8,
        "negen" | "neun" => 9,
        _ => return None,
    };
    Some(tens + n)
}

/// Round tens from forty, as the stem of an ordinal ("zeventig" of
/// "zeventigste", "siebzig" of "siebzigsten"); twenty and thirty are in
/// the ordinal table.
fn germanic_tens(w: &str) -> Option<u32> {
    match w {
        "veertig" | "vierzig" => Some(40),
        "vijftig" | "fünfzig" => Some(50),
        "zestig" | "sechzig" => Some(60),
        "zeventig" | "siebzig" => Some(70),
        "tachtig" | "achtzig" => Some(80),
        "negentig" | "neunzig" => Some(90),
        _ => None,
    }
}

/// Cardinal words 1–20 and round tens, for "nach vier Minuten", "Nine
/// minutes in the second period", "Cinq minutes après la reprise".
fn cardinal_word(w: &str) -> Option<u32> {
    const TABLE: &[(&str, u32)] = &[
        ("one", 1),
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("six", 6),
        ("seven", 7),
        ("eight", 8),
        ("nine", 9),
        ("ten", 10),
        ("eleven", 11),
        ("twelve", 12),
        ("thirteen", 13),
        ("fourteen", 14),
        ("fifteen", 15),
        ("sixteen", 16),
        ("seventeen", 17),
        ("eighteen", 18),
        ("nineteen", 19),
        ("twenty", 20),
        ("thirty", 30),
        ("forty", 40),
        ("zwei", 2),
        ("drei", 3),
        ("vier", 4),
        ("fünf", 5),
        ("sechs", 6),
        ("sieben", 7),
        ("acht", 8),
        ("neun", 9),
        ("zehn", 10),
        ("elf", 11),
        ("zwölf", 12),
        ("dreizehn", 13),
        ("vierzehn", 14),
        ("fünfzehn", 15),
        ("sechzehn", 16),
        ("siebzehn", 17),
        ("achtzehn", 18),
        ("neunzehn", 19),
        ("zwanzig", 20),
        ("dreißig", 30),
        ("vierzig", 40),
        ("twee", 2),
        ("drie", 3),
        ("vijf", 5),
        ("zes", 6),
        ("zeven", 7),
        ("negen", 9),
        ("tien", 10),
        ("twaalf", 12),
        ("dertien", 13),
        ("veertien", 14),
        ("vijftien", 15),
        ("twintig", 20),
        ("dertig", 30),
        ("veertig", 40),
        ("dos", 2),
        ("tres", 3),
        ("cuatro", 4),
        ("cinco", 5),
        ("seis", 6),
        ("siete", 7),
        ("ocho", 8),
        ("nueve", 9),
        ("diez", 10),
        ("once", 11),
        ("doce", 12),
        ("trece", 13),
        ("catorce", 14),
        ("quince", 15),
        ("veinte", 20),
        ("treinta", 30),
        ("cuarenta", 40),
        ("deux", 2),
        ("trois", 3),
        ("quatre", 4),
        ("cinq", 5),
        ("sept", 7),
        ("huit", 8),
        ("neuf", 9),
        ("dix", 10),
        ("onze", 11),
        ("douze", 12),
        ("treize", 13),
        ("quatorze", 14),
        ("quinze", 15),
        ("seize", 16),
        ("vingt", 20),
        ("trente", 30),
        ("quarante", 40),
        ("due", 2),
        ("tre", 3),
        ("quattro", 4),
        ("cinque", 5),
        ("sei", 6),
        ("sette", 7),
        ("otto", 8),
        ("nove", 9),
        ("dieci", 10),
        ("undici", 11),
        ("dodici", 12),
        ("tredici", 13),
        ("quindici", 15),
        ("venti", 20),
        ("trenta", 30),
        ("quaranta", 40),
        ("dois", 2),
        ("três", 3),
        ("quatro", 4),
        ("oito", 8),
        ("dez", 10),
        ("doze", 12),
        ("treze", 13),
        ("quatorze", 14),
        ("vinte", 20),
        ("quarenta", 40),
    ];
    static MAP: WordMap = WordMap::new();
    in_table(&MAP, TABLE, w).or_else(|| germanic_compound(w))
}

/// The tens of a hyphenated ordinal: "trente-quatrième", "cent-seizième",
/// "twenty-third".
fn tens_word(w: &str) -> Option<u32> {
    match w {
        "twenty" | "vingt" => Some(20),
        "thirty" | "trente" => Some(30),
        "forty" | "quarante" => Some(40),
        "fifty" | "cinquante" => Some(50),
        "sixty" | "soixante" => Some(60),
        "seventy" => Some(70),
        "eighty" => Some(80),
        "ninety" => Some(90),
        "cent" => Some(100),
        _ => None,
    }
}

/// "78th", "78ste", "78e", "78°", "78ª", "45e" → 78/45.
fn numeric_ordinal(w: &str) -> Option<u32> {
    // Every token is asked: a word not opening on a digit is none.
    if !w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
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
            | "esimo"
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
/// A word that ends a minute's phrase: a punctuation mark or "and".
fn clause_break(w: &str) -> bool {
    matches!(
        w,
        "," | ";" | ":" | "(" | ")" | "." | "and" | "und" | "en" | "y" | "e" | "et"
    )
}

fn half_offset(seg: &Segmented<'_>, end: usize) -> (u32, usize) {
    let w: Vec<&str> = (end..end + 5).map(|j| seg.lower(j)).collect();
    let second = |x: &str| {
        matches!(
            x,
            "segundo"
                | "segunda"
                | "second"
                | "zweiten"
                | "tweede"
                | "seconde"
                | "deuxième"
                | "secondo"
                | "seconda"
                // "do 2º tempo", "2nd half" (a half noun follows)
                | "2º"
                | "2ª"
                | "2°"
                | "2nd"
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
                | "parte"
                | "mitad"
                | "period"
                | "periode"
                | "time"
                | "temps"
                | "metà"
                | "etapa"
        )
    };
    if w[0] == "st" {
        return (45, end + 1);
    }
    if w[0] == "pt" {
        return (0, end + 1);
    }
    // "15'/2ºT", "34'/1ºT"
    if w[0] == "/" && w[1].ends_with('t') {
        if w[1].starts_with('2') {
            return (45, end + 2);
        }
        if w[1].starts_with('1') {
            return (0, end + 2);
        }
    }
    // "al 21' della ripresa"
    if matches!(w[0], "della" | "nella") && w[1] == "ripresa" {
        return (45, end + 2);
    }
    // The half is the minute's own only within its phrase: "aos 39 minutos
    // e, na segunda parte, …" starts another clause.
    let phrase_has = |k: usize| !clause_break(w[k]);
    // "do segundo tempo", "of the second half", "der zweiten Halbzeit", "into the second half"
    for skip in 0..=2 {
        if !phrase_has(skip) {
            break;
        }
        if second(w[skip]) && half(w[skip + 1]) {
            return (45, end + skip + 2);
        }
    }
    // "aos 31 minutos da etapa final", "aos 33 da etapa complementar": the
    // final stage is the second half.
    for skip in 0..=2 {
        if !phrase_has(skip) {
            break;
        }
        if matches!(w[skip], "etapa" | "tempo" | "tiempo")
            && matches!(
                w[skip + 1],
                "final" | "complementar" | "complementario" | "complementaria"
            )
        {
            return (45, end + skip + 2);
        }
    }
    // "aos 25 do segundo.", "al 30 del segundo y": the half without its noun.
    if matches!(w[0], "do" | "del" | "della" | "of") && second(w[1]) && ends_item(w[2]) {
        return (45, end + 2);
    }
    (0, end)
}

/// "Verlängerung", "extra time", "prolongation": the end counted back from
/// is that of extra time.
fn extra_time(w: &str) -> bool {
    matches!(
        w,
        "verlängerung"
            | "extra"
            | "extra-time"
            | "prolongation"
            | "prolongations"
            | "prórroga"
            | "supplementari"
            | "prolongamento"
            | "verlenging"
            | "verlengingen"
            | "verlängerungen"
            | "prórrogas"
            | "prolongamentos"
    )
}

/// What a count of minutes is measured from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// The kick-off: the count is the minute.
    KickOff,
    /// The restart ("Neunzehn Minuten nach der Pause"): 45 + N.
    Restart,
    /// Counted back from the break ("six minutes avant la pause"): 45 − N.
    BeforeBreak,
    /// Counted back from the end of normal time ("twintig minuten voor
    /// tijd", "five minutes from time"): 90 − N.
    BeforeEnd,
    /// Counted back from the end of extra time ("drei Minuten vor dem Ende
    /// der Verlängerung"): 120 − N.
    BeforeExtraEnd,
}

impl Mark {
    /// The minute of the match `n` minutes from this mark, if one.
    fn minute(self, n: u32) -> Option<u32> {
        match self {
            Mark::KickOff => Some(n),
            Mark::Restart => Some(n + 45),
            Mark::BeforeBreak => (n < 45).then(|| 45 - n),
            Mark::BeforeEnd => (n < 90).then(|| 90 - n),
            Mark::BeforeExtraEnd => (n < 30).then(|| 120 - n),
        }
    }
}

/// After a minute word, what the count is measured from: the kick-off, the
/// restart, or counted back from the break or the end of normal time;
/// `None` when counted from another event ("ten minutes later", "vier
/// Minuten später", "five minutes after Kane's opener") or towards an end
/// told as time left ("with two minutes left"), which is no minute of the
/// match. `(mark, end)`; the kick-off when nothing follows.
fn measured_from(seg: &Segmented<'_>, end: usize) -> Option<(Mark, usize)> {
    let w: Vec<&str> = (end..end + 4).map(|j| seg.lower(j)).collect();
    let restart = |x: &str| {
        matches!(
            x,
            "break"
                | "restart"
                | "interval"
                | "half-time"
                | "pause"
                | "wiederbeginn"
                | "seitenwechsel"
                | "wiederanpfiff"
                | "rust"
                | "descanso"
                | "reanudación"
                | "reprise"
                | "intervallo"
                | "intervalo"
                | "pauze"
        )
    };
    let finish = |x: &str| {
        matches!(
            x,
            "time"
                | "end"
                | "full-time"
                | "schluss"
                | "ende"
                | "tijd"
                | "einde"
                | "final"
                | "fin"
                | "fine"
                | "fim"
        )
    };
    let after = |x: &str| {
        matches!(
            x,
            "after" | "nach" | "tras" | "après" | "dopo" | "depois" | "na"
        )
    };
    let before = |x: &str| {
        matches!(
            x,
            "from" | "before" | "vor" | "voor" | "del" | "de" | "dalla" | "do" | "para"
        )
    };
    // Only these may count back to the break: "del descanso" is after it.
    let before_break = |x: &str| {
        matches!(
            x,
            "before" | "vor" | "voor" | "avant" | "antes" | "prima" | "from"
        )
    };
    for skip in 1..=2 {
        // "a los dos minutos de la reanudación"
        if (after(w[0]) || matches!(w[0], "de" | "del" | "da" | "della" | "do")) && restart(w[skip])
        {
            return Some((Mark::Restart, end + skip + 1));
        }
        // "six minutes avant la pause", "vijf minuten voor rust"
        if before_break(w[0]) && restart(w[skip]) {
            return Some((Mark::BeforeBreak, end + skip + 1));
        }
        // "drei Minuten vor dem Ende", "zes minuten voor tijd": counted back
        // from 90 (extra time is told as such).
        if (before(w[0]) || before_break(w[0])) && finish(w[skip]) {
            let past = end + skip + 1;
            let extra = (past..past + 3).any(|j| extra_time(seg.lower(j)));
            let mark = if extra {
                Mark::BeforeExtraEnd
            } else {
                Mark::BeforeEnd
            };
            return Some((mark, past));
        }
    }
    // "ten minutes later", "vier Minuten später", "five minutes after
    // Kane's opener": counted from another event.
    // "with two minutes of normal time left", "a falta de cinco minutos":
    // counted to the end.
    if w.iter().any(|x| {
        matches!(
            *x,
            "left" | "remaining" | "to" | "restantes" | "restanti" | "resterende" | "übrig"
        )
    }) && !matches!(w[0], "into" | "in")
    {
        return None;
    }
    // "Four minutes added": the stoppage announced, not a minute.
    if matches!(
        w[0],
        "added" | "of" | "de" | "di" | "der" | "van" | "stoppage" | "nachspielzeit"
    ) && (0..3).any(|k| {
        matches!(
            w[k],
            "added"
                | "stoppage"
                | "nachspielzeit"
                | "blessuretijd"
                | "añadido"
                | "descuento"
                | "recupero"
                | "additionnel"
                | "acréscimo"
                | "acréscimos"
                | "compensação"
        )
    }) {
        return None;
    }
    if matches!(
        w[0],
        "later"
            | "später"
            | "después"
            | "plus"
            | "più"
            | "depois"
            | "dopo"
            | "tard"
            | "after"
            | "nach"
            | "tras"
            | "après"
    ) {
        return None;
    }
    Some((Mark::KickOff, end))
}

/// Words that end the first half's stoppage time, or any: "in the second
/// minute of first-half stoppage time", "in der fünften Minute der
/// Nachspielzeit", "en el tercer minuto del añadido". `Some(first_half)`.
fn stoppage_time(seg: &Segmented<'_>, end: usize) -> Option<(bool, usize)> {
    let w: Vec<&str> = (end..end + 5).map(|j| seg.lower(j)).collect();
    let added = |x: &str| {
        matches!(
            x,
            "stoppage"
                | "added"
                | "injury"
                | "nachspielzeit"
                | "blessuretijd"
                | "extra-tijd"
                | "añadido"
                | "descuento"
                | "prolongación"
                | "additionnel"
                | "recupero"
                | "acréscimos"
                | "acréscimo"
                | "descontos"
                | "compensação"
                | "compensación"
        )
    };
    // Within the minute's own phrase: not over a clause's end ("in the
    // ninth minute and added a second from the spot").
    let k = (0..5)
        .take_while(|&k| {
            !matches!(
                w[k],
                "," | ";" | ":" | "." | "(" | ")" | "and" | "und" | "en" | "y" | "e" | "et"
            )
        })
        .find(|&k| added(w[k]))?;
    let first_half = w[..k].iter().any(|x| {
        matches!(
            *x,
            "first-half"
                | "first"
                | "ersten"
                | "primer"
                | "primera"
                | "première"
                | "primo"
                | "primeiro"
                | "eerste"
        )
    });
    // "stoppage time", "temps additionnel": the noun after the cue belongs to it.
    let end = end + k + 1;
    let end = if matches!(seg.lower(end), "time" | "tijd") {
        end + 1
    } else {
        end
    };
    Some((first_half, end))
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
    // An Italian half mark before its minutes ("Reti: pt 12' Lookman; st
    // 10' Retegui, 40' De Ketelaere"): the half of every minute after it
    // in the sentence, till the next mark.
    let mut half: Option<(u32, usize)> = None;
    let mut sentence = 0;
    while i < n {
        while sentence < seg.sentences.len() && seg.sentences[sentence].end <= i {
            sentence += 1;
        }
        if let Some(offset) = half_mark(seg, i) {
            half = Some((offset, sentence));
            i += 1;
            continue;
        }
        let found = later(seg, i, out.last())
            .or_else(|| at(seg, i))
            .or_else(|| listed_after(seg, i, out.last()))
            .or_else(|| introduced_bare(seg, i))
            .or_else(|| hour_fraction(seg, i));
        match found {
            Some(mut m) => {
                if let Some((offset, _)) = half.filter(|h| h.1 == sentence) {
                    if m.minute <= 45 {
                        m.minute += offset;
                    }
                }
                i = m.end;
                // "in der fünften Minute der Nachspielzeit (90.+5)": one
                // minute told twice.
                match out.last_mut() {
                    Some(last)
                        if last.minute == m.minute
                            && last.stoppage == m.stoppage
                            && (m.first == last.end
                                || (m.first == last.end + 1
                                    && seg.token_text(last.end) == "(")) =>
                    {
                        last.end = m.end;
                    }
                    _ => out.push(m),
                }
            }
            None => i += 1,
        }
    }
    out
}

/// A minute told in words that only approximates: a part of the hour, or
/// counted back from the break or the end. The same goal told with a figure
/// in its sentence is told exactly there; nothing is counted on from it.
pub(crate) fn approximate(seg: &Segmented<'_>, m: &Minute) -> bool {
    let i = m.first;
    hour_fraction(seg, i).is_some()
        || (is_minute_word(seg.lower(i + 1))
            && matches!(
                measured_from(seg, i + 2),
                Some((
                    Mark::BeforeBreak | Mark::BeforeEnd | Mark::BeforeExtraEnd,
                    _
                ))
            ))
}

/// Parts of the hour that name a minute, token by token (an apostrophe
/// token or a trailing one matches either form, ' or ’).
const HOUR_FRACTIONS: &[(&[&str], u32)] = &[
    (&["demi", "-", "heure"], 30),
    (&["half", "an", "hour"], 30),
    (&["half", "-", "hour"], 30),
    (&["halben", "stunde"], 30),
    (&["half", "uur"], 30),
    (&["halfuur"], 30),
    (&["media", "hora"], 30),
    (&["mezz", "'", "ora"], 30),
    (&["mezzora"], 30),
    (&["meia", "hora"], 30),
    (&["quart", "d'", "heure"], 15),
    (&["quarter", "of", "an", "hour"], 15),
    (&["quarter", "-", "hour"], 15),
    (&["viertelstunde"], 15),
    (&["kwartier"], 15),
    (&["cuarto", "de", "hora"], 15),
    (&["quarto", "d'", "ora"], 15),
    (&["quarto", "de", "hora"], 15),
];

fn apostrophe_free(w: &str) -> &str {
    w.trim_end_matches(['\'', '’'])
}

/// "à la demi-heure" (30), "dès le quart d'heure" (15), "nach einer halben
/// Stunde", "na een kwartier", "a la media hora", "dopo mezz'ora": a part
/// of the hour after a preposition of time, an article between; "pendant une demi-heure", "la première demi-heure"
/// are lengths, not minutes.
fn hour_fraction(seg: &Segmented<'_>, i: usize) -> Option<Minute> {
    // Every token is asked: its first byte and length rule most out, one
    // match on the first word nearly all the rest.
    let w = seg.lower(i).as_bytes();
    if w.len() < 4 || !matches!(w[0], b'd' | b'h' | b'm' | b'q' | b'v' | b'k' | b'c') {
        return None;
    }
    if !matches!(
        seg.lower(i),
        "demi"
            | "half"
            | "halben"
            | "halfuur"
            | "media"
            | "mezz"
            | "mezz'"
            | "mezz’"
            | "mezzora"
            | "meia"
            | "quart"
            | "quarter"
            | "viertelstunde"
            | "kwartier"
            | "cuarto"
            | "quarto"
    ) {
        return None;
    }
    let (pattern, value) = HOUR_FRACTIONS.iter().find(|(p, _)| {
        p.iter()
            .enumerate()
            .all(|(k, w)| apostrophe_free(seg.lower(i + k)) == apostrophe_free(w))
    })?;
    let article = |w: &str| {
        matches!(
            apostrophe_free(w),
            "la" | "le"
                | "l"
                | "the"
                | "a"
                | "an"
                | "un"
                | "une"
                | "einer"
                | "der"
                | "een"
                | "het"
                | "una"
                | "el"
                | "o"
                | "de"
        )
    };
    let opener = |w: &str| {
        matches!(
            w,
            "à" | "a"
                | "dès"
                | "après"
                | "vers"
                | "au"
                | "after"
                | "on"
                | "at"
                | "around"
                | "nach"
                | "zur"
                | "um"
                | "gegen"
                | "na"
                | "rond"
                | "tras"
                | "pasada"
                | "hacia"
                | "dopo"
                | "alla"
                | "al"
                | "verso"
                | "passata"
                | "após"
                | "ao"
                | "depois"
                | "después"
        )
    };
    // "een kwartier voor tijd", "à un quart d'heure de la fin", "a quarter
    // of an hour from time": counted back from an end, whatever comes
    // before.
    if let Some((mark, end)) = measured_from(seg, i + pattern.len()) {
        if matches!(
            mark,
            Mark::BeforeEnd | Mark::BeforeExtraEnd | Mark::BeforeBreak
        ) {
            return mark.minute(*value).map(|m| Minute::new(i, end, m, None));
        }
    }
    let mut j = i;
    for _ in 0..2 {
        if j == 0 {
            return None;
        }
        let w = seg.lower(j - 1);
        if opener(w) {
            let end = i + pattern.len();
            let end = if seg.lower(end) == "mark" {
                end + 1
            } else {
                end
            };
            let (off, end) = half_offset(seg, end);
            return Some(Minute::new(i, end, value + off, None));
        }
        if !article(w) {
            return None;
        }
        j -= 1;
    }
    None
}

/// "pt" / "st" right before a minute ("st 10'"): the half it is in, as
/// the minutes to add.
fn half_mark(seg: &Segmented<'_>, i: usize) -> Option<u32> {
    let offset = match seg.lower(i) {
        "pt" => 0,
        "st" => 45,
        _ => return None,
    };
    (num(seg, i + 1).is_some() && matches!(seg.lower(i + 2), "'" | "’") && tight(seg, i + 2))
        .then_some(offset)
}

/// "zeven minuten later", "cinco minutos depois", "four minutes later":
/// counted from the minute told just before (within a sentence's length),
/// when that one has no stoppage.
fn later(seg: &Segmented<'_>, i: usize, last: Option<&Minute>) -> Option<Minute> {
    // Not "ten minutes after Kane's opener": after what, unknown.
    let later = match seg.lower(i + 2) {
        "later" | "später" | "después" | "depois" | "dopo" => true,
        "plus" => seg.lower(i + 3) == "tard",
        "più" => seg.lower(i + 3) == "tardi",
        _ => false,
    };
    if !later || !is_minute_word(seg.lower(i + 1)) {
        return None;
    }
    let last = last.filter(|l| {
        l.stoppage.is_none() && l.end <= i && i - l.end <= 30 && !approximate(seg, l)
    })?;
    let n = num(seg, i).or_else(|| cardinal_word(seg.lower(i)))?;
    // "Dix minutes plus tard, Sotoca a obtenu un penalty que Saïd a
    // transformé à la 69e minute": the minute told is the one.
    let told = (i + 3..(i + 24).min(seg.tokens.len()))
        .take_while(|&j| !matches!(seg.lower(j), "." | "!" | "?"))
        .any(|j| at(seg, j).is_some());
    if told {
        return None;
    }
    let minute = last.minute + n;
    let end = if matches!(seg.lower(i + 2), "plus" | "più") {
        i + 4
    } else {
        i + 3
    };
    (minute <= 130).then(|| Minute::new(i, end, minute, None))
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
            // "Moffi 70e sp", "Bobichon 90e+2 csc": a French list's
            // penalty and own goal
            | "sp"
            | "csc"
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
    if !ends_item(seg.lower(i + 1)) || i == 0 || shirt_number(seg, i) {
        return None;
    }
    let prev = seg.lower(i - 1);
    let joined = matches!(prev, "," | "y" | "e" | "et" | "and" | "und" | "en");
    let continues = joined && last.is_some_and(|l| l.end + 1 == i);
    let after_name = scorer_item(seg, i);
    let prev2 = if i >= 2 { seg.lower(i - 2) } else { "" };
    let introduced = matches!(
        (prev2, prev),
        ("en", "el") | ("a", "los") | ("à", "la") | ("puis", "la") | (_, "aos") | (_, "al")
    );
    if !(continues || after_name || introduced)
        || decimal(seg, i)
        || marks_line(seg, i)
        || (after_name && goal_count_item(seg, i))
    {
        return None;
    }
    Some(Minute::new(i, i + 1, m, None))
}

/// Is the number at `i` one side of a decimal comma ("Falcone 6,5")? A
/// minute is never written so; a mark is.
fn decimal(seg: &Segmented<'_>, i: usize) -> bool {
    let glued_number =
        |j: usize| j < seg.tokens.len() && seg.tokens[j].kind == TokenKind::Number && tight(seg, j);
    (seg.lower(i + 1) == "," && tight(seg, i + 1) && glued_number(i + 2))
        || (i >= 2 && seg.lower(i - 1) == "," && tight(seg, i - 1) && glued_number(i))
}

/// The most goals one player is counted in a results line's brackets.
const COUNT_MAX: u32 = 5;

/// Is the small number at `i`, after a name in brackets, that player's
/// count of goals: "FC Volendam - ADO Den Haag 2-2 (Mühren 2; Van Mieghem,
/// Komljenovic)", "(Hoedemakers 2, eigen doelpunt; Noslin)"? So it is when
/// another name of the brackets carries no number: a list of minutes gives
/// every name its own.
fn goal_count_item(seg: &Segmented<'_>, i: usize) -> bool {
    if num(seg, i).is_none_or(|n| n > COUNT_MAX) {
        return false;
    }
    let Some(open) = (i.saturating_sub(8)..i)
        .rev()
        .find(|&j| seg.lower(j) == "(")
    else {
        return false;
    };
    let close = (i..(i + 24).min(seg.tokens.len()))
        .find(|&j| seg.lower(j) == ")")
        .unwrap_or(i);
    (open + 1..close).any(|j| {
        j != i - 1
            && capitalised(seg, j)
            && matches!(seg.lower(j + 1), "," | ";" | ")")
            && seg.tokens[j].kind == TokenKind::Word
    })
}

/// How many names with a bare number make a line of marks, when every
/// number is [`MARK_MAX`] or less.
const MARK_ITEMS: usize = 3;
/// The highest mark of a line of marks (ratings run 1–10 in every press).
const MARK_MAX: u32 = 10;

/// Is the number at `i` on a line of marks ("Nicolas 3 – Scally 3, Itakura
/// 2", "Raya 7; White 6, Saliba 8")? [`MARK_ITEMS`] names or more each
/// with a bare number, none above [`MARK_MAX`]: three goals in the first
/// ten minutes, listed bare, are rarer than a line of ratings.
fn marks_line(seg: &Segmented<'_>, i: usize) -> bool {
    let k = seg
        .sentences
        .partition_point(|s| s.first <= i)
        .saturating_sub(1);
    let Some(s) = seg.sentences.get(k) else {
        return false;
    };
    let mut items = 0;
    for j in s.first..s.end {
        let Some(n) = num(seg, j) else {
            continue;
        };
        // An item ends at its number ("Scally 3,"); "West Ham 2 Fulham 0"
        // is a score line.
        if !ends_item(seg.lower(j + 1)) || !scorer_item(seg, j) {
            continue;
        }
        if n > MARK_MAX {
            return false;
        }
        items += 1;
    }
    items >= MARK_ITEMS
}

/// "aos 38 anos", "at 38 years": an age.
fn years(w: &str) -> bool {
    matches!(
        w,
        "anos" | "años" | "ans" | "anni" | "years" | "jahre" | "jahren" | "jaar" | "year"
    )
}

/// "aos 33 do segundo tempo", "en el 80 dan": a bare number after "aos",
/// "al", "en el", with the half it is counted in.
fn introduced_bare(seg: &Segmented<'_>, i: usize) -> Option<Minute> {
    let m = num(seg, i)?;
    if i < 2 || shirt_number(seg, i) {
        return None;
    }
    let introduced = matches!(
        (seg.lower(i - 2), seg.lower(i - 1)),
        ("en", "el") | ("a", "los") | (_, "aos") | (_, "al")
    );
    if !introduced
        || matches!(
            seg.lower(i + 1),
            "de" | "/" | "-" | "–" | ":" | "%" | "," | "."
        )
        || years(seg.lower(i + 1))
        // "chegou aos 28 golos": a count of goals, not a minute.
        || crate::cues::goal_by(seg.lower(i + 1))
    {
        return None;
    }
    let (off, end) = half_offset(seg, i + 1);
    if off == 0
        && seg
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == TokenKind::Number)
    {
        return None;
    }
    Some(Minute::new(i, end, m + off, None))
}

/// Is token `i` a word whose first letter passes `case` (upper or lower)?
/// Past the last token there is none.
pub(crate) fn word_cased(seg: &Segmented<'_>, i: usize, case: fn(char) -> bool) -> bool {
    seg.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
        && seg.token_text(i).chars().next().is_some_and(case)
}

fn capitalised(seg: &Segmented<'_>, i: usize) -> bool {
    word_cased(seg, i, char::is_uppercase)
}

/// Does token `i` begin a line (or the text)?
pub(crate) fn line_start(seg: &Segmented<'_>, i: usize) -> bool {
    i == 0 || seg.text[seg.tokens[i - 1].end as usize..seg.tokens[i].start as usize].contains('\n')
}

/// A number after a name in a scorers' list: "(Wood 33, 61)", "Scorers:
/// Bowen 9,", "(O'Nien og 52)", "(Piroe pen 70)" — the name opens the list
/// item (after "(", ",", ";", ":" or a line start), so "Es war Bandas 17."
/// is not one.
fn scorer_item(seg: &Segmented<'_>, i: usize) -> bool {
    let mut j = i;
    if j >= 1 && matches!(seg.lower(j - 1), "og" | "pen" | "p") {
        j -= 1;
    }
    if j == 0 || !capitalised(seg, j - 1) {
        return false;
    }
    let mut k = j - 1;
    // The name: capitalised words and particles ("de", "van", "O'Nien").
    for _ in 0..4 {
        if k == 0 || line_start(seg, k) {
            return true;
        }
        let prev = seg.lower(k - 1);
        if capitalised(seg, k - 1) || matches!(prev, "de" | "van" | "da" | "di" | "'" | "’" | "-")
        {
            k -= 1;
        } else {
            break;
        }
    }
    if line_start(seg, k) {
        return true;
    }
    matches!(
        seg.lower(k - 1),
        "(" | "," | ";" | ":" | "–" | "-" | "—" | "/"
    )
}

/// A shirt number, not a minute: "the '9'", "No 11", "Rückennummer 27",
/// "numéro 10", "el dorsal 7".
fn shirt_number(seg: &Segmented<'_>, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    // A shirt number is a bare number; "no 29º minuto" is Portuguese for
    // "in the 29th minute", and "no" means "number" only as "No".
    if seg.tokens[i].kind != TokenKind::Number {
        return false;
    }
    let prev = seg.lower(i - 1);
    if prev == "no" && seg.token_text(i - 1) != "No" {
        return false;
    }
    let quoted = matches!(prev, "'" | "’" | "\"" | "‘")
        && !seg.tokens[i].space_before
        && seg.tokens[i - 1].space_before;
    quoted
        || matches!(
            prev,
            "no" | "nº"
                | "n°"
                | "nr"
                | "number"
                | "nummer"
                | "rückennummer"
                | "trikotnummer"
                | "rugnummer"
                | "numéro"
                | "dorsal"
                | "camiseta"
                | "camisola"
                | "maglia"
                | "numero"
                | "número"
                | "#"
        )
}

/// The minute of a half mark and a glued minute: "1ºt" + "18min" → 18,
/// "2ºt" + "12min" → 57.
fn half_prefixed(half: &str, minute: &str) -> Option<u32> {
    let offset = match half {
        "1ºt" | "1°t" | "1ºtempo" => 0,
        "2ºt" | "2°t" | "2ºtempo" => 45,
        _ => return None,
    };
    let digits = minute.strip_suffix("min")?;
    if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse::<u32>().ok().map(|m| m + offset)
}

/// Whether a minute can start at token `i` (lower-cased `w`): every form
/// [`at`] reads starts with a digit, a minute word or "m", or stands before a
/// minute word or a hyphen (a tens word). Every token of a text is asked, and
/// this rules out nearly all of them before the forms are tried.
fn may_open(seg: &Segmented<'_>, i: usize, w: &str) -> bool {
    w.as_bytes().first().is_some_and(u8::is_ascii_digit)
        || seg
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number)
        || w == "m"
        || is_minute_word(w)
        || seg.lower(i + 1) == "-"
        || is_minute_word(seg.lower(i + 1))
        // "in de zesde, de 23ste en de 71ste minuut": a list's first item.
        || (list_goes_on(seg.lower(i + 1)) && ordinal_word(w).is_some())
}

fn at(seg: &Segmented<'_>, i: usize) -> Option<Minute> {
    let w = seg.lower(i);
    if !may_open(seg, i, w) || shirt_number(seg, i) {
        return None;
    }
    // "1ºT 18min", "2ºT 12min" (Brazilian half and minute: 18, 57)
    if let Some(m) = half_prefixed(w, seg.lower(i + 1)) {
        return Some(Minute::new(i, i + 2, m, None));
    }
    // "m.23" of a Spanish goal list ("Goles: 1-0, m.23: Lewandowski"),
    // written close: spaced, "m. 23" may be metres before a count, unless
    // a colon opens the name of the item ("1-0, m. 12: Hugo Duro").
    if w == "m"
        && seg.lower(i + 1) == "."
        && tight(seg, i + 1)
        && (tight(seg, i + 2) || seg.lower(i + 3) == ":")
    {
        if let Some(m) = num(seg, i + 2) {
            if let Some((st, end)) = stoppage_at(seg, i + 3) {
                return Some(Minute::new(i, end, m, Some(st)));
            }
            return Some(Minute::new(i, i + 3, m, None));
        }
    }
    // "minuto 67", "al minuto 67"
    if is_minute_word(w) {
        // "in de zeventigste minuut 3-0": a score after the minute word is
        // the goal's result, not its minute.
        let score_after = i + 3 < seg.tokens.len()
            && matches!(seg.lower(i + 2), "-" | "–" | ":")
            && tight(seg, i + 2)
            && num(seg, i + 3).is_some();
        if let Some(m) = num(seg, i + 1).filter(|_| !score_after) {
            // "minuto 45+1"
            if let Some((st, end)) = stoppage_at(seg, i + 2) {
                return Some(Minute::new(i, end, m, Some(st)));
            }
            let (off, end) = half_offset(seg, i + 2);
            return Some(Minute::new(i, end, m + off, None));
        }
        // "(min. 11)"
        if seg.lower(i + 1) == "." {
            if let Some(m) = num(seg, i + 2) {
                return Some(Minute::new(i, i + 3, m, None));
            }
        }
    }
    // "nach vier Minuten", "Neunzehn Minuten nach der Pause"
    if is_minute_word(seg.lower(i + 1)) {
        if let Some(m) = cardinal_word(w) {
            if !duration(seg, i) {
                return counted(seg, i, m);
            }
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
                // "45.+2 Minute": the minute word belongs to it.
                let end = if is_minute_word(seg.lower(end)) {
                    end + 1
                } else {
                    end
                };
                return Some(Minute::new(i, end, m, Some(s)));
            }
            let after = seg.lower(i + 2);
            if matches!(after, ")" | ",") || is_minute_word(after) {
                let end = if is_minute_word(after) { i + 3 } else { i + 2 };
                return Some(Minute::new(i, end, m, None));
            }
            // "in der 6., der 41. und der 77. Minute": a list of
            // ordinals sharing the minute word at its end.
            if list_goes_on(after) && shares_minute_word(seg, i + 2) {
                return Some(Minute::new(i, i + 2, m, None));
            }
            // "in der 10. und 30. Minute": the minute word of the second
            // serves the first.
            if matches!(after, "und" | "oder")
                && num(seg, i + 3).is_some()
                && seg.lower(i + 4) == "."
                && is_minute_word(seg.lower(i + 5))
            {
                return Some(Minute::new(i, i + 2, m, None));
            }
        }
        // "Reti: 12° De Ketelaere 0-1": a scorers' line (see below).
        if matches!(next, "°" | "º") && tight(seg, i + 1) && name_then_score(seg, i + 2) {
            return Some(Minute::new(i, i + 2, m, None));
        }
        // "all'85° minuto" when the sign is a token of its own
        if matches!(next, "°" | "º") && is_minute_word(seg.lower(i + 2)) {
            let (off, end) = half_offset(seg, i + 3);
            return Some(Minute::new(i, end, m + off, None));
        }
        // "34 minutos", "12 minutes into the second half"
        if is_minute_word(next) {
            if duration(seg, i) {
                return None;
            }
            return counted(seg, i, m);
        }
        return None;
    }
    // "45e+2", "23e minute", "78th minute", "78ste minuut"
    if let Some(m) = numeric_ordinal(w) {
        if let Some((s, end)) = stoppage_at(seg, i + 1) {
            return Some(Minute::new(i, end, m, Some(s)));
        }
        let next = seg.lower(i + 1);
        // "a 20th-minute lead", "his 77th-minute winner": the ordinal made
        // an adjective by a hyphen to its minute word.
        if next == "-" && tight(seg, i + 1) && tight(seg, i + 2) && is_minute_word(seg.lower(i + 2))
        {
            return Some(Minute::new(i, i + 3, m, None));
        }
        // "in the 58th.", "à la 61e : frappe de …", "in de 64ste, na …": an
        // ordinal after a preposition of time and its article, closing its
        // clause, is a minute whose word is left out.
        if i >= 2
            && time_article(seg.lower(i - 2), seg.lower(i - 1))
            && (closes_clause(next) || clause_opener(next))
        {
            return Some(Minute::new(i, i + 1, m, None));
        }
        // "Buts : 12e Chouaref 1-0. 38e Sène 1-1.": a scorers' line whose
        // items give the minute, the name, then the running score.
        if !w.ends_with('.') && name_then_score(seg, i + 1) {
            return Some(Minute::new(i, i + 1, m, None));
        }
        // "76e – BUT de Schick": a live blog's entry opens with its minute.
        if line_start(seg, i) && matches!(next, "–" | ":" | "-" | "—") {
            return Some(Minute::new(i, i + 1, m, None));
        }
        // "in the 20th and 70th minutes", "in de 12de en 80ste minuut": the
        // minute word of the second serves the first.
        if matches!(next, "and" | "und" | "en" | "y" | "et" | "e" | "or")
            && numeric_ordinal(seg.lower(i + 2)).is_some()
            && is_minute_word(seg.lower(i + 3))
        {
            return Some(Minute::new(i, i + 1, m, None));
        }
        // "disallowed in the 60th minute before Mbappé netted in the 75th":
        // the minute word said once serves the ordinal after it.
        if i > 0
            && matches!(seg.lower(i - 1), "the" | "de" | "der")
            && matches!(next, "." | "," | ";" | "!" | ")" | "")
            && (i.saturating_sub(12)..i - 1).any(|j| is_minute_word(seg.lower(j)))
        {
            return Some(Minute::new(i, i + 1, m, None));
        }
        // "in the 6th, the 41st and the 77th minute", "in de 6de, de 23ste
        // en de 71ste minuut": a list of ordinals sharing its minute word.
        if list_goes_on(next) && shares_minute_word(seg, i + 1) {
            return Some(Minute::new(i, i + 1, m, None));
        }
        let bracketed = i > 0 && seg.token_text(i - 1) == "(" && matches!(next, ")" | ",");
        if is_minute_word(next) || bracketed {
            let end = if bracketed { i + 1 } else { i + 2 };
            let (off, end2) = half_offset(seg, end);
            return Some(Minute::new(i, end2, m + off, None));
        }
    }
    // "à la trente-quatrième minute", "à la cent-seizième minute", "the
    // twenty-third minute": tens, a hyphen, an ordinal.
    if let Some(tens) = tens_word(w) {
        if seg.lower(i + 1) == "-" {
            if let Some(unit) = ordinal_word(seg.lower(i + 2)).filter(|u| *u < 20) {
                if is_minute_word(seg.lower(i + 3)) {
                    let (off, end) = half_offset(seg, i + 4);
                    return Some(Minute::new(i, end, tens + unit + off, None));
                }
            }
        }
    }
    // "in de zesde, de 23ste en de 71ste minuut": an ordinal word as an
    // item of a list sharing its minute word.
    if let Some(m) = ordinal_word(w).filter(|_| shares_minute_word(seg, i + 1)) {
        return Some(Minute::new(i, i + 1, m, None));
    }
    // "eighth minute", "achtste minuut", "decimo minuto"; "the second
    // minute of first-half stoppage time" = 45+2
    if is_minute_word(seg.lower(i + 1)) {
        if let Some(m) = ordinal_word(w) {
            if let Some((first_half, end)) = stoppage_time(seg, i + 2) {
                let base = if first_half { 45 } else { 90 };
                return Some(Minute::new(i, end, base, Some(m)));
            }
            let (off, end) = half_offset(seg, i + 2);
            return Some(Minute::new(i, end, m + off, None));
        }
    }
    None
}

/// A comma or "and" right after a list's item: the list goes on (not the
/// full stop after a score, "0-0. In de 64ste minuut").
fn list_goes_on(w: &str) -> bool {
    matches!(w, "," | "and" | "und" | "en" | "y" | "et" | "e")
}

/// Do the tokens from `from` go on as a list of ordinals that ends with
/// the minute word they share: ", the 41st and the 77th minute", ", der 41.
/// und der 77. Minute", ", de 23ste en de 71ste minuut", ", à la 33e et à
/// la 75e minute"? At least one more ordinal, and nothing but separators,
/// articles and prepositions of time between the items; "the 3rd and 4th
/// rounds" ends with no minute word.
fn shares_minute_word(seg: &Segmented<'_>, from: usize) -> bool {
    let n = seg.tokens.len();
    let mut j = from;
    let mut items = 0;
    while j < n && j < from + 16 {
        let w = seg.lower(j);
        if is_minute_word(w) {
            return items > 0 && j > from;
        }
        if num(seg, j).is_some() && seg.lower(j + 1) == "." && tight(seg, j + 1) {
            items += 1;
            j += 2;
            continue;
        }
        if numeric_ordinal(w).is_some() || ordinal_word(w).is_some() {
            items += 1;
        } else if !matches!(
            w,
            "," | "and"
                | "und"
                | "en"
                | "y"
                | "et"
                | "e"
                | "the"
                | "der"
                | "de"
                | "la"
                | "le"
                | "el"
                | "il"
                | "in"
                | "à"
                | "al"
                | "a"
                | "ao"
                | "o"
        ) {
            return false;
        }
        j += 1;
    }
    false
}

/// A preposition of time and its article before an ordinal minute: "in
/// the", "à la", "dès la", "in de", "na de". Not "on the" (a date: "on the
/// 18th").
fn time_article(prep: &str, article: &str) -> bool {
    matches!(
        (prep, article),
        ("in", "the") | ("à" | "dès" | "vers", "la") | ("in" | "na" | "rond", "de")
    )
}

/// A mark that closes a clause right after a minute.
fn closes_clause(w: &str) -> bool {
    matches!(w, "." | "," | ";" | ":" | "!" | ")" | "–" | "—" | "")
}

/// A word that opens the next clause or a phrase of the goal's own after a
/// minute: "in the 71st, when …", "in the 88th after a handball", "in the
/// 40th for Philadelphia", "à la 88e sur un centre", "in de 64ste na een
/// counter". Not "and" (a list of ordinals: "the 3rd and 4th rounds").
fn clause_opener(w: &str) -> bool {
    matches!(
        w,
        "when"
            | "after"
            | "before"
            | "as"
            | "for"
            | "from"
            | "with"
            | "following"
            | "quand"
            | "lorsque"
            | "après"
            | "avant"
            | "sur"
            | "pour"
            | "d'une"
            | "d'un"
            | "toen"
            | "nadat"
            | "na"
            | "voor"
            | "met"
            | "uit"
    )
}

/// From token `j`: one to three capitalised words (a name, "van"/"de"
/// particles allowed between) and then a running score ("Chouaref 1-0",
/// "De Ketelaere 0-1").
fn name_then_score(seg: &Segmented<'_>, j: usize) -> bool {
    let mut k = j;
    let mut names = 0;
    while k < seg.tokens.len() && k < j + 5 {
        if capitalised(seg, k) {
            names += 1;
        } else if !(names > 0 && matches!(seg.lower(k), "van" | "de" | "da" | "di" | "-")) {
            break;
        }
        k += 1;
    }
    (1..=3).contains(&names)
        && num(seg, k).is_some()
        && matches!(seg.lower(k + 1), "-" | "–" | ":")
        && tight(seg, k + 1)
        && tight(seg, k + 2)
        && num(seg, k + 2).is_some()
}

/// "N minutes" at token `i` (a number or a number word): a half, the
/// restart or the end may follow; a count from another event is no minute.
fn counted(seg: &Segmented<'_>, i: usize, m: u32) -> Option<Minute> {
    let (off, end) = half_offset(seg, i + 2);
    let (off, end) = if off == 0 && !clause_break(seg.lower(i + 2)) {
        half_offset(seg, (i + 3).min(seg.tokens.len()))
    } else {
        (off, end)
    };
    if off != 0 {
        return Some(Minute::new(i, end, m + off, None));
    }
    let (from, end) = measured_from(seg, i + 2)?;
    Some(Minute::new(i, end, from.minute(m)?, None))
}

/// "the 90 minutes", "los 90 minutos", "die 90 Minuten": a length of time
/// after an article, not a minute ("a los 12 minutos" is one).
fn duration(seg: &Segmented<'_>, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    // "en negen minuten na rust": Dutch "and", a minute of the second half.
    if measured_from(seg, i + 2).is_some_and(|(from, _)| from == Mark::Restart) {
        return false;
    }
    let before = if i >= 2 { seg.lower(i - 2) } else { "" };
    // "in just three minutes", "en apenas tres minutos", "in drei Minuten"
    let within = |w: &str| {
        matches!(
            w,
            "in" | "en" | "em" | "within" | "binnen" | "innerhalb" | "entro" | "inside"
        )
    };
    let only = |w: &str| {
        matches!(
            w,
            "just"
                | "only"
                | "apenas"
                | "nur"
                | "seulement"
                | "solo"
                | "soli"
                | "net"
                | "slechts"
                | "menos"
                | "less"
                | "than"
        )
    };
    // "O empate durou apenas três minutos", "lasted only two minutes"
    let lasted = |w: &str| {
        matches!(
            w,
            "lasted" | "dauerte" | "duurde" | "duró" | "durou" | "duré" | "durato" | "durata"
        )
    };
    // "rund 20 Minuten", "about ten minutes": a length.
    let about = |w: &str| {
        matches!(
            w,
            "rund"
                | "etwa"
                | "ungefähr"
                | "about"
                | "roughly"
                | "some"
                | "environ"
                | "quelque"
                | "circa"
                | "cerca"
                | "unos"
                | "unas"
                | "ongeveer"
                | "zo'n"
        )
    };
    // "vier minuten extra speeltijd", "six more minutes", "trente minutes de
    // plus", "30 minuti in più", "treinta minutos más": time added, counted.
    let (next, then) = (seg.lower(i + 2), seg.lower(i + 3));
    if matches!(
        next,
        "extra"
            | "more"
            | "added"
            | "additional"
            | "mehr"
            | "más"
            | "supplémentaires"
            | "suplementarios"
            | "suplementares"
            | "aggiuntivi"
            | "nachspielzeit"
            | "blessuretijd"
    ) || (matches!(next, "de" | "in") && matches!(then, "plus" | "più"))
    {
        return true;
    }
    // "nach 45 Minuten", "Après 90 minutes": the half or the match over.
    let after_a_period = matches!(
        seg.lower(i - 1),
        "nach" | "after" | "après" | "dopo" | "tras" | "após" | "na"
    ) && matches!(seg.token_text(i), "45" | "90" | "120");
    if within(seg.lower(i - 1))
        || about(seg.lower(i - 1))
        || after_a_period
        || lasted(seg.lower(i - 1))
        || (only(seg.lower(i - 1)) && (within(before) || lasted(before)))
    {
        return true;
    }
    match seg.lower(i - 1) {
        "the" | "die" | "den" | "les" | "gli" | "i" | "de" | "first" | "last" | "final" | "nos"
        | "nei" => true,
        "los" | "os" | "las" => !matches!(before, "a" | "en"),
        _ => false,
    }
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
            [(57, None), (57, None)]
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
