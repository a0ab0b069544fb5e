//! Goals told without a minute: the subjects of a scoring verb ("Vanaken y
//! Tzolis adelantaron", "hatte Banda getroffen"), and the players a goal
//! noun names ("con goles de Raúl Jiménez y Edson Álvarez", "com dois gols
//! de Luiz Henrique", "doblete de Furuhashi"). A player who already has a
//! goal in the text gets none here: a second telling adds nothing.

use crate::cues::{self, class};
use crate::goals::{
    defender_error, role, running_score, side_of_goal, told, told_before, under_the_bar, within,
    words, Role,
};
use crate::minute;
use crate::{EntitySpan, FoundGoal, FoundMatch};
use scoreline_text::Segmented;

/// How far a subject may stand before its verb, in tokens.
const SUBJECT_BEFORE: usize = 8;
/// How far a subject with a relative clause after it may stand before its
/// verb ("Hulk, que a sus 38 años marcó el domingo").
const SUBJECT_BEFORE_RELATIVE: usize = 16;
/// How far an inverted subject may follow its verb ("risponde nel recupero
/// Luca Orellano").
const SUBJECT_AFTER: usize = 4;
/// The most tokens between two players of one list ("X, Y y Z", "X e dois
/// de Y").
const LIST_GAP: usize = 4;
/// How far the object of a scoring phrase may follow its verb ("gave
/// Francesco Farioli's team an early lead").
const PHRASE_REACH: usize = 10;

/// Players credited with goals, and how many each.
type Credited<'e> = Vec<(&'e EntitySpan, usize)>;

/// A token as the rules ask of it, looked up once: its lowered text, its
/// classes ([`cues::unanchored_class`]) and whether it is a goal noun.
struct Word<'s> {
    text: &'s str,
    class: u32,
    goal: bool,
}

impl<'s> Word<'s> {
    fn at(seg: &'s Segmented<'_>, v: usize) -> Self {
        let text = seg.lower(v);
        Word {
            text,
            class: cues::unanchored_class(text),
            // "une réussite de X" is a goal noun only before its scorer's
            // preposition: see [`goal_noun`].
            goal: cues::goal_of(text) || cues::owned_goal_noun(text),
        }
    }
}

pub(crate) fn find(
    seg: &Segmented<'_>,
    players: &[&EntitySpan],
    matches: &[FoundMatch],
    out: &mut Vec<FoundGoal>,
) {
    let mut after_shootout = false;
    for s in seg.sentences.iter().filter(|s| !s.offtopic) {
        let shootout = (s.first..s.end).any(|j| {
            let w = seg.lower(j);
            cues::shootout(w) || cues::shootout_context(w)
        });
        // A shoot-out told of colours its paragraph: "En el tiro de penaltis
        // … Él ha parado … Para el Kaiserslautern marcaron Ritter, Ache …".
        let paragraph = minute::line_start(seg, s.first);
        let takers_may_follow = after_shootout && !paragraph;
        after_shootout = shootout || takers_may_follow;
        let in_sentence: Vec<&EntitySpan> = within(players, s.first, s.end)
            .iter()
            .copied()
            .filter(|p| p.end <= s.end)
            .collect();
        if in_sentence.is_empty() {
            continue;
        }
        // A shoot-out's kicks are not goals: "Dans le tir au but, Stiller,
        // Millot et Führich ont marqué", "the decisive penalty", "X and Y
        // scored, while Z had her effort saved"; a goal taken back is none
        // ("the VAR ruled it out").
        let all = words(seg, s.first, s.end);
        let failed = |i: usize, w: &str| {
            cues::kick_failed(w)
                && !(i > 0 && side_of_goal(all[i - 1], w))
                && !(i > 1 && under_the_bar(all[i - 2], w))
                && !(i > 0 && defender_error(all[i - 1], w))
                && !all.get(i + 1).is_some_and(|n| defender_error(n, w))
        };
        let decisive_penalty = all.iter().any(|w| cues::decisive(w))
            && all
                .iter()
                .any(|w| cues::penalty(w) || *w == "strafstoß" || *w == "tir");
        let tir_au_but = all.windows(3).any(|w| w == ["tir", "au", "but"]);
        if decisive_penalty
            || tir_au_but
            || all
                .iter()
                .enumerate()
                .any(|(i, w)| cues::shootout_kick(w) || cues::disallowed(w) || failed(i, w))
        {
            continue;
        }
        // Players credited in this sentence: "scored a hat-trick" is told by
        // its verb and by its noun.
        let mut credited: Vec<usize> = Vec::new();
        // A goal noun said earlier in the sentence, for "… y otros de X".
        let mut goal_said = false;
        for v in s.first..s.end {
            let word = Word::at(seg, v);
            // In a sentence of a shoot-out only a goal noun names a scorer,
            // in a clause of its own ("vinta ai rigori, con il gol di Ashley
            // Hatch nei supplementari"): its verbs tell of the kicks.
            let by_noun = scorers_at(seg, &in_sentence, v, &word, s.first, s.end, goal_said);
            let scorers = if shootout {
                by_noun.filter(|found| {
                    found.iter().all(|(p, _)| {
                        let (from, to) = (p.first.min(v), p.end.max(v + 1));
                        !clause(seg, s.first, s.end, from, to).any(|j| {
                            let w = seg.lower(j);
                            cues::shootout(w) || cues::shootout_context(w) || cues::penalty(w)
                        })
                    })
                })
            } else {
                by_noun.or_else(|| {
                    // "trafen Noa Lang und Ismael Saibari für die PSV"; but
                    // told right after a shoot-out, such a list names its
                    // takers ("Por los visitantes solo marcaron Trippier y
                    // Guimarães").
                    verb_subjects(seg, &in_sentence, v, &word, s.first, s.end)
                        .filter(|(_, after)| !(*after && takers_may_follow))
                        .map(|(list, _)| list)
                })
            };
            goal_said |= word.goal || word.text == "hat";
            let Some(scorers) = scorers else {
                continue;
            };
            for (p, n) in scorers {
                let (from, to) = (p.first.min(v), p.end.max(v + 1));
                // A goal told with its minute over this name is goals'
                // ("mentre era andato a segno il giovane Estêvão al 30'"),
                // and so is a name told after that goal's scorer, between
                // him and the minute (the provider: "Emegha, lancé par
                // Barco à la 19e minute"); a name told before another
                // scorer's goal tells its own ("doppietta di David Neres e
                // sigillo di Noa Lang all'83'").
                let name = (
                    seg.tokens[p.first].start as usize,
                    seg.tokens[p.end - 1].end as usize,
                );
                // The agent of a passive told there ("atterrato da Bastoni e
                // Pulisic ha trasformato") is the goal's fouler, not a scorer.
                let agent = p.first > 0
                    && (cues::agent_marker(seg.lower(p.first - 1))
                        || seg.lower(p.first - 1) == "da");
                let with_minute = out.iter().any(|g| {
                    g.minute.is_some()
                        && g.evidence.0 < name.1
                        && name.0 < g.evidence.1
                        && (g.scorer == p.reference
                            || agent
                            || in_sentence.iter().any(|q| {
                                q.reference == g.scorer
                                    && q.first < p.first
                                    && seg.tokens[q.first].start as usize >= g.evidence.0
                            }))
                });
                if credited.contains(&p.first)
                    || with_minute
                    || doubtful(seg, s.first, s.end, from, to)
                    || told_of_this_meeting(seg, out, p, matches, s)
                {
                    continue;
                }
                credited.push(p.first);
                for _ in 0..n {
                    out.push(told(seg, matches, p, (from, to), s.end));
                }
            }
        }
    }
}

