//! The side a scorer is listed under in a goal list. A results line lists
//! each side's scorers in the order its teams were named, the two groups
//! split by a semicolon ("Remo 2 x 1 Paysandu (Pedro Rocha 12', 67';
//! Nicolas 80')", "Scorers: Álvarez 18, Fernández 71; Raphinha 45"); an
//! agency line marks each scorer with their club, by name or by its initial
//! ("Kean (Fiorentina) 12'", "19' Santiago Castro (B)").

use crate::link::TeamNames;
use crate::{EntitySpan, FoundMatch};
use scoreline_core::Label;
use scoreline_text::Segmented;

/// Tokens of a scorer list read back from a scorer to its opening bracket
/// or colon: a results line's list, not a paragraph.
const LIST_REACH: usize = 40;

/// The team of `m` the scorer at tokens `first..end` is listed under.
pub(super) fn side(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    names: &TeamNames<'_>,
    m: &FoundMatch,
    (first, end): (usize, usize),
) -> Option<String> {
    marked(seg, entities, names, m, end).or_else(|| in_group(seg, entities, names, m, first))
}

/// "Castro (B)", "Kean (Fiorentina)": the bracket right after the scorer
/// names one team of the match, by a club mention or by the initial of
/// exactly one team.
fn marked(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    names: &TeamNames<'_>,
    m: &FoundMatch,
    end: usize,
) -> Option<String> {
    // A scorer who ends the text has no bracket after them.
    if end + 2 >= seg.tokens.len() || seg.token_text(end) != "(" {
        return None;
    }
    let close = (end + 1..(end + 6).min(seg.tokens.len())).find(|&j| seg.token_text(j) == ")")?;
    if let Some(club) = entities
        .iter()
        .find(|e| e.label == Label::Club && e.first > end && e.end <= close)
    {
        return names.team_of(m, club).cloned();
    }
    if close != end + 2 {
        return None;
    }
    let mark = seg.token_text(end + 1);
    if mark.is_empty() || mark.chars().count() > 3 || !mark.chars().all(char::is_uppercase) {
        return None;
    }
    let mut teams = m
        .teams
        .iter()
        .filter(|t| initials_fit(seg, entities, t, mark));
    let team = teams.next()?;
    teams.next().is_none().then(|| team.clone())
}

/// Does `mark` ("B", "RM") start a name the text gives the team `team`?
fn initials_fit(seg: &Segmented<'_>, entities: &[EntitySpan], team: &str, mark: &str) -> bool {
    let starts = |name: &str| {
        let initials: String = name
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .collect();
        initials.starts_with(mark) || name.starts_with(mark)
    };
    starts(team)
        || entities
            .iter()
            .filter(|e| e.label == Label::Club && e.reference == team && e.end > e.first)
            .any(|e| {
                let (a, b) = (seg.tokens[e.first].start, seg.tokens[e.end - 1].end);
                starts(&seg.text[a as usize..b as usize])
            })
}

/// The scorer at token `at` in a list opened by "(" or ":" and split by
/// exactly one ";" into two sides, the teams named in the list's sentence
/// before it (or, after a colon, in the match's own result) in that order.
fn in_group(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    names: &TeamNames<'_>,
    m: &FoundMatch,
    at: usize,
) -> Option<String> {
    let sentence = seg.sentence_of_token(at)?;
    let mut semicolons = Vec::new();
    let mut open = None;
    for j in (sentence.first.max(at.saturating_sub(LIST_REACH))..at).rev() {
        match seg.token_text(j) {
            ";" => semicolons.push(j),
            "(" | ":" => {
                open = Some(j);
                break;
            }
            ")" => return None,
            _ => {}
        }
    }
    // A colon opens a list after a word ("Scorers:", "Tore:"), not inside
    // a score ("1:0").
    let open = open.filter(|&j| {
        seg.token_text(j) == "("
            || j.checked_sub(1)
                .is_some_and(|p| seg.token_text(p).chars().all(char::is_alphabetic))
    })?;
    let bracket = seg.token_text(open) == "(";
    let close = (at..sentence.end.min(at + LIST_REACH))
        .find(|&j| {
            matches!(seg.token_text(j), ")" | "(" | ":") || (!bracket && newline_before(seg, j))
        })
        .unwrap_or(sentence.end);
    semicolons.extend((at..close).filter(|&j| seg.token_text(j) == ";"));
    if semicolons.len() != 1 {
        return None;
    }
    let group = usize::from(semicolons[0] < at);
    let (from, to) = if bracket {
        (sentence.first, open)
    } else {
        let k = seg.sentences.iter().find(|s| {
            (s.start_byte as usize) <= m.evidence.0 && m.evidence.0 < s.end_byte as usize
        })?;
        (k.first, k.end)
    };
    let mut order: Vec<&String> = Vec::new();
    let mut clubs: Vec<&EntitySpan> = entities
        .iter()
        .filter(|e| e.label == Label::Club && e.first >= from && e.end <= to)
        .collect();
    clubs.sort_by_key(|c| c.first);
    for c in clubs {
        if let Some(t) = names.team_of(m, c) {
            if !order.contains(&t) {
                order.push(t);
            }
        }
    }
    (order.len() == 2).then(|| order[group].clone())
}

/// Does a line break come before token `j`?
fn newline_before(seg: &Segmented<'_>, j: usize) -> bool {
    j > 0 && {
        let gap = &seg.text[seg.tokens[j - 1].end as usize..seg.tokens[j].start as usize];
        gap.contains('\n')
    }
}
