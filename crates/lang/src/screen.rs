//! A cheap screen before per-paragraph detection: the function words of the
//! seven languages, counted. A paragraph whose function words point to the
//! document's language more than to any other is not sent to whatlang, whose
//! trigram counting costs thousands of instructions a word; only the others
//! (a quote in another language, a machine-translated block) are.

use rustc_hash::FxHashMap;
use scoreline_core::Lang;
use std::sync::LazyLock;

/// Bit `i` of a word's mask is `Lang::ALL[i]`.
const EN: u8 = 1;
const DE: u8 = 1 << 1;
const NL: u8 = 1 << 2;
const ES: u8 = 1 << 3;
const FR: u8 = 1 << 4;
const IT: u8 = 1 << 5;
const PT: u8 = 1 << 6;

/// The frequent function words of the seven languages (lower case), with
/// the languages each is one of.
const FUNCTION_WORDS: &[(&str, u8)] = &[
    ("the", EN),
    ("and", EN),
    ("of", EN),
    ("to", EN),
    ("was", EN),
    ("with", EN),
    ("for", EN),
    ("on", EN),
    ("that", EN),
    ("his", EN),
    ("he", EN),
    ("after", EN),
    ("at", EN),
    ("from", EN),
    ("by", EN),
    ("but", EN),
    ("have", EN),
    ("has", EN),
    ("it", EN),
    ("their", EN),
    ("they", EN),
    ("this", EN),
    ("were", EN),
    ("who", EN),
    ("be", EN),
    ("which", EN),
    ("an", EN),
    ("der", DE),
    ("und", DE),
    ("ist", DE),
    ("nicht", DE),
    ("mit", DE),
    ("den", DE),
    ("dem", DE),
    ("ein", DE),
    ("eine", DE),
    ("sich", DE),
    ("auf", DE),
    ("für", DE),
    ("im", DE),
    ("zu", DE),
    ("von", DE),
    ("nach", DE),
    ("auch", DE),
    ("wurde", DE),
    ("hat", DE),
    ("gegen", DE),
    ("bei", DE),
    ("aus", DE),
    ("noch", DE),
    ("sie", DE),
    ("het", NL),
    ("een", NL),
    ("niet", NL),
    ("met", NL),
    ("op", NL),
    ("voor", NL),
    ("dat", NL),
    ("zijn", NL),
    ("werd", NL),
    ("naar", NL),
    ("bij", NL),
    ("ook", NL),
    ("nog", NL),
    ("heeft", NL),
    ("maar", NL),
    ("tegen", NL),
    ("uit", NL),
    ("door", NL),
    ("hij", NL),
    ("ze", NL),
    ("wel", NL),
    ("el", ES),
    ("los", ES),
    ("las", ES),
    ("y", ES),
    ("una", ES),
    ("con", ES),
    ("su", ES),
    ("del", ES),
    ("fue", ES),
    ("como", ES),
    ("pero", ES),
    ("sus", ES),
    ("más", ES),
    ("ante", ES),
    ("tras", ES),
    ("sin", ES),
    ("le", FR),
    ("les", FR),
    ("et", FR),
    ("du", FR),
    ("une", FR),
    ("est", FR),
    ("qui", FR),
    ("pour", FR),
    ("dans", FR),
    ("sur", FR),
    ("au", FR),
    ("aux", FR),
    ("par", FR),
    ("pas", FR),
    ("avec", FR),
    ("ce", FR),
    ("été", FR),
    ("son", FR),
    ("sa", FR),
    ("ses", FR),
    ("lo", IT),
    ("gli", IT),
    ("di", IT),
    ("della", IT),
    ("che", IT),
    ("per", IT),
    ("non", IT),
    ("è", IT),
    ("nel", IT),
    ("nella", IT),
    ("alla", IT),
    ("dei", IT),
    ("sono", IT),
    ("ha", IT),
    ("ma", IT),
    ("più", IT),
    ("anche", IT),
    ("o", PT),
    ("os", PT),
    ("as", PT),
    ("do", PT),
    ("da", PT),
    ("dos", PT),
    ("em", PT),
    ("no", PT),
    ("na", PT),
    ("um", PT),
    ("para", PT),
    ("com", PT),
    ("não", PT),
    ("pelo", PT),
    ("pela", PT),
    ("sua", PT),
    ("seu", PT),
    ("ao", PT),
    ("foi", PT),
    ("de", NL | ES | FR | PT | IT),
    ("er", DE | NL),
    ("das", DE | PT),
    ("es", ES | DE),
    ("mais", FR | PT),
    ("des", DE | FR),
    ("il", FR | IT),
    ("la", ES | FR | IT),
    ("e", IT | PT),
    ("a", FR | PT | IT),
    ("que", ES | FR | PT),
    ("en", NL | ES | FR),
    ("die", DE | NL),
    ("in", EN | DE | NL | IT),
    ("is", EN | NL),
    ("un", ES | FR | IT),
    ("se", ES | PT | IT),
    ("al", ES | IT),
];

