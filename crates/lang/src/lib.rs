//! Which of the seven languages a text is in, with whatlang restricted to
//! en, de, nl, es, fr, it, pt.
//!
//! Invariants: `lang` sees text only (no files, no entities); offsets it
//! returns are code points, like every offset leaving a crate.

mod paragraphs;
mod screen;

pub use paragraphs::paragraphs;

use scoreline_core::Lang;
use whatlang::{Detector, Lang as W};

/// Below this confidence a detection is reported as `und`: whatlang's own
/// `is_reliable` is too strict for short football paragraphs full of names.
pub const MIN_CONFIDENCE: f64 = 0.5;

/// How much of a document the document-level detection reads first:
/// language is usually settled long before the end, and the cost of a
/// detection grows with length. When headlines, crumbs and names make that
/// sample unreliable, it reads `DOC_RETRY_CHARS`.
const DOC_SAMPLE_CHARS: usize = 512;
const DOC_RETRY_CHARS: usize = 4096;

/// A first, shorter sample: when whatlang is sure of it and its function
/// words agree, the language is settled at half the cost (a detection's
/// cost is nearly all per character); otherwise `DOC_SAMPLE_CHARS` decide.
/// Sure, not merely confident: an Italian report whose first lines name
/// Mexican clubs ("Le Águilas del tecnico …") reads as Spanish at 0.88.
const DOC_QUICK_CHARS: usize = 256;
const QUICK_SURE: f64 = 0.99;

/// A paragraph's language is told from its first characters: detection
/// costs time linear in the text, and a paragraph switches language whole.
const PARAGRAPH_SAMPLE_CHARS: usize = 400;

/// A language decision with its confidence (whatlang's, 0–1).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Detection {
    pub lang: Lang,
    pub confidence: f64,
}

impl Detection {
    pub const UNDETERMINED: Detection = Detection {
        lang: Lang::Und,
        confidence: 0.0,
    };
}

/// A paragraph's language, with its code-point span in the document.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ParagraphLang {
    pub start: usize,
    pub end: usize,
    pub detection: Detection,
}

/// The document's language and, where paragraphs disagree with it, theirs.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentLang {
    pub detection: Detection,
    /// Only paragraphs whose reliable language differs from the document's.
    pub foreign_paragraphs: Vec<ParagraphLang>,
}

/// A language outside the seven that a text is reliably in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Foreign {
    /// ISO 639-3, as whatlang names it (`pol`, `swe`).
    pub code: &'static str,
    /// English name (`Polish`).
    pub name: &'static str,
    pub confidence: f64,
}

/// The detector, built once and shared across threads.
#[derive(Debug, Clone)]
pub struct LanguageId {
    detector: Detector,
    /// All of whatlang's languages: restricted to the seven, a Swedish text
    /// comes out as German; unrestricted, it is seen to be none of them.
    any: Detector,
}

impl Default for LanguageId {
    fn default() -> Self {
        Self::new()
    }
}

/// Languages outside the seven that whatlang reads into texts of one of
/// them: short Dutch match reports come out as Afrikaans (1 in 663,544
/// articles of the 1 GB benchmark corpus). When the seven-language detection
/// names the relative, the text is taken to be in it.
const RELATIVES: &[(W, W)] = &[(W::Afr, W::Nld)];

fn ours(w: W) -> Lang {
    match w {
        W::Eng => Lang::En,
        W::Deu => Lang::De,
        W::Nld => Lang::Nl,
        W::Spa => Lang::Es,
        W::Fra => Lang::Fr,
        W::Ita => Lang::It,
        W::Por => Lang::Pt,
        _ => Lang::Und,
    }
}

impl LanguageId {
    pub fn new() -> Self {
        let allow = vec![W::Eng, W::Deu, W::Nld, W::Spa, W::Fra, W::Ita, W::Por];
        LanguageId {
            detector: Detector::with_allowlist(allow),
            any: Detector::new(),
        }
    }
    /// The language outside the seven that `text` is reliably in, if any.
    pub fn foreign(&self, text: &str) -> Option<Foreign> {
        let info = self.any.detect(text)?;
        if !info.is_reliable() || ours(info.lang()) != Lang::Und {
            return None;
        }
        let relative = RELATIVES.iter().find(|(other, _)| *other == info.lang());
        if let Some((_, ours)) = relative {
            if self
                .detector
                .detect(text)
                .is_some_and(|r| r.lang() == *ours)
            {
                return None;
            }
        }
        Some(Foreign {
            code: info.lang().code(),
            name: info.lang().eng_name(),
            confidence: info.confidence(),
        })
    }

    /// [`LanguageId::foreign`] on what [`LanguageId::detect_document`] reads
    /// at most.
    pub fn foreign_document(&self, text: &str) -> Option<Foreign> {
        self.foreign(prefix(text, DOC_RETRY_CHARS))
    }

