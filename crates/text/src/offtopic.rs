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

/// Words that name another sport, in the seven languages (lower case,
/// sorted by bytes for a binary search).
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
    "tenis",
    "tennis",
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
        t.kind != TokenKind::Word
            && t.space_before
            && CRUMB_SEPARATORS.contains(&t.text(text))
            && tokens.get(i + 1).is_some_and(|n| n.space_before)
    });
    if !separated {
        return false;
    }
    let words = tokens.iter().filter(|t| t.kind == TokenKind::Word).count();
    let ends_like_prose = tokens
        .last()
        .is_some_and(|t| matches!(t.text(text), "." | "!" | "?" | ":"));
    words <= CRUMB_MAX_WORDS && !ends_like_prose
}

/// The longest word of `OTHER_SPORTS`, in bytes.
const LONGEST: usize = 13;

/// For each length in bytes, the first letters (bit `b - b'a'`) of the
/// sport words that long: most words are ruled out by these two before
/// being lower-cased.
const FIRST_LETTERS: [u32; LONGEST + 1] = {
    let mut masks = [0u32; LONGEST + 1];
    let mut k = 0;
    while k < OTHER_SPORTS.len() {
        let w = OTHER_SPORTS[k].as_bytes();
        masks[w.len()] |= 1 << (w[0] - b'a');
        k += 1;
    }
    masks
};

/// Could the word of bytes `w` be a sport word, by its length and first
/// letter?
fn may_be_sport(w: &[u8]) -> bool {
    let first = w.first().map_or(0, |b| b.to_ascii_lowercase());
    first.is_ascii_lowercase()
        && FIRST_LETTERS
            .get(w.len())
            .is_some_and(|m| m & (1 << (first - b'a')) != 0)
}

fn names_other_sport(text: &str, tokens: &[Token]) -> bool {
    let mut buf = [0u8; LONGEST];
    // Every word is asked: its bytes are read (length, first letter)
    // before its text is sliced out.
    tokens.iter().enumerate().any(|(i, t)| {
        let bytes = &text.as_bytes()[t.start as usize..t.end as usize];
        t.kind == TokenKind::Word
            && ((may_be_sport(bytes)
                && lower_into(t.text(text), &mut buf)
                    .is_some_and(|w| OTHER_SPORTS.binary_search(&w).is_ok())
                && !is_football_offence(t.text(text))
                && !in_proper_name(text, tokens, i))
                || (bytes.len() == 3 && other_league(text, tokens, i)))
    })
}

/// Leagues of other sports known by capitals only ("in der DEL", the ice
/// hockey league; "BBL", basketball; "ATP"/"WTA", tennis): matched as
/// written, and not inside a run of capitals, where "DEL" is Spanish ("¡GOL
/// DEL BARÇA!").
const OTHER_LEAGUES: [&str; 4] = ["ATP", "BBL", "DEL", "WTA"];

fn other_league(text: &str, tokens: &[Token], i: usize) -> bool {
    let w = tokens[i].text(text);
    let shouted = |j: usize| {
        tokens.get(j).is_some_and(|t| {
            let w = t.text(text);
            t.kind == TokenKind::Word && w.chars().count() > 1 && !w.chars().any(char::is_lowercase)
        })
    };
    w.len() == 3 && OTHER_LEAGUES.contains(&w) && !(i > 0 && shouted(i - 1)) && !shouted(i + 1)
}

/// English "handball" written in lower case is football's offence ("a
/// penalty for a handball", "VAR spotted a handball"); the sport is a name
/// in German and a teaser's heading elsewhere ("Handball – France 31-27").
fn is_football_offence(word: &str) -> bool {
    word == "handball"
}