/// The longest function word, in bytes: no longer word needs looking up.
const LONGEST: usize = 6;

/// A word of at most eight bytes as one number (its bytes, zero-padded: no
/// word contains a zero byte), so that a look-up hashes and compares one
/// integer, not a string against each listed word in turn.
fn key(word: &[u8]) -> Option<u64> {
    let mut k = [0u8; 8];
    k.get_mut(..word.len())?.copy_from_slice(word);
    Some(u64::from_le_bytes(k))
}

/// [`FUNCTION_WORDS`] by [`key`].
static BY_KEY: LazyLock<FxHashMap<u64, u8>> = LazyLock::new(|| {
    let mut map = FxHashMap::default();
    for (word, bits) in FUNCTION_WORDS {
        if let Some(k) = key(word.as_bytes()) {
            map.insert(k, *bits);
        }
    }
    map
});

/// The languages the word of lower-case bytes `lower` is a frequent
/// function word of.
fn languages_of(lower: &[u8]) -> u8 {
    key(lower).map_or(0, |k| BY_KEY.get(&k).copied().unwrap_or(0))
}

/// Do the function words of `text` point to `lang` more than to any other
/// language (and at least `MIN_HITS` times)?
pub fn clearly(text: &str, lang: Lang) -> bool {
    const MIN_HITS: u32 = 3;
    let Some(own) = Lang::ALL.iter().position(|l| *l == lang) else {
        return false;
    };
    let mut counts = [0u32; 7];
    let mut count = |word: &str| {
        // No function word is longer than six bytes, nor is the lower case
        // of any longer word one: a long word is skipped before it is
        // lower-cased (into a buffer on the stack, not a new string).
        if word.len() > LONGEST {
            return;
        }
        let mut buf = [0u8; 8];
        let mut n = 0;
        if word.is_ascii() {
            for (o, b) in buf.iter_mut().zip(word.bytes()) {
                *o = b.to_ascii_lowercase();
            }
            n = word.len();
        } else {
            for c in word.chars().flat_map(char::to_lowercase) {
                let len = c.len_utf8();
                let Some(o) = buf.get_mut(n..n + len) else {
                    return;
                };
                c.encode_utf8(o);
                n += len;
            }
        }
        let bits = languages_of(&buf[..n]);
        for (i, c) in counts.iter_mut().enumerate() {
            *c += u32::from(bits >> i & 1);
        }
    };
    // The words: runs of alphanumeric characters, found a byte at a time
    // (ASCII, most of the text) and a character at a time otherwise.
    let bytes = text.as_bytes();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let (alnum, len) = if bytes[i].is_ascii() {
            (bytes[i].is_ascii_alphanumeric(), 1)
        } else {
            let c = text[i..].chars().next().unwrap_or_default();
            (c.is_alphanumeric(), c.len_utf8())
        };
        match (alnum, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                count(&text[s..i]);
                start = None;
            }
            _ => {}
        }
        i += len;
    }
    if let Some(s) = start {
        count(&text[s..]);
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

    #[test]
    fn words_are_runs_of_letters_and_digits_in_any_case() {
        // Upper-case and accented function words count, split off by any
        // punctuation, at the very start or end of the text too.
        assert!(clearly("FÜR-den/Club;NICHT", Lang::De));
        assert!(clearly("NÃO...com,pelo", Lang::Pt));
        assert!(clearly("È più che", Lang::It));
        // A word merely containing function words is none ("theandof").
        assert!(!clearly("theandof withfor", Lang::En));
    }
}