/// Has `p` been given goals in the match this sentence tells of? As
/// [`told_before`] (which tells another meeting of the same sides by its
/// score), but a sentence placing its goals at another time ("Estêvão
/// schnürte damals einen Doppelpack") tells of that time, unless the goals
/// were counted in this very sentence.
fn told_of_this_meeting(
    seg: &Segmented<'_>,
    out: &[FoundGoal],
    p: &EntitySpan,
    matches: &[FoundMatch],
    s: &scoreline_text::Sentence,
) -> bool {
    if !told_before(seg, out, p, matches, s) || short_of_score(seg, out, p, matches) {
        return false;
    }
    let (start, end) = (s.start_byte as usize, s.end_byte as usize);
    let here = out
        .iter()
        .any(|g| g.scorer == p.reference && g.evidence.0 >= start && g.evidence.0 < end);
    here || !other_time(seg, s)
}

/// Does the match `p` is told in (by position) still lack goals
/// its score counts, while `p`'s goals told so far all have minutes and
/// are told after this telling?
/// Then `p`'s telling here is another goal, not the same one again: a
/// match's goals are counted against its score before any is called a
/// second telling.
fn short_of_score(
    seg: &Segmented<'_>,
    out: &[FoundGoal],
    p: &EntitySpan,
    matches: &[FoundMatch],
) -> bool {
    let at = seg.tokens[p.first].start as usize;
    let Some(i) = crate::link::match_for(matches, at) else {
        return false;
    };
    let Some(score) = matches[i].score else {
        return false;
    };
    let mine = out
        .iter()
        .filter(|g| g.scorer == p.reference && g.match_index == Some(i));
    // A summary retells what was told before it ("Brobbey scored the
    // opener (23') … won 2-1 with goals from Brobbey and Godts"); a telling
    // before the goals with minutes is another goal of the story.
    if mine.clone().next().is_none()
        || mine
            .clone()
            .any(|g| g.minute.is_none() || g.evidence.0 <= at)
    {
        return false;
    }
    let told = out.iter().filter(|g| g.match_index == Some(i)).count();
    told < (score[0] + score[1]) as usize
}

/// "(2)" at token `j`, after a name in a list of scorers: their goals.
fn bracketed_count(seg: &Segmented<'_>, j: usize) -> Option<usize> {
    bracketed_number(seg, j).filter(|n| (2..=5).contains(n))
}

/// A number alone in brackets at token `j`: "(2)", "(24)".
fn bracketed_number(seg: &Segmented<'_>, j: usize) -> Option<usize> {
    if seg.lower(j) != "(" || seg.lower(j + 2) != ")" {
        return None;
    }
    seg.lower(j + 1).parse::<usize>().ok()
}

/// The tokens of the clause of a goal told by `from..to` within `lo..hi`:
/// between the commas (or an "and" before a new name) around its player
/// and its word, and on over a "but"
/// clause ("Gol de Vinícius, pero el árbitro mostró la tarjeta roja").
fn clause(
    seg: &Segmented<'_>,
    lo: usize,
    hi: usize,
    from: usize,
    to: usize,
) -> std::ops::Range<usize> {
    // "… e Trincão foi substituído": "and" before a new name opens a
    // clause of its own, as a comma does.
    let brk = |j: usize| {
        matches!(seg.token_text(j), "," | ";" | ":" | "(" | ")" | "—")
            || (cues::conjunction(seg.lower(j))
                && j + 1 < hi
                && seg.token_text(j + 1).starts_with(char::is_uppercase))
    };
    let start = (lo..from).rev().find(|&j| brk(j)).map_or(lo, |j| j + 1);
    let mut end = (to..hi).find(|&j| brk(j)).unwrap_or(hi);
    while end + 1 < hi && cues::adversative(seg.lower(end + 1)) {
        end = (end + 2..hi).find(|&j| brk(j)).unwrap_or(hi);
    }
    start..end
}

/// Does sentence `s` place what it tells in another match than the one
/// reported: "sagte Shaqiri, der schon in der Vorwoche getroffen hatte",
/// "la semaine passée", "dell'andata"? Whatever was told of today's match,
/// such a goal is another one.
fn other_time(seg: &Segmented<'_>, s: &scoreline_text::Sentence) -> bool {
    (s.first..s.end).any(|j| {
        let w = seg.lower(j);
        cues::other_match_time(w)
            || (cues::week_word(w)
                && ((j > s.first && cues::last_word(seg.lower(j - 1)))
                    || cues::last_word(seg.lower(j + 1))))
    })
}

/// Without a minute to anchor it, a card, a miss, a save or a
/// substitution in the clause of a goal casts doubt on it; "Fidalgo viene
/// espulso, e in pieno recupero Alan Pulido chiude i conti" keeps its goal.
fn doubtful(seg: &Segmented<'_>, lo: usize, hi: usize, from: usize, to: usize) -> bool {
    let range = clause(seg, lo, hi, from, to);
    let start = range.start;
    range.into_iter().any(|j| {
        cues::not_a_goal(seg.lower(j))
            && !(j > start && side_of_goal(seg.lower(j - 1), seg.lower(j)))
    })
}

