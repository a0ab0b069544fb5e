//! Goals: a scorer (a PLAYER entity) next to a minute, unless the clause
//! tells of a card, a miss, a save, VAR or a substitution; braces and
//! hat-tricks without minutes; the subject of a scoring verb; kind
//! from penalty / own-goal wording; the match by position (the nearest result
//! before it in the document, else after it).

use crate::cues;
use crate::evidence;
use crate::link::match_for;
use crate::minute::{self, Minute};
use crate::substitution;
use crate::unanchored;
use crate::{EntitySpan, FoundGoal, FoundMatch};
use scoreline_core::{GoalKind, Label};
use scoreline_text::{Segmented, Sentence, TokenKind};

pub(crate) fn words<'s>(seg: &'s Segmented<'_>, from: usize, to: usize) -> Vec<&'s str> {
    (from..to.min(seg.tokens.len()))
        .map(|i| seg.lower(i))
        .collect()
}

pub(crate) use crate::kind::kind_of;

/// The match a goal at byte `at` belongs to: the match told of last before
/// it (by any of its scores), else the first told of after it.
/// A goal by `p` told by tokens `from..to` of a sentence ending at `s_end`:
/// match by position, kind from the words around, no minute yet.
pub(crate) fn told(
    seg: &Segmented<'_>,
    matches: &[FoundMatch],
    p: &EntitySpan,
    (from, to): (usize, usize),
    s_end: usize,
) -> FoundGoal {
    FoundGoal {
        match_index: match_for(matches, seg.tokens[p.first].start as usize),
        scorer: p.reference.clone(),
        team: None,
        minute: None,
        stoppage: None,
        kind: kind_of(seg, from.saturating_sub(4), (to + 4).min(s_end)),
        evidence: (
            seg.tokens[from].start as usize,
            seg.tokens[to - 1].end as usize,
        ),
    }
}

/// What the words around a player make of them: the subject of the
/// clause, an object (the goalkeeper beaten, the provider of a pass, the
/// player fouled), or neither said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Object,
    Plain,
    Subject,
}

pub(crate) fn role(seg: &Segmented<'_>, p: &EntitySpan, lo: usize) -> Role {
    let next = seg.lower(p.end);
    // "Welbeck, who levelled"; over a verb's particle: "kam durch Lineth
    // Beerensteyn zurück, die … Grohs keine Chance ließ (74.)".
    if (p.end..p.end + 2).any(|j| {
        seg.lower(j) == ","
            && cues::relative(seg.lower(j + 1))
            && (j == p.end || minute::word_cased(seg, p.end, char::is_lowercase))
    }) {
        return Role::Subject;
    }
    // "X's pass", "X’s through ball"; "X's double"
    let noun = match next {
        "'s" | "’s" => Some(p.end + 1),
        "'" | "’" if seg.lower(p.end + 1) == "s" => Some(p.end + 2),
        _ => None,
    };
    if let Some(n) = noun {
        let w = seg.lower(n);
        // Not "laid siege to Hugo Souza's goal": the goalkeeper's.
        if (cues::goal_of(w) || cues::goal(w))
            && !(p.first > lo && matches!(seg.lower(p.first - 1), "to" | "at" | "on" | "into"))
        {
            return Role::Subject;
        }
        if cues::assist(w) || cues::assist(seg.lower(n + 1)) {
            return Role::Object;
        }
    }
    // The preposition before the name, maybe over a determiner and an
    // adjective ("für den angeschlagenen Julián Álvarez").
    let lowercase = |j: usize| minute::word_cased(seg, j, char::is_lowercase);
    let at = |back: usize| (p.first >= lo + back).then(|| p.first - back);
    // The agent of a passive is an object too ("gekeerd door Rui Silva",
    // "derrubado por Niakaté"), unless it is of a goal ("scored by X").
    // The one fouled too ("stende Cade Cowell"). An agent after a comma is
    // the scorer's ("empatou aos 58', por Rodrigo Zalazar").
    let marker = |j: usize| {
        let w = seg.lower(j);
        cues::object_marker(w)
            || cues::foul_verb(w)
            || (cues::agent_marker(w) && j > 0 && seg.tokens[j - 1].kind != TokenKind::Punct)
    };
    let prep = match (at(1), at(2), at(3)) {
        (Some(a), _, _) if marker(a) => Some(a),
        // "un disparo que rozó en Fikayo Tomori": deflected off.
        (Some(a), Some(b), _)
            if seg.lower(a) == "en" && matches!(seg.lower(b), "rozó" | "tocó" | "desvió") =>
        {
            Some(a)
        }
        (Some(a), Some(b), _) if cues::determiner(seg.lower(a)) && marker(b) => Some(b),
        // Not over a time ("Dopo la pausa Damion Downs ha fatto il 0:2").
        (Some(a), Some(b), Some(c))
            if lowercase(a)
                && !cues::restart(seg.lower(a))
                && cues::determiner(seg.lower(b))
                && marker(c) =>
        {
            Some(c)
        }
        _ => None,
    };
    let agent = prep
        .is_some_and(|k| cues::agent_marker(seg.lower(k)) && !cues::object_marker(seg.lower(k)));
    // "the goalkeeper Agustín Rossi", "PSG-Torhüter Donnarumma"
    if (at(1).is_some_and(|a| cues::goalkeeper(seg.lower(a))))
        || (at(2).is_some_and(|b| cues::goalkeeper(seg.lower(b)))
            && at(1).is_some_and(|a| seg.lower(a) == "-"))
    {
        return Role::Object;
    }
    // "after Memphis Depay converted a penalty": "after" opens a clause
    // whose subject the player is when a finishing verb follows the name.
    if let Some(k) = prep {
        let opener = match seg.lower(k) {
            // "depois de Depay marcar", "después de que Depay marcara"
            "de" | "que" if k > lo => seg.lower(k - 1),
            w => w,
        };
        if matches!(
            opener,
            "after" | "nachdem" | "après" | "dopo" | "tras" | "após" | "depois" | "después"
        ) && (p.end..(p.end + 3).min(seg.tokens.len()))
            .take_while(|&j| seg.tokens[j].kind != TokenKind::Punct)
            .any(|j| {
                let w = seg.lower(j);
                // Not "after Wan-Bissaka had bundled over Mavididi": a
                // verb with "over" or a name after it fells a player.
                (cues::finish_verb(w) || cues::scoring_infinitive(w))
                    && !matches!(seg.lower(j + 1), "over" | "down")
                    && !minute::word_cased(seg, j + 1, char::is_uppercase)
            })
        {
            return Role::Subject;
        }
    }
    // "Saka crossed for Havertz", "Kimmich legte für Kane auf", "un assist
    // per Thuram", "un centre pour Mbappé": the one a ball is laid on for
    // is who finishes it, not an object of the clause.
    if let Some(k) = prep.filter(|&k| cues::count_for(seg.lower(k)) && k > lo) {
        let head = seg.lower(k - 1);
        if cues::assist(head) || cues::set_up_verb(head) {
            return Role::Subject;
        }
    }
    if let Some(k) = prep {
        // "a goal from X", "un but tardif d'X", "grâce à X": the
        // preposition names the scorer.
        // The noun the preposition depends on, back over modifiers but not
        // over an article ("il primo gol in campionato di X", "un but
        // tardif d'X"; not "goals a cross of X").
        let mut named = false;
        for j in (k.saturating_sub(3).max(lo)..k).rev() {
            let h = seg.lower(j);
            if cues::goal_of(h)
                || cues::thanks_to(h)
                // "kwam op naam van X", "ging auf das Konto von X"
                || cues::credit_noun(h)
                || (agent && (cues::finish_verb(h) || cues::goal(h) || cues::own_net(h)))
            {
                named = true;
                break;
            }
            if cues::determiner(h) || seg.tokens[j].kind == TokenKind::Punct {
                break;
            }
        }
        // "Het openingsdoelpunt werd … gemaakt door X", "le but a été fait
        // par X": a plain "made" whose subject is the goal.
        if agent && !named && k > 0 && cues::made_participle(seg.lower(k - 1)) {
            named = (lo..k.saturating_sub(1)).any(|j| {
                let h = seg.lower(j);
                cues::goal(h) || cues::goal_compound(h)
            });
        }
        // "Scored in the 33rd minute by Bowen", "wurde in der 12. Minute
        // von Musiala erzielt": a minute between a scoring passive and its
        // agent.
        // German "von" is an agent and a genitive alike.
        if !named && cues::agent_marker(seg.lower(k)) {
            // The splitter may end a sentence inside the minute ("in der
            // 12. Minute"), so the phrase may start before `lo`.
            if let Some(q) = minute_phrase_before(seg, k, lo.saturating_sub(4)) {
                named = scoring_before(seg, q, lo.min(q.saturating_sub(6)));
            }
        }
        // "settled by Max Bruns turning a low cross into his own net"
        let own_net_after = agent
            && (p.end..(p.end + 8).min(seg.tokens.len()))
                .take_while(|&j| !matches!(seg.lower(j), "." | "!" | "?" | ";"))
                .any(|j| cues::own_net(seg.lower(j)));
        return if named || own_net_after {
            Role::Subject
        } else {
            Role::Object
        };
    }
    // "Mohamed Salah converteu", "Kenneth Taylor ha segnato", "Girelli in
    // spaccata anticipa Mjelde e fa 1-0": a finishing verb or a running
    // score follows the name before the next name or the sentence's end.
    let n = seg.tokens.len();
    let mut j = p.end;
    // "Ferreirinha foi derrubado por Bernabei … e Lucas Moura cobrou": the
    // player fouled is an object, unless they go on to finish it ("foi
    // derrubado por Varela e converteu").
    let mut fouled_here = false;
    while j < (p.end + 8).min(n) {
        let w = seg.lower(j);
        // A new name after "and" or a comma starts another clause; a name
        // after a verb is its object ("anticipa Virgil van Dijk e batte").
        let new_subject = j > p.end
            && matches!(
                seg.lower(j - 1),
                "," | "e" | "y" | "and" | "und" | "et" | "en"
            );
        // "Salah bediende Cody Gakpo, die scoorde": the verb of a relative
        // clause is its antecedent's.
        let relative_clause = j > p.end && w == "," && cues::relative(seg.lower(j + 1));
        if matches!(w, "." | "!" | "?" | ";")
            || relative_clause
            || (seg.tokens[j].kind == TokenKind::Word && capitalised_name(seg, j) && new_subject)
        {
            break;
        }
        // "André Ramalho, tentando cortar, manda contra a própria rede"
        if cues::finish_verb(w) || running_score(seg, j) || cues::own_net(w) {
            return Role::Subject;
        }
        // "Antonio Raíllo derribó a Raúl de Tomás": who fouls does not score.
        if cues::foul_verb(w) {
            return Role::Object;
        }
        fouled_here |= passive_foul_at(seg, j);
        j += 1;
    }
    if fouled_here {
        Role::Object
    } else {
        Role::Plain
    }
}

/// Where a minute phrase ending right before token `k` starts ("in the
/// 33rd minute", "in der 12. Minute", "aos 12 minutos"), if one does.
fn minute_phrase_before(seg: &Segmented<'_>, k: usize, lo: usize) -> Option<usize> {
    let mut j = k;
    let mut seen = false;
    while j > lo && k - j < 7 {
        let w = seg.lower(j - 1);
        if w.bytes().any(|b| b.is_ascii_digit())
            || minute::is_minute_word(w)
            || minute::ordinal_word(w).is_some()
        {
            seen = true;
        } else if !matches!(
            w,
            "." | "'"
                | "’"
                | "′"
                | "+"
                | "in"
                | "the"
                | "at"
                | "à"
                | "la"
                | "al"
                | "all'"
                | "en"
                | "el"
                | "aos"
                | "ao"
                | "a"
                | "de"
                | "der"
                | "op"
                | "im"
                | "nel"
                | "no"
        ) {
            break;
        }
        j -= 1;
    }
    seen.then_some(j)
}

