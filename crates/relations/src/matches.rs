//! From result and shoot-out scores to matches: the two teams (CLUB entities
//! in the clause of the score, in its sentence or the ones before), the
//! alignment of the score with them (win/loss wording decides over word
//! order), shoot-outs attached to their match, steps of one match folded
//! into its result (`consolidate`).

use crate::consolidate::{self, flip, same_pair, Candidate};
use crate::cues;
use crate::score::{Score, ScoreKind};
use crate::{EntitySpan, FoundMatch};
use scoreline_core::Label;
use scoreline_text::Segmented;

fn clubs_in(entities: &[EntitySpan], from: usize, to: usize) -> Vec<&EntitySpan> {
    entities
        .iter()
        .filter(|e| e.label == Label::Club && e.first >= from && e.end <= to)
        .collect()
}

/// Is the club a possessive modifier ("Ajax's lead"), not a side of the
/// score?
fn possessive(seg: &Segmented<'_>, c: &EntitySpan) -> bool {
    matches!(
        seg.tokens.get(c.end).map(|_| seg.lower(c.end)),
        Some("'s" | "’s" | "'" | "’")
    )
}

/// The last two distinct club refs of `clubs`, in text order.
fn last_two<'e>(
    seg: &Segmented<'_>,
    clubs: &[&'e EntitySpan],
) -> Option<(&'e EntitySpan, &'e EntitySpan)> {
    let b = *clubs.last()?;
    // A club ending right where the next begins is a fragment of one name
    // ("1." + "FC Magdeburg"), not a side.
    let a = clubs.iter().rev().find(|c| {
        c.reference != b.reference && !possessive(seg, c) && !clubs.iter().any(|n| n.first == c.end)
    })?;
    Some((a, b))
}

/// How many tokens before its participle a passive auxiliary may stand
/// ("wurde Leipzig mit 3:1 besiegt").
const PASSIVE_REACH: usize = 7;

/// The first win or loss word in tokens `from..to`: its token, whether it
/// tells a win of its subject, and whether it is a passive participle
/// ("werd verslagen"). A loss word anywhere outranks a win word ("the 2-1
/// defeat after winning the first leg").
fn cue_at(seg: &Segmented<'_>, from: usize, to: usize) -> Option<(usize, bool, bool)> {
    let told = |i: usize| {
        let w = seg.lower(i);
        if negated(seg, from, i) {
            None
        } else if cues::loss_noun_or_win_verb(w) && after_name(seg, i) {
            Some((true, false))
        } else if cues::win_participle(w) {
            // "have beaten" is a win; "were beaten", "Battu 3-0, le Real"
            // a defeat of the subject.
            // "has been beaten", "a été battu" stay passive: the
            // participle of "be" between makes the perfect one of the passive.
            let back = i.saturating_sub(4).max(from)..i;
            let perfect = back.clone().any(|j| cues::have_auxiliary(seg.lower(j)))
                && !back.into_iter().any(|j| cues::been(seg.lower(j)));
            Some((perfect, !perfect))
        } else if cues::loss(w) || (cues::suffered(w) && right_after_number(seg, i)) {
            Some((false, false))
        } else if cues::win(w)
            && (i.saturating_sub(PASSIVE_REACH).max(from)..i)
                .any(|j| cues::becoming_passive(seg.lower(j)))
            && !(i.saturating_sub(PASSIVE_REACH).max(from)..i)
                .any(|j| cues::have_auxiliary(seg.lower(j)))
        {
            // "wurde Leipzig mit 3:1 besiegt": a present form that is also
            // the participle, after a passive auxiliary, is a defeat.
            Some((false, true))
        } else if cues::win(w) {
            Some((true, false))
        } else {
            None
        }
    };
    let found = |from: usize, won: bool| {
        (from..to).find_map(|i| {
            told(i)
                .filter(|(w, _)| *w == won)
                .map(|(w, passive)| (i, w, passive))
        })
    };
    // The wording after the last comma is the clause of the score ("have
    // lost once in five, beating Villa 2-0"): it outranks a word of a
    // clause before it.
    // Only a comma before the score counts: a clause after it ("1:0, ein
    // Sieg, der …") is a comment on the result.
    let before_score = (from..to)
        .find(|&i| seg.tokens[i].kind == scoreline_text::TokenKind::Number)
        .unwrap_or(to);
    let nearest = (from..before_score)
        .rev()
        .find(|&i| seg.token_text(i) == ",")
        .and_then(|c| found(c + 1, false).or_else(|| found(c + 1, true)));
    nearest.or_else(|| found(from, false).or_else(|| found(from, true)))
}

/// Is the word at `i` negated ("sem perder", "without losing", "ohne zu
/// verlieren", "n'a pas perdu", "non ha vinto"): a win or loss that did not
/// happen tells nothing of which side scored more. One word (an auxiliary,
/// "zu", "te") may stand between the negation and the word.
fn negated(seg: &Segmented<'_>, from: usize, i: usize) -> bool {
    let no = |j: usize| {
        let w = seg.lower(j);
        cues::negation(w) || cues::without(w)
    };
    let word = |j: usize| seg.token_text(j).chars().all(char::is_alphabetic);
    (i > from && no(i - 1)) || (i > from + 1 && word(i - 1) && no(i - 2))
}

/// Does token `i` follow a number right away: "o 1 a 0 sofrido", not "un
/// sufrido 1-0"?
fn right_after_number(seg: &Segmented<'_>, i: usize) -> bool {
    i > 0 && seg.tokens[i - 1].kind == scoreline_text::TokenKind::Number
}

/// Does a name stand right before token `i` (a capitalised word that is no
/// article): "La Roja derrota", not "Dura derrota" opening a sentence?
fn after_name(seg: &Segmented<'_>, i: usize) -> bool {
    i > 0
        && !cues::article(seg.lower(i - 1))
        && seg
            .token_text(i - 1)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        && seg.sentences[seg.sentences.partition_point(|s| s.end < i)].first < i - 1
}

/// Which way round the score goes for teams (A, B) named in that order:
/// `Some(true)` when A won by the wording between A and the score.
fn first_team_won(seg: &Segmented<'_>, from: usize, to: usize) -> Option<bool> {
    cue_at(seg, from, to).map(|(_, won, _)| won)
}

fn aligned(a: u32, b: u32, first_won: Option<bool>) -> [u32; 2] {
    match first_won {
        Some(true) => [a.max(b), a.min(b)],
        Some(false) => [a.min(b), a.max(b)],
        None => [a, b],
    }
}

/// A club mention that counts towards which club the document is about:
/// a people-of-a-place noun standing for a side is not one.
fn club_mention(e: &EntitySpan) -> bool {
    e.label == Label::Club && !crate::demonyms::told(e) && !crate::home_city::told(e)
}

/// The most mentioned club of the document other than `not`.
fn main_other<'e>(entities: &'e [EntitySpan], not: &str) -> Option<&'e EntitySpan> {
    main_other_counted(entities, not).map(|(_, c)| c)
}

/// `main_other` with how often it is named.
fn main_other_counted<'e>(
    entities: &'e [EntitySpan],
    not: &str,
) -> Option<(usize, &'e EntitySpan)> {
    let mut counts: rustc_hash::FxHashMap<&str, (usize, &EntitySpan)> = Default::default();
    for e in entities
        .iter()
        .filter(|e| club_mention(e) && e.reference != not)
    {
        counts.entry(e.reference.as_str()).or_insert((0, e)).0 += 1;
    }
    // The most mentioned; of equals, the one named first.
    counts
        .into_values()
        .max_by_key(|(n, c)| (*n, std::cmp::Reverse(c.first)))
}

/// Is club `c` named in passing: once in the document, which names
/// another club (not `one`) at least three times? The implicit side of a
/// result is the club the document is about, not one named once on the
/// way ("arrivato in prestito dal Napoli", "the Ireland international").
fn passing(entities: &[EntitySpan], c: &EntitySpan, one: &str) -> bool {
    let mentions = entities.iter().filter(|e| club_mention(e));
    let clubs = mentions.clone().count();
    mentions.filter(|e| e.reference == c.reference).count() == 1
        && main_other_counted(entities, one).is_some_and(|(n, m)| {
            m.reference != c.reference && n >= PASSING_MAIN && n * PASSING_SHARE >= clubs
        })
}

/// The club the document is about is named at least once in this many
/// club mentions: a round-up of many clubs is about none of them.
const PASSING_SHARE: usize = 4;

/// How often the club the document is about is named, at least, for a
/// club named once to be one in passing.
const PASSING_MAIN: usize = 3;

/// The two clubs the document names most, the most named first.
fn main_pair(entities: &[EntitySpan]) -> Option<[&EntitySpan; 2]> {
    let first = main_other(entities, "")?;
    let second = main_other(entities, &first.reference)?;
    Some([first, second])
}

/// The word before the club starting at token `first`, articles skipped.
/// A score told between a verb and its object ("battono 2-0 il Napoli",
/// "venceu por 2-1 o Sporting") is skipped too.
fn word_before<'s>(seg: &'s Segmented<'_>, first: usize) -> Option<&'s str> {
    let number = |i: usize| seg.tokens[i].kind == scoreline_text::TokenKind::Number;
    let mut j = first;
    while j > 0 && cues::article(seg.lower(j - 1)) {
        j -= 1;
    }
    if j >= 3 && number(j - 1) && number(j - 3) {
        j -= 3;
        if j > 0
            && matches!(
                seg.lower(j - 1),
                "por" | "per" | "by" | "mit" | "met" | "com"
            )
        {
            j -= 1;
        }
    }
    (j > 0).then(|| seg.lower(j - 1))
}