/// The scorers a noun at `v` tells of, with their goals: "goles de X y Y",
/// "X's double", "X, Y und Z hießen die Torschützen", "auteur du but".
fn scorers_at<'e>(
    seg: &Segmented<'_>,
    players: &[&'e EntitySpan],
    v: usize,
    word: &Word<'_>,
    lo: usize,
    hi: usize,
    goal_said: bool,
) -> Option<Credited<'e>> {
    let w = seg.lower(v);
    // A list headed by the goals themselves: "Treffer: Kane (2), Olise".
    if seg.lower(v + 1) == ":" && cues::goal_list_head(w) {
        let list = subjects_after(seg, players, v + 1, lo);
        // "Tore: Kane (24), Guirassy (21)": a season's tally, no match's.
        let tally = list
            .iter()
            .any(|p| bracketed_number(seg, p.end).is_some_and(|n| n > 5));
        if tally {
            return None;
        }
        if !list.is_empty() {
            return Some(
                list.into_iter()
                    .map(|p| (p, bracketed_count(seg, p.end).unwrap_or(1)))
                    .collect(),
            );
        }
    }
    if cues::signed_participle(w) {
        if let Some(found) = signed_to(seg, players, v, lo, hi) {
            return Some(found);
        }
    }
    if let Some((n, noun_end)) = goal_noun(seg, v, word, goal_said) {
        let named = named_after(seg, players, noun_end, hi, n);
        if !named.is_empty() {
            return Some(named);
        }
        // "Veiga rettete mit einem späten Treffer einen Punkt": the
        // subject scored with the goal.
        let with = (v.saturating_sub(3).max(lo)..v).find(|&j| {
            matches!(
                seg.lower(j),
                "mit" | "with" | "con" | "avec" | "com" | "met"
            )
        });
        if let Some(j) = with {
            return Some(
                subjects_before(seg, players, j, lo)
                    .into_iter()
                    .map(|p| (p, n))
                    .collect(),
            );
        }
        // "Roger Fernandes, Ricardo Horta, Bruma e Amine El Ouazzani
        // assinaram os golos", "X und Y besorgten die Tore": the goals, as
        // the object of a list of subjects, are theirs, one each, whatever
        // the verb.
        if v >= 2
            && cues::plural_article(seg.lower(v - 1))
            && seg.tokens[v - 2].kind == scoreline_text::TokenKind::Word
            && !cues::suffered(seg.lower(v - 2))
            && !(v.saturating_sub(4).max(lo)..v).any(|j| cues::negation(seg.lower(j)))
        {
            let list = subjects_before(seg, players, v - 2, lo);
            if list.len() >= 2 {
                return Some(list.into_iter().map(|p| (p, 1)).collect());
            }
        }
        // "Antoine Semenyo zorgde in de slotfase voor de gelijkmaker",
        // "Wissa headed a late winner": a goal of the game's course (the
        // opener, the equaliser, the winner) as the object of its subject's
        // verb, whatever the verb — not when the words between give,
        // concede or deny it ("set up the winner with a cross", "conceded
        // the equaliser", "did not score the winner").
        if n == 1
            && cues::goal_of(w)
            && !cues::goal_by(w)
            && cues::multi_goal(w).is_none()
            && w != "score"
        {
            let subjects = subjects_before(seg, players, v, lo);
            if let [p] = subjects.as_slice() {
                let between = p.end..v;
                let doubted = between.clone().any(|j| {
                    let b = seg.lower(j);
                    cues::assist(b)
                        || cues::provider_verb(b)
                        || cues::receiver_verb(b)
                        || cues::suffered(b)
                        || cues::negation(b)
                        || cues::not_a_goal(b)
                        || cues::foul_verb(b)
                        || cues::modal(b)
                }) || between
                    .clone()
                    .any(|j| seg.tokens[j].kind == scoreline_text::TokenKind::Punct);
                if !doubted && role(seg, p, lo) != Role::Object && v > p.end + 1 {
                    return Some(vec![(p, 1)]);
                }
            }
        }
        // "den fünften Treffer steuerte Pablo Torre bei": the scorer after
        // the verb that follows the noun.
        if v + 1 < hi && cues::credit_verb(seg.lower(v + 1)) {
            if let Some(p) = players
                .iter()
                .find(|p| p.first > v + 1 && p.first <= v + 3)
                .filter(|p| role(seg, p, lo) != Role::Object)
            {
                return Some(vec![(p, n)]);
            }
        }
        // "Hat-trick for Haaland", "Doppelpack für Kane": a count of goals
        // given to the player named right after.
        if n >= 2 && cues::count_for(seg.lower(noun_end)) {
            // "for" makes the name an object to `role`; here it is not.
            if let Some(p) = players.iter().find(|p| p.first == noun_end + 1) {
                return Some(vec![(p, n)]);
            }
        }
        // "Messi firma una tripletta", "Pavlidis fez um hat-trick": a count
        // of goals is its subject's.
        if n >= 2 {
            return Some(
                subjects_before(seg, players, v, lo)
                    .into_iter()
                    .take(1)
                    .map(|p| (p, n))
                    .collect(),
            );
        }
        return None;
    }
    // "Troy Parrott's consolation", "Lawrence Shankland's double".
    let possessive = match w {
        "'s" | "’s" => Some(v + 1),
        "'" | "’" if seg.lower(v + 1) == "s" => Some(v + 2),
        _ => None,
    };
    if let Some(from) = possessive {
        let p = players.iter().find(|p| p.end == v)?;
        // "laid siege to Hugo Souza's goal", "a shot at Raya's goal": the
        // goal a place, the goalkeeper's net.
        if p.first > 0
            && cues::toward_net(seg.lower(p.first - 1))
            && matches!(seg.lower(from), "goal" | "net")
        {
            return None;
        }
        let n = (from..(from + 3).min(hi))
            .take_while(|&j| !cues::assist(seg.lower(j)) && seg.token_text(j) != ",")
            .find_map(|j| cues::possessed_goal(seg.lower(j)))?;
        return Some(vec![(p, n)]);
    }
    // "X, Y und Z hießen die Torschützen", "Scorers: X, Y". A count in
    // brackets after a name is that player's goals.
    if word.class & class::SCORERS != 0 {
        let list = if seg.lower(v + 1) == ":" {
            subjects_after(seg, players, v + 1, lo)
        } else {
            subjects_before(seg, players, v, lo)
        };
        return Some(
            list.into_iter()
                .map(|p| (p, bracketed_count(seg, p.end).unwrap_or(1)))
                .collect(),
        );
    }
    // "0–2 Assane Diao (nel recupero)", "3 x 1 Júnior Santos": a line of
    // a goal list whose minute is not given.
    if seg.tokens[v].kind == scoreline_text::TokenKind::Number
        && matches!(seg.lower(v + 1), "-" | "–" | ":" | "x")
        && seg
            .tokens
            .get(v + 2)
            .is_some_and(|t| t.kind == scoreline_text::TokenKind::Number)
    {
        let p = players.iter().find(|p| p.first == v + 3)?;
        return Some(vec![(p, 1)]);
    }
    // "Romelu Lukaku, buteur la semaine passée contre Côme".
    if word.class & class::SCORER != 0 && v >= 1 && seg.lower(v - 1) == "," {
        let p = players.iter().find(|p| p.end == v - 1)?;
        return Some(vec![(p, 1)]);
    }
    // "Der Ehrentreffer ging auf das Konto von Oliver Edvardsen".
    // "De 1-0 kwam op naam van X", "L'1-0 porta la firma di X", "El 1-0 fue
    // obra de X": a running score as the goal the name is credited with.
    let credited = word.class & class::CREDIT != 0 || cues::signature_noun(w);
    if credited
        && !goal_said
        && cues::by_preposition(seg.lower(v + 1))
        && (v.saturating_sub(10).max(lo)..v).any(|j| running_score(seg, j))
    {
        let p = players.iter().find(|p| p.first == v + 2)?;
        return Some(vec![(p, 1)]);
    }
    if goal_said && word.class & class::CREDIT != 0 && cues::by_preposition(seg.lower(v + 1)) {
        let p = players.iter().find(|p| p.first == v + 2)?;
        return Some(vec![(p, 1)]);
    }
    // "a fini par égaliser", "managed to equalise", "logró empatar", "è
    // riuscito a pareggiare", "wist gelijk te maken": a verb of success
    // before a scoring infinitive, not denied ("n'a pas réussi à").
    if let Some(k) = succeeded_at(seg, v, lo) {
        let denied = (k.saturating_sub(3).max(lo)..k).any(|j| cues::negation(seg.lower(j)));
        if !denied {
            let found: Credited<'e> = subjects_before(seg, players, k, lo)
                .into_iter()
                .map(|p| (p, 1))
                .collect();
            if !found.is_empty() {
                return Some(found);
            }
        }
    }
    // "era stata Girelli a segnare", "Hulk volvió a marcar".
    if word.class & class::INFINITIVE != 0 && v >= 2 && seg.lower(v - 1) == "a" {
        if let Some(p) = players.iter().find(|p| p.end == v - 1) {
            return Some(vec![(p, 1)]);
        }
        if cues::again_verb(seg.lower(v - 2)) {
            return Some(
                subjects_before(seg, players, v - 2, lo)
                    .into_iter()
                    .map(|p| (p, 1))
                    .collect(),
            );
        }
        return None;
    }
    // "Mason Greenwood, auteur du but de la victoire".
    if matches!(w, "auteur" | "autor" | "autore" | "autora" | "autrice")
        && (v + 1..(v + 4).min(hi)).any(|j| cues::goal_by(seg.lower(j)))
    {
        let p = players
            .iter()
            .rev()
            .find(|p| p.end <= v && v - p.end <= 1)?;
        return Some(vec![(p, 1)]);
    }
    None
}

