//! Sentences where nothing is annotated (spec §2): navigation crumbs
//! ("Accueil > Football > Ligue 1") and lines about another sport ("el
//! Unicaja gana la Copa del Rey de baloncesto"). Recognition and relations
//! skip them, so a crumb naming a competition or a handball score never
//! becomes a fact.

use crate::{Token, TokenKind};

/// Crumb separators, written with a space on each side.
const CRUMB_SEPARATORS: [&str; 4] = [">", "›", "»", "/"];

/// A crumb line is a short list of labels: no more words than this.
const CRUMB_MAX_WORDS: usize = 16;

/// Words that name another sport, in the seven languages (lower case).
const OTHER_SPORTS: &[&str] = &[
    "andebol",
    "baloncesto",
    "balonmano",
    "baseball",
    "basket",
    "basketbal",
    "basketball",
    "basquete",
    "basquetebol",
    "beisebol",
    "béisbol",
    "cyclisme",
    "eishockey",
    "golf",
    "handbal",
    "handball",
    "handebol",
    "hockey",
    "hóquei",
    "ijshockey",
    "mlb",
    "nba",
    "nfl",
    "nhl",
    "pallacanestro",
    "pallamano",
    "pallavolo",
    "radsport",
    "rugby",
    "tennis",
    "tenis",
    "ténis",
    "tênis",
    "voleibol",
    "volleybal",
    "volleyball",
    "vôlei",
    "wielrennen",
    "wnba",
];

/// Is the sentence made of `tokens` of `text` off-topic?
pub fn is_offtopic(text: &str, tokens: &[Token]) -> bool {
    is_crumb(text, tokens) || names_other_sport(text, tokens)
}

fn is_crumb(text: &str, tokens: &[Token]) -> bool {
    let separated = tokens.iter().enumerate().any(|(i, t)| {
        CRUMB_SEPARATORS.contains(&t.text(text))
            && t.space_before
            && tokens.get(i + 1).is_some_and(|n| n.space_before)
    });
    let words = tokens.iter().filter(|t| t.kind == TokenKind::Word).count();
    let ends_like_prose = tokens
        .last()
        .is_some_and(|t| matches!(t.text(text), "." | "!" | "?" | ":"));
    separated && words <= CRUMB_MAX_WORDS && !ends_like_prose
}

fn names_other_sport(text: &str, tokens: &[Token]) -> bool {
    tokens.iter().any(|t| {
        t.kind == TokenKind::Word && {
            let w = t.text(text);
            // The list is lower case; compare without allocating for the
            // common ASCII case.
            OTHER_SPORTS
                .iter()
                .any(|s| s.len() == w.len() && w.to_lowercase() == *s)
        }
    })
}

#[cfg(test)]
mod tests {
    use crate::Segmented;

    fn offtopic(text: &str) -> Vec<bool> {
        Segmented::new(text)
            .sentences
            .iter()
            .map(|s| s.offtopic)
            .collect()
    }

    #[test]
    fn crumbs_and_other_sports_are_offtopic() {
        assert_eq!(
            offtopic("Accueil > Football > Ligue 1\nLe PSG gagne 2-0 à Lens."),
            [true, false]
        );
        assert_eq!(
            offtopic("Futebol > Taça de Portugal > Final\n\nBenfica 1-3 Sporting"),
            [true, false]
        );
        assert_eq!(
            offtopic("Madrid ganó 2-0. Además: el Unicaja gana la Copa del Rey de baloncesto tras vencer 83-79."),
            [false, true]
        );
        assert_eq!(
            offtopic("Sporting vence e conquista Supertaça de Andebol (30-28)"),
            [true]
        );
        // A score with a slash or a comparison in prose is not a crumb.
        assert_eq!(
            offtopic("Der Marktwert stieg von 20 > 30 Millionen, sagte er."),
            [false]
        );
        assert_eq!(offtopic("Inter-Juventus 3-2: Lautaro decide"), [false]);
    }
}