/// Is the club starting at token `first` introduced as an opponent or
/// host ("against the Dons", "contro l'Ecuador", "beim VfL Wolfsburg"), as
/// the object of a win ("travolge il Brasile", "besiegte den FC X", "venció
/// 1-0 al Uruguay"), or as the side a score was won from ("met 3-2 van
/// Trinidad")?
fn is_opponent(seg: &Segmented<'_>, first: usize) -> bool {
    let object_article = first > 0 && cues::object_article(seg.lower(first - 1));
    let from_after_score = first >= 2
        && seg.lower(first - 1) == "van"
        && seg.tokens[first - 2].kind == scoreline_text::TokenKind::Number;
    // "pasó por encima del Peñarol", "ai danni del Milan", "aux dépens de
    // Lyon": the side something was won at the expense of.
    let mut j = first;
    while j > 0 && cues::article(seg.lower(j - 1)) {
        j -= 1;
    }
    let at_expense =
        j >= 2 && cues::genitive(seg.lower(j - 1)) && cues::at_expense(seg.lower(j - 2));
    // One title word between a verb of winning and the club: "swept
    // holders Columbus Crew", "besiegte den Rekordsieger Olympique Lyon".
    let titled = j >= 2 && seg.token_text(j - 1).chars().all(char::is_alphabetic) && {
        let mut k = j - 1;
        while k > 0 && cues::article(seg.lower(k - 1)) {
            k -= 1;
        }
        k > 0 && cues::transitive_win(seg.lower(k - 1))
    };
    object_article
        || from_after_score
        || at_expense
        || titled
        || word_before(seg, first).is_some_and(|w| {
            cues::opponent_marker(w) || cues::transitive_win(w) || cues::win_participle(w)
        })
}

/// Is the club called the opponent next to its name ("was Real Madrid de
/// tegenstander", "the opponent, Real Madrid", "el rival será el Real
/// Madrid")? Only articles and a copula may stand between.
fn called_opponent(seg: &Segmented<'_>, c: &EntitySpan, (lo, hi): (usize, usize)) -> bool {
    let near = |i: usize| cues::article(seg.lower(i)) || cues::copula(seg.lower(i));
    let after = (c.end..hi.min(c.end + 4))
        .take_while(|&i| !cues::opponent_noun(seg.lower(i)))
        .all(near)
        && (c.end..hi.min(c.end + 4)).any(|i| cues::opponent_noun(seg.lower(i)));
    let before = (lo.max(c.first.saturating_sub(4))..c.first)
        .rev()
        .take_while(|&i| !cues::opponent_noun(seg.lower(i)))
        .all(|i| near(i) || seg.token_text(i) == ",")
        && (lo.max(c.first.saturating_sub(4))..c.first).any(|i| cues::opponent_noun(seg.lower(i)));
    after || before
}

/// Was the club starting at token `first` named as the opponent in a
/// sentence that tells a score ("perdió 4:0 contra el FC Barcelona"), not
/// only as where something happens ("Beim Mengão herrscht Zuversicht")?
fn told_opponent(seg: &Segmented<'_>, scored: &[bool], first: usize) -> bool {
    let sentence = seg.sentences.partition_point(|s| s.end <= first);
    scored.get(sentence).copied().unwrap_or(false) && is_opponent(seg, first)
}

/// Can club `c` be the subject the text goes on from: neither named as
/// the side met ("joue gros dimanche contre Servette"), placed in a table
/// against another ("drei Zähler vor Servette") nor where a player came
/// from ("arrivato in prestito dal Napoli")?
/// Only a word that tells a meeting counts in a sentence with no score:
/// "bei Inter", "chez les Verts" tell a place as often ("Noch
/// dramatischer ging es bei Inter zu").
fn in_subject_place(seg: &Segmented<'_>, c: &EntitySpan) -> bool {
    !word_before(seg, c.first)
        .is_some_and(|w| cues::against(w) || cues::standing_preposition(w) || cues::origin_word(w))
}

/// Is the club starting at token `first` the one a score is told for
/// ("3:1 für die Roten Bullen", "2-1 pour le PSG")?
fn is_beneficiary(seg: &Segmented<'_>, first: usize) -> bool {
    word_before(seg, first).is_some_and(cues::for_marker)
}

/// Does the wording at `cue` name the club at `first` as its own subject
/// ("la vittoria del Napoli", "triunfo das Águias"): only genitive words
/// and articles between them?
fn cue_of(seg: &Segmented<'_>, cue: usize, first: usize) -> bool {
    cue < first
        && (cue + 1..first).any(|i| cues::genitive(seg.lower(i)))
        && (cue + 1..first).all(|i| cues::genitive(seg.lower(i)) || cues::article(seg.lower(i)))
}

/// Are two clubs named as a pairing ("A – B", "A v B", "A und B"), not
/// listed apart ("A, B")?
fn paired(seg: &Segmented<'_>, a: &EntitySpan, b: &EntitySpan) -> bool {
    b.first == a.end
        || (b.first == a.end + 1
            && !matches!(
                seg.lower(a.end),
                "," | ";" | ":" | "." | "(" | ")" | "!" | "?"
            ))
}

/// Is the score inside quoted speech that names no club ("Con el 1-1
/// habría sido otro partido", „Bei einem 4:2 darf man …“)? A coach's
/// what-if is not a result.
fn quoted_without_club(seg: &Segmented<'_>, entities: &[EntitySpan], s: &Score) -> bool {
    let sent = seg.sentences[s.sentence];
    let mut open: Option<usize> = None;
    for i in sent.first..s.first {
        match seg.token_text(i) {
            "\"" => open = if open.is_some() { None } else { Some(i) },
            "“" | "«" | "„" | "‹" => open = Some(i),
            "”" | "»" | "›" => open = None,
            _ => {}
        }
    }
    let Some(from) = open else {
        return false;
    };
    let to = (s.end..sent.end)
        .find(|&i| matches!(seg.token_text(i), "\"" | "”" | "»" | "“" | "›"))
        .unwrap_or(sent.end);
    clubs_in(entities, from, to).is_empty()
}

/// How many tokens after a score its second team may be named.
const NEAR_AFTER: usize = 8;

/// Two teams for a score and the wording that aligns it.
struct Teams {
    pair: [String; 2],
    first_won: Option<bool>,
    /// Both teams named in the clause of the score.
    near: bool,
    /// The team the wording of the clause is about (0 or 1): the second
    /// when the one club named is the opponent of an implicit subject.
    subject: usize,
    /// With both named, the team named as the side the other played.
    object: Option<usize>,
    /// The second team is only the document's other main club.
    guessed: bool,
    /// Another meeting of a pairing already told ("3-1 at home and 2-0
    /// away"): never a step of that one.
    another: bool,
    /// The team (0 or 1) not named in the clause but taken from the
    /// sentences before or the document's main clubs.
    inferred: Option<usize>,
}

impl Teams {
    /// A pairing and who won, with nothing else known: not both named in
    /// the clause, the first the subject, no object, not guessed, not
    /// another meeting.
    fn told(pair: [String; 2], first_won: Option<bool>) -> Self {
        Teams {
            pair,
            first_won,
            near: false,
            subject: 0,
            object: None,
            guessed: false,
            another: false,
            inferred: None,
        }
    }
}