/// The agents a participle at `v` signs a result or a goal to, one goal
/// each: "la rimonta firmata da Štulić su rigore e da Banda", "un successo
/// deciso da un colpo di testa di McTominay", "a win sealed by Saka". The
/// participle must hang from a result, a goal or a score said just before
/// it ("il contratto firmato da Giménez" signs no goal); each agent follows
/// the marker ("da", "por", "by", "door", "durch") at once or after a noun
/// by "di"/"de"/"of", or is joined to the one before by "e"/"and".
fn signed_to<'e>(
    seg: &Segmented<'_>,
    players: &[&'e EntitySpan],
    v: usize,
    lo: usize,
    hi: usize,
) -> Option<Credited<'e>> {
    let marker = v + 1;
    if marker >= hi
        || !(cues::agent_marker(seg.lower(marker)) || matches!(seg.lower(marker), "da" | "durch"))
    {
        return None;
    }
    let of_result = (v.saturating_sub(4).max(lo)..v).any(|j| {
        let w = seg.lower(j);
        cues::signed_result_noun(w) || cues::goal_of(w) || running_score(seg, j)
    });
    if !of_result {
        return None;
    }
    let stop = |j: usize| matches!(seg.token_text(j), ";" | ":" | "." | "(" | ")");
    let mut out: Credited<'e> = Vec::new();
    let mut last = marker;
    for p in players.iter().filter(|p| p.first > marker && p.end <= hi) {
        if (last..p.first).any(stop) || p.first - last > 8 {
            break;
        }
        let before = seg.lower(p.first - 1);
        let first = out.is_empty();
        let joined = if first {
            p.first == marker + 1 || (cues::genitive(before) && p.first <= marker + 6)
        } else {
            cues::conjunction(before)
                || before == ","
                || ((cues::agent_marker(before) || before == "da")
                    && cues::conjunction(seg.lower(p.first - 2)))
        };
        if !joined {
            break;
        }
        out.push((p, 1));
        last = p.end;
    }
    (!out.is_empty()).then_some(out)
}

/// Where the verb of success stands whose scoring infinitive is at `v`
/// ("managed to equalise", "a réussi à marquer", "logró empatar", "wist
/// vlak voor rust gelijk te maken"), within a clause after `lo`.
fn succeeded_at(seg: &Segmented<'_>, v: usize, lo: usize) -> Option<usize> {
    let w = seg.lower(v);
    let dutch = w == "maken" && v >= 2 && seg.lower(v - 1) == "te" && seg.lower(v - 2) == "gelijk";
    if !(dutch || cues::success_infinitive(w)) {
        return None;
    }
    (v.saturating_sub(6).max(lo)..v)
        .rev()
        .take_while(|&j| !matches!(seg.token_text(j), "," | ";" | ":" | "." | "(" | ")"))
        .find(|&j| cues::success_verb(seg.lower(j)))
}