    /// The language of `text`, `und` when whatlang is not confident enough
    /// or the text is reliably in a language outside the seven.
    pub fn detect(&self, text: &str) -> Detection {
        let d = self.detect_among_seven(text);
        // The function words agree: not another language read into one of
        // ours, and no need for the (slower) unrestricted detector.
        if d.lang != Lang::Und && screen::clearly(text, d.lang) {
            return d;
        }
        if self.foreign(text).is_some() {
            return Detection::UNDETERMINED;
        }
        d
    }

    /// The language of `text` among the seven only, `und` when whatlang is
    /// not confident enough.
    fn detect_among_seven(&self, text: &str) -> Detection {
        match self.detector.detect(text) {
            Some(info) if info.confidence() >= MIN_CONFIDENCE => Detection {
                lang: ours(info.lang()),
                confidence: info.confidence(),
            },
            Some(info) => Detection {
                lang: Lang::Und,
                confidence: info.confidence(),
            },
            None => Detection::UNDETERMINED,
        }
    }

    /// The document's language from its first few thousand characters, and
    /// the paragraphs that are reliably in another language (a quoted
    /// interview, an English teaser in a German page).
    pub fn detect_document(&self, text: &str) -> DocumentLang {
        let quick = prefix(text, DOC_QUICK_CHARS);
        let first = prefix(text, DOC_SAMPLE_CHARS);
        let mut detection = match self.detect_among_seven(quick) {
            d if d.lang != Lang::Und
                && d.confidence >= QUICK_SURE
                && screen::clearly(quick, d.lang) =>
            {
                d
            }
            _ => self.detect(first),
        };
        if detection.lang == Lang::Und && first.len() < text.len() {
            detection = self.detect(prefix(text, DOC_RETRY_CHARS));
        }
        let foreign_paragraphs = paragraphs(text)
            .filter(|p| p.text.split_whitespace().nth(7).is_some())
            // Only paragraphs not clearly in the document's language.
            .filter(|p| !screen::clearly(prefix(p.text, PARAGRAPH_SAMPLE_CHARS), detection.lang))
            .filter_map(|p| {
                // Among the seven: a paragraph in an eighth language is rare
                // enough not to pay the unrestricted detector per paragraph.
                let d = self.detect_among_seven(prefix(p.text, PARAGRAPH_SAMPLE_CHARS));
                (d.lang != Lang::Und && d.lang != detection.lang).then_some(ParagraphLang {
                    start: p.start,
                    end: p.end,
                    detection: d,
                })
            })
            .collect();
        DocumentLang {
            detection,
            foreign_paragraphs,
        }
    }
}