/// Teams for the score `s`, whose clause is tokens `lo..hi`.
fn teams_for(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    scored: &[bool],
    known: &[(&FoundMatch, Option<usize>)],
    s: &Score,
    (lo, hi): (usize, usize),
) -> Option<Teams> {
    let sent = seg.sentences[s.sentence];
    // A club a player came from or once played for ("Osimhen, who joined
    // on loan from Napoli, scored in the 2-0 win against Antalyaspor") is
    // no side of the result told of him; one a relative clause with the
    // result is about is ("a point from Club América, who beat Cruz Azul
    // 2-0").
    let relative_head = |c: &EntitySpan| {
        c.end + 1 < sent.end
            && seg.token_text(c.end) == ","
            && cues::relative_pronoun(seg.lower(c.end + 1))
    };
    let before: Vec<&EntitySpan> = clubs_in(entities, lo, s.first)
        .into_iter()
        .filter(|c| relative_head(c) || !word_before(seg, c.first).is_some_and(cues::origin_word))
        .collect();
    // A clause opened by "before" or "while" after the score is another
    // event ("edged a quarter-final 4-3 in December, before United
    // suffered a 1-0 defeat"): its clubs are not this score's.
    // So is a clause joined by a comma and "and" when another score
    // follows ("winning 4-3 on penalties after a 1-1 draw, and then beat
    // Orlando City 1-0"), not an aside on the same match ("1-1 al Tre
    // Fontane, e anche in quella occasione … per la Juve").
    let cut = (s.end..hi)
        .find(|&i| {
            cues::subordinator(seg.lower(i))
                || (hi < sent.end
                    && seg.token_text(i) == ","
                    && i + 1 < hi
                    && cues::conjunction(seg.lower(i + 1)))
        })
        .unwrap_or(hi);
    let after = clubs_in(entities, s.end, cut);
    let teams = |a: &EntitySpan, b: &EntitySpan, first_won: Option<bool>| Teams {
        near: true,
        object: Some(1),
        ..Teams::told([a.reference.clone(), b.reference.clone()], first_won)
    };
    // "A beat B 3-1", "A – B 2:1": two clubs before the score.
    if let Some((a, b)) = last_two(seg, &before) {
        // "Na de 2-1 nederlaag tegen PEC Zwolle won Heracles nu met 3-0 van
        // RKC", "after last week's defeat at Everton by beating Brighton
        // 4-1": a club that was the opponent in an earlier result of the
        // sentence is not a side of this one; that result's subject is
        // (unless it is named here already, and a club follows the score).
        let clause_start = seg.tokens[lo].start as usize;
        let earlier_subject = known.iter().rev().find_map(|(m, object)| {
            let o = (*object)?;
            (m.evidence.0 >= sent.start_byte as usize
                && m.evidence.1 <= clause_start
                && m.teams[o] == a.reference
                && m.teams[1 - o] != a.reference)
                .then_some(&m.teams[1 - o])
        });
        if let Some(subject) = earlier_subject {
            let won = first_team_won(seg, a.end, s.first);
            if *subject != b.reference {
                return Some(Teams {
                    pair: [subject.clone(), b.reference.clone()],
                    near: false,
                    ..teams(a, b, won)
                });
            }
            if let Some(c) = after
                .iter()
                .find(|c| c.reference != b.reference && c.reference != a.reference)
                .filter(|c| c.first <= s.end + NEAR_AFTER)
            {
                return Some(teams(b, c, first_team_won(seg, a.end, c.first)));
            }
        }
        // "A beat B 3-1": wording after A is about A; "A and B drew 1:1, B won
        // 4:3 on penalties": wording after B is about B.
        // "el Nápoles se llevó un baño: victoria visitante del Atalanta":
        // a result noun whose genitive is B is B's.
        // A club introduced as the opponent ("Bei Aston Villa unterlag die
        // Mannschaft von Kompany", "remontó ante Estados Unidos … y se
        // impuso") is not the subject of the wording next to it: the other
        // club is.
        // "with" can also join a player to his club ("Com o Fulham jogou
        // ele … e venceu o Arsenal"): it does not count here.
        let against = |c: &EntitySpan| {
            is_opponent(seg, c.first) && !word_before(seg, c.first).is_some_and(cues::with)
        };
        let a_opponent = against(a) && !against(b);
        let b_opponent = against(b) && !against(a);
        // "l'Arsenal, che ha ribaltato il Lione dopo l'1-2 dell'andata":
        // a score told after "after" is an earlier event; the verb before
        // it is not its wording (a cue inside the phrase is: "after losing
        // 2-0").
        let told_after = (b.end..s.first).rev().find(|&i| {
            cues::after(seg.lower(i))
                // right before the score but for an article ("dopo l'1-2",
                // "after the 1-1"; not Portuguese "na Pedreira por 2-4")
                && ((i + 1..s.first).all(|j| {
                    let w = seg.lower(j);
                    cues::article(w) || w == "l" || matches!(w, "'" | "’")
                })
                    || cue_at(seg, i + 1, s.first).is_some())
        });
        let cue = match cue_at(seg, a.end, b.first) {
            _ if told_after.is_some() => None,
            Some((at, won, _)) if cue_of(seg, at, b.first) || a_opponent => Some(!won),
            found => found.map(|(_, won, _)| won),
        }
        .or_else(|| {
            let (at, won, _) = cue_at(seg, b.end, s.first)?;
            // "A host B after losing the first leg 2-0", "tras perder la
            // ida (1-0)", "depois da derrota por 1-5": a clause opened by
            // "after" has no subject of its own; it is the sentence's, A.
            // So has a clause set off by a comma with no relative pronoun
            // ("brushed aside Bodø/Glimt in the semi-final, winning 3-1").
            let comma = (b.end..at).find(|&i| seg.token_text(i) == ",");
            let participial = comma.is_some_and(|c| !cues::relative_pronoun(seg.lower(c + 1)));
            if participial || (b.end..at).any(|i| cues::after(seg.lower(i))) {
                Some(won)
            } else {
                Some(won == b_opponent)
            }
        })
        .or_else(|| {
            // "PSV ontvangt Arsenal, dat de heenwedstrijd met 7-1 won", "…,
            // der das Hinspiel 3:1 gewann": a relative clause about B puts
            // its verb after the score.
            // With a club after the score, that club is the agent ("…, dat
            // met 3-0 werd verslagen door AZ").
            let relative = after.is_empty()
                && seg.tokens.get(b.end + 1).is_some()
                && seg.token_text(b.end) == ","
                && cues::relative_pronoun(seg.lower(b.end + 1));
            let (_, won, _) = cue_at(seg, s.end, hi).filter(|_| relative)?;
            Some(won == b_opponent)
        });
        // "… sul Manchester City, battuto 2-1 dal Brighton": B beaten by a
        // club named right after the score; A is only the one before.
        // "… dal Club América, che supera 2–0 il Cruz Azul": with no
        // wording between A and B, a verb after B with a club right after
        // the score is B's match with that club.
        let b_verb = cue_at(seg, b.end, s.first).filter(|(_, won, passive)| {
            *passive || (*won && cue_at(seg, a.end, b.first).is_none())
        });
        if let Some((_, won, _)) = b_verb {
            if let Some(c) = after
                .iter()
                .find(|c| c.reference != b.reference && c.first <= s.end + 3)
            {
                return Some(teams(b, c, Some(won)));
            }
        }
        // "L'Argentina, certa … grazie al pareggio tra Bolivia e Uruguay,
        // travolge il Brasile 4-1": a club in an aside set off by commas
        // is not the subject of the verb after it; the club opening the
        // sentence is.
        let a = match cue_at(seg, a.end, b.first) {
            // "…, who beat Hull 3-1": a relative clause is about the club
            // right before it.
            Some((at, _, _))
                if (a.end..at).any(|i| seg.token_text(i) == ",")
                    && !(at > 0 && cues::relative_pronoun(seg.lower(at - 1))) =>
            {
                before
                    .iter()
                    .find(|c| {
                        c.reference != b.reference
                            && (sent.first..c.first).all(|i| cues::article(seg.lower(i)))
                    })
                    .copied()
                    .unwrap_or(a)
            }
            _ => a,
        };
        // A club far after the score, in a clause further on, is no
        // candidate side: the two before are the pairing.
        // So is one after a score in brackets right after the second club
        // ("s'est défait de Westerlo (2-0) et …"): the brackets close the
        // pairing told before them.
        let none_near_after = after.iter().all(|c| c.first > s.end + NEAR_AFTER);
        let closed = s.first >= 1 && s.first - 1 == b.end && seg.token_text(b.end) == "(";
        if paired(seg, a, b) || cue.is_some() || none_near_after || closed {
            let object = if a_opponent { 0 } else { 1 };
            return Some(Teams {
                object: Some(object),
                ..teams(a, b, cue)
            });
        }
    }
    // "A 2-1 B", "A won 3-1 against B": B close after the score, not in a
    // clause further on ("…, a due mesi dall'eliminazione contro la
    // Svizzera").
    // A club right after a comma, articles aside, opens a clause of its own
    // ("vince 3-2 al Gewiss Stadium, l'Inter cade"), not the object of the
    // wording before the comma; one with a participle right after it is
    // an aside on the score ("1-4 a Stamford Bridge, Chelsea travolto").
    let opens_clause = |c: &EntitySpan| {
        let mut j = c.first;
        while j > s.end && cues::article(seg.lower(j - 1)) {
            j -= 1;
        }
        j > s.end
            && matches!(seg.token_text(j - 1), "," | ";")
            && !(c.end < sent.end && cues::win_participle(seg.lower(c.end)))
    };
    if let (Some(a), Some(b)) = (
        before.last(),
        after.iter().find(|c| {
            Some(c.reference.as_str()) != before.last().map(|x| x.reference.as_str())
                && c.first <= s.end + NEAR_AFTER
                && !opens_clause(c)
        }),
    ) {
        // "A won 3-1 against B", "A claimed a 1-3 win over B".
        // A loss anywhere up to B outranks a win before the score ("Für
        // den FC Chelsea setzte es eine 1:3-Niederlage beim FC Arsenal").
        // "1-4 a Stamford Bridge, Chelsea travolto": a win participle
        // right after B tells its defeat.
        // "werd met 4-0 aan de kant gezet door B", "a été humilié 4-0 par
        // B": in a passive, the agent won, whatever the participle.
        let agent = || {
            word_before(seg, b.first).is_some_and(cues::agent_marker)
                && (a.end..s.first).any(|i| cues::passive_auxiliary(seg.lower(i)))
        };
        // "In november won de ploeg van Bosz met 0-3 in Nijmegen": with B
        // only the city met in, a verb before A is A's.
        let cue = first_team_won(seg, a.end, b.first)
            .or_else(|| {
                if b.end < sent.end && cues::win_participle(seg.lower(b.end)) {
                    Some(true)
                } else {
                    agent().then_some(false)
                }
            })
            .or_else(|| {
                crate::home_city::told(b)
                    .then(|| first_team_won(seg, lo, a.first))
                    .flatten()
            })
            .or_else(|| {
                // "Elders verloor PSV met 4-0 bij Ajax", "ganó el Betis 2-1
                // ante el Sevilla": a win or loss verb right before A, only
                // articles between, has A for its subject (not a verb whose
                // object A is: "beat Chelsea 2-0 …").
                let mut j = a.first;
                while j > lo && cues::article(seg.lower(j - 1)) {
                    j -= 1;
                }
                let v = j.checked_sub(1).filter(|&v| v >= lo)?;
                let w = seg.lower(v);
                if cues::transitive_win(w) || cues::win_participle(w) || cues::result_noun(w) {
                    return None;
                }
                cue_at(seg, v, v + 1).map(|(_, won, _)| won)
            });
        return Some(teams(a, b, cue));
    }
    // "2-1 win for A over B", not "0–2, A–B 1–1" where a club the
    // recogniser missed stood before the score.
    let first_after = after.first().filter(|a| {
        !(s.end..a.first).any(|i| matches!(seg.token_text(i), "," | ";" | ":" | "(" | ")"))
    });
    // Both close by: "2-1 win for A over B", not "2 a 0 al Manchester
    // United ante 30.000 espectadores y aventajan … al Arsenal".
    if let Some((a, b)) = first_after
        .filter(|a| a.first <= s.end + 4)
        .zip(after.iter().find(|c| {
            Some(&c.reference) != after.first().map(|x| &x.reference)
                && c.first <= s.end + NEAR_AFTER
        }))
    {
        // "Nach der 1:4-Niederlage in Gladbach gewann Bochum", "Dopo il
        // 2-0 subito a Udine, il Monza": a result told of the place or
        // opponent named right after it is the subject's, named next; the
        // wording before the score is the subject's too ("Tras la derrota
        // por 2-0 ante el Alavés, el Espanyol").
        let at = |c: &EntitySpan| {
            is_opponent(seg, c.first) || (c.first > 0 && cues::venue_marker(seg.lower(c.first - 1)))
        };
        if at(a) && !at(b) && !is_beneficiary(seg, a.first) {
            return Some(Teams {
                object: Some(1),
                ..teams(b, a, first_team_won(seg, lo, b.first))
            });
        }
        return Some(teams(a, b, first_team_won(seg, s.end, b.first)));
    }
    // One club in the clause: the other from earlier in the sentence or the
    // sentences before, else the document's other main club.
    // A club after punctuation still counts when alone ("stond het 1-1,
    // waarna de Red Devils …"), not when it opens a pairing of its own
    // ("0–2, Udinese–Cagliari 1–1").
    let lone_after = after
        .first()
        .filter(|a| after.iter().all(|c| c.reference == a.reference));
    let one = *before.last().or(first_after).or(lone_after)?;
    let earlier = clubs_in(
        entities,
        seg.sentences[s.sentence.saturating_sub(2)].first,
        lo,
    );
    let beneficiary = is_beneficiary(seg, one.first) && one.first >= s.end;
    let wording = (!beneficiary)
        .then(|| governed_wording(seg, s, one, (lo, hi)))
        .flatten();
    // A club the result verb governs as its object ("they had lost 3-2 to
    // Greece", "travolge il Brasile 4-1") is the side the implicit subject
    // played, as one introduced as the opponent is: the subject goes on
    // from the sentences before.
    // So is one a score is told for after a verb of the implicit subject
    // ("had lost 3-2 to Greece", "había caído (2-0 para el Girona)").
    let beneficiary_of_verb = beneficiary && cue_at(seg, lo, s.first).is_some();
    let one_is_subject = !is_opponent(seg, one.first)
        && !crate::home_city::told(one)
        && !called_opponent(seg, one, (lo, hi))
        && !beneficiary_of_verb
        && !wording.is_some_and(|(_, _, governed)| governed);
    // The implicit subject that played the club named is not itself a
    // club named as somebody's opponent ("perdió 4:0 contra el FC
    // Barcelona, … ganó 4:1 contra el Friburgo").
    // A club already in a match of the document played the other side of
    // it ("Fiorentina–Como 0–2 … GOL DEL COMO! 0–2 al Franchi"); else the
    // other side comes from the sentences before.
    // Only a score that can be a step of that match goes to it: an
    // earlier meeting with another side keeps its own ("Nach einem 0:1 im
    // Hinspiel" against the semi-final opponent, not the final's).
    let step_of = |sc: &Option<[u32; 2]>| {
        sc.is_some_and(|[x, y]| (s.a <= x && s.b <= y) || (s.a <= y && s.b <= x))
    };
    let told_earlier = (lo..hi).any(|i| cues::earlier_meeting(seg.lower(i)));
    let paired_before = known.iter().rev().find_map(|(m, _)| {
        let p = &m.teams;
        if told_earlier || !step_of(&m.score) {
            None
        } else if p[0] == one.reference {
            Some(&p[1])
        } else if p[1] == one.reference {
            Some(&p[0])
        } else {
            None
        }
    });
    // With the club named the opponent, the implicit side is the subject
    // the text goes on from: a club named before as an opponent in any
    // sentence ("joue gros dimanche contre Servette") or placed in a table
    // against another ("drei Zähler vor Servette") is none, whatever its
    // nearness; with no other club before, the club the document is
    // about.
    let nearest = earlier
        .iter()
        .rev()
        .find(|c| {
            c.reference != one.reference
                && c.end != one.first
                && (one_is_subject
                    || (!told_opponent(seg, scored, c.first) && in_subject_place(seg, c)))
        })
        .copied()
        .filter(|c| !passing(entities, c, &one.reference));
    // "Hamburger SV – 1. FC Magdeburg 2:1" cut into two sentences after
    // "1.": the club just before, joined by a dash, is the first side.
    let dashed = nearest.filter(|c| {
        one.first <= c.end + 4
            && (c.end..one.first).any(|i| matches!(seg.token_text(i), "–" | "-" | "—"))
    });
    // The club nearest before is no implicit side when a result already
    // named it as the opponent of another ("Lille 1-1 (1-0) Lyon ; Lens
    // 2-0 (1-0) Le Havre" with Le Havre unknown; "Utrecht won 1-0 at FC
    // Twente. In Portugal, Benfica won 3-1 at the Dragão"): the side it
    // stands for is one the recogniser missed, not a guess.
    let taken = nearest.is_some_and(|c| {
        known.iter().any(|(m, object)| {
            object.is_some_and(|o| m.teams[o] == c.reference && m.teams[1 - o] != one.reference)
        })
    });
    // With the club named the opponent of an implicit subject, a club
    // named before as the opponent in a result stands for no missed side:
    // the implicit subject goes on from that result's subject ("La Suisse
    // avait battu la Suède 4-1. À l'aller, la bande à Yakin avait dominé
    // le Kosovo 4-0"). Only where that club was last named in the sentence
    // of that result: named again on its own ("Since then Mirassol have
    // lost only twice"), the text has moved on from that result.
    let continued = nearest.filter(|_| taken && !one_is_subject).and_then(|c| {
        let sentence = seg.sentences[seg.sentences.partition_point(|x| x.end <= c.first)];
        let (from, to) = (
            sentence.start_byte as usize,
            seg.tokens[sentence.end - 1].end as usize,
        );
        known.iter().rev().find_map(|(m, object)| {
            let o = (*object)?;
            (m.teams[o] == c.reference
                && m.teams[1 - o] != one.reference
                && m.evidence.0 >= from
                && m.evidence.1 <= to)
                .then_some(&m.teams[1 - o])
        })
    });
    // A ground of another club named in the clause is where the match was
    // played ("lost 2-0 at Mestalla", "vinto 3-1 alla Unipol Domus"): its
    // club is the other side, over any club named before or paired before.
    let ground = home_club(entities, lo, beside(seg, s, hi))
        .filter(|h| one.entry.as_deref() != Some(*h))
        .and_then(|h| {
            entities
                .iter()
                .find(|e| e.label == Label::Club && e.entry.as_deref() == Some(h))
        })
        .filter(|g| g.reference != one.reference);
    // A derby named in the clause is the meeting of the document's two
    // main clubs ("Das letzte Derby hatten die Gunners 2:1 gewonnen", "la
    // mochila del 0-0 del último clásico"): with one of them named, the
    // other is the other side.
    let derby = (lo..hi)
        .any(|i| cues::derby(seg.lower(i)))
        .then(|| main_pair(entities))
        .flatten()
        .and_then(|[x, y]| {
            if x.reference == one.reference {
                Some(y)
            } else if y.reference == one.reference {
                Some(x)
            } else {
                None
            }
        });
    let named_other = ground.is_some() || derby.is_some();
    let ground = ground.or(derby);

    // Only where the club named is the subject ("Benfica won 3-1 at the
    // Dragão"): a club named as the opponent of an implicit subject ("they
    // won 1-0 at QPR", "igualó 0-0 con Platense") has that subject in a
    // pronoun, an epithet or a coach's side, which stands for the club
    // named before.
    if taken && one_is_subject && paired_before.is_none() && ground.is_none() && continued.is_none()
    {
        return None;
    }
    let guessed = ground.is_none() && paired_before.is_none() && nearest.is_none();
    let other_ref = nearest
        .or_else(|| main_other(entities, &one.reference))
        .map(|c| &c.reference);
    let other_ref = ground
        .map(|g| &g.reference)
        .or(paired_before)
        .or(continued)
        .or(other_ref)?;
    let one_won = if beneficiary {
        Some(true)
    } else {
        wording.map(|(won, object, _)| {
            let subject = one_is_subject && !object;
            if subject {
                won
            } else {
                !won
            }
        })
    };
    // "Op vrijdagavond werd Jong AZ met 4-0 aan de kant gezet", "Leipzig
    // wurde mit 0:3 abgefertigt": a passive of any verb told of the club
    // with no agent after it is its defeat (not "was Chelsea met 1-0 te
    // sterk", "foi à Áustria vencer": "was", "foi" are no sure passives).
    let one_won = one_won.or_else(|| {
        let aux_next = |j: usize| j < sent.end && cues::becoming_passive(seg.lower(j));
        let passive = one_is_subject
            && (aux_next(one.first.saturating_sub(1).max(sent.first)) || aux_next(one.end));
        let agent = (s.end..hi).any(|i| cues::agent_marker(seg.lower(i)));
        (passive && !agent && s.a != s.b).then_some(false)
    });
    // With no wording, a score told against the club named is the implicit
    // subject's ("Depois do 2-1 à Croácia").
    // "All'andata, al Şükrü Saracoğlu, finì 1-3": with no wording, a
    // score told at a club's ground is given home side first. A level
    // score keeps the order of naming, which a shoot-out after it may
    // follow; a shoot-out is not told home side first.
    let home = if one_won.is_none() && s.a != s.b && s.kind == ScoreKind::Result {
        // The ground may be named after the score too ("the 2-3 of the
        // first leg at the Etihad").
        home_club(entities, sent.first, beside(seg, s, hi))
    } else {
        None
    };
    let other_home = home.is_some_and(|h| {
        one.entry.as_deref() != Some(h)
            && entities
                .iter()
                .any(|e| e.reference == *other_ref && e.entry.as_deref() == Some(h))
    });
    let one_home = home.is_some() && one.entry.as_deref() == home;
    let pair = if other_home
        || (!one_home && one_won.is_none() && (!one_is_subject || dashed.is_some()))
    {
        [other_ref.clone(), one.reference.clone()]
    } else {
        [one.reference.clone(), other_ref.clone()]
    };
    let inferred = (!named_other).then(|| usize::from(pair[1] == *other_ref));
    Some(Teams {
        subject: usize::from(!one_is_subject && one_won.is_some()),
        guessed,
        inferred,
        ..Teams::told(pair, one_won)
    })
}