/// The subjects of a verb at `v` that says a goal, with their goals, and
/// whether they follow it: "Mbappé abrió el marcador", "marcou Pedro",
/// "adiantaram-se por Samu Omorodion", "trafen jeweils doppelt".
fn verb_subjects<'e>(
    seg: &Segmented<'_>,
    players: &[&'e EntitySpan],
    v: usize,
    word: &Word<'_>,
    lo: usize,
    hi: usize,
) -> Option<(Credited<'e>, bool)> {
    let w = seg.lower(v);
    // "Retegui's goal cancelled out by Riccardo Orsolini": an equaliser by
    // the agent only.
    let cancelled_out = matches!(w, "cancelled" | "canceled" | "cancelling" | "canceling")
        && seg.lower(v + 1) == "out";
    // "Daizen Maeda cancelling out Simon Murray's penalty", "Teddy Okou
    // avait répondu au penalty d'Isi Palazón": the goal answered is its
    // owner's, whoever answered it.
    let answering = word.class & class::REPLY != 0
        || (matches!(
            w,
            "cancelled" | "canceled" | "cancelling" | "canceling" | "cancels" | "cancel"
        ) && seg.lower(v + 1) == "out");
    let answered = answering
        .then(|| goal_owner_after(seg, players, v, hi))
        .flatten();
    if !(cancelled_out
        || answered.is_some()
        || cues::scoring_verb(w)
        || word.class & class::VERB != 0
        || scoring_phrase(seg, v, word, hi)
        || on_target(seg, v)
        || finished_a_goal(seg, v, word, hi))
    {
        return None;
    }
    // "os Dragões adiantaram-se por Samu Omorodion", "ont égalisé par Hans
    // Vanaken": the agent is the scorer.
    let mut j = v + 1;
    while j < hi && matches!(seg.lower(j), "-" | "se" | "si" | "sich" | "zich" | "out") {
        j += 1;
    }
    let agent = (j < hi && cues::agent_marker(seg.lower(j)))
        .then(|| players.iter().position(|p| p.first == j + 1))
        .flatten();
    // "en maakte Edinson Cavani gelijk", "marcou Pedro": a name right after
    // the verb, none right before it, is its subject.
    let inverted = players.iter().position(|p| p.first == v + 1);
    // "has not scored", "hasn't scored", "no marcó", "n'a pas marqué";
    // but "nicht nur traf er", "not only scored".
    let negated = (v.saturating_sub(3).max(lo)..v).any(|j| {
        (cues::negation(seg.lower(j))
            && !matches!(
                seg.lower(j + 1),
                "nur"
                    | "only"
                    | "solo"
                    | "sólo"
                    | "seulement"
                    | "alleen"
                    | "só"
                    | "apenas"
                    | "just"
            ))
            || (seg.lower(j) == "t" && j > 0 && matches!(seg.lower(j - 1), "'" | "’"))
    }) && !expletive_ne(seg, v, lo);
    if negated || (cancelled_out && agent.is_none() && answered.is_none()) {
        return None;
    }
    let (list, after) =
        if let Some(i) = agent.or(inverted.filter(|_| !players.iter().any(|p| p.end == v))) {
            (list_from(seg, players[i..].iter().copied(), lo), true)
        } else {
            let before = subjects_before(seg, players, v, lo);
            if before.is_empty() {
                (subjects_after(seg, players, v, lo), true)
            } else {
                (before, false)
            }
        };
    // "a Cucho Hernández risponde nel recupero Luca Orellano": the one
    // replied to scored first.
    let replied_to = (word.class & class::REPLY != 0)
        .then(|| {
            players.iter().find(|p| {
                p.first >= 1
                    && matches!(seg.lower(p.first - 1), "a" | "à" | "to" | "al")
                    && (p.end == v || p.first == v + 2)
            })
        })
        .flatten()
        .or(answered)
        .filter(|p| !list.iter().any(|q| q.first == p.first));
    let window = v + 1..(v + 6).min(hi);
    // "waarna Kyogo Furuhashi er nog twee bij maakte": a verb that ends its
    // clause has its count before it.
    let clause_final = v + 1 >= hi || matches!(seg.token_text(v + 1), "," | "." | ";");
    let before = if clause_final {
        v.saturating_sub(4).max(lo)..v
    } else {
        v..v
    };
    // "Icardi, who scored 24 goals two seasons ago": a tally, not a goal.
    // Within the verb's clause: "Gyökeres bisou e chegou aos 28 golos"
    // scored twice, and the tally is another clause's.
    let tally = window
        .clone()
        .take_while(|&j| {
            !(matches!(seg.token_text(j), "," | ";" | ":" | ".") || cues::conjunction(seg.lower(j)))
        })
        .any(|j| {
            seg.tokens[j].kind == scoreline_text::TokenKind::Number
                && cues::goal_by(seg.lower(j + 1))
        });
    if list.is_empty() || tally {
        return None;
    }
    let each = window.clone().any(|j| cues::each(seg.lower(j)));
    let n = cues::multi_goal_verb(w)
        .or_else(|| count_after(seg, window.clone()))
        .or_else(|| count_after(seg, before))
        .filter(|_| list.len() == 1 || each)
        .unwrap_or(1);
    let mut scorers: Credited<'_> = list.into_iter().map(|p| (p, n)).collect();
    if let Some(p) = replied_to {
        scorers.insert(0, (p, 1));
    }
    Some((scorers, after))
}

/// The owner of the goal a verb of answering takes as its object, within a
/// few words after it: "Y's penalty", "Y's early opener", "au penalty d'Y",
/// "à l'ouverture du score de Y", "al gol di Y".
fn goal_owner_after<'p, 'e>(
    seg: &Segmented<'_>,
    players: &'p [&'e EntitySpan],
    v: usize,
    hi: usize,
) -> Option<&'p &'e EntitySpan> {
    let goal_word = |j: usize| {
        let w = seg.lower(j);
        cues::goal_by(w)
            || cues::penalty(w)
            || cues::owned_goal_noun(w)
            || w == "opener"
            || w == "ouverture"
            || (w == "score" && j >= 2 && seg.lower(j - 2).ends_with("ouverture"))
    };
    players
        .iter()
        .filter(|p| p.first > v && p.first <= v + 7 && p.end <= hi)
        .find(|p| {
            // "Simon Murray's penalty", "Adewumi's early opener"
            let possessive = matches!(seg.lower(p.end), "'s" | "’s")
                || (matches!(seg.lower(p.end), "'" | "’") && seg.lower(p.end + 1) == "s");
            let owned = possessive && (p.end + 1..(p.end + 4).min(hi)).any(goal_word);
            // "au penalty d'Isi Palazón", "à l'ouverture du score de Y"
            let of = p.first >= 2
                && cues::by_preposition(seg.lower(p.first - 1))
                && (p.first.saturating_sub(5).max(v + 1)..p.first - 1).any(goal_word);
            owned || of
        })
}