/// Do the words of the clause just before token `q` (back to a comma or
/// the sentence start, six words at most) tell of a goal: a finishing verb
/// ("Scored", "marcado"), a goal noun or a running score ("Das 1:0 wurde")?
fn scoring_before(seg: &Segmented<'_>, q: usize, lo: usize) -> bool {
    (q.saturating_sub(6).max(lo)..q)
        .rev()
        .take_while(|&j| !matches!(seg.lower(j), "," | ";" | "(" | ")" | "." | "!" | "?"))
        .any(|j| {
            let h = seg.lower(j);
            cues::finish_verb(h)
                || cues::goal(h)
                || cues::goal_compound(h)
                || (j + 2 < q && running_score(seg, j))
        })
}

/// Is `p` joined by "and" (or a comma) to another player of `here` right
/// before or after it ("Kane and Musiala", "Kane, Musiala")?
pub(crate) fn coordinated(seg: &Segmented<'_>, here: &[&EntitySpan], p: &EntitySpan) -> bool {
    let joins = |from: usize, to: usize| {
        to > from
            && to - from == 1
            && (cues::conjunction(seg.lower(from)) || seg.lower(from) == ",")
    };
    here.iter()
        .any(|q| q.reference != p.reference && (joins(q.end, p.first) || joins(p.end, q.first)))
}

fn capitalised_name(seg: &Segmented<'_>, j: usize) -> bool {
    seg.token_text(j)
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
        && j > 0
        && !matches!(seg.lower(j - 1), "." | ":")
}

/// Does token `j` tell of scoring: a finishing verb, a running score ("para
/// fazer 1-1"), or a scoring phrase ("a redonné l'avantage", "a donné la
/// victoire")?
fn scores_at(seg: &Segmented<'_>, j: usize) -> bool {
    let w = seg.lower(j);
    cues::finish_verb(w)
        || running_score(seg, j)
        || (cues::scoring_phrase_verb(w)
            && (j + 1..(j + 4).min(seg.tokens.len()))
                .any(|k| cues::scoring_phrase_noun(seg.lower(k))))
}

/// A verb in the plural: its subject is a team ("Os Arsenalistas
/// marcaram logo ao quarto minuto"), not the player of the sentence before.
fn plural_verb(w: &str) -> bool {
    [
        "aram", "eram", "iram", "aron", "ieron", "arono", "erono", "irono", "èrent", "ièrent",
    ]
    .iter()
    .any(|e| w.ends_with(e))
        || matches!(w, "scoorden" | "trafen" | "glichen" | "maakten" | "zorgden")
}

/// "1-0", "2:1", "1–1" starting at token `j`.
pub(crate) fn running_score(seg: &Segmented<'_>, j: usize) -> bool {
    seg.tokens
        .get(j)
        .is_some_and(|t| t.kind == TokenKind::Number)
        && matches!(seg.lower(j + 1), "-" | "–" | ":")
        && seg
            .tokens
            .get(j + 2)
            .is_some_and(|t| t.kind == TokenKind::Number)
}

/// "un renvoi manqué", "a missed clearance", "un rinvio sbagliato": the
/// defender's error that made the goal, not a missed shot.
pub(crate) fn defender_error(noun: &str, miss: &str) -> bool {
    matches!(
        miss,
        "manqué" | "raté" | "missed" | "sbagliato" | "gemist" | "errou"
    ) && matches!(
        noun,
        "renvoi" | "dégagement" | "clearance" | "rinvio" | "disimpegno" | "terugspeelbal"
    )
}

/// "sotto la traversa", "under the crossbar", "via de onderkant van de
/// lat": a shot in off the bar's underside, not one against it.
pub(crate) fn under_the_bar(before: &str, bar: &str) -> bool {
    matches!(
        bar,
        "traversa" | "crossbar" | "bar" | "latte" | "larguero" | "lat" | "travessão"
    ) && matches!(
        before,
        "sotto"
            | "under"
            | "unter"
            | "bajo"
            | "sob"
            | "onder"
            | "sous"
            // "via de onderkant van de lat", "off the underside of the bar"
            | "onderkant"
            | "underside"
            | "unterkante"
    )
}

/// "at the near post", "am langen Pfosten", "sul primo palo", "au second
/// poteau": where the ball went in, not a shot against the woodwork.
pub(crate) fn side_of_goal(before: &str, post: &str) -> bool {
    // "remató a la red": the Spanish net, not a red card.
    (post == "red" && matches!(before, "la" | "una"))
        || matches!(
            post,
            "post" | "pfosten" | "palo" | "poste" | "paal" | "poteau"
        ) && matches!(
            before,
            "near"
                | "far"
                | "back"
                | "langen"
                | "kurzen"
                | "ersten"
                | "zweiten"
                | "primer"
                | "segundo"
                | "primo"
                | "secondo"
                | "lontano"
                | "premier"
                | "second"
                | "tweede"
                | "eerste"
                | "verre"
                | "korte"
                | "lange"
                | "primeiro"
        )
}

/// The lowered words of tokens `from..to`, with the players' names left
/// out: "Barella" is a player, not a stretcher.
fn unnamed_words<'s>(
    seg: &'s Segmented<'_>,
    players: &[&EntitySpan],
    from: usize,
    to: usize,
) -> Vec<&'s str> {
    let named = within(players, from, to);
    let mut k = 0;
    (from..to.min(seg.tokens.len()))
        .map(|j| {
            while k < named.len() && named[k].end <= j {
                k += 1;
            }
            // "Red Devils", "Red Bull": a name, not a card.
            let red_name = matches!(seg.lower(j), "red" | "rood" | "rouge" | "rosso" | "roja")
                && minute::word_cased(seg, j, char::is_uppercase)
                && j + 1 < seg.tokens.len()
                && minute::word_cased(seg, j + 1, char::is_uppercase);
            if red_name || named.get(k).is_some_and(|p| p.first <= j) {
                ""
            } else {
                seg.lower(j)
            }
        })
        .collect()
}

/// Do the words of a clause tell of a card, a miss, a save, VAR or a
/// substitution at its minute? Not the post the ball went in off ("at the
/// far post", "via de binnenkant van de paal"), a defender's missed
/// clearance, a miss denied ("non sbaglia") or a point saved.
pub(crate) fn refuses(clause: &[&str]) -> bool {
    clause.iter().enumerate().any(|(i, w)| {
        let before = |k: usize| i.checked_sub(k).map_or("", |j| clause[j]);
        // "si era fermato al 15'": pulled up at the minute (a goal list's
        // "fermato sul 2-2" is a draw, so not a word of `not_a_goal`).
        matches!(
            *w,
            "fermato"
                | "fermata"
                | "raus"
                // "should have doubled the lead", "podia ter virado o jogo"
                | "should"
                | "podia"
                | "poderia"
                | "podría"
                | "könnte"
                | "hätte"
                | "aurait"
                | "pourrait"
                | "avrebbe"
                | "potrebbe"
        )
            || cues::save_verb(w)
            || cues::card_or_exit(w)
            // "vom Feld (49.)", "het veld verlaten", "off the pitch",
            // "lasciato il campo": leaving the field (not "over de halve
            // lengte van het veld").
            || (cues::field(w)
                && ((1..=2).any(|k| matches!(before(k), "vom" | "off" | "dal") || cues::leave_verb(before(k)))
                    || clause[i + 1..clause.len().min(i + 3)]
                        .iter()
                        .any(|n| cues::leave_verb(n))))
            || (cues::not_a_goal(w)
                && !side_of_goal(before(1), w)
                && !(2..=3).any(|k| under_the_bar(before(k), w))
                && !defender_error(before(1), w)
                && !cues::ball(before(1))
                && !clause.get(i + 1).is_some_and(|n| defender_error(n, w))
                && !((1..=4).any(|k| cues::in_off(before(k))) && woodwork(w))
                && !(cues::negation(before(1)) && missed(w))
                && !(clause[i.saturating_sub(3)..clause.len().min(i + 7)]
                    .iter()
                    .any(|n| cues::point(n))
                    && matches!(*w, "saved" | "redde" | "salvado"))
                // "que rozó en Tomori": a deflection off a player.
                && !(clause.get(i + 1) == Some(&"en") && clause.get(i + 2) == Some(&"")))
            // "ihre Rückkehr nach langer Verletzung", "after a long injury":
            // the scorer's return.
            && !(injury_word(w)
                && (1..=3).any(|k| {
                    matches!(
                        before(k),
                        "nach" | "after" | "following" | "após" | "dopo" | "après" | "tras" | "na"
                    )
                }))
            // "perdeu um pênalti aos 20'": a penalty lost is one missed.
            || (matches!(*w, "perdeu" | "perdió" | "perdiò")
                && clause[i + 1..clause.len().min(i + 4)]
                    .iter()
                    .any(|n| cues::penalty(n)))
            // "deu o lugar a Gonçalo Ramos aos 88'": gave way.
            || (*w == "lugar" && before(1) == "o")
            // "Svilar para un rigore": the Italian save, not the Spanish
            // "for".
            || (*w == "para"
                && clause[i + 1..clause.len().min(i + 3)]
                    .iter()
                    .any(|n| matches!(*n, "rigore" | "rigori")))
    })
}

/// An injury noun: "Verletzung", "injury", "blessure", "lesión".
fn injury_word(w: &str) -> bool {
    matches!(
        w,
        "injury" | "lesión" | "lesão" | "infortunio" | "blessure" | "verletzung" | "blessur"
    ) || w.ends_with("verletzung")
}

/// A verb of missing: "non sbaglia" is a goal.
pub(crate) fn missed(w: &str) -> bool {
    matches!(
        w,
        "missed"
            | "sbaglia"
            | "falló"
            | "falla"
            | "falhou"
            | "errou"
            | "manqué"
            | "raté"
            | "verschoss"
            | "gemist"
            | "miste"
            | "fallisce"
    )
}

/// The post or the bar.
pub(crate) fn woodwork(w: &str) -> bool {
    matches!(
        w,
        "post"
            | "crossbar"
            | "pfosten"
            | "latte"
            | "paal"
            | "poste"
            | "larguero"
            | "palo"
            | "traversa"
            | "trave"
            | "lat"
            | "poteau"
            | "travessão"
    )
}

/// A word between two minutes of one player: "à la 58e puis à la 70e
/// minute", "al 27', poi all'89'", "(12.) en (40.)".
fn minute_joiner(w: &str) -> bool {
    matches!(
        w,
        "," | "("
            | ")"
            | "puis"
            | "poi"
            | "then"
            | "dann"
            | "daarna"
            | "luego"
            | "depois"
            | "à"
            | "a"
            | "al"
            | "all'"
            | "la"
            | "el"
            | "aos"
            | "ao"
            | "in"
            | "de"
            | "der"
            | "the"
            | "at"
            | "nel"
            | "no"
            | "im"
            | "op"
    ) || cues::conjunction(w)
}

/// Does "and" join two clauses within tokens `from..to`? Dutch "en" only
/// after a comma: it is "in" in Spanish and French ("llegó en el 41").
fn and_between(seg: &Segmented<'_>, from: usize, to: usize) -> bool {
    (from..to).any(|j| {
        let w = seg.lower(j);
        (w != "en" && cues::conjunction(w)) || joins_clause(seg, j)
    })
}