/// The win or loss wording of the clause `lo..hi` of score `s` with one
/// club `one` named: whether it tells a win of its subject, whether `one`
/// is the side the wording is not about (its object, or the agent of a
/// passive), and whether `one` is the object of an implicit subject (not
/// an agent: "X, battuto 2-1 dal Brighton" is told of X).
fn governed_wording(
    seg: &Segmented<'_>,
    s: &Score,
    one: &EntitySpan,
    (lo, hi): (usize, usize),
) -> Option<(bool, bool, bool)> {
    let sent = seg.sentences[s.sentence];
    // The wording of the clause, up to the words right after the score
    // ("the 2-1 win", "de 1-2 zege").
    let to = (s.end + 3).min(hi).min(sent.end);
    // A word before "after" the score follows is of another event
    // ("La victoria llega tres días después del 0-1 ante el Betis").
    let from = (lo..s.first)
        .rev()
        .find(|&i| cues::after(seg.lower(i)))
        .map_or(lo, |i| i + 1);
    cue_at(seg, from, to).map(|(at, won, passive)| {
        // The club is the subject of the wording when named before it
        // or as its genitive ("la vittoria del Napoli"); introduced as
        // the opponent ("contro l'Ecuador", "beim VfL Wolfsburg") or
        // as the object after it ("travolge il Brasile 4-1") it is the
        // side the implicit subject played.
        let active_win = cues::transitive_win(seg.lower(at)) || cues::win_participle(seg.lower(at));
        // "unterlag das Team von Nagelsmann dem Mitfavoriten Spanien":
        // a loss told of a subject other than the club named after it
        // (more than articles between) is a win of that club, unless
        // the club is its genitive or beneficiary ("Pleite für Bayern").
        let other_subject = !won
            && !passive
            && !cues::result_noun(seg.lower(at))
            && !cues::suffered(seg.lower(at))
            && at < one.first
            && (at + 1..one.first)
                .any(|i| !cues::article(seg.lower(i)) && !cues::genitive(seg.lower(i)))
            && !word_before(seg, one.first)
                .is_some_and(|w| cues::genitive(w) || cues::for_marker(w));
        // "battuto 2-1 dal Brighton": the agent of a passive defeat won.
        let agent = passive
            && at < one.first
            && word_before(seg, one.first).is_some_and(cues::agent_marker);
        let governed = !passive && (active_win || other_subject) && at < one.first;
        let own = cue_of(seg, at, one.first);
        (won, (governed || agent) && !own, governed && !own)
    })
}