/// `w` lower-cased into `buf`, or `None` if it does not fit (then it is
/// none of `OTHER_SPORTS`): every word of every sentence is asked, so no
/// allocation.
fn lower_into<'b>(w: &str, buf: &'b mut [u8; LONGEST]) -> Option<&'b str> {
    if w.len() > LONGEST {
        return None;
    }
    let mut n = 0;
    for c in w.chars().flat_map(char::to_lowercase) {
        let len = c.len_utf8();
        if n + len > LONGEST {
            return None;
        }
        c.encode_utf8(&mut buf[n..n + len]);
        n += len;
    }
    std::str::from_utf8(&buf[..n]).ok()
}

/// Words after a sport's name that make it an event of that sport, not the
/// name of a ground or a club: "Rugby World Cup", "Basketball Champions
/// League".
const EVENT_WORDS: &[&str] = &[
    "champions",
    "championship",
    "championships",
    "cup",
    "league",
    "nations",
    "open",
    "sevens",
    "union",
    "world",
];

/// Is the sport word at token `i` part of a proper name, a ground's or a
/// club's ("Dundee won 3-1 at Rugby Park", "Fenerbahçe Basket")? Written
/// with a capital and no more, next to another capitalised word, and not
/// followed by a word naming an event of that sport.
fn in_proper_name(text: &str, tokens: &[Token], i: usize) -> bool {
    let title_case = |j: usize| {
        tokens.get(j).is_some_and(|t| {
            let mut cs = t.text(text).chars();
            t.kind == TokenKind::Word
                && cs.next().is_some_and(char::is_uppercase)
                && cs.all(|c| !c.is_uppercase())
        })
    };
    if !title_case(i) {
        return false;
    }
    let next_named = title_case(i + 1);
    let event = next_named && {
        let w = tokens[i + 1].text(text);
        EVENT_WORDS.iter().any(|e| w.eq_ignore_ascii_case(e))
    };
    let prev_named = i > 0 && title_case(i - 1);
    (next_named || prev_named) && !event
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

    #[test]
    fn the_sport_words_are_sorted_for_binary_search() {
        assert!(super::OTHER_SPORTS.windows(2).all(|p| p[0] < p[1]));
        assert!(super::OTHER_SPORTS
            .iter()
            .all(|w| w.len() <= super::LONGEST));
        assert_eq!(offtopic("HANDBALL: Kiel 30-28."), [true]);
        assert_eq!(offtopic("Vôlei: Brasil vence 3-1."), [true]);
    }

    #[test]
    fn a_league_of_another_sport_by_its_capitals() {
        assert_eq!(
            offtopic("Die Eisbären Berlin gewannen in der DEL mit 4:2 gegen die Adler Mannheim. ¡GOL DEL BARÇA! Lewandowski marca."),
            [true, false, false]
        );
    }

    #[test]
    fn a_handball_offence_is_football() {
        assert_eq!(
            offtopic("Depay converted a penalty awarded for a handball by Léo Ortiz (45+3'). Elsewhere: Handball – France 31-27 Croatia."),
            [false, true]
        );
    }

    #[test]
    fn a_sport_word_inside_a_name_is_no_other_sport() {
        // Grounds and clubs named with a sport's word.
        assert_eq!(offtopic("Dundee won 3-1 at Rugby Park."), [false]);
        assert_eq!(
            offtopic("Kilmarnock verlor im Rugby Park mit 0:2."),
            [false]
        );
        assert_eq!(
            offtopic("Il Fenerbahçe Basket gioca stasera, il Fenerbahçe ha vinto 2-1."),
            [false]
        );
        // The sport itself, in lower case, alone, or as an event.
        assert_eq!(offtopic("Rugby: Toulouse bat Clermont 30-20."), [true]);
        assert_eq!(offtopic("Le rugby à Toulouse: 30-20."), [true]);
        assert_eq!(
            offtopic("England lost the Rugby World Cup final 12-15."),
            [true]
        );
        assert_eq!(
            offtopic("Los Lakers ganan en la NBA Finals 110-101."),
            [true]
        );
        assert_eq!(
            offtopic("Sporting vence e conquista Supertaça de Andebol (30-28)"),
            [true]
        );
    }
}