/// ", and" at token `j`: a conjunction after a comma; "en" only when no
/// article follows (Dutch ", en negen minuten", not Spanish ", en el minuto
/// 88").
fn joins_clause(seg: &Segmented<'_>, j: usize) -> bool {
    let w = seg.lower(j);
    j > 0
        && seg.lower(j - 1) == ","
        && cues::conjunction(w)
        && !(w == "en" && cues::article(seg.lower(j + 1)))
}

/// "himself" at token `j`: one word, or "lui-même" cut at its hyphen.
fn self_at(seg: &Segmented<'_>, j: usize) -> bool {
    cues::self_reference(seg.lower(j))
        || (matches!(seg.lower(j), "même" | "mêmes")
            && j >= 2
            && seg.lower(j - 1) == "-"
            && matches!(seg.lower(j - 2), "lui" | "elle" | "eux"))
}

/// Is `p` named as the one fouled: "une faute sur X", "a foul on X", "una
/// falta sobre X", "een overtreding op X", "un fallo su X"?
fn fouled(seg: &Segmented<'_>, p: &EntitySpan, lo: usize) -> bool {
    p.first > lo + 1
        && matches!(
            seg.lower(p.first - 1),
            "sur" | "on" | "sobre" | "su" | "op" | "an" | "em" | "a" | "no" | "na" | "aan"
        )
        && (p.first.saturating_sub(4).max(lo)..p.first - 1).any(|j| {
            matches!(
                seg.lower(j),
                "faute" | "foul" | "falta" | "fallo" | "overtreding" | "fout" | "foulspiel"
            )
        })
}

/// Is `p` named as the one who took a shot ("un disparo cruzado de X",
/// "piattone di X", "a header from X")?
fn shooter(seg: &Segmented<'_>, p: &EntitySpan, lo: usize) -> bool {
    p.first > lo + 1
        && (cues::genitive(seg.lower(p.first - 1)) || seg.lower(p.first - 1) == "from")
        && (p.first.saturating_sub(4).max(lo)..p.first - 1).any(|j| cues::shot_noun(seg.lower(j)))
}

/// How many players make a line a team's line-up.
pub(crate) const LINE_UP_PLAYERS: usize = 6;

/// The references of the players the document names as goalkeepers: after
/// a word for the post ("the goalkeeper Hugo Souza", "doelman Pasveer",
/// "Benfica-Torhüter Trubin", "o guarda-redes Rui Silva"), or first in a
/// line-up, set off by ";" or a dash from the outfield ("Benfica: Trubin;
/// Tomás Araújo, …", "Köln: Schwäbe – Pauli, …", "TORINO (3-5-2): Israel
/// 5,5; Coco …").
pub(crate) fn keepers<'e>(seg: &Segmented<'_>, players: &[&'e EntitySpan]) -> Vec<&'e str> {
    let mut out: Vec<&str> = Vec::new();
    let stop = |j: usize| matches!(seg.lower(j), "," | ";" | ":" | "." | "(" | ")");
    for p in players {
        let named = (p.first.saturating_sub(3)..p.first)
            .rev()
            .take_while(|&j| !stop(j))
            .any(|j| {
                let w = seg.lower(j);
                cues::goalkeeper(w) || (w == "redes" && seg.lower(j.saturating_sub(2)) == "guarda")
            });
        if named && !out.contains(&p.reference.as_str()) {
            out.push(&p.reference);
        }
    }
    for s in &seg.sentences {
        let local = within(players, s.first, s.end);
        if local.len() < LINE_UP_PLAYERS {
            continue;
        }
        let Some(first) = local.first() else {
            continue;
        };
        // The line's head: a colon right before the first name.
        if first.first == 0 || seg.lower(first.first - 1) != ":" {
            continue;
        }
        // Set off: ";" or a dash after the name, over a mark ("Israel 5,5;").
        let set_off = (first.end..(first.end + 5).min(s.end))
            .take_while(|&j| {
                seg.tokens[j].kind == TokenKind::Number
                    || matches!(seg.lower(j), "," | ";" | "–" | "-" | "—")
            })
            .any(|j| matches!(seg.lower(j), ";" | "–" | "—" | "-"));
        if set_off && !out.contains(&first.reference.as_str()) {
            out.push(&first.reference);
        }
    }
    out
}

/// Is `p` the player a scorer beat: the object of a verb of beating
/// ("engañó a Roberto Fernández", "batte Caprile", "fired past Raya"), or
/// the subject of its passive ("Meret è stato battuto", "Raya was
/// beaten")?
pub(crate) fn beaten(seg: &Segmented<'_>, p: &EntitySpan, lo: usize) -> bool {
    let mut j = p.first;
    if j > lo && matches!(seg.lower(j - 1), "a" | "à" | "ao" | "al") {
        j -= 1;
    }
    // German and Dutch put the subject right after the verb ("verschalkte
    // Kane Pasveer"): a name followed at once by another is that subject.
    let inverted_subject = seg.tokens.get(p.end).is_some_and(|t| {
        t.kind == TokenKind::Word && minute::word_cased(seg, p.end, char::is_uppercase)
    });
    if j > lo && cues::beats_player(seg.lower(j - 1)) && !inverted_subject {
        return true;
    }
    // "überwand der Kapitän Zentner", "verschalkte de spits Pasveer": the
    // verb, its subject as article and noun, then the one beaten.
    if j >= lo + 3
        && cues::beats_player(seg.lower(j - 3))
        && cues::article(seg.lower(j - 2))
        && minute::word_cased(seg, j - 1, |c| c.is_alphabetic())
    {
        return true;
    }
    (p.end..p.end + 3).any(|k| {
        k + 1 < seg.tokens.len()
            && matches!(
                seg.lower(k),
                "was"
                    | "is"
                    | "been"
                    | "wurde"
                    | "werd"
                    | "fue"
                    | "è"
                    | "é"
                    | "foi"
                    | "été"
                    | "stato"
                    | "stata"
            )
            && matches!(
                seg.lower(k + 1),
                "beaten"
                    | "geschlagen"
                    | "bezwungen"
                    | "verslagen"
                    | "batido"
                    | "battu"
                    | "battuto"
                    | "battuta"
                    | "trompé"
                    | "superato"
                    | "spiazzato"
            )
    })
}

/// Is `p` the provider of the ball, named after a noun for it ("na een
/// corner van Canales", "eine Vorlage von Lamine Yamal", "a pass from X")?
fn provider(seg: &Segmented<'_>, p: &EntitySpan, lo: usize) -> bool {
    p.first > lo + 1
        && cues::genitive(seg.lower(p.first - 1))
        && (p.first.saturating_sub(4).max(lo)..p.first - 1).any(|j| cues::assist(seg.lower(j)))
}

/// The scorer of a goal whose minute a sentence gives without a name ("Chelsea
/// nam in de 12de minuut de leiding."), told by the next sentence when it
/// gives no minute of its own and no card, miss or save: its player at an
/// own net ("… could only turn it into her own net"), else the first subject
/// of a finishing verb, else the last one who is not an object. The player,
/// the next clause, and whether the player was told by their own words (an
/// own net, a finishing verb) rather than by position.
fn told_next<'e>(
    seg: &Segmented<'_>,
    players: &[&'e EntitySpan],
    minutes: &[Minute],
    s: &Clause,
    m: &Minute,
    next: Option<&Clause>,
) -> Option<(&'e EntitySpan, Clause, bool)> {
    let t = *next?;
    // "Buts : Kalimuendo (30e)": a name the recogniser missed is there.
    let named_here = (m.first.saturating_sub(2)..m.first)
        .any(|j| j >= s.first && minute::word_cased(seg, j, char::is_uppercase));
    if named_here {
        return None;
    }
    // "… when he scored the first goal, skipping past two defenders in the
    // 54th minute": a pronoun names the scorer of the sentence before.
    if minutes
        .iter()
        .any(|m| m.first >= t.first && m.first < t.end)
        || (s.first..s.end)
            .any(|j| cues::chance(seg.lower(j)) || cues::subject_pronoun(seg.lower(j)))
        || refuses(&unnamed_words(seg, players, s.first, s.end))
        || refuses(&unnamed_words(seg, players, t.first, t.end))
    {
        return None;
    }
    let local = within(players, t.first, t.end);
    let scoring = |from: usize, to: usize| {
        (from..to).any(|j| {
            let w = seg.lower(j);
            cues::finish_verb(w) || cues::goal(w) || cues::own_net(w)
        })
    };
    let lead = (s.first..s.end).any(|j| cues::lead_taken(seg.lower(j)));
    if local.is_empty() || !(lead || scoring(s.first, s.end) || scoring(t.first, t.end)) {
        return None;
    }
    if let Some(p) = own_goal_scorer(seg, local, t.first, t.end) {
        return Some((p, t, true));
    }
    let roles: Vec<Role> = local.iter().map(|p| role(seg, p, t.first)).collect();
    let p = local
        .iter()
        .zip(&roles)
        .find(|(_, r)| **r == Role::Subject)
        .or_else(|| {
            local
                .iter()
                .zip(&roles)
                .rev()
                .find(|(_, r)| **r != Role::Object)
        })
        .map(|(p, r)| (*p, *r == Role::Subject))?;
    Some((p.0, t, p.1))
}

/// In words telling of an own goal ("diverts it into his own net", "mete en
/// su propia portería", "dévie dans son propre but"), the player who put it
/// there: the last one named before who is not an object, else the last one.
fn own_goal_scorer<'e>(
    seg: &Segmented<'_>,
    players: &[&'e EntitySpan],
    from: usize,
    to: usize,
) -> Option<&'e EntitySpan> {
    let k = (from..to).find(|&j| {
        let w = seg.lower(j);
        cues::own_net(w) && (w != "own" || matches!(seg.lower(j + 1), "net" | "goal"))
    })?;
    let before = within(players, from, k);
    before
        .iter()
        .rev()
        .find(|p| role(seg, p, from) != Role::Object)
        .or(before.last())
        .copied()
}

/// The players (sorted by position) who begin and end within `first..end`.
pub(crate) fn within<'p, 'e>(
    players: &'p [&'e EntitySpan],
    first: usize,
    end: usize,
) -> &'p [&'e EntitySpan] {
    let from = players.partition_point(|p| p.first < first);
    let to = from + players[from..].partition_point(|p| p.first < end);
    &players[from..to]
}

/// A span of tokens the goal rules read as one sentence.
#[derive(Debug, Clone, Copy)]
struct Clause {
    first: usize,
    end: usize,
}

/// The on-topic sentences. The splitter keeps a goal list's abbreviations
/// ("17' st rig. Calhanoglu (I), 33' st aut. Baschirotto (L)") inside their
/// sentence, so no clause is joined here.
fn clauses(seg: &Segmented<'_>) -> Vec<Clause> {
    seg.sentences
        .iter()
        .filter(|s| !s.offtopic)
        .map(|s| Clause {
            first: s.first,
            end: s.end,
        })
        .collect()
}

/// A liveblog entry opened by its minute at a line start ("70 min: GOAL!
/// …", "90e+6 – BUT pour le Barça ! Raphinha …"): the entry runs to the next
/// line. `Some(end)` when minute `m` opens one.
fn entry_at(seg: &Segmented<'_>, m: &Minute) -> Option<usize> {
    if !minute::line_start(seg, m.first)
        || !(matches!(seg.lower(m.end), ":" | "–" | "-" | "—" | "|")
            // "33., Dortmund gegen Gladbach: …", "Minuto 84. ¡GOL!": a bare
            // minute; a phrase ("Nine minutes into the second half, …")
            // opens a narrative paragraph.
            || (matches!(seg.lower(m.end), "," | ".") && m.end - m.first <= 2)
            // "84' ¡GOOOL DEL AMÉRICA! …", "45+1' Henry Martín …": a bare
            // minute in its apostrophe form opens the line.
            || (m.end - m.first <= 5
                && matches!(seg.lower(m.end - 1), "'" | "’" | "′")
                && (m.first..m.end).all(|j| !seg.lower(j).chars().any(char::is_alphabetic))))
    {
        return None;
    }
    let n = seg.tokens.len();
    Some(
        (m.end + 1..n)
            .find(|&j| minute::line_start(seg, j))
            .unwrap_or(n),
    )
}