/// The count a verb's object gives: "scored a hat-trick", "trafen jeweils
/// doppelt", "er nog twee bij maakte", "marcou duas vezes".
fn count_after(seg: &Segmented<'_>, window: std::ops::Range<usize>) -> Option<usize> {
    for j in window {
        if matches!(seg.token_text(j), "," | ";" | ":" | "." | "(") {
            return None;
        }
        let next = seg.lower(j + 1);
        // "fez três assistências", "gave two assists": a count of what
        // was given, not scored.
        if cues::assists_noun(next) {
            return None;
        }
        if let Some((n, _)) = multi_goal_at(seg, j) {
            return Some(n);
        }
        // "scored the other two", "maakte de andere twee": the count of
        // the goals not yet told, whatever follows it.
        if cues::other_goals(seg.lower(j)) {
            if let Some(n) = cues::number_word(next) {
                return Some(n);
            }
        }
        if let Some(n) = cues::number_word(seg.lower(j)) {
            return (cues::times(next)
                || cues::goal_by(next)
                || cues::occasions(next)
                || matches!(next, "bij" | "more"))
            .then_some(n);
        }
        // "respondió en ambas ocasiones", "scored in both legs"
        if cues::both_of(seg.lower(j)) && cues::occasions(next) {
            return Some(2);
        }
    }
    None
}

/// A count of goals at token `j`, and where it ends: "doblete",
/// "hat-trick" (three tokens), "hat trick", "twice"; "bis" only as a noun
/// ("il bis").
pub(crate) fn multi_goal_at(seg: &Segmented<'_>, j: usize) -> Option<(usize, usize)> {
    let w = seg.lower(j);
    // "fez três assistências": a count of the goals given.
    if cues::assists_noun(seg.lower(j + 1)) {
        return None;
    }
    if w == "hat" && seg.lower(j + 1) == "-" && seg.lower(j + 2) == "trick" {
        return Some((3, j + 3));
    }
    // "a hat trick", written apart.
    if w == "hat" && seg.lower(j + 1) == "trick" {
        return Some((3, j + 2));
    }
    // "met doelpunten van X en Y": once each, not a brace.
    if w == "doelpunten"
        || (w == "bis"
            && !(j > 0 && matches!(seg.lower(j - 1), "il" | "le" | "un" | "um" | "o" | "del")))
    {
        return None;
    }
    cues::multi_goal(w).map(|n| (n, j + 1))
}

/// A finishing verb whose object is a goal: "Otamendi headed the
/// winner", "Sean Nealis heading the winner", "Claudia Pina curled in a
/// fourth", "Putellas made it three", "sloeg Brobbey toe".
fn finished_a_goal(seg: &Segmented<'_>, v: usize, word: &Word<'_>, hi: usize) -> bool {
    let w = word.text;
    let stop = |j: usize| seg.tokens[j].kind == scoreline_text::TokenKind::Punct;
    let next = |k: usize| if v + k < hi { seg.lower(v + k) } else { "" };
    if matches!(w, "made" | "makes" | "making") {
        return next(1) == "it"
            && (cues::number_word(next(2)).is_some()
                || cues::ordinal_goal(next(2))
                || (v + 2 < hi && seg.tokens[v + 2].kind == scoreline_text::TokenKind::Number));
    }
    // German "verwertete die Flanke zum Siegtreffer": the goal the
    // subject's action made; "legte zum Ausgleich auf" made it for another.
    if matches!(w, "zum" | "zur") {
        let goal = (v + 1..(v + 3).min(hi)).any(|j| {
            let n = seg.lower(j);
            cues::goal_of(n) && n != "score"
        });
        let set_up = (v + 1..(v + 5).min(hi)).any(|j| matches!(seg.lower(j), "auf" | "vor"));
        return goal && !set_up;
    }
    // Dutch "sloeg … toe": struck.
    if matches!(w, "sloeg" | "slaat") {
        return (v + 1..(v + 5).min(hi))
            .take_while(|&j| !stop(j))
            .any(|j| seg.lower(j) == "toe");
    }
    // The object first, by plain comparison: the verb's list is a lookup,
    // and this is asked of every token.
    let object = if matches!(next(1), "in" | "home") {
        // "curled in a fourth", "headed in a second"; "fired in at the near
        // post", "slotted home." — not "curled in a cross"
        cues::ordinal_goal(next(2))
            || (matches!(next(2), "a" | "the") && cues::ordinal_goal(next(3)))
            || v + 2 >= hi
            || stop(v + 2)
            || matches!(
                next(2),
                "at" | "from" | "off" | "via" | "late" | "just" | "after"
            )
    } else {
        (v + 1..(v + 4).min(hi)).take_while(|&j| !stop(j)).any(|j| {
            matches!(
                seg.lower(j),
                "winner" | "opener" | "equaliser" | "equalizer" | "consolation" | "goal"
            )
        })
    };
    object && (word.class & class::GERUND != 0 || cues::finish_verb(w))
}

/// "a segno", "in gol" (Italian), "on target", "trefzeker", "à la
/// marque": the subject scored.
fn on_target(seg: &Segmented<'_>, v: usize) -> bool {
    let prev = |k: usize| if v >= k { seg.lower(v - k) } else { "" };
    match seg.lower(v) {
        "segno" => prev(1) == "a",
        "gol" => prev(1) == "in",
        "trefzeker" => true,
        "marque" => prev(1) == "la" && prev(2) == "à",
        // "shots on target" are not goals.
        "target" => {
            prev(1) == "on"
                && !(2..5).any(|k| matches!(prev(k), "shot" | "shots" | "attempts" | "efforts"))
        }
        _ => false,
    }
}

/// "avant que Cody Gakpo ne double la mise": after "avant que" the French
/// "ne" denies nothing, unless "pas", "plus" or "jamais" follows the verb.
fn expletive_ne(seg: &Segmented<'_>, v: usize, lo: usize) -> bool {
    let ne = (v.saturating_sub(3).max(lo)..v).find(|&j| matches!(seg.lower(j), "ne" | "n'"));
    ne.is_some_and(|k| {
        !(v + 1..v + 3).any(|j| matches!(seg.lower(j), "pas" | "plus" | "jamais" | "point"))
            && (k.saturating_sub(12).max(lo)..k).any(|j| {
                seg.lower(j) == "avant" && matches!(seg.lower(j + 1), "que" | "qu'" | "qu")
            })
    })
}

