//! A player told by a description or a pronoun: "The Norwegian curled it in
//! (53')", "Der 21-Jährige traf", "Le Sénégalais a récidivé (28e)", "O sueco
//! encostou". The description stands for the topic of the passage before
//! it: the first player its last sentence naming players names not as an
//! object, unless named together with another ("X and Y started").
//!
//! Invariants: a description is never a club (an entity starts no
//! description), never a team (no plural article, no side noun, no plural
//! noun after "the"), never a goalkeeper's post, never indefinite ("A crowd
//! of 7,000 saw"), never a thing of the game ("El gol del honor llegó");
//! this module reads tokens, it decides no goal.

use crate::cues;
use crate::goals::{coordinated, role, Role};
use crate::{minute, EntitySpan};
use scoreline_text::{Segmented, TokenKind};

/// A definite article in the singular that opens a description: "the",
/// "der", "de", "el", "le", "il", "o" … (not "a": the English indefinite
/// and the Portuguese feminine are one word; not Dutch "het", a neuter
/// that is "it" as often: "Het leverde meer druk op").
fn singular_article(w: &str) -> bool {
    matches!(
        w,
        "the" | "der" | "die" | "das" | "de" | "el" | "la" | "le" | "l'" | "il" | "lo" | "o"
    )
}

/// Does a description or a subject pronoun start at token `j`, no entity
/// starting inside it: "the Norwegian", "der 21-Jährige", "l'argentino",
/// "he", "elle"? Its verb follows right after it (a lower-case word), which
/// keeps out nouns governed by a preposition ("im Spiel").
pub(crate) fn description_at(seg: &Segmented<'_>, entities: &[EntitySpan], j: usize) -> bool {
    let n = seg.tokens.len();
    if j >= n {
        return false;
    }
    let w = seg.lower(j);
    if cues::subject_pronoun(w) {
        return j + 1 < n && minute::word_cased(seg, j + 1, char::is_lowercase);
    }
    if !singular_article(w) || j + 1 >= n {
        return false;
    }
    // The noun, after an age ("der 21-Jährige", "the 19-year-old").
    let aged = seg.tokens[j + 1].kind == TokenKind::Number && seg.lower(j + 2) == "-";
    let noun = if aged { j + 3 } else { j + 1 };
    if noun >= n || seg.tokens[noun].kind != TokenKind::Word {
        return false;
    }
    let word = seg.lower(noun);
    // "die" is a description only as a woman's ("die Norwegerin", "die
    // 24-Jährige"); else it is the plural ("die Gäste").
    if w == "die" && !(aged || word.ends_with("in")) {
        return false;
    }
    if (w == "the" && word.ends_with('s') && !word.ends_with("ss"))
        || cues::side_noun(word)
        || cues::goalkeeper(word)
        // A thing of the game, not a player: "El gol del honor llegó",
        // "the penalty was given", "de gelijkmaker viel", "le ballon".
        || crate::evidence::scoring_word(seg, noun)
        // Or an adjective before one: "de winnende treffer", "le but".
        || (noun + 1 < n && crate::evidence::scoring_word(seg, noun + 1))
        // "obra de una incansable": a preposition before an article.
        || cues::determiner(word)
        || cues::ball(word)
        || entities.iter().any(|e| e.first > j && e.first <= noun)
    {
        return false;
    }
    // Its verb right after it.
    noun + 1 < n && minute::word_cased(seg, noun + 1, char::is_lowercase)
}

/// Does the clause `from..to` open with a description or a pronoun as its
/// subject: at its start, or right after the comma that closes an opening
/// phrase naming no one ("Dix minutes plus tard, le Sénégalais a doublé").
pub(crate) fn opens_clause(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    from: usize,
    to: usize,
) -> bool {
    let to = to.min(seg.tokens.len());
    if from >= to {
        return false;
    }
    if description_at(seg, entities, from) {
        return true;
    }
    let first_name = entities
        .iter()
        .filter(|e| e.first >= from && e.first < to)
        .map(|e| e.first)
        .min()
        .unwrap_or(to);
    (from..first_name.min(to))
        .find(|&j| seg.token_text(j) == ",")
        .is_some_and(|c| description_at(seg, entities, c + 1))
}

/// Does a description stand right after a minute ending at `end` (over a
/// comma: "À la 64e minute, le Français a enroulé"), or after the verb
/// that follows it, in the inverted order of German and Dutch ("In der 67.
/// Minute zirkelte der 21-Jährige den Ball ins Eck")?
pub(crate) fn after_minute(seg: &Segmented<'_>, entities: &[EntitySpan], end: usize) -> bool {
    let comma = seg.lower(end) == ",";
    let j = if comma { end + 1 } else { end };
    description_at(seg, entities, j)
        || (!comma
            && j < seg.tokens.len()
            && minute::word_cased(seg, j, char::is_lowercase)
            && !singular_article(seg.lower(j))
            && description_at(seg, entities, j + 1))
}

/// The topic of a sentence's players: the first one told as a subject
/// ("pulled the ball back for Surridge, who swept it past Guzan"), else the
/// first one named who is not an object — the subject of its main clause in
/// all seven languages ("Habib Diallo a devancé Brendan Chardonnet", "In
/// der 9. Minute traf Diallo");
/// `None` when that player is named together with another ("Kane and
/// Musiala started"), as the description could be either.
pub(crate) fn topic<'e>(
    seg: &Segmented<'_>,
    here: &[&'e EntitySpan],
    first: usize,
) -> Option<&'e EntitySpan> {
    here.iter()
        .find(|p| role(seg, p, first) == Role::Subject)
        .or_else(|| here.iter().find(|p| role(seg, p, first) != Role::Object))
        .filter(|p| !coordinated(seg, here, p))
        .copied()
}