/// In a goal's entry, the player who finished a move told in clauses joined
/// by "and": "Maxi Araújo cruza rasteiro e Luis Suárez encosta", "Yıldız
/// scappa a sinistra, palla al centro e Lois Openda di piatto anticipa".
/// A move is told in the order it was played, so the last subject joined by
/// "and" in the sentence of `first` finished it; a name in a later sentence
/// ("… Söyüncü had pulled the shirt") tells of something else.
fn finisher_after<'e>(
    seg: &Segmented<'_>,
    named: &[&&'e EntitySpan],
    first: &'e EntitySpan,
    lo: usize,
) -> Option<&'e EntitySpan> {
    let sentence = seg
        .sentences
        .get(seg.sentences.partition_point(|x| x.end <= first.first))?;
    named
        .iter()
        .rfind(|q| {
            q.first > first.end
                && q.end <= sentence.end
                && cues::conjunction(seg.lower(q.first - 1))
                && role(seg, q, lo) != Role::Object
                // a verb of their own follows: "e Luis Suárez encosta"
                && minute::word_cased(seg, q.end, char::is_lowercase)
        })
        .map(|q| **q)
}

/// Does a liveblog entry tell of a goal? It opens with the word ("GOAL!",
/// "BUT !", "TOR für …"), or tells of a penalty or a goal with no card,
/// miss, save, VAR or substitution in it.
fn entry_is_goal(seg: &Segmented<'_>, from: usize, to: usize) -> bool {
    let strong = |j: usize| {
        let w = seg.lower(j);
        let shouted = seg.token_text(j).chars().all(|c| !c.is_lowercase());
        // "GOAL!", "¡GOOOL!", "BUT !", "TOR für …"
        // "GOOOL", "BUUUUT", "TOOOR": the word shouted long.
        let long = |head: char, tail: char| {
            w.len() > 3
                && w.starts_with(head)
                && w.ends_with(tail)
                && w[1..w.len() - 1]
                    .chars()
                    .all(|c| c == w[1..].chars().next().unwrap_or(' '))
        };
        // "GOLOOOO!", "GOLO DO SPORTING!": the Portuguese word, shouted long.
        let golo = w.len() > 3 && w.starts_with("gol") && w[3..].bytes().all(|c| c == b'o');
        let long_goal = (long('g', 'l') && w[1..].starts_with('o'))
            || golo
            || (long('b', 't') && w[1..].starts_with('u'))
            || (long('t', 'r') && w[1..].starts_with('o'));
        (cues::goal_by(w) || long_goal || w == "golazo") && (shouted || seg.lower(j + 1) == "!")
    };
    // "73' Kein Tor! …", "104 min: No goal! …", "Pas de but !": the shout
    // denied, the entry tells of a goal taken back.
    let denied = |j: usize| {
        j > from
            && (denial(seg.lower(j - 1))
                // "Pas de but !", "No es gol", "Não é gol"
                || (j > from + 1
                    && matches!(seg.lower(j - 1), "de" | "es" | "é" | "è" | "ist" | "is")
                    && denial(seg.lower(j - 2))))
    };
    if (from..(from + 4).min(to)).any(|j| strong(j) && denied(j)) {
        return false;
    }
    // "9' 1-0 Luuk de Jong": a line of a goal list.
    if (from..(from + 4).min(to)).any(strong) || running_score(seg, from) {
        return true;
    }
    let w = words(seg, from, to);
    if w.iter().any(|x| cues::not_a_goal(x) || cues::save_verb(x)) {
        return false;
    }
    // A penalty is a goal when the entry gives the score it made
    // ("Penalty pour Barcelone… Lewandowski ne tremble pas ! 2-2"); awarded
    // alone ("Elfmeter! Anton reißt Sané um") it is not yet.
    let scored = || (from..to).any(|j| running_score(seg, j));
    // So is a finish ("insacca", "schiebt ein") that makes a score:
    // "90'+4' Vlahovic insacca il 2-1 di testa".
    w.iter()
        .any(|x| *x != "but" && (cues::goal(x) || cues::scoring_verb(x)))
        || (w.iter().any(|x| cues::penalty(x) || cues::finish_verb(x)) && scored())
}

/// Do tokens `from..to`, between two names, hold the verb of the first with
/// the second as its object: lowercase words of one clause, a verb among
/// them (not only articles and prepositions), none of passing ("bediende",
/// "found", "crossed"), none joining the second name as a new subject
/// ("Kane und Musiala", "… traf, Musiala")? The clause may run long ("abrió
/// el marcador con un disparo cruzado tras una pared con X") and hold an
/// apposition between commas ("Trincão, chamado a converter, enganou X"):
/// the subject of a clause is its first name, whatever its verb is followed
/// by, until "and" or a comma hands the clause to a new name.
fn verb_between(seg: &Segmented<'_>, from: usize, to: usize) -> bool {
    if to <= from || to - from > MAX_CLAUSE_WORDS {
        return false;
    }
    let long = to - from > 6;
    let word = |j: usize| minute::word_cased(seg, j, char::is_lowercase);
    // An elided article or pronoun ("s'élevait", "l'a trompé") is part of
    // its word; a comma only inside, closing an apposition.
    // An apposition opens right after the first name and closes before
    // the verb ("Trincão, chamado a converter, enganou X"); any other comma
    // opens a clause of its own (", but X").
    let commas = (from..to).filter(|&j| seg.token_text(j) == ",").count();
    let apposition = commas == 2 && seg.token_text(from) == "," && seg.token_text(to - 1) != ",";
    let inside = |j: usize| {
        matches!(seg.token_text(j), "'" | "’") || (apposition && seg.token_text(j) == ",")
    };
    let last = seg.lower(to - 1);
    // "plus haut que X", "más rápido que X": a comparison, not a relative
    // clause whose subject X is.
    let compared = (to.saturating_sub(4).max(from)..to - 1).any(|j| {
        matches!(
            seg.lower(j),
            "plus" | "moins" | "más" | "menos" | "mais" | "più" | "meno"
        )
    });
    (from..to).all(|j| word(j) || inside(j))
        && !cues::conjunction(last)
        && (compared || !cues::relative(last))
        && !(long
            && (from..to - 1)
                .any(|j| cues::conjunction(seg.lower(j)) || cues::relative(seg.lower(j))))
        && (from..to).any(|j| {
            let w = seg.lower(j);
            word(j)
                && !cues::article(w)
                && !cues::determiner(w)
                && !cues::object_marker(w)
                && !cues::agent_marker(w)
                && !cues::conjunction(w)
                && !cues::genitive(w)
        })
        && !(from..to).any(|j| {
            let w = seg.lower(j);
            cues::receiver_verb(w) || cues::set_up_verb(w) || cues::assist(w)
        })
}

/// Is the minute at token `at` an item of a fact box's line whose label
/// names cards, dismissals or misses ("Avertissements : Doukouré (41e)",
/// "Cartões amarelos: Horta (40')", "Booked: Rice 33")? The label, the
/// words before a colon that opens the line, tells what its items are; a
/// label's plural is read as its singular.
fn carded_line(seg: &Segmented<'_>, at: usize) -> bool {
    let Some(start) = (at.saturating_sub(LINE_ITEMS)..=at)
        .rev()
        .find(|&j| minute::line_start(seg, j))
    else {
        return false;
    };
    let Some(colon) = (start..(start + 4).min(at)).find(|&j| seg.token_text(j) == ":") else {
        return false;
    };
    colon > start
        && (start..colon).all(|j| seg.tokens[j].kind == TokenKind::Word)
        && (start..colon).any(|j| {
            let w = seg.lower(j);
            let refused =
                |x: &str| cues::not_a_goal(x) || cues::card_or_exit(x) || cues::kick_failed(x);
            // The singulars a plural may stand for: "avertissements",
            // "tarjetas", "gemiste", "strafschoppen"; "espulsioni",
            // "ammoniti".
            refused(w)
                || ["s", "es", "e", "en"]
                    .iter()
                    .filter_map(|e| w.strip_suffix(e))
                    .any(refused)
                || w.strip_suffix('i').is_some_and(|stem| {
                    refused(&format!("{stem}e")) || refused(&format!("{stem}o"))
                })
        })
}

/// How many tokens back a minute of a fact box's line may stand from the
/// line's label.
const LINE_ITEMS: usize = 60;

/// Does a clause of contrast open at token `j` (", but", ", ma", ", mais",
/// ", aber", ", maar", ", pero", ", mas", "while" …), or a new clause
/// joined by "and"? A scorer named before a minute is not named past it.
fn clause_turn(seg: &Segmented<'_>, j: usize) -> bool {
    contrast_at(seg, j) || joins_clause(seg, j)
}

/// Does a clause of contrast open at token `j`? A scorer named after a
/// minute is not named past it: the name after ", but" has a goal (or a
/// save) of its own; after ", and" the clause may go on with the minute's
/// scorer ("in minuut 12 gaf de scheidsrechter een strafschop, en Canales
/// schoot raak").
fn contrast_at(seg: &Segmented<'_>, j: usize) -> bool {
    let but = matches!(
        seg.lower(j),
        "but"
            | "ma"
            | "mais"
            | "aber"
            | "maar"
            | "pero"
            | "mas"
            | "while"
            | "whereas"
            | "mentre"
            | "während"
            | "terwijl"
            | "mientras"
            | "tandis"
            | "enquanto"
    );
    but && j > 0 && seg.lower(j - 1) == ","
}

/// A preposition that makes the name after it a complement ("ad
/// Adorante", "to Kane", "für Musiala", "voor Giménez").
fn governed(w: &str) -> bool {
    matches!(
        w,
        "a" | "ad"
            | "à"
            | "al"
            | "to"
            | "an"
            | "aan"
            | "para"
            | "per"
            | "pour"
            | "for"
            | "für"
            | "voor"
    )
}

/// The most words [`verb_between`] reads between a subject and a name its
/// clause goes on to tell.
const MAX_CLAUSE_WORDS: usize = 12;

/// Is `p` the subject of a passive of fouling ("Mrabti werd in de zestien
/// gevloerd", "Ferreirinha foi derrubado")? Read to the next stop, over
/// five words at most.
fn fouled_passive(seg: &Segmented<'_>, p: &EntitySpan) -> bool {
    (p.end..(p.end + 6).min(seg.tokens.len()))
        .take_while(|&j| seg.tokens[j].kind != TokenKind::Punct)
        .any(|j| passive_foul_at(seg, j))
}

/// A participle of fouling at token `j` in the passive: not after "have"
/// ("avait accroché Sinayoko", "had fouled", "hat gefoult" are the fouler's
/// acts), nor with the one fouled named right after it.
fn passive_foul_at(seg: &Segmented<'_>, j: usize) -> bool {
    cues::fouled_participle(seg.lower(j))
        && !(j > 0 && cues::have_auxiliary(seg.lower(j - 1)))
        && !minute::word_cased(seg, (j + 1).min(seg.tokens.len() - 1), char::is_uppercase)
}

/// A word denying the noun after it: "kein Tor", "no goal", "pas de but",
/// "geen doelpunt", "nessun gol", "ningún gol", "nenhum golo".
fn denial(w: &str) -> bool {
    cues::negation(w)
        || matches!(
            w,
            "kein" | "keine" | "geen" | "nessun" | "niente" | "ningún" | "nenhum" | "sin" | "sem"
        )
}

