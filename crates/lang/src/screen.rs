//! A cheap screen before per-paragraph detection: the function words of the
//! seven languages, counted. A paragraph whose function words point to the
//! document's language more than to any other is not sent to whatlang, whose
//! trigram counting costs thousands of instructions a word; only the others
//! (a quote in another language, a machine-translated block) are.

use scoreline_core::Lang;

/// Bit `i` of a word's mask is `Lang::ALL[i]`.
const EN: u8 = 1;
const DE: u8 = 1 << 1;
const NL: u8 = 1 << 2;
const ES: u8 = 1 << 3;
const FR: u8 = 1 << 4;
const IT: u8 = 1 << 5;
const PT: u8 = 1 << 6;

/// The languages `word` (lower case) is a frequent function word of.
fn languages_of(word: &str) -> u8 {
    match word {
        "the" | "and" | "of" | "to" | "was" | "with" | "for" | "on" | "that" | "his" | "he"
        | "after" | "at" | "from" | "by" | "but" | "have" | "has" | "it" | "their" | "they"
        | "this" | "were" | "who" | "be" | "which" | "an" => EN,
        "der" | "und" | "ist" | "nicht" | "mit" | "den" | "dem" | "ein" | "eine" | "sich"
        | "auf" | "für" | "im" | "zu" | "von" | "nach" | "auch" | "wurde" | "hat" | "gegen"
        | "bei" | "aus" | "noch" | "sie" => DE,
        "het" | "een" | "niet" | "met" | "op" | "voor" | "dat" | "zijn" | "werd" | "naar"
        | "bij" | "ook" | "nog" | "heeft" | "maar" | "tegen" | "uit" | "door" | "hij" | "ze"
        | "wel" => NL,
        "el" | "los" | "las" | "y" | "una" | "con" | "su" | "del" | "fue" | "como" | "pero"
        | "sus" | "más" | "ante" | "tras" | "sin" => ES,
        "le" | "les" | "et" | "du" | "une" | "est" | "qui" | "pour" | "dans" | "sur" | "au"
        | "aux" | "par" | "pas" | "avec" | "ce" | "été" | "son" | "sa" | "ses" => FR,
        "lo" | "gli" | "di" | "della" | "che" | "per" | "non" | "è" | "nel" | "nella" | "alla"
        | "dei" | "sono" | "ha" | "ma" | "più" | "anche" => IT,
        "o" | "os" | "as" | "do" | "da" | "dos" | "em" | "no" | "na" | "um" | "para" | "com"
        | "não" | "pelo" | "pela" | "sua" | "seu" | "ao" | "foi" => PT,
        "de" => NL | ES | FR | PT | IT,
        "er" => DE | NL,
        "das" => DE | PT,
        "es" => ES | DE,
        "mais" => FR | PT,
        "des" => DE | FR,
        "il" => FR | IT,
        "la" => ES | FR | IT,
        "e" => IT | PT,
        "a" => FR | PT | IT,
        "que" => ES | FR | PT,
        "en" => NL | ES | FR,
        "die" => DE | NL,
        "in" => EN | DE | NL | IT,
        "is" => EN | NL,
        "un" => ES | FR | IT,
        "se" => ES | PT | IT,
        "al" => ES | IT,
        _ => 0,
    }
}

/// Do the function words of `text` point to `lang` more than to any other
/// language (and at least `MIN_HITS` times)?
pub fn clearly(text: &str, lang: Lang) -> bool {
    const MIN_HITS: u32 = 3;
    let Some(own) = Lang::ALL.iter().position(|l| *l == lang) else {
        return false;
    };
    let mut counts = [0u32; 7];
    let mut lower = String::new();
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        // No function word is longer than six bytes, nor is the lower case
        // of any longer word one: a long word is skipped before it is
        // lower-cased (into one reused buffer, not a new string a word).
        if word.len() > 6 {
            continue;
        }
        lower.clear();
        if word.is_ascii() {
            lower.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            lower.extend(word.chars().flat_map(char::to_lowercase));
        }
        let bits = languages_of(&lower);
        for (i, c) in counts.iter_mut().enumerate() {
            *c += u32::from(bits >> i & 1);
        }
    }
    let best_other = counts
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != own)
        .map(|(_, c)| *c)
        .max()
        .unwrap_or(0);
    counts[own] >= MIN_HITS && counts[own] > best_other
}

#[cfg(test)]
mod tests {
    use super::clearly;
    use scoreline_core::Lang;

    #[test]
    fn function_words_tell_close_languages_apart() {
        let pt = "O Benfica venceu o Porto por dois a zero no Estádio da Luz, com golos de Pavlidis e Di María.";
        let es = "El Benfica ganó al Oporto por dos a cero en el Estádio da Luz, con goles de Pavlidis y Di María.";
        let nl = "De thuisploeg was veel sterker en won na de rust verdiend met twee doelpunten verschil.";
        let de =
            "Die Gastgeber waren die klar bessere Mannschaft und gewannen nach der Pause verdient.";
        assert!(clearly(pt, Lang::Pt) && !clearly(pt, Lang::Es));
        assert!(clearly(es, Lang::Es) && !clearly(es, Lang::Pt));
        assert!(clearly(nl, Lang::Nl) && !clearly(nl, Lang::De));
        assert!(clearly(de, Lang::De) && !clearly(de, Lang::Nl));
        // Too few function words to be sure: whatlang decides.
        assert!(!clearly("Messi, Suárez, Alba", Lang::Es));
    }
}