/// Where the words right beside score `s` end, up to `hi`: the first
/// punctuation or win or loss word after it but the result noun right
/// after it ("0-3 defeat to Chelsea at the City Ground"). A ground named
/// there is the score's ("the 2-3 of the first leg at the Etihad"), not
/// one of the next result ("0:1 im Hinspiel … gewann Barça an der
/// Stamford Bridge").
fn beside(seg: &Segmented<'_>, s: &Score, hi: usize) -> usize {
    (s.end..hi)
        .find(|&i| {
            let w = seg.lower(i);
            matches!(w, "," | ";" | ":" | "." | "(" | ")")
                || (i > s.end + 1 && (cues::win(w) || cues::loss(w)))
        })
        .unwrap_or(hi)
}

/// The club whose ground is named in tokens `from..to` (a STADIUM
/// mention whose reference-data entry belongs to a club).
fn home_club(entities: &[EntitySpan], from: usize, to: usize) -> Option<&str> {
    entities
        .iter()
        .find(|e| e.label == Label::Stadium && e.first >= from && e.end <= to)
        .and_then(|e| e.affiliation.as_deref())
}

/// Is the score in brackets ("3:2 (1:1)", "(1:0, 1:1)"): an aside that
/// does not end the clause it stands in?
fn bracketed(seg: &Segmented<'_>, s: &Score) -> bool {
    let first = seg.sentences[s.sentence].first;
    (first..s.first)
        .rev()
        .map(|i| seg.token_text(i))
        .find(|t| matches!(*t, "(" | ")"))
        == Some("(")
}

/// The clause of score `k`: its sentence, cut at the scores before and
/// after it in that sentence ("Benfica 2-3 Barcelone, Monaco 1-0 Aston
/// Villa"); scores in brackets do not cut it ("mit 3:2 (1:1) gegen
/// Eintracht Frankfurt").
fn clause(seg: &Segmented<'_>, scores: &[Score], k: usize) -> (usize, usize) {
    let s = &scores[k];
    let sent = seg.sentences[s.sentence];
    let same = |o: &&Score| o.sentence == s.sentence;
    // A deficit overturned is a state of the match the sentence goes on to
    // tell ("remontó un 0-2 ante el Celta y empató 2-2"): it cuts nothing.
    let cuts = |o: &&Score| !bracketed(seg, o) && !crate::score::overturned(seg, o);
    // After a score before it, the clause starts after the last comma,
    // semicolon or "and" between them: the clubs before it are that
    // score's ("pareggiato 1-1 con il Portogallo e perso 1-3 contro la
    // Spagna").
    let lo = scores[..k]
        .iter()
        .rev()
        .take_while(same)
        .find(cuts)
        .map_or(sent.first, |p| {
            (p.end..s.first)
                .rev()
                .find(|&i| {
                    matches!(seg.token_text(i), "," | ";") || cues::conjunction(seg.lower(i))
                })
                .map_or(p.end, |i| i + 1)
        });
    let hi = scores[k + 1..]
        .iter()
        .take_while(same)
        .find(cuts)
        .map_or(sent.end, |n| n.first);
    (lo.min(s.first), hi.max(s.end))
}

/// Kinds as assembly takes them: a score in brackets shortly after a result
/// ("PSV 3-1 AZ (2-0)", "2:2 n.V. (1:1, 0:1)") is a state of that match,
/// not a match of its own.
fn kinds(seg: &Segmented<'_>, scores: &[Score]) -> Vec<ScoreKind> {
    let mut out: Vec<ScoreKind> = scores.iter().map(|s| s.kind).collect();
    for k in 1..scores.len() {
        let (p, s) = (&scores[k - 1], &scores[k]);
        if p.sentence != s.sentence || s.first == 0 || s.first > p.end + 8 {
            continue;
        }
        let bracketed = seg.token_text(s.first - 1) == "("
            && !bracketed(seg, p)
            && !(p.end..s.first - 1).any(|i| matches!(seg.token_text(i), "(" | ")" | ";"));
        let continued = seg.token_text(s.first - 1) == ","
            && s.first == p.end + 1
            && out[k - 1] == ScoreKind::Other
            && p.first > 0
            && (seg.token_text(p.first - 1) == "(" || seg.token_text(p.first - 1) == ",");
        if bracketed || continued {
            out[k] = ScoreKind::Other;
        }
    }
    out
}

/// The score before `k` that a shoot-out or a level result pairs with:
/// the nearest result or shoot-out before it, in its sentence or the one
/// before ("1:1 n.V., 4:3 i.E.", "won 4-2 on penalties. It had been 1-1"),
/// any result of the same sentence.
fn partner(scores: &[Score], kinds: &[ScoreKind], k: usize) -> Option<usize> {
    let s = &scores[k];
    let p = (0..k)
        .rev()
        .find(|&p| matches!(kinds[p], ScoreKind::Result | ScoreKind::Shootout))?;
    let q = &scores[p];
    if q.sentence + 1 < s.sentence {
        return None;
    }
    // Level, or in the same sentence: the second leg of a tie level on
    // aggregate ("s'impose 1-4 aux tirs au but, après un score de 0-1").
    let same = q.sentence == s.sentence;
    // "… 4-3 on penalties after a 1-1 draw": the level result told right
    // after the shoot-out is its match, not the result before it.
    let level_next = scores.get(k + 1).is_some_and(|n| {
        n.sentence == s.sentence && n.a == n.b && kinds[k + 1] == ScoreKind::Result
    });
    match (kinds[p], kinds[k]) {
        (ScoreKind::Result, ScoreKind::Shootout) if q.a == q.b || (same && !level_next) => Some(p),
        (ScoreKind::Shootout, ScoreKind::Result) if s.a == s.b || same => Some(p),
        _ => None,
    }
}