pub fn assemble(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    matches: &[FoundMatch],
) -> Vec<FoundGoal> {
    assemble_with(seg, entities, matches, &crate::attach::Rules)
}

pub(crate) fn assemble_with(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    matches: &[FoundMatch],
    attach: &dyn crate::attach::Attacher,
) -> Vec<FoundGoal> {
    let minutes = minute::find(seg);
    let mut players: Vec<&EntitySpan> = entities
        .iter()
        .filter(|e| e.label == Label::Player)
        .collect();
    players.sort_by_key(|p| p.first);
    let mut out = Vec::new();
    let mut used_minutes = vec![false; minutes.len()];
    let mut entries = vec![false; minutes.len()];
    // Liveblog entries first: the minute opens the line, the scorer is the
    // first player told of after it who is not an object.
    for (mi, m) in minutes.iter().enumerate() {
        let Some(end) = entry_at(seg, m) else {
            continue;
        };
        entries[mi] = true;
        // The entry's words start after the separator, if there is one.
        let lo = if matches!(seg.lower(m.end), ":" | "–" | "-" | "—" | "|" | "," | ".") {
            m.end + 1
        } else {
            m.end
        };
        if !entry_is_goal(seg, lo, end) {
            continue;
        }
        // "85. Minute – TOR für Frankfurt, 4:1!" naming no one: the entry
        // goes on in the next line ("Can Uzun verwandelt den Handelfmeter"),
        // unless that line opens another entry.
        let (lo, end) = if within(&players, lo, end).is_empty()
            && end < seg.tokens.len()
            && !minutes
                .iter()
                .any(|x| x.first == end && entry_at(seg, x).is_some())
        {
            let next = (end + 1..seg.tokens.len())
                .find(|&j| minute::line_start(seg, j))
                .unwrap_or(seg.tokens.len());
            (end, next)
        } else {
            (lo, end)
        };
        let named: Vec<&&EntitySpan> = players
            .iter()
            .filter(|p| {
                p.first >= lo
                    && p.end <= end
                    // "Was für ein Kopfball von Rasmus Kristensen!": the
                    // shot's taker, in a goal's entry, scored it.
                    && (role(seg, p, lo) != Role::Object || shooter(seg, p, lo))
            })
            .collect();
        // The name right after the shout ("GOAL! Dries Mertens from the
        // spot … Söyüncü had pulled the shirt"), else the subject.
        // "Daniel James whips in a low cross and Luke O'Nien diverts it into
        // his own net": who put it in their own net.
        let Some(p) = own_goal_scorer(seg, within(&players, lo, end), lo, end)
            .or_else(|| named.iter().find(|p| p.first <= lo + 4).map(|p| **p))
            .or_else(|| {
                named
                    .iter()
                    .find(|p| role(seg, p, lo) == Role::Subject)
                    .map(|p| **p)
            })
            .or(named.first().map(|p| **p))
        else {
            continue;
        };
        let p = finisher_after(seg, &named, p, lo).unwrap_or(p);
        used_minutes[mi] = true;
        let mut goal = told(seg, matches, p, (m.first, p.end), end);
        goal.kind = kind_of(seg, lo, end);
        goal.minute = Some(m.minute);
        goal.stoppage = m.stoppage;
        goal.match_index = match_for(matches, seg.tokens[m.first].start as usize);
        out.push(goal);
    }
    // The last player told of in the sentence before, who is not an object:
    // "… gewonnen dankzij Ciro Immobile. De Italiaan scoorde eerst uit een
    // strafschop (20')" — an epithet or a dropped subject names no one.
    let mut previous: Option<(&EntitySpan, usize)> = None;
    let mut named_last: Option<(&EntitySpan, usize)> = None;
    // The topic of the last clause naming players (see `described::topic`).
    let mut topic: Option<(&EntitySpan, usize)> = None;
    let all_clauses = clauses(seg);
    let score_anchors = evidence::anchors(matches);
    let players_all = &players;
    // A profile's "she", "o grego", dropped subject: the piece's player,
    // not the last one named (see `piece::dominant`).
    let dominant = crate::piece::dominant(seg, &players);
    let keepers = keepers(seg, &players);
    let cue_classes = crate::attach::features::Classes::default();
    for (ci, &s) in all_clauses.iter().enumerate() {
        let next_clause = all_clauses.get(ci + 1);
        // Carried over one sentence naming no one at most ("Salah zag zijn
        // inzet gekeerd door Ortega. De Egyptenaar maakte zijn misser goed.
        // Na een fout van Dias schoot hij raak (78.)"), not from a headline
        // paragraphs before.
        let before_this = previous.filter(|(_, at)| ci <= at + 2).map(|(p, _)| p);
        let last_before = named_last.filter(|(_, at)| ci == at + 1).map(|(p, _)| p);
        let topic_before = topic.filter(|(_, at)| ci <= at + 2).map(|(p, _)| p);
        // "… jusqu'à l'éclair de Lee Kang-in. Le Sud-Coréen a réduit l'écart
        // (85e)": the last one named when all are objects.
        let here = within(&players, s.first, s.end);
        topic = if here.is_empty() {
            topic
        } else {
            crate::described::topic(seg, here, s.first).map(|p| (p, ci))
        };
        // The player fouled ("pour une faute sur Anis Hadj Moussa").
        // Or fouled by a passive ("werd Noa Lang gevloerd door Ramselaar").
        named_last = here
            .last()
            .filter(|p| fouled(seg, p, s.first))
            .or_else(|| here.iter().rev().find(|p| fouled_passive(seg, p)))
            .map(|p| (*p, ci))
            .or(named_last.filter(|_| here.is_empty()));
        previous = here
            .iter()
            .rev()
            .find(|p| p.end <= s.end && role(seg, p, s.first) != Role::Object)
            // "werd Kerim Mrabti gevloerd door Haspolat. De aanvoerder zette
            // de strafschop zelf om": the one fouled, not who fouled.
            .or_else(|| here.iter().rev().find(|p| fouled_passive(seg, p)))
            .or(here.last())
            // "Kane and Musiala started. The striker scored (23')": two
            // players joined by "and" leave "he" or an epithet unresolved.
            .filter(|p| !coordinated(seg, here, p))
            .map(|p| (*p, ci))
            .or(previous.filter(|_| here.is_empty()));
        // A minute belongs to the sentence it starts in: "in der 37." ends
        // a sentence for the splitter when "Minute" follows.
        let in_sentence: Vec<(usize, &Minute)> = minutes
            .iter()
            .enumerate()
            .filter(|(mi, m)| !entries[*mi] && m.first >= s.first && m.first < s.end)
            .collect();
        if in_sentence.is_empty() {
            continue;
        }
        // Does the sentence (or the next one, when the splitter cut it
        // inside a minute, "in der 37. | Minute") tell of scoring at all?
        let told_to = in_sentence
            .iter()
            .map(|(_, m)| m.end)
            .max()
            .unwrap_or(s.end)
            .max(s.end);
        let told_to = if told_to > s.end || in_sentence.iter().any(|(_, m)| m.end + 1 >= s.end) {
            next_clause.map_or(told_to, |n| n.end.max(told_to))
        } else {
            told_to
        };
        let scoring = evidence::tells_scoring(seg, &score_anchors, s.first, told_to);
        // A team's line-up ("COMO (4-2-3-1): Butez 6; … Da Cunha 6 (31' st
        // Sergi Roberto sv)") tells of ratings and changes, not goals.
        if !scoring && evidence::formation_within(seg, s.first, s.end) {
            continue;
        }
        // The sentence's players and their roles, read once.
        let local = within(&players, s.first, s.end);
        let roles: Vec<Role> = local.iter().map(|p| role(seg, p, s.first)).collect();
        let role_of = |p: &EntitySpan| {
            local
                .binary_search_by_key(&p.first, |q| q.first)
                .map_or(Role::Plain, |i| roles[i])
        };
        let players = local;
        let mut last_scorer: Option<(&EntitySpan, usize)> = None;
        let mut last_player: Option<&EntitySpan> = None;
        // Players already given a minute in this sentence: in a list
        // ("27' Retegui (A), 43' Politano (N)") they are not the next scorer.
        let mut scored: Vec<usize> = Vec::new();
        // The end of the last minute that was not a goal: "les expulsions de
        // Pacho (82e) et de Hernandez (90e+2)" continues its list.
        let mut refused: Option<usize> = None;
        // Minutes given in this sentence: "in the 17th minute: … (17.)"
        // tells one goal twice.
        let mut given: Vec<(u32, Option<u32>)> = Vec::new();
        let not_object = |p: &&&EntitySpan| role_of(p) != Role::Object;
        // A list whose items give the minute first ("Reti: pt 12' Lookman;
        // st 10' Retegui, 40' De Ketelaere"): no name before the first
        // minute, one right after it. A name before a minute is then the
        // item's before, not the next one's.
        let minute_first = in_sentence.first().is_some_and(|(_, m)| {
            !players
                .iter()
                .any(|p| p.first >= s.first && p.end <= m.first)
                && players
                    .iter()
                    .any(|p| p.first >= m.end && p.first <= m.end + 2)
        });
        // The item and the end of the last minute written right against
        // its scorer's name.
        let mut against_before: Option<(usize, usize)> = None;
        for (k, &(mi, m)) in in_sentence.iter().enumerate() {
            // The scorer: the player of the minute just before when this one
            // follows it ("(19., 56.)"); a player right before the minute
            // ("Kane (23.)", "Bowen 9"); else the subject among the players
            // since the previous minute (or the sentence start) — told by a
            // relative clause ("Welbeck, who levelled"), else the last one
            // who is not an object (the provider of the pass, the goalkeeper
            // beaten, the player fouled); a player right after the minute
            // ("27' pt Retegui"); else one soon after it ("in de zesde
            // minuut was het raak: Ewa Pajor").
            let since = if k == 0 {
                s.first
            } else {
                in_sentence[k - 1].1.end
            };
            // "(19., 56.)", "à la 58e puis à la 70e minute": the minute
            // joined to the one before by a few small words.
            let named_right_after = players
                .iter()
                .any(|p| p.first >= m.end && p.first <= m.end + 2 && role_of(p) != Role::Object);
            // A player named since the minute before who ends at most `n`
            // tokens before this one.
            let ends_before = |p: &EntitySpan, n: usize| {
                p.first >= since && p.end <= m.first && m.first - p.end <= n
            };
            let listed = last_scorer
                .filter(|(_, end)| {
                    (m.first <= end + 1 && !(minute_first && named_right_after))
                        || (m.first <= end + 4
                            && !named_right_after
                            && (*end..m.first).all(|j| minute_joiner(seg.lower(j))))
                })
                .map(|(p, _)| p);
            // "nach einer halben Stunde in Führung (31.)": a bracketed minute
            // closing the clause of a time told roughly restates it exactly —
            // the same goal, by the same player.
            let restated = || {
                let (_, prev) = in_sentence.get(k.checked_sub(1)?)?;
                let bracketed = seg.token_text(m.first) == "("
                    || (m.first > 0 && seg.token_text(m.first - 1) == "(");
                (bracketed
                    && minute::approximate(seg, prev)
                    && m.first.saturating_sub(prev.end) <= 8
                    && !(prev.end..m.first).any(|j| matches!(seg.token_text(j), "," | ";"))
                    && !players
                        .iter()
                        .any(|p| p.first >= prev.end && p.first < m.first))
                .then_some(last_scorer)
                .flatten()
                .map(|(p, _)| p)
            };
            let listed = listed.or_else(restated);
            let free = |p: &&&EntitySpan| !scored.contains(&p.first);
            // Not over the ";" that ends a list's item, nor in a
            // minute-first list where a name follows ("Lookman; st 10'
            // Retegui, 40' De Ketelaere").
            let right_before = players
                .iter()
                .filter(not_object)
                .find(|p| ends_before(p, 2) && !(p.end..m.first).any(|j| seg.token_text(j) == ";"))
                .filter(|_| !(minute_first && named_right_after))
                .copied();
            // Not over ", ma", ", but", ", e": "Vinícius sfiora il gol, ma al
            // 26' della ripresa arriva il poker", "chiude un triangolo con
            // Pajor, e all'88' Paralluelo firma il poker".
            let contrast = |p: &&&EntitySpan| (p.end..m.first).any(|j| clause_turn(seg, j));
            let before: Vec<&EntitySpan> = players
                .iter()
                .filter(|p| ends_before(p, 40))
                .filter(free)
                .filter(not_object)
                .filter(|p| !contrast(p))
                .copied()
                .collect();
            let before_subject = before
                .iter()
                .rev()
                .find(|p| role_of(p) == Role::Subject)
                .copied();
            let before = before_subject.or(before.last().copied());
            // "Vázquez a repris un ballon repoussé par Epolo (67')": the
            // subject of the finish, not the name next to the minute.
            // But a goal named as a player's right before the minute is
            // theirs ("doppietta di Neres e un gol di Lang all'83'").
            let goal_of_name = |p: &EntitySpan| {
                p.first >= 2
                    && cues::by_preposition(seg.lower(p.first - 1))
                    && cues::goal_by(seg.lower(p.first - 2))
            };
            let right_before = right_before.filter(|p| {
                before_subject.is_none_or(|b| b.first == p.first)
                    || role_of(p) == Role::Subject
                    || goal_of_name(p)
            });
            // "Brennan Johnson a fusillé Courtois à bout portant (67')",
            // "Tabaković … ließ Alexander Schlager in der zwölften Minute keine
            // Chance": a name right after the verb of a player named before
            // it is that verb's object — the goalkeeper or defender beaten.
            let beaten_by = |p: &EntitySpan| {
                (role_of(p) != Role::Subject
                    && !(p.end..m.first)
                        .any(|j| scores_at(seg, j) || cues::scoring_infinitive(seg.lower(j))))
                .then(|| {
                    players.iter().rev().find(|q| {
                        q.end <= p.first
                            && q.first >= since
                            && role_of(q) != Role::Object
                            // "ad Andrea Adorante … ha risposto Shpendi": a
                            // name a preposition governs is no subject.
                            && !(q.first > s.first && governed(seg.lower(q.first - 1)))
                            && verb_between(seg, q.end, p.first)
                    })
                })
                .flatten()
                .copied()
            };
            let right_before = right_before.map(|p| beaten_by(p).unwrap_or(p));
            let before = before.map(|p| beaten_by(p).unwrap_or(p));
            // Only objects before the minute: the nearest is the scorer when
            // no one else is ("I gol sono stati di Kiteishvili (19.)", "un
            // assist a Kevin Carlos (66.)").
            let nearest = || {
                players
                    .iter()
                    .rev()
                    .find(|p| {
                        ends_before(p, 6) && !provider(seg, p, s.first) && !fouled(seg, p, s.first)
                    })
                    // "op Francisco Trincão, en in de 83ste minuut rondde hij …
                    // af": "and" starts another clause.
                    // Nor over a finishing verb that is not theirs ("que había
                    // sustituido a Álvaro Morata, remató en el minuto 86").
                    .filter(|p| {
                        !and_between(seg, p.end, m.first)
                            && !(p.end..m.first).any(|j| cues::finish_verb(seg.lower(j)))
                    })
                    .copied()
            };
            // After the minute, up to the next one: the subject of a
            // finishing verb ("Aos 79', Diomande derrubou Pavlidis e Di María,
            // de penálti, fez o 1–1"), else the player right after it, else
            // the first who is not an object.
            let next_minute = in_sentence.get(k + 1).map_or(s.end, |(_, n)| n.first);
            // A number alone is a minute only in a list next to a name ("Wood
            // 33, 61"; not "In Ligue 1, …").
            let bare = m.end - m.first == 1
                && seg.tokens[m.first].kind == TokenKind::Number
                && m.first > 0
                && minute::word_cased(seg, m.first - 1, char::is_uppercase);
            // "12' pt e 31' st Moise Kean": minutes joined by "and" share
            // the name after the last.
            let joined = in_sentence.get(k + 1).filter(|(_, n)| {
                n.first > m.end
                    && (m.end..n.first).all(|j| {
                        let w = seg.lower(j);
                        w == "," || cues::conjunction(w)
                    })
            });
            let (after_from, after_to) = match joined {
                Some((_, n)) => (
                    n.end,
                    in_sentence.get(k + 2).map_or(s.end, |(_, n2)| n2.first),
                ),
                None => (m.end, next_minute),
            };
            // "O avançado marcou aos 23' e aos 67' e Alexis Vega fez o outro
            // golo (45+1')": a name after "and" that has a minute of its own
            // to come starts the next item.
            let next_differs = in_sentence
                .get(k + 1)
                .is_some_and(|(_, n)| (n.minute, n.stoppage) != (m.minute, m.stoppage));
            let own_item = |p: &&&EntitySpan| {
                next_differs && joined.is_none() && and_between(seg, m.end, p.first)
            };
            let after: Vec<&EntitySpan> = players
                .iter()
                .filter(not_object)
                .filter(|p| {
                    p.first >= after_from && p.first <= after_from + 16 && p.end <= after_to
                })
                .filter(|p| !own_item(p))
                // "pidió el cambio en el minuto 13; en su lugar entró Gatti":
                // a ";" ends the minute's clause, as ", but" does when a
                // minute follows for the name after it ("descontó en el
                // minuto 53 por medio de X, pero Iago Aspas sentenció en el
                // 80").
                .filter(|p| {
                    !(after_from..p.first).any(|j| {
                        seg.token_text(j) == ";"
                            || (k + 1 < in_sentence.len() && contrast_at(seg, j))
                    })
                })
                // "Kalimuendo (30e) pour Rennes ; Abline (88e)": the name of
                // the next minute.
                .filter(|p| {
                    minute_first
                        || in_sentence
                            .get(k + 1)
                            .is_none_or(|(_, n)| !(n.first >= p.end && n.first - p.end <= 1))
                })
                .copied()
                .collect();
            let right_after = after.first().filter(|p| p.first <= after_from + 3).copied();
            // Only objects after the minute: the one whose shot it was
            // ("empató en el minuto 27 con un disparo cruzado de Federico
            // Dimarco", "cross di Tagliafico e piattone di Giuliano Simeone").
            let shot_by = || {
                players
                    .iter()
                    .find(|p| {
                        p.first >= after_from
                            && p.first <= after_from + 16
                            && p.end <= after_to
                            && shooter(seg, p, s.first)
                    })
                    .copied()
            };
            let after_subject = after.iter().find(|p| role_of(p) == Role::Subject).copied();
            let after = after.first().copied();
            let right_before_any = || {
                players
                    .iter()
                    .find(|p| {
                        ends_before(p, 2)
                            && !provider(seg, p, s.first)
                            && !fouled(seg, p, s.first)
                            && !and_between(seg, p.end, m.first)
                    })
                    .copied()
            };
            // "Raíllo derribó a Raúl de Tomás y el propio delantero
            // transformó el penalti al minuto 104": the player named last
            // before "himself", not the agent of a passive ("derrubado por
            // Niakaté e o próprio sueco").
            let itself = || {
                (since..next_minute)
                    .find(|&j| self_at(seg, j))
                    .and_then(|q| {
                        players.iter().rev().find(|p| {
                            p.first >= s.first
                                && p.end <= q
                                && !(p.first > 0 && cues::agent_marker(seg.lower(p.first - 1)))
                        })
                    })
                    .copied()
            };
            // "Zunächst verkürzte er (82.), vier Minuten später traf er
            // erneut (86.)", "e al 60' raddoppia": no one named (a pronoun,
            // or none in Italian, Spanish, Portuguese), the scorer of the
            // minute before.
            let pronoun = last_scorer.map(|(p, _)| p).or_else(|| {
                // The sentence's first minute, no one named in its sentence
                // but objects (the provider, the goalkeeper), a finishing verb
                // in it: the player of the sentence before ("De Zweed
                // benutte in de 58ste minuut een strafschop na een overtreding
                // van Otamendi", "Sechs Minuten nach der Pause vollendete er
                // eine Vorlage von Lamine Yamal").
                let unnamed = k == 0
                    && !bare
                    && players
                        .iter()
                        .all(|p| p.first >= m.first || role_of(p) == Role::Object);
                let finished = (s.first..m.first)
                    .chain(m.end..next_minute)
                    .any(|j| scores_at(seg, j) && !plural_verb(seg.lower(j)));
                // A description or a pronoun as the clause's subject stands
                // for the topic before it whatever the verb, as a name
                // would, when the clause tells of scoring ("Le Sénégalais a
                // récidivé, d'une tête plongeante (28e)").
                let described = || {
                    (crate::described::opens_clause(
                        seg,
                        entities,
                        s.first,
                        m.first.max(s.first + 1),
                    ) || crate::described::after_minute(seg, entities, m.end))
                        && evidence::tells_scoring(seg, &score_anchors, s.first, next_minute)
                };
                let piece_player =
                    || crate::piece::dominant_mention(&players_all[..], dominant, s.first);
                if !unnamed {
                    None
                } else if finished {
                    piece_player().or(before_this)
                } else if described() {
                    piece_player().or(topic_before)
                } else {
                    None
                }
            });
            // "… pour une faute sur Anis Hadj Moussa. L'Algérien a lui-même
            // donné la victoire aux siens à la 81e minute": "himself" with no
            // one named is the last one named before, the player fouled.
            let pronoun = if k == 0
                && players
                    .iter()
                    .all(|p| p.first >= m.first || role_of(p) == Role::Object)
                && (s.first..m.first).any(|j| self_at(seg, j))
            {
                last_before.or(pronoun)
            } else {
                pronoun
            };
            // "Vlahović had a penalty saved (21') but made amends soon after
            // (33')": the player of the minute refused goes on as the
            // subject when no one else is named in between.
            let carried = last_player.filter(|_| {
                k > 0
                    && !players
                        .iter()
                        .any(|p| p.first >= since && p.first < m.first)
                    && (since..m.first).any(|j| cues::finish_verb(seg.lower(j)))
            });
            // "Arsenal went ahead in the 23rd minute. Caldentey slid a pass
            // through for Russo, who lifted the ball over Hampton." Before
            // the player of the sentence before when the next sentence's
            // player finishes it ("O Leão do Pici empatou aos 40 minutos.
            // Breno Lopes foi derrubado e Yago Pikachu bateu o pênalti").
            let next_told = if k == 0 && !bare && players.is_empty() && in_sentence.len() == 1 {
                told_next(seg, players_all, &minutes, &s, m, next_clause)
            } else {
                None
            };
            let Some(p) = listed
                .or(right_before)
                .or(before)
                .or_else(itself)
                // A later item of a minute-first list: its name follows.
                .or(right_after.filter(|_| minute_first && k > 0))
                .or_else(right_before_any)
                .or(after_subject)
                .or(right_after)
                .or(after)
                .or_else(shot_by)
                .or_else(nearest)
                .or(next_told.filter(|n| n.2).map(|n| n.0))
                .or(pronoun)
                .or(carried)
                .or(next_told.map(|n| n.0))
            else {
                continue;
            };
            if let Some((_, t, _)) = next_told.filter(|n| n.0.first == p.first) {
                if !given.contains(&(m.minute, m.stoppage)) {
                    given.push((m.minute, m.stoppage));
                    used_minutes[mi] = true;
                    let mut goal = told(seg, matches, p, (p.first, p.end), t.end);
                    goal.kind = kind_of(seg, t.first, t.end);
                    goal.minute = Some(m.minute);
                    goal.stoppage = m.stoppage;
                    goal.match_index = match_for(matches, seg.tokens[m.first].start as usize);
                    out.push(goal);
                }
                continue;
            }
            // "In the 71st minute Alexis Mac Allister found Enzo Fernández
            // arriving late, and the Chelsea midfielder's shot flew in": the
            // one found, when the finder finishes nothing.
            let p = if p.first >= s.first && role_of(p) == Role::Plain {
                players
                    .iter()
                    .find(|q| {
                        q.first > p.end
                            && q.first <= p.end + 2
                            && q.end <= next_minute
                            && cues::receiver_verb(seg.lower(q.first - 1))
                    })
                    .copied()
                    .unwrap_or(p)
            } else {
                p
            };
            last_player = Some(p);
            last_scorer = Some((p, m.end));
            let (from, to) = if p.first < m.first {
                (p.first, m.end)
            } else {
                (m.first, p.end)
            };
            // The clause: from the previous minute (when the player comes
            // first) or from this one, to the next minute.
            // A player of the sentence before: the words before the minute
            // only ("Il brasiliano si era fermato al 15'").
            let lower = if p.first < s.first {
                m.first.saturating_sub(5).max(s.first)
            } else if p.first < m.first {
                from.saturating_sub(5).max(since)
            } else if k == 0
                && !players.iter().any(|q| q.first < m.first)
                // "A Roja … marcou aos 21', por Zubimendi": words that tell
                // of scoring at the minute are no opening phrase.
                && !(s.first..m.first).any(|j| scores_at(seg, j))
            {
                // "Sent off in the 33rd minute, Bowen left the field": the
                // words that open the sentence before its first minute tell
                // what happened at it.
                m.first.saturating_sub(5).max(s.first)
            } else {
                m.first
            };
            // After the player's minute, the clause ends at a comma ("(90e+6),
            // malgré les expulsions de Pacho (82e)"); after a player who
            // follows the minute it runs on ("Bereits in der achten Minute
            // musste Pedri nach einem harten Einsteigen von Toni Kroos
            // verletzt ausgewechselt werden").
            let upper = if p.first < m.first {
                let end = (to + 6).min(next_minute).max(to);
                // Cut when the words after the comma name another player
                // before the next comma or minute.
                match (to..end).find(|&j| seg.lower(j) == ",") {
                    Some(c) => {
                        let stop = (c + 1..next_minute)
                            .find(|&j| seg.lower(j) == ",")
                            .unwrap_or(next_minute);
                        if players.iter().any(|q| q.first > c && q.first < stop) {
                            c
                        } else {
                            end
                        }
                    }
                    None => end,
                }
            } else {
                (to + 12).min(next_minute).max(to)
            };
            let clause = unnamed_words(seg, players, lower, upper);
            // A minute next to a player is a goal unless the clause says
            // otherwise: a card, a save, a substitution, an injury.
            // The player of a card or a substitution is not the scorer of
            // the sentence's next minute either.
            let continues_refused = refused.is_some_and(|end| {
                p.first > end
                    && (end..p.first).any(|j| {
                        matches!(
                            seg.lower(j),
                            "de" | "of" | "von" | "di" | "van" | "do" | "da" | "du" | "del"
                        )
                    })
                    && (end..p.first).all(|j| {
                        matches!(
                            seg.lower(j),
                            "," | ")"
                                | "et"
                                | "and"
                                | "y"
                                | "e"
                                | "und"
                                | "en"
                                | "de"
                                | "of"
                                | "von"
                                | "di"
                                | "van"
                                | "do"
                                | "da"
                                | "du"
                                | "del"
                        )
                    })
            });
            // VAR after the goal takes it back, unless it is about another
            // player's goal told in between ("(53.), ein vermeintliches 4:2
            // durch Lautaro Martínez nahm der VAR zurück").
            let other = players
                .iter()
                .find(|q| q.first >= to && q.first < next_minute && q.reference != p.reference)
                .map_or(next_minute, |q| q.first);
            // "deux cartons jaunes, à la 33e et à la 75e minute", "een gele
            // kaart in de zesde, de 23ste en de 71ste minuut": a minute
            // joined to a refused one by small words only is refused too.
            let listed_refused = refused.is_some_and(|end| {
                end <= m.first && (end..m.first).all(|j| minute_joiner(seg.lower(j)))
            });
            if continues_refused
                || listed_refused
                || refuses(&clause)
                || carded_line(seg, m.first)
                || substitution::swapped(seg, players, p, m, since.min(p.first), next_minute)
                || substitution::came_on_at(seg, m)
                || substitution::change_in_brackets(seg, players_all, m)
                || (to..other).any(|j| cues::disallowed(seg.lower(j)))
            {
                scored.push(p.first);
                refused = Some(m.end);
                continue;
            }
            refused = None;
            scored.push(p.first);
            if given.contains(&(m.minute, m.stoppage)) {
                continue;
            }
            given.push((m.minute, m.stoppage));
            used_minutes[mi] = true;
            // Who scored it: the rules' pick, or another player (or no one)
            // by the attachment model.
            let site = crate::attach::Site {
                seg,
                players: players_all,
                minutes: &minutes,
                sentence: (s.first, s.end),
                minute: m,
                rule: p,
                classes: &cue_classes,
            };
            // A name written right against its minute ("Beto 12", "Kane
            // (23.)", "Ajorque 55e") is a scorers line's item: the notation
            // names the scorer, no reading of the sentence overrules it.
            // So is a minute joined to such an item's ("Beto 12, 49").
            let against = p.end == m.first
                || (p.end + 1 == m.first && matches!(seg.token_text(p.end), "(" | ","))
                || (listed.is_some_and(|l| l.first == p.first)
                    && against_before.is_some_and(|(f, end)| f == p.first && end + 1 == m.first));
            // The attacher is asked all the same: what it is asked is what
            // it is trained on.
            let asked = attach.scorer(&site);
            // The player beaten on the way to the goal (the goalkeeper
            // "engañó a Roberto Fernández (31')", "crucifier Saipi (86')")
            // is never its scorer, whoever picked them: the rules' pick
            // stands in, else no named player scored it here.
            // A profile's player, taken for an epithet or a dropped
            // subject of a sentence naming no one else as its subject: the
            // piece's subject stands, as the model's antecedent features
            // learnt reports, where the last one named is who "he" is.
            let piece = p.first < s.first
                && crate::piece::dominant_mention(&players_all[..], dominant, s.first)
                    .is_some_and(|q| q.first == p.first);
            let chosen = if (against && !beaten(seg, p, s.first)) || piece {
                Some(p)
            } else {
                asked
            };
            // Nor is the document's goalkeeper, unless into their own net.
            let own_net = (m.first.saturating_sub(12).max(s.first)..(m.end + 16).min(s.end))
                .any(|j| cues::own_net(seg.lower(j)));
            let barred = |q: &EntitySpan| {
                beaten(seg, q, s.first) || (!own_net && keepers.iter().any(|k| *k == q.reference))
            };
            let chosen = match chosen {
                Some(q) if barred(q) => Some(p).filter(|p| p.first != q.first && !barred(p)),
                other => other,
            };
            let Some(p) = chosen else {
                continue;
            };
            against_before = against.then_some((p.first, m.end));
            let at = seg.tokens[m.first].start as usize;
            let mut goal = told(seg, matches, p, (from, to), s.end);
            // Kind from this item only, not the next one of a list ("17' st
            // rig. Calhanoglu (I), 33' st aut. Baschirotto (L)").
            // Nor the item before, closed by a ";" ("Stuani (m.75, de
            // penalti); Mayoral (m.88)").
            let lo = from.saturating_sub(4).max(since);
            let lo = (lo..from)
                .rev()
                .find(|&j| seg.token_text(j) == ";")
                .map_or(lo, |j| j + 1);
            goal.kind = kind_of(seg, lo, (to + 4).min(next_minute));
            goal.minute = Some(m.minute);
            goal.stoppage = m.stoppage;
            // The minute, not the player, places a goal in a round-up.
            goal.match_index = match_for(matches, at);
            out.push(goal);
        }
    }
    // Braces and hat-tricks without minutes, once every minute is known: a
    // player with goals in the same match already (with minutes, or told
    // before) is not counted again.
    for s in seg.sentences.iter().filter(|s| !s.offtopic) {
        let local = within(&players, s.first, s.end);
        for p in local.iter().filter(|p| p.end <= s.end) {
            // The count is this player's, not the next one's, nor a list's
            // ("Vanaken y Tzolis adelantaron dos veces": once each).
            let next_player = local
                .iter()
                .find(|q| q.first >= p.end)
                .map_or(s.end, |q| q.first);
            let to = (p.end + 6).min(s.end).min(next_player);
            let in_list = local
                .iter()
                .any(|q| q.end <= p.first && p.first - q.end <= 2);
            let Some((c, n)) =
                (p.end..to).find_map(|j| goal_count(seg, j, in_list).map(|n| (j, n)))
            else {
                continue;
            };
            if words(seg, p.first.saturating_sub(4).max(s.first), to)
                .iter()
                .any(|w| cues::not_a_goal(w))
            {
                continue;
            }
            let at = seg.tokens[p.first].start as usize;
            let match_index = match_for(matches, at);
            let here_match = sentence_match(seg, matches, at);
            // "Wood double keeps Forest flying" over a report giving both
            // goals their minutes.
            let with_minutes = out
                .iter()
                .filter(|g| {
                    g.scorer == p.reference
                        && g.minute.is_some()
                        && sentence_match(seg, matches, told_at(g)) == here_match
                })
                .count();
            // "Kane completed his hat-trick in the 80th minute": the goal of
            // this sentence's minute is the last of the count, the others
            // are told without a minute unless told already (those with
            // minutes take the place of as many, see
            // `unanchored::drop_retold`).
            let completed = n > 1
                && (p.end..(c + 4).min(s.end)).any(|j| cues::completion(seg.lower(j)))
                && out.iter().any(|g| {
                    g.scorer == p.reference
                        && g.minute.is_some()
                        && g.evidence.0 >= s.start_byte as usize
                        && g.evidence.1 <= s.end_byte as usize
                });
            if with_minutes >= n || (!completed && told_before(seg, &out, p, matches, s)) {
                continue;
            }
            for _ in 0..n {
                out.push(FoundGoal {
                    match_index,
                    scorer: p.reference.clone(),
                    team: None,
                    minute: None,
                    stoppage: None,
                    kind: GoalKind::Regular,
                    evidence: (at, seg.tokens[p.end - 1].end as usize),
                });
            }
        }
    }
    crate::piece::counted(
        seg, entities, &players, matches, dominant, &minutes, &mut out,
    );
    unanchored::find(seg, &players, matches, &mut out);
    crate::earlier::find(seg, entities, &players, matches, &mut out);
    crate::earlier::retold_by_pronoun(seg, entities, &players, matches, &mut out);
    full_names(&players, &mut out);
    drop_approximations_told_exactly(seg, &minutes, &mut out);
    one_record_per_goal(out)
}