/// The first `chars` characters of `text`.
fn prefix(text: &str, chars: usize) -> &str {
    // Counted on bytes: a character starts at every byte that does not
    // continue one (10xxxxxx).
    let mut seen = 0;
    for (b, byte) in text.bytes().enumerate() {
        if (byte as i8) >= -0x40 {
            if seen == chars {
                return &text[..b];
            }
            seen += 1;
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_is_recognised() {
        let id = LanguageId::new();
        let cases = [
            (Lang::En, "Manchester City beat Arsenal on Sunday, with Erling Haaland scoring twice in the second half to keep the title race alive."),
            (Lang::De, "Die Gastgeber waren die klar bessere Mannschaft und gewannen nach der Pause verdient."),
            (Lang::Nl, "De thuisploeg was veel sterker en won na de rust verdiend met twee doelpunten verschil."),
            (Lang::Es, "El equipo local fue muy superior y mereció la victoria después del descanso."),
            (Lang::Fr, "L'équipe à domicile a été bien meilleure et a mérité sa victoire après la pause."),
            (Lang::It, "La squadra di casa è stata nettamente migliore e ha meritato la vittoria dopo l'intervallo."),
            (Lang::Pt, "A equipa da casa foi muito melhor e mereceu a vitória depois do intervalo."),
        ];
        for (lang, text) in cases {
            let d = id.detect(text);
            assert_eq!(d.lang, lang, "{text}");
            assert!(d.confidence >= MIN_CONFIDENCE && d.confidence <= 1.0);
        }
    }

    #[test]
    fn an_eighth_language_is_undetermined_and_named() {
        let id = LanguageId::new();
        let cases = [
            ("swe", "Malmö FF vann mot AIK på Eleda Stadion. Tränaren var nöjd med lagets spel i andra halvlek och supportrarna sjöng länge efter slutsignalen."),
            ("pol", "Robert Lewandowski strzelił dwa gole w meczu z Legią Warszawa. Trener był zadowolony z gry zespołu, ale kibice czekali na więcej bramek."),
        ];
        for (code, text) in cases {
            assert_eq!(id.detect(text).lang, Lang::Und, "{text}");
            assert_eq!(id.foreign(text).map(|f| f.code), Some(code), "{text}");
        }
        let german =
            "Die Gastgeber waren die klar bessere Mannschaft und gewannen nach der Pause verdient.";
        assert_eq!(id.foreign(german), None);
    }

    /// Paragraphs of the gold corpus that whatlang, unrestricted, reads as
    /// Afrikaans: Dutch, as the seven-language detection says.
    #[test]
    fn a_dutch_text_read_as_afrikaans_stays_dutch() {
        let id = LanguageId::new();
        let text = "Home > Voetbal > Europa League\n\nDaarin viel in de 116de minuut de beslissing. Koundé onderschepte een slordige pass van Luka Modrić en schoot van ver hard en laag in de hoek. Thibaut Courtois was kansloos.\n\nFeyenoord verdedigt kleine voorsprong in San Siro\n\nVrouwenvoetbal > Buitenland\n\nDoor de sportredactie, vanuit München\n\n21.49 uur\nRust in München: 2-0 voor de Fransen. Inters defensie is compleet zoek.\n\nFoto: Santiago Giménez viert de winnende treffer met Timber. (ANP)\n\nLees ook: Oranjeleeuwinnen treffen Schotland in oefenduel";
        assert_eq!(id.foreign(text), None);
        assert_eq!(id.detect_document(text).detection.lang, Lang::Nl);
    }

    #[test]
    fn prefixes_are_counted_in_characters() {
        for text in ["", "abc", "Müller – São Paulo", "東京 2:0 Зенит"] {
            for n in 0..text.chars().count() + 2 {
                let want: String = text.chars().take(n).collect();
                assert_eq!(prefix(text, n), want, "{text} {n}");
            }
        }
    }

    #[test]
    fn no_text_is_undetermined() {
        let id = LanguageId::new();
        assert_eq!(id.detect("").lang, Lang::Und);
        assert_eq!(id.detect("3:1 (1:0) 45+2'").lang, Lang::Und);
    }

    #[test]
    fn a_foreign_paragraph_is_reported_with_code_point_offsets() {
        let id = LanguageId::new();
        let text = "Der FC Bayern gewann am Samstag verdient gegen Mainz, weil die Münchner in der zweiten Hälfte viel stärker waren und ihre Chancen endlich nutzten.\n\nThe visitors had no answer to the pressure and never looked like scoring in the second half of the game.";
        let d = id.detect_document(text);
        assert_eq!(d.detection.lang, Lang::De);
        assert_eq!(d.foreign_paragraphs.len(), 1);
        let p = d.foreign_paragraphs[0];
        assert_eq!(p.detection.lang, Lang::En);
        let para: String = text.chars().skip(p.start).take(p.end - p.start).collect();
        assert!(
            para.starts_with("The visitors") && para.ends_with("game."),
            "{para}"
        );
    }
}

#[cfg(test)]
mod quick_sample_tests {
    use super::*;

    /// An Italian report opening on Mexican clubs and Spanish names: its
    /// first 256 characters read as Spanish, function words and all, but
    /// not surely, so the longer sample decides.
    #[test]
    fn an_unsure_short_sample_is_not_taken() {
        let id = LanguageId::new();
        let text = "La gara parte forte. Al 12' del primo tempo Roberto Alvarado batte Luis Ángel Malagón con un tiro dal limite. Las Águilas del tecnico André Jardine reagiscono e poco dopo la mezz'ora hanno l'occasione del pari su rigore, ma Raúl Rangel respinge il tiro di Henry Martín. All'intervallo le Chivas conducono 1-0 e nella ripresa la squadra di casa controlla la partita senza soffrire, fino al fischio finale dell'arbitro che chiude una serata perfetta per i tifosi.";
        let quick = id.detect_among_seven(prefix(text, DOC_QUICK_CHARS));
        assert_eq!(quick.lang, Lang::Es);
        assert_eq!(id.detect_document(text).detection.lang, Lang::It);
    }

    /// A plain report is settled by the short sample, sure and confirmed
    /// by its function words, with the language the long one gives.
    #[test]
    fn a_sure_short_sample_agrees_with_the_long_one() {
        let id = LanguageId::new();
        let text = "De thuisploeg was veel sterker en won na de rust verdiend met twee doelpunten verschil. Het publiek zag een ploeg die met veel durf speelde en de tegenstander geen moment liet ademen. In de tweede helft viel het derde doelpunt al snel, en daarna was het verzet gebroken. De trainer was na afloop zeer tevreden over de inzet van zijn spelers en over de manier waarop zij de opdracht hadden uitgevoerd.";
        let quick = prefix(text, DOC_QUICK_CHARS);
        let d = id.detect_among_seven(quick);
        assert!(d.confidence >= QUICK_SURE && screen::clearly(quick, d.lang));
        assert_eq!(d.lang, id.detect(prefix(text, DOC_SAMPLE_CHARS)).lang);
        assert_eq!(id.detect_document(text).detection.lang, Lang::Nl);
    }
}