/// A verb with its object saying a goal: "opened the scoring", "a redonné
/// l'avantage", "abrió el marcador", "pulled one back", "zette de
/// thuisploeg op voorsprong", "ne double la mise", "ajoutant le quatrième
/// but", "decidiu o clássico", "a sauvé l'honneur". The noun follows within
/// `PHRASE_REACH` tokens, before the sentence ends; a verb that ends its
/// clause has it before ("voor de Amsterdamse goals gezorgd").
fn scoring_phrase(seg: &Segmented<'_>, v: usize, word: &Word<'_>, end: usize) -> bool {
    let w = word.text;
    let general = cues::scoring_phrase_verb(w);
    let decide = word.class & class::DECIDE != 0;
    let objects = cues::phrase_objects(w);
    // "put the Rossoneri two up", "er nog twee bij maakte"
    let counted = matches!(w, "put" | "puts" | "maakte" | "maakt");
    if !(general || decide || counted || !objects.is_empty()) {
        return false;
    }
    // "a player who can decide a game on his own": what may be, not what
    // was.
    if (v.saturating_sub(2)..v).any(|j| cues::modal(seg.lower(j))) {
        return false;
    }
    let pairs = |j: usize| {
        let n = seg.lower(j);
        (general && cues::scoring_phrase_noun(n))
            || (decide && cues::match_noun(n))
            || objects.contains(&n)
            || (counted
                && matches!(n, "up" | "bij")
                && cues::number_word(seg.lower(j - 1)).is_some())
    };
    let stop = |j: usize| matches!(seg.token_text(j), "," | ";" | ":" | "." | "(" | "!" | "?");
    let ahead = (v + 1..(v + 1 + PHRASE_REACH).min(end))
        .take_while(|&j| !stop(j))
        .any(pairs);
    let clause_final = v + 1 >= end || stop(v + 1) || cues::conjunction(seg.lower(v + 1));
    ahead
        || (clause_final
            && (v.saturating_sub(5)..v)
                .rev()
                .take_while(|&j| !stop(j))
                .any(pairs))
}

/// The subjects of a verb at `v`: the nearest player before it, within
/// `SUBJECT_BEFORE` tokens with no clause break between (or further, over
/// the relative clause said of them), who is not an object ("von Robin Koch
/// gelegt"), and the players listed with them ("Vanaken y Tzolis
/// adelantaron", "Lookman, Scamacca und Pasalić trafen").
fn subjects_before<'e>(
    seg: &Segmented<'_>,
    players: &[&'e EntitySpan],
    v: usize,
    lo: usize,
) -> Vec<&'e EntitySpan> {
    let broken = |from: usize, to: usize| {
        (from..to).any(|j| matches!(seg.token_text(j), "," | ";" | ":" | "." | "(" | ")"))
    };
    let Some(last) = players.iter().rposition(|p| {
        if p.end > v || role(seg, p, lo) == Role::Object {
            return false;
        }
        let relative = seg.lower(p.end) == "," && cues::relative_pronoun(seg.lower(p.end + 1));
        if relative {
            v - p.end <= SUBJECT_BEFORE_RELATIVE
                && !(p.end..v).any(|j| matches!(seg.token_text(j), ";" | ":" | "." | "("))
        } else {
            v - p.end <= SUBJECT_BEFORE && !broken(p.end, v)
        }
    }) else {
        return Vec::new();
    };
    let mut out = list_from(seg, players[..=last].iter().rev().copied(), lo);
    out.reverse();
    out
}

/// The players of a list, from its first item in the order given (forward,
/// or backward from the last item), while they are joined by commas and
/// "and" and are not objects.
fn list_from<'e>(
    seg: &Segmented<'_>,
    mut items: impl Iterator<Item = &'e EntitySpan>,
    lo: usize,
) -> Vec<&'e EntitySpan> {
    let Some(first) = items.next() else {
        return Vec::new();
    };
    let mut out = vec![first];
    for p in items {
        let prev = out[out.len() - 1];
        let joined = if p.first >= prev.end {
            listed_with(seg, prev, p)
        } else {
            listed_with(seg, p, prev)
        };
        if !joined || role(seg, p, lo) == Role::Object {
            break;
        }
        out.push(p);
    }
    out
}

/// The inverted subjects of a verb at `v` ("risponde nel recupero Luca
/// Orellano", "Für die Current trafen Temwa Chawinga und Bia Zaneratto"):
/// the first player within `SUBJECT_AFTER` tokens who is not an object, and
/// the players listed with them.
fn subjects_after<'e>(
    seg: &Segmented<'_>,
    players: &[&'e EntitySpan],
    v: usize,
    lo: usize,
) -> Vec<&'e EntitySpan> {
    // "Très marqué, Donnarumma …": a subject does not follow over a comma.
    let Some(first) = players.iter().position(|p| {
        p.first > v && p.first - v <= SUBJECT_AFTER && (v..p.first).all(|j| seg.lower(j) != ",")
    }) else {
        return Vec::new();
    };
    if role(seg, players[first], lo) == Role::Object {
        return Vec::new();
    }
    list_from(seg, players[first..].iter().copied(), lo)
}

/// Are `p` and `next` two items of one list: "X, Y", "X und Y", "X y Y",
/// "X, sur penalty, et Y" (the kind of the goal between commas)?
fn listed_with(seg: &Segmented<'_>, p: &EntitySpan, next: &EntitySpan) -> bool {
    let joiner = |j: usize| {
        matches!(
            seg.lower(j),
            "," | "y" | "e" | "and" | "und" | "en" | "et" | "&"
        )
    };
    if next.first < p.end {
        return false;
    }
    // "Kane (2), Olise": over the count of the one before.
    let end = if bracketed_count(seg, p.end).is_some() {
        p.end + 3
    } else {
        p.end
    };
    if next.first >= end && next.first - end <= 2 {
        return (end..next.first).all(joiner);
    }
    // "Bryan Mbeumo, sur penalty, et Yoane Wissa"
    let Some(close) = (p.end + 1..next.first).find(|&j| seg.lower(j) == ",") else {
        return false;
    };
    seg.lower(p.end) == ","
        && close - p.end <= 4
        && (p.end + 1..close).any(|j| {
            let w = seg.lower(j);
            cues::penalty(w) || cues::own_goal(w)
        })
        && next.first - close <= 2
        && (close..next.first).all(joiner)
}