/// An exact minute `a` and its approximation `b`: within five minutes, or
/// thirty on (the end counted back from was that of extra time).
fn told_alike(a: u32, b: u32) -> bool {
    a.abs_diff(b) <= 5 || a.saturating_sub(b).abs_diff(30) <= 5
}

/// "Nach einer halben Stunde glich YB durch Monteiro aus (31.)", "zwei
/// Minuten vor Schluss … (118.)": a minute told in words approximates the
/// figure told of the same scorer in the same sentence (the same goal, see
/// [`told_alike`]); the figure stays.
fn drop_approximations_told_exactly(
    seg: &Segmented<'_>,
    minutes: &[minute::Minute],
    goals: &mut Vec<FoundGoal>,
) {
    let sentence_of = |byte: usize| {
        seg.sentences
            .partition_point(|s| (s.end_byte as usize) <= byte)
    };
    let approximate = |g: &FoundGoal| {
        minutes.iter().any(|m| {
            let at = seg.tokens[m.first].start as usize;
            Some(m.minute) == g.minute
                && at >= g.evidence.0
                && at < g.evidence.1
                && minute::approximate(seg, m)
        })
    };
    let flags: Vec<bool> = goals.iter().map(approximate).collect();
    let mut k = 0;
    let snapshot: Vec<(String, Option<u32>, usize)> = goals
        .iter()
        .map(|g| (g.scorer.clone(), g.minute, sentence_of(g.evidence.0)))
        .collect();
    goals.retain(|_| {
        let i = k;
        k += 1;
        let (scorer, minute, sentence) = &snapshot[i];
        !(flags[i]
            && minute.is_some()
            && snapshot.iter().enumerate().any(|(j, (s, m, sn))| {
                j != i
                    && !flags[j]
                    && s == scorer
                    && sn == sentence
                    && m.zip(*minute).is_some_and(|(a, b)| told_alike(a, b))
            }))
    });
}