/// An earlier leg told without naming a club ("Nella partita di andata
/// era finita 1-1"): of the match the document is about, its first.
/// With no win or loss verb, the order of the score is a guess.
fn earlier_leg(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    main: Option<&Candidate>,
    s: &Score,
    (lo, hi): (usize, usize),
) -> Option<Teams> {
    let sent = seg.sentences[s.sentence];
    let leg = (lo..hi).any(|i| cues::leg(seg.lower(i)));
    if !leg || !clubs_in(entities, sent.first, sent.end).is_empty() {
        return None;
    }
    // The match the document is about is the meeting of the two clubs it
    // names most: the first result found may be one of a club's earlier
    // rounds, told before the legs ("Il Torino … ha battuto 2-0 il Genoa.
    // … All'andata finì 0-0" is of Torino and Juventus).
    let pair = main_pair(entities);
    let first_is_main = main.zip(pair).is_some_and(|(m, [a, b])| {
        same_pair(&m.found.teams, &[a.reference.clone(), b.reference.clone()]).is_some()
    });
    match (main, pair) {
        (Some(main), _) if first_is_main || pair.is_none() => {
            // "Na volta, em Montevidéu, perdeu por 3 a 1": a verb tells
            // the order, as of the side the main match was told of.
            Some(Teams::told(
                main.found.teams.clone(),
                verb_of_subject(seg, main.subject, s, (lo, hi)),
            ))
        }
        (_, Some([a, b])) => {
            // No side known to be the subject: a ground named puts its
            // club first, the visitors the subject of a verb ("Venceram
            // por 2-1 em Alvalade", "avaient cédé 3-2 au Wankdorf"); with
            // no verb the result is told home side first.
            let home = home_club(entities, sent.first, sent.end)
                .filter(|&h| [a, b].iter().any(|c| c.entry.as_deref() == Some(h)));
            let pair = if home.is_some() && b.entry.as_deref() == home {
                [b.reference.clone(), a.reference.clone()]
            } else {
                [a.reference.clone(), b.reference.clone()]
            };
            let won = home.and_then(|_| verb_of_subject(seg, 1, s, (lo, hi)));
            // An earlier meeting, never a step of the match told after.
            (s.a == s.b || home.is_some()).then(|| Teams {
                another: true,
                ..Teams::told(pair, won)
            })
        }
        _ => None,
    }
}

/// Is the score told right after "after" ("after a 1-1 draw", "dopo l'1-1",
/// "nach einem 1:1", "tras el 2-3", "depois do 1-1"), but for articles: an
/// earlier result, not a step of the one beside it.
fn told_after(seg: &Segmented<'_>, s: &Score) -> bool {
    let first = seg.sentences[s.sentence].first;
    (s.first.saturating_sub(3).max(first)..s.first)
        .rev()
        .find(|&i| {
            let w = seg.lower(i);
            !(cues::article(w)
                || cues::running_article(w)
                || cues::indefinite(w)
                || matches!(w, "l" | "'" | "’"))
        })
        .is_some_and(|i| cues::after(seg.lower(i)))
}

/// How many sentences back the club a pronoun stands for may be named.
const PRONOUN_REACH: usize = 2;