/// Is token `v` a noun for goals, and how many does it count? "gol" 1,
/// "goles" 1 (the list shares them), "doblete" 2, "dos goles" 2,
/// "hat-trick" 3, "autogol" 1; after a goal noun, "otros" 1 ("dos goles de
/// Havertz y otros de Füllkrug") and "dois" 2.
fn goal_noun(
    seg: &Segmented<'_>,
    v: usize,
    word: &Word<'_>,
    goal_said: bool,
) -> Option<(usize, usize)> {
    let w = word.text;
    if let Some(found) = multi_goal_at(seg, v) {
        return Some(found);
    }
    if goal_said && cues::by_preposition(seg.lower(v + 1)) {
        if let Some(n) = cues::number_word(w) {
            return Some((n, v + 1));
        }
        if cues::goal_pronoun(w) {
            return Some((1, v + 1));
        }
    }
    if let Some(n) = cues::multi_goal_plural(w).or_else(|| cues::owned_multi_goal(w)) {
        return Some((n, v + 1));
    }
    // "a strike from X", "une réussite de X": nouns that say a goal only
    // when their scorer's preposition follows at once ("his strike
    // partner", "une belle réussite collective" say none).
    if cues::owned_goal_noun(w) && !cues::goal_of(w) {
        return cues::by_preposition(seg.lower(v + 1)).then_some((1, v + 1));
    }
    // "l'ouverture du score d'Adrien Rabiot", "the opener from X"; a score
    // alone is a result's.
    let opening_score = w == "score"
        && v >= 2
        && seg.lower(v - 1) == "du"
        && seg.lower(v - 2).ends_with("ouverture");
    if !(word.goal && w != "score" || opening_score || word.class & class::OWN_GOAL_NOUN != 0) {
        return None;
    }
    let counted = v
        .checked_sub(1)
        .and_then(|u| cues::number_word(seg.lower(u)));
    Some((counted.unwrap_or(1), v + 1))
}

/// The players a goal noun ending before `v` names: after "de", "di", "from", "von"…
/// within four words ("Reti nella ripresa di X", "un but contre son camp de
/// X"), then those listed with them; `n` goals for the first.
fn named_after<'e>(
    seg: &Segmented<'_>,
    players: &[&'e EntitySpan],
    v: usize,
    hi: usize,
    n: usize,
) -> Credited<'e> {
    let word = |j: usize| seg.tokens[j].kind != scoreline_text::TokenKind::Punct;
    // "dobletes de Igor Jesus y Luiz Henrique": a count for each.
    let plural = v > 0 && cues::multi_goal_plural(seg.lower(v - 1)).is_some();
    // Any word may come between in the first two ("tanto decisivo de X");
    // further only the words of an own goal or of the half.
    let Some(prep) = (v..(v + 4).min(hi))
        .take_while(|&j| word(j) && (j <= v + 1 || cues::goal_noun_filler(seg.lower(j - 1))))
        .find(|&j| {
            cues::by_preposition(seg.lower(j))
                && players.iter().any(|p| p.first == j + 1 || p.first == j + 2)
        })
    else {
        return Vec::new();
    };
    let mut out: Credited<'_> = Vec::new();
    let mut last_end = prep + 1;
    for p in players.iter().filter(|p| p.first > prep) {
        let gap = p.first - last_end;
        let broken = (last_end..p.first).any(|j| matches!(seg.token_text(j), ";" | ":" | "."));
        if gap > if out.is_empty() { 1 } else { LIST_GAP } || broken {
            break;
        }
        // "… e dois de Thiago Almada": a count in the gap is this player's.
        let counted = (last_end..p.first).find_map(|j| cues::number_word(seg.lower(j)));
        // "… y un tanto de Thiago Almada": a goal of its own.
        let new_noun = (last_end..p.first).any(|j| cues::goal_by(seg.lower(j)));
        out.push((
            p,
            if out.is_empty() || (plural && counted.is_none() && !new_noun) {
                n
            } else {
                counted.unwrap_or(1)
            },
        ));
        last_end = p.end;
    }
    out
}

/// Once every goal has its match: a player's goals told without minutes in
/// a match where their goals with minutes are told too are those same
/// goals ("Chris Wood scored twice …" over "Wolves 0 Forest 2 (Wood 33,
/// 61)"), as many as have minutes. Before linking, a results line told
/// after another match's score placed them by position in that one. The
/// score decides first: while a match's goals do not outnumber its score's,
/// none of them is a second telling ("Jiménez igualó antes del descanso …
/// Jiménez convirtió un penalti en el 66" in a 3-1 told goal by goal).
pub(crate) fn drop_retold(seg: &Segmented<'_>, matches: &[FoundMatch], goals: &mut Vec<FoundGoal>) {
    let mut linked = vec![0usize; matches.len()];
    for i in goals.iter().filter_map(|g| g.match_index) {
        if let Some(n) = linked.get_mut(i) {
            *n += 1;
        }
    }
    let fits = |i: Option<usize>| {
        i.and_then(|i| matches.get(i).and_then(|m| m.score).map(|s| (i, s)))
            .is_some_and(|(i, s)| linked[i] <= (s[0] + s[1]) as usize)
    };
    // A goal told in a sentence of another time is not retold: see
    // [`other_time`].
    let of_other_time = |g: &FoundGoal| {
        let i = seg
            .sentences
            .partition_point(|s| (s.end_byte as usize) <= g.evidence.0);
        seg.sentences.get(i).is_some_and(|s| other_time(seg, s))
    };
    let mut with_minute: Vec<(String, Option<usize>, usize)> = Vec::new();
    for g in goals.iter().filter(|g| g.minute.is_some()) {
        match with_minute
            .iter_mut()
            .find(|(s, m, _)| *s == g.scorer && *m == g.match_index)
        {
            Some((_, _, k)) => *k += 1,
            None => with_minute.push((g.scorer.clone(), g.match_index, 1)),
        }
    }
    goals.retain(|g| {
        if g.minute.is_some() || of_other_time(g) || fits(g.match_index) {
            return true;
        }
        match with_minute
            .iter_mut()
            .find(|(s, m, k)| *k > 0 && *s == g.scorer && *m == g.match_index)
        {
            Some((_, _, k)) => {
                *k -= 1;
                false
            }
            None => true,
        }
    });
}