/// Has `p` been given goals already, so that this telling adds none? A
/// second telling of a player's goals (headline and report, report and goal
/// list) adds nothing; but a sentence that states the score of another
/// match tells of that match ("Kane traf beim 9:2 gegen Zagreb viermal").
pub(crate) fn told_before(
    seg: &Segmented<'_>,
    out: &[FoundGoal],
    p: &EntitySpan,
    matches: &[FoundMatch],
    s: &Sentence,
) -> bool {
    let mut here: Vec<usize> = matches
        .iter()
        .enumerate()
        .filter(|(_, m)| {
            m.anchors
                .iter()
                .any(|&a| a >= s.start_byte as usize && a < s.end_byte as usize)
        })
        .map(|(i, _)| i)
        .collect();
    // A sentence naming no score tells of the match told of last before
    // it: a season's story told match by match ("5-0 hiding. Shaw had a
    // hat-trick") gives a player goals in each, a report's retelling of its
    // one match gives none.
    if here.is_empty() {
        here.extend(match_for(matches, s.start_byte as usize));
    }
    // Another meeting of the same sides is told by another score ("the
    // first leg ended 1-1" beside today's 2-0); a score not known is no
    // evidence of another meeting.
    let same = |i: usize| {
        here.iter().any(|&h| {
            h == i
                || (same_teams(&matches[h], &matches[i])
                    && !differ_aligned(&matches[h], &matches[i]))
        })
    };
    // A goal told in this very sentence is of the meeting it tells, not
    // of the one its position placed it in before linking ("Ayew struck
    // twice … as Leicester eased past Sheffield Wednesday 3-0" after
    // another match's score).
    let (start, end) = (s.start_byte as usize, s.end_byte as usize);
    out.iter().filter(|g| g.scorer == p.reference).any(|g| {
        here.is_empty()
            || g.match_index
                .is_none_or(|_| sentence_match(seg, matches, told_at(g)).is_none_or(same))
            || (told_at(g) >= start && told_at(g) < end)
    })
}