/// A result told of a pronoun or implicit subject at a club's ground, in a
/// clause that names no club ("They won three-nil at Old Trafford", "Sie
/// gewannen 2:0 im Westfalenstadion", "Vencieron 2-0 en el Villamarín"):
/// the subject is the club named last in the sentences just before, the
/// other side the ground's club.
fn at_their_ground(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    s: &Score,
    (lo, hi): (usize, usize),
) -> Option<Teams> {
    if !clubs_in(entities, lo, hi).is_empty() {
        return None;
    }
    let sent = seg.sentences[s.sentence];
    // A level score needs no wording ("They were held 1-1 at Anfield").
    let level = s.a == s.b;
    let at = match cue_at(seg, lo, (s.end + 3).min(hi)) {
        Some((at, _, _)) => at.min(s.first),
        None if level => s.first,
        None => return None,
    };
    let capitalised = |i: usize| {
        seg.token_text(i)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    let pronoun = (sent.first..at).any(|i| cues::team_pronoun(seg.lower(i)));
    let implicit = at <= sent.first + 3 && !(sent.first + 1..at).any(capitalised);
    // A subject no entity names ("les Toulousains s'étaient inclinés 1-0
    // à l'Abbé-Deschamps", "Im Dezember in der Generali Arena gab es ein
    // 1:1"): a side told by an epithet; a player or coach named before the
    // verb is somebody else's clause.
    // Not where the clause is about the match or both sides ("Toen
    // eindigde het duel op Anfield in 1-1", "los dos equipos se separaron
    // con 1:1"): those are of no one side.
    let unnamed = !entities.iter().any(|e| {
        matches!(e.label, Label::Player | Label::Coach) && e.first >= sent.first && e.end <= at
    }) && !(lo..hi).any(|i| {
        let w = seg.lower(i);
        cues::match_noun(w) || cues::sides_noun(w) || cues::ended(w)
    });
    if !pronoun && !implicit && !unnamed {
        return None;
    }
    let home = home_club(entities, lo, hi)?;
    let ground = entities
        .iter()
        .find(|e| e.label == Label::Club && e.entry.as_deref() == Some(home))?;
    let from = seg.sentences[s.sentence.saturating_sub(PRONOUN_REACH)].first;
    let subject = clubs_in(entities, from, sent.first)
        .into_iter()
        .rev()
        .find(|c| c.entry.as_deref() != Some(home) && c.reference != ground.reference)?;
    // A subject no entity names may follow its verb ("Im Dezember
    // verloren die Rheinhessen 0:2", "In november verloren de Friezen met
    // 2-0"): its capitals are no other side's name.
    let inverted = || {
        let (at, won, _) = cue_at(seg, lo, s.first)?;
        (unnamed
            && !pronoun
            && !cues::result_noun(seg.lower(at))
            && !entities.iter().any(|e| e.first > at && e.end <= s.first))
        .then_some(won)
    };
    let won = verb_of_subject(seg, 0, s, (lo, hi)).or_else(inverted);
    if won.is_none() && !level {
        return None;
    }
    Some(Teams::told(
        [subject.reference.clone(), ground.reference.clone()],
        won,
    ))
}

/// A result told in a sentence that names no club, with win or loss
/// wording ("En Montevideo perdió 3-1", "Nach Verlängerung gewann man
/// 2:1"): of the match the text was about just before, its wording about
/// the side that match was told of.
fn inherited(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    last: Option<&Candidate>,
    s: &Score,
    bounds: (usize, usize),
) -> Option<Teams> {
    let sent = seg.sentences[s.sentence];
    let last = last?;
    if !clubs_in(entities, sent.first, sent.end).is_empty() {
        return None;
    }
    Some(Teams {
        subject: last.subject,
        ..Teams::told(
            last.found.teams.clone(),
            Some(verb_of_subject(seg, last.subject, s, bounds)?),
        )
    })
}

/// A result joined by "and" (or by a semicolon, in a list after a colon)
/// to the result right before it in its sentence, no club between ("winning 3-1 in north London and 2-0 in
/// Norway"): the other meeting of the same pairing, told of the same
/// subject; with no wording of its own the one before governs it.
fn coordinated(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    prev: &Score,
    last: &Candidate,
    s: &Score,
    (lo, hi): (usize, usize),
) -> Option<Teams> {
    let sent = seg.sentences[s.sentence];
    // "They have beaten Real three times: 4-0 at the Bernabéu in October;
    // 5-2 in January; and 3-2 in the cup final": items of a list after a
    // colon, split by semicolons.
    let listed = (sent.first..prev.first).any(|i| seg.token_text(i) == ":")
        && (prev.end..s.first).any(|i| seg.token_text(i) == ";");
    let joined = prev.sentence == s.sentence
        && ((s.first <= prev.end + 6
            && (prev.end..s.first).any(|i| cues::conjunction(seg.lower(i))))
            || listed)
        && clubs_in(entities, prev.end, hi).is_empty();
    if !joined {
        return None;
    }
    let subject = last.subject;
    let before = last.found.score.and_then(|sc| {
        (sc[0] != sc[1]).then_some((sc[subject] > sc[1 - subject]) == (subject == 0))
    });
    Some(Teams {
        subject,
        another: true,
        ..Teams::told(
            last.found.teams.clone(),
            verb_of_subject(seg, subject, s, (lo, hi)).or(before),
        )
    })
}

/// A result told of "both teams" ("les deux équipes … sur un nul 1-1", "as
/// equipes empataram por 0 a 0") in a sentence that names no club: of the
/// two clubs the document names most. Their order is a guess. The sides
/// may be the subject of the sentence before, when it names no club and
/// tells no score ("Cette saison, les deux équipes se sont affrontées à
/// deux reprises. En janvier, elles s'étaient quittées sur un nul 1-1").
fn both_sides(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    scored: &[bool],
    s: &Score,
    (lo, hi): (usize, usize),
) -> Option<Teams> {
    let sent = seg.sentences[s.sentence];
    let told_in = |from: usize, to: usize| {
        (from + 1..to).any(|i| cues::sides_noun(seg.lower(i)) && cues::both(seg.lower(i - 1)))
    };
    let told_before = s.sentence.checked_sub(1).is_some_and(|p| {
        let prev = seg.sentences[p];
        !scored[p]
            && told_in(prev.first, prev.end)
            && clubs_in(entities, prev.first, prev.end).is_empty()
    });
    // "El último clásico terminó 1-1": a derby is of the two main clubs.
    let derby = (lo.max(sent.first)..hi).any(|i| cues::derby(seg.lower(i)));
    let told = told_in(lo.max(sent.first), hi) || told_before || derby;
    if !told || !clubs_in(entities, sent.first, sent.end).is_empty() {
        return None;
    }
    let [first, second] = main_pair(entities)?;
    Some(Teams::told(
        [first.reference.clone(), second.reference.clone()],
        None,
    ))
}

/// A result told of "the match" with a verb of how it ended and no club
/// in its sentence ("Toen eindigde het duel op Anfield in 1-1", "the game
/// finished 2-0"): of the match told just before (`recent`), else of the
/// two clubs the document names most. Their order is a guess.
fn how_it_ended(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    s: &Score,
    lo: usize,
    recent: Option<[String; 2]>,
) -> Option<Teams> {
    let sent = seg.sentences[s.sentence];
    // "The final score was 2-2", "Endstand 4:0": a word of the final
    // score tells it too; "final" alone may be the cup final.
    let final_word = |i: usize| {
        let w = seg.lower(i);
        if matches!(w, "final" | "finale" | "finali") {
            i + 1 < s.first && matches!(seg.lower(i + 1), "score" | "result" | "scoreline")
        } else {
            cues::final_score(w)
        }
    };
    let told = (lo..s.first).any(|i| cues::ended(seg.lower(i)) || final_word(i));
    if !told || !clubs_in(entities, sent.first, sent.end).is_empty() {
        return None;
    }
    let pair = match recent {
        Some(pair) => pair,
        None => {
            let first = main_other(entities, "")?;
            let second = main_other(entities, &first.reference)?;
            [first.reference.clone(), second.reference.clone()]
        }
    };
    Some(Teams::told(pair, None))
}

/// Whether the first team of a match whose wording is about team
/// `subject` won the score `s`, told with a verb and no club: `None` when
/// the clause has no win or loss verb, or a name stands between the verb
/// and the score. A result noun does not count ("Bij een 1-0 nederlaag
/// volgt …"); a name after the verb is another subject or object:
/// "Conegliano batte Scandicci 3-1" is of sides the recogniser does not
/// know (another sport), "venceram na Pedreira" of a subject told apart
/// from the match before.
fn verb_of_subject(
    seg: &Segmented<'_>,
    subject: usize,
    s: &Score,
    (lo, hi): (usize, usize),
) -> Option<bool> {
    let (at, won, _) = cue_at(seg, lo, (s.end + 3).min(hi))?;
    let capitalised = |i: usize| {
        seg.token_text(i)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    // "brucia ancora l'1-0 subito": a score suffered, told with no club,
    // may be of either side.
    if cues::result_noun(seg.lower(at))
        || cues::suffered(seg.lower(at))
        || (at + 1..s.first).any(capitalised)
    {
        return None;
    }
    Some(won == (subject == 0))
}

/// The named side of a worded result whose other side the clause left
/// implicit, when it lost ("In de Champions League werd Bayern München
/// met 3-0 verslagen"): the side the implicit subject played, as a named
/// object is. A result told next of no side named stands for no missed
/// side there: the implicit subject goes on.
fn beaten_by_implicit(c: &Candidate) -> Option<usize> {
    let implicit = c.inferred?;
    let named = 1 - implicit;
    let score = c.found.score?;
    (c.worded && score[named] < score[implicit]).then_some(named)
}

/// Builds the matches of a document.
pub fn assemble(seg: &Segmented<'_>, entities: &[EntitySpan], scores: &[Score]) -> Vec<FoundMatch> {
    let mut scored = vec![false; seg.sentences.len()];
    for s in scores {
        scored[s.sentence] = true;
    }
    let entities = &crate::sides::resolve(seg, entities, &scored);
    let kinds = kinds(seg, scores);
    let mut out: Vec<Candidate> = Vec::new();
    // The candidate each score went to.
    let mut went: Vec<Option<usize>> = vec![None; scores.len()];
    for (k, s) in scores.iter().enumerate() {
        if !matches!(kinds[k], ScoreKind::Result | ScoreKind::Shootout) {
            continue;
        }
        if quoted_without_club(seg, entities, s) {
            continue;
        }
        let bounds = clause(seg, scores, k);
        let known: Vec<(&FoundMatch, Option<usize>)> = out
            .iter()
            .map(|c| {
                // With one side left implicit, the side named is the one the
                // implicit side met, whoever won ("À domicile, Lugano est
                // venu s'imposer 1-2"): the implicit side goes on as the
                // subject of the passage.
                let implicit = c.inferred.map(|i| 1 - i);
                (
                    &c.found,
                    beaten_by_implicit(c).or(c.named_object).or(implicit),
                )
            })
            .collect();
        let found = teams_for(seg, entities, &scored, &known, s, bounds)
            .or_else(|| earlier_leg(seg, entities, out.first(), s, bounds))
            .or_else(|| {
                let prev = k.checked_sub(1)?;
                coordinated(seg, entities, &scores[prev], &out[went[prev]?], s, bounds)
            })
            .or_else(|| {
                let prev = k
                    .checked_sub(1)
                    .filter(|&p| scores[p].sentence == s.sentence)?;
                let sent = seg.sentences[s.sentence];
                // "thrashing Athletic Club 7-1 on aggregate after a 3-0 win
                // in Bilbao": a leg told after an aggregate is of the pair
                // the aggregate was told of, another meeting than the
                // other leg.
                let aggregate = kinds[prev] == ScoreKind::Other
                    && !scores[prev].half_time
                    && !scores[prev].running;
                if aggregate && told_after(seg, s) {
                    let t = teams_for(seg, entities, &scored, &known, s, (sent.first, bounds.1))?;
                    return Some(Teams { another: true, ..t });
                }
                let c = went[prev]?;
                // Only where the sentence names a leg or an earlier
                // meeting: "Inter won 2-1, after the 1-1 by Leão" is a step.
                let legs = (sent.first..sent.end)
                    .any(|i| cues::leg(seg.lower(i)) || cues::first_leg(seg.lower(i)));
                if !legs || !clubs_in(entities, bounds.0, bounds.1).is_empty() {
                    return None;
                }
                if told_after(seg, s) {
                    // "beat Marseille 3-0 after a 1-1 draw": the draw is
                    // another meeting of the pair, its order a guess.
                    return Some(Teams {
                        another: true,
                        ..Teams::told(out[c].found.teams.clone(), None)
                    });
                }
                // "Gegen Marseille gewann Atalanta nach einem 1:1 … mit
                // 3:0": the clubs and wording before the earlier result
                // are this one's.
                told_after(seg, &scores[prev])
                    .then(|| teams_for(seg, entities, &scored, &known, s, (sent.first, bounds.1)))
                    .flatten()
            })
            .or_else(|| at_their_ground(seg, entities, s, bounds))
            .or_else(|| {
                let last = went[..k].iter().rev().find_map(|c| *c);
                inherited(seg, entities, last.map(|c| &out[c]), s, bounds)
            })
            .or_else(|| both_sides(seg, entities, &scored, s, bounds))
            .or_else(|| {
                // Right after a told match, the result is that one told
                // again ("Serbia 0-0 España. La campeona no pasó del empate
                // sin goles"); a sentence about its extra time may stand
                // between ("… traf in der Verlängerung. Am Ende hieß es 4:3").
                let recent = (0..k)
                    .rev()
                    .find(|&p| went[p].is_some())
                    .filter(|&p| scores[p].sentence + 2 >= s.sentence)
                    .and_then(|p| went[p]);
                let pair = recent.map(|c| out[c].found.teams.clone());
                how_it_ended(seg, entities, s, bounds.0, pair)
            })
            .or_else(|| {
                if kinds[k] != ScoreKind::Result {
                    return None;
                }
                let home = home_club(entities, bounds.0, bounds.1);
                let worded = cue_at(seg, bounds.0, (s.end + 3).min(bounds.1)).is_some();
                let pair = crate::pair_meeting::sides(
                    seg,
                    entities,
                    s.sentence,
                    s.a == s.b,
                    home,
                    worded,
                )?;
                // In the text of a match told as it goes (running scores,
                // or that match already found), a score with no club is a
                // state of it ("Après 90 minutes, il restait à 1:1"), unless
                // told as an earlier meeting ("Im Hinspiel", "in 2024").
                let recalled = (bounds.0..bounds.1).any(|i| {
                    let w = seg.lower(i);
                    // "il y avait la prolongation": a past auxiliary
                    // alone tells no earlier meeting.
                    (cues::earlier_meeting(w) && !cues::have_auxiliary(w))
                        || cues::leg(w)
                        || cues::first_leg(w)
                        || cues::month(w).is_some()
                        || w.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
                });
                let from = seg.sentences[s.sentence.saturating_sub(1)].first;
                let sent = seg.sentences[s.sentence];
                let live = scores.iter().zip(&kinds).any(|(o, kind)| {
                    o.sentence == s.sentence
                        && o.first != s.first
                        && !matches!(kind, ScoreKind::Result | ScoreKind::Shootout)
                }) || (from..sent.end).any(|i| crate::minute::marks_minute(seg, i));
                (recalled || !live).then(|| Teams::told(pair, None))
            });
        let evidence = (
            seg.tokens[s.first].start as usize,
            seg.tokens[s.end - 1].end as usize,
        );
        // A shoot-out and the level result it follows are one match, even
        // when the sentence of one names no club.
        let joined = partner(scores, &kinds, k)
            .and_then(|p| went[p])
            .filter(|&c| {
                found
                    .as_ref()
                    .is_none_or(|t| !t.near || same_pair(&t.pair, &out[c].found.teams).is_some())
            });
        if let Some(c) = joined {
            let subject = out[c].subject;
            let m = &mut out[c].found;
            let swapped = found
                .as_ref()
                .and_then(|t| same_pair(&m.teams, &t.pair))
                .unwrap_or(false);
            // With no teams of its own, the wording of its clause is about
            // the side its match was told of ("…, vinti 4-2").
            // "AZ won na 1-1 met 5-3 in de penaltyserie": after a level
            // result, a win told of its subject before it is the shoot-out's.
            let level_won = || {
                let p = partner(scores, &kinds, k)?;
                let q = &scores[p];
                if kinds[k] != ScoreKind::Shootout || q.a != q.b {
                    return None;
                }
                cue_at(seg, clause(seg, scores, p).0, q.first)
                    .map(|(_, won, _)| won == (subject == 0))
            };
            let first_won = match found
                .as_ref()
                .filter(|t| same_pair(&m.teams, &t.pair).is_some())
            {
                Some(t) => t.first_won.or_else(|| level_won().map(|w| w != swapped)),
                None => cue_at(seg, bounds.0, (s.end + 3).min(bounds.1))
                    .map(|(_, won, _)| won == (subject == 0))
                    .or_else(level_won),
            };
            let pair = flip(Some(aligned(s.a, s.b, first_won)), swapped);
            match kinds[k] {
                ScoreKind::Shootout if m.penalties.is_none() => m.penalties = pair,
                ScoreKind::Result if m.score.is_none() => m.score = pair,
                _ => {}
            }
            m.anchors.push(evidence.0);
            went[k] = Some(c);
            continue;
        }
        let Some(Teams {
            pair: teams,
            first_won,
            subject,
            near,
            object,
            another,
            inferred,
            ..
        }) = found
        else {
            continue;
        };
        if teams[0] == teams[1] {
            continue;
        }
        let pair = aligned(s.a, s.b, first_won);
        // One club named and no wording: the order of the score is a guess,
        // so it is the same result as a known one either way round ("el
        // PSG controló un partido que terminó 0-3").
        let unaligned = !near && first_won.is_none();
        // The level result a shoot-out follows, when its own clause named
        // no club ("stond het na 120 minuten 1-1, waarna … met 5-3").
        let level_before = partner(scores, &kinds, k)
            .filter(|&p| kinds[k] == ScoreKind::Shootout && went[p].is_none())
            .map(|p| [scores[p].a, scores[p].b]);
        let sent = seg.sentences[s.sentence];
        let in_sentence = |label: Label| {
            entities
                .iter()
                .find(|e| e.label == label && e.first >= sent.first && e.end <= sent.end)
                .map(|e| e.reference.clone())
        };
        let competition = in_sentence(Label::Competition);
        let venue = in_sentence(Label::Stadium);
        let (score, penalties) = match kinds[k] {
            ScoreKind::Shootout => (level_before, Some(pair)),
            _ => (Some(pair), None),
        };
        let earlier = another || (bounds.0..bounds.1).any(|i| cues::earlier_meeting(seg.lower(i)));
        // Beside: in the words before it, or after it before a new clause
        // ("4-1 à l'aller", not "2-1 e volta ao topo").
        let leg_beside = (s.first.saturating_sub(4).max(bounds.0)..s.first)
            .chain((s.end..(s.end + 3).min(bounds.1)).take_while(|&i| {
                !cues::conjunction(seg.lower(i))
                    && !matches!(seg.token_text(i), "," | ";" | ":" | ".")
            }))
            .any(|i| cues::earlier_meeting(seg.lower(i)));
        // A shoot-out joins the match of the same teams it follows; a
        // repeated result is one match.
        let existing = out.iter_mut().enumerate().rev().find_map(|(c, cand)| {
            let m = &cand.found;
            let swapped = same_pair(&m.teams, &teams)?;
            let fits = match (score, penalties) {
                // A shoot-out told again without its order ("firmó el
                // definitivo 5-4") is the one known either way round.
                (None, Some(p)) => m.penalties.is_none_or(|mp| {
                    Some(mp) == flip(Some(p), swapped)
                        || (unaligned && Some(mp) == flip(Some(p), !swapped))
                }),
                // The same score told right beside an earlier leg or
                // season, and of a match not told so, is another match
                // ("Having won the first leg 4-1 … a 4-1 victory at home").
                (Some(_), _)
                    if m.score.is_some()
                        && ((leg_beside && !cand.earlier) || (cand.leg && !earlier)) =>
                {
                    false
                }
                (Some(sc), _) => {
                    m.score == flip(Some(sc), swapped)
                        || m.score.is_none()
                        || (unaligned
                            && !earlier
                            && !cand.earlier
                            && m.score == flip(Some(sc), !swapped))
                }
                _ => false,
            };
            fits.then_some((c, cand, swapped))
        });
        match existing {
            Some((c, cand, swapped)) => {
                let m = &mut cand.found;
                m.anchors.push(evidence.0);
                if m.score.is_none() {
                    m.score = flip(score, swapped);
                }
                if m.penalties.is_none() {
                    m.penalties = flip(penalties, swapped);
                }
                if m.competition.is_none() {
                    m.competition = competition;
                }
                if m.venue.is_none() {
                    m.venue = venue;
                }
                // Told once as the match of the day, it is not only an
                // earlier meeting.
                cand.earlier &= earlier;
                cand.unaligned &= unaligned;
                cand.worded |= first_won.is_some();
                if inferred.is_none() {
                    cand.inferred = None;
                }
                went[k] = Some(c);
            }
            None => {
                went[k] = Some(out.len());
                out.push(Candidate {
                    found: FoundMatch {
                        teams,
                        score,
                        penalties,
                        competition,
                        venue,
                        evidence,
                        anchors: vec![evidence.0],
                    },
                    earlier,
                    subject,
                    unaligned,
                    worded: first_won.is_some(),
                    leg: leg_beside,
                    named_object: object,
                    month: (bounds.0..bounds.1).find_map(|i| cues::month(seg.lower(i))),
                    inferred,
                });
            }
        }
    }
    results_lines(seg, entities, &mut out);
    consolidate::retold_with_named_sides(&mut out);
    let (mut out, objects): (Vec<FoundMatch>, Vec<Option<usize>>) =
        consolidate::progressions(seg, out).into_iter().unzip();
    // Matches from here on stand on running scores alone.
    let told = out.len();

    // Scores that are not results (running, half-time) still say which
    // match the text is about at that point; a running score of two teams
    // with no stated result is the best guess at one ("zum 3:1 (77.)" in a
    // report whose result sentence names no club).
    for (k, s) in scores.iter().enumerate() {
        if !matches!(kinds[k], ScoreKind::Running | ScoreKind::Other) {
            continue;
        }
        let known: Vec<(&FoundMatch, Option<usize>)> = out
            .iter()
            .enumerate()
            .map(|(c, m)| (m, objects.get(c).copied().flatten()))
            .collect();
        let Some(Teams {
            pair: teams,
            first_won,
            guessed,
            ..
        }) = teams_for(seg, entities, &scored, &known, s, clause(seg, scores, k))
        else {
            continue;
        };
        let at = seg.tokens[s.first].start as usize;
        let score = aligned(s.a, s.b, first_won);
        if let Some((c, m)) = out
            .iter_mut()
            .enumerate()
            .find(|(_, m)| same_pair(&m.teams, &teams).is_some())
        {
            m.anchors.push(at);
            // A live blog puts its newest entry first: of the running
            // scores standing in for a result, the one every other leads
            // to is the latest.
            let turned = flip(Some(score), same_pair(&m.teams, &teams) == Some(true));
            if c >= told && kinds[k] == ScoreKind::Running {
                if let (Some(now), Some(new)) = (m.score, turned) {
                    if new[0] >= now[0] && new[1] >= now[1] {
                        m.score = Some(new);
                        m.evidence = (at, seg.tokens[s.end - 1].end as usize);
                    }
                }
            }
        } else if kinds[k] == ScoreKind::Running && teams[0] != teams[1] && (!guessed || told == 0)
        {
            // With the other side only the document's other main club, a
            // running score stands in for a result only when the text told
            // none ("2-0 pour Lens" in a multiplex of three matches).
            out.push(FoundMatch {
                teams,
                score: Some(score),
                penalties: None,
                competition: None,
                venue: None,
                evidence: (at, seg.tokens[s.end - 1].end as usize),
                anchors: vec![at],
            });
        }
    }
    crate::agreement::one_kind(entities, &mut out);
    out
}

/// The results lines of the document ("Brentford 2 (Mbeumo 56) Fulham 1"),
/// each its own match unless the same result of the pair is already told.
fn results_lines(seg: &Segmented<'_>, entities: &[EntitySpan], out: &mut Vec<Candidate>) {
    for line in crate::split::lines(seg, entities) {
        let teams = line.clubs.map(|c| entities[c].reference.clone());
        let evidence = (
            seg.tokens[line.first].start as usize,
            seg.tokens[line.end - 1].end as usize,
        );
        let told = out.iter_mut().find(|c| {
            same_pair(&c.found.teams, &teams)
                .is_some_and(|swapped| c.found.score == flip(Some(line.score), swapped))
        });
        if let Some(c) = told {
            c.found.anchors.push(evidence.0);
            continue;
        }
        out.push(Candidate {
            found: FoundMatch {
                teams,
                score: Some(line.score),
                penalties: None,
                competition: None,
                venue: None,
                evidence,
                anchors: vec![evidence.0],
            },
            earlier: false,
            subject: 0,
            unaligned: false,
            worded: false,
            leg: false,
            named_object: None,
            month: None,
            inferred: None,
        });
    }
}