/// Where a goal is told, for placing it in a match: the end of its
/// evidence, which is its minute's sentence when its scorer was named in
/// a sentence before.
pub(crate) fn told_at(g: &FoundGoal) -> usize {
    g.evidence.1.saturating_sub(1).max(g.evidence.0)
}

/// The match a goal told at byte `at` is of before linking: the one whose
/// score its sentence tells, nearest to it ("she struck in the 6th, 41st
/// and 77th minutes of a 5-0 rout"), else the one told of last before it
/// ([`match_for`]).
pub(crate) fn sentence_match(
    seg: &Segmented<'_>,
    matches: &[FoundMatch],
    at: usize,
) -> Option<usize> {
    let here = seg.sentence_index_at_byte(at).map(|k| &seg.sentences[k]);
    here.and_then(|s| {
        let (start, end) = (s.start_byte as usize, s.end_byte as usize);
        matches
            .iter()
            .enumerate()
            .flat_map(|(i, m)| m.anchors.iter().map(move |&a| (i, a)))
            .filter(|&(_, a)| a >= start && a < end)
            .min_by_key(|&(_, a)| a.abs_diff(at))
            .map(|(i, _)| i)
    })
    .or_else(|| match_for(matches, at))
}

/// Do two matches of the same sides have different scores, read in the
/// order of `a`'s teams?
fn differ_aligned(a: &FoundMatch, b: &FoundMatch) -> bool {
    match (a.score, b.score) {
        (Some(x), Some([p, q])) => {
            let y = if a.teams[0] == b.teams[1] && a.teams[1] == b.teams[0] {
                [q, p]
            } else {
                [p, q]
            };
            x != y
        }
        _ => false,
    }
}

fn same_teams(a: &FoundMatch, b: &FoundMatch) -> bool {
    (a.teams[0] == b.teams[0] && a.teams[1] == b.teams[1])
        || (a.teams[0] == b.teams[1] && a.teams[1] == b.teams[0])
}

/// How many goals the words at `j` count for the player before them:
/// "brace", "hat-trick", "doppelt", "twice"; "three times", "drei Mal",
/// "viermal", "tres veces".
fn goal_count(seg: &Segmented<'_>, j: usize, in_list: bool) -> Option<usize> {
    let w = seg.lower(j);
    // "brace", "hat-trick" (three tokens), "il bis" (German "bis zum
    // 30.6." is "until").
    if let Some((n, _)) = unanchored::multi_goal_at(seg, j) {
        return Some(n);
    }
    // After its player, "doelpunten" are his two ("Brobbey maakte beide
    // doelpunten"); a noun's list ("doelpunten van X en Y") is unanchored's.
    if w == "doelpunten" {
        return Some(2);
    }
    if w == "bis" {
        return None;
    }
    if in_list {
        return None;
    }
    if let Some(n) = cues::number_word(w) {
        return cues::times(seg.lower(j + 1)).then_some(n);
    }
    match w {
        "zweimal" | "tweemaal" => Some(2),
        "dreimal" | "driemaal" => Some(3),
        "viermal" | "viermaal" => Some(4),
        _ => None,
    }
}

/// A scorer named by a first name or a short form of it ("Leroy", "Vini")
/// where the text names one player in full whose first name it is ("Leroy
/// Sané", "Vinícius Júnior"): the full name, as a surname is matched. Not
/// when two players share it ("Luis Suárez", "Luis Díaz"), nor when the
/// recogniser tied the short name to a club the full name is not tied to
/// ("Pedro" of Flamengo, "Pedro Porro").
fn full_names(players: &[&EntitySpan], goals: &mut [FoundGoal]) {
    for g in goals.iter_mut() {
        if g.scorer.contains(' ') {
            continue;
        }
        let short = &g.scorer;
        let mine = players
            .iter()
            .find(|p| p.reference == *short)
            .and_then(|p| p.affiliation.as_deref());
        let fuller = |exact: bool| {
            let mut found: Option<&str> = None;
            for p in players {
                let Some((first, _)) = p.reference.split_once(' ') else {
                    continue;
                };
                let fits = if exact {
                    first == short
                } else {
                    short.chars().count() >= 4 && first != short && folded_prefix(short, first)
                };
                // Before the club is looked up among all players: a pass
                // over them per player made this cubic in a long document.
                if !fits {
                    continue;
                }
                // A short name tied to a club by the recogniser is a player
                // of its own unless the full name is tied to that club too.
                let theirs = players
                    .iter()
                    .filter(|q| q.reference == p.reference)
                    .find_map(|q| q.affiliation.as_deref());
                let same_club = match (mine, theirs) {
                    (Some(a), Some(b)) => a == b,
                    (Some(_), None) => false,
                    _ => true,
                };
                if !same_club {
                    continue;
                }
                match found {
                    Some(f) if f != p.reference => return None,
                    _ => found = Some(&p.reference),
                }
            }
            found.map(str::to_owned)
        };
        if let Some(full) = fuller(true).or_else(|| fuller(false)) {
            g.scorer = full;
        }
    }
}

/// Is `short` the start of `name`, accents aside ("Vini" of "Vinícius")?
fn folded_prefix(short: &str, name: &str) -> bool {
    let base = |c: char| match c.to_lowercase().next().unwrap_or(c) {
        'á' | 'à' | 'â' | 'ã' | 'ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'õ' | 'ö' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        l => l,
    };
    let mut name = name.chars();
    short
        .chars()
        .all(|s| name.next().is_some_and(|n| base(n) == base(s)))
}

/// The same goal told twice (report and goal list, "Julián Álvarez … in the
/// 18th minute" and "Scorers: Álvarez 18"): one record, under the fullest
/// name. Two players of one surname do not score in the same minute.
fn one_record_per_goal(goals: Vec<FoundGoal>) -> Vec<FoundGoal> {
    let surname = |g: &FoundGoal| g.scorer.rsplit(' ').next().unwrap_or_default().to_owned();
    let mut kept: Vec<FoundGoal> = Vec::with_capacity(goals.len());
    let mut at: std::collections::HashMap<(String, u32, Option<u32>), usize> =
        std::collections::HashMap::new();
    for g in goals {
        let Some(minute) = g.minute else {
            kept.push(g);
            continue;
        };
        match at.entry((surname(&g), minute, g.stoppage)) {
            std::collections::hash_map::Entry::Occupied(e) => {
                let k = &mut kept[*e.get()];
                if g.scorer.chars().count() > k.scorer.chars().count() {
                    k.scorer = g.scorer;
                }
            }
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(kept.len());
                kept.push(g);
            }
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meeting(score: [u32; 2], teams: [&str; 2], at: usize) -> FoundMatch {
        FoundMatch {
            teams: teams.map(str::to_owned),
            score: Some(score),
            penalties: None,
            competition: None,
            venue: None,
            evidence: (at, at + 3),
            anchors: vec![at],
        }
    }

    /// Brobbey's goal in today's 2-0, then a sentence with a score of the
    /// same sides: another meeting when the scores differ, the same one
    /// told again (either way round) when they agree.
    #[test]
    fn told_before_tells_meetings_of_the_same_sides_apart_by_score() {
        let text = "Ajax 2-0 Feyenoord. Feyenoord 1-3 Ajax, Brobbey twice.";
        let seg = Segmented::new(text);
        let second = seg.sentences[1];
        let p = EntitySpan {
            first: 0,
            end: 1,
            label: Label::Player,
            reference: "Brobbey".to_owned(),
            entry: None,
            affiliation: None,
        };
        let goal = FoundGoal {
            match_index: Some(0),
            scorer: "Brobbey".to_owned(),
            team: None,
            minute: Some(20),
            stoppage: None,
            kind: GoalKind::Regular,
            evidence: (0, 4),
        };
        let at = text.find("1-3").unwrap_or_default();
        let other = [
            meeting([2, 0], ["Ajax", "Feyenoord"], 5),
            meeting([1, 3], ["Feyenoord", "Ajax"], at),
        ];
        assert!(!told_before(
            &seg,
            std::slice::from_ref(&goal),
            &p,
            &other,
            &second
        ));
        let again = [
            meeting([2, 0], ["Ajax", "Feyenoord"], 5),
            meeting([0, 2], ["Feyenoord", "Ajax"], at),
        ];
        assert!(told_before(
            &seg,
            std::slice::from_ref(&goal),
            &p,
            &again,
            &second
        ));
    }
}
