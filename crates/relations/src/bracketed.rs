//! A results line's scorers in brackets, without minutes: "SV Darmstadt 98
//! – 1. FC Nürnberg 3:1 (Lidberg 2 – Zoma)", "4:2 (Källman 2, Rochelt,
//! Leopold – Atik, Nollenberger)", "2:2 (Itten, Klaus – Köhler,
//! Oberdorf/Eigentor)", "3-1 (Mühren 2, Veerman)". Each name is a goal of
//! the score before the bracket, a count after a name that many; a goal the
//! text told of already in that match (once linked) is not told again.
//!
//! Invariants: a bracket holding anything but names, small counts after
//! them, side separators and own-goal or penalty marks (a minute, "a.p.",
//! "strafschop", "einde") gives no goal; nor one counting more goals than
//! its score; this module never reads a bracket not right after a score.

use crate::cues;
use crate::{EntitySpan, FoundGoal, FoundMatch};
use scoreline_core::{GoalKind, Label};
use scoreline_text::{Segmented, TokenKind};

/// The longest bracket read, in tokens.
const LONGEST: usize = 48;
/// The most goals one name is counted in a bracket.
const MOST_COUNTED: usize = 5;

/// One name of a bracket: the player, their goals, and how.
struct Item<'e> {
    player: &'e EntitySpan,
    goals: usize,
    kind: GoalKind,
}

/// Adds the goals of every scorers' bracket after a match's score.
pub(crate) fn listed(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    matches: &[FoundMatch],
    out: &mut Vec<FoundGoal>,
) {
    let players: Vec<&EntitySpan> = entities
        .iter()
        .filter(|e| e.label == Label::Player)
        .collect();
    let players = &players[..];
    for (i, m) in matches.iter().enumerate() {
        for &a in &m.anchors {
            let Some(open) = bracket_after(seg, a) else {
                continue;
            };
            let Some(items) = items(seg, players, open) else {
                continue;
            };
            let total: usize = items.iter().map(|x| x.goals).sum();
            if m.score.is_some_and(|[x, y]| total > (x + y) as usize) {
                continue;
            }
            for item in items {
                let name = crate::piece::surname_of(&item.player.reference);
                let told = out
                    .iter()
                    .filter(|g| {
                        crate::piece::surname_of(&g.scorer).eq_ignore_ascii_case(name)
                            && g.match_index == Some(i)
                    })
                    .count();
                let p = item.player;
                for _ in told..item.goals {
                    out.push(FoundGoal {
                        match_index: Some(i),
                        scorer: p.reference.clone(),
                        team: None,
                        minute: None,
                        stoppage: None,
                        kind: item.kind,
                        evidence: (
                            seg.tokens[p.first].start as usize,
                            seg.tokens[p.end - 1].end as usize,
                        ),
                    });
                }
            }
        }
    }
}

/// The token of the "(" right after the score told at byte `at`: only the
/// score's numbers and signs between.
fn bracket_after(seg: &Segmented<'_>, at: usize) -> Option<usize> {
    let k = seg.tokens.partition_point(|t| (t.start as usize) < at);
    (k..(k + 6).min(seg.tokens.len()))
        .take_while(|&j| {
            seg.tokens[j].kind == TokenKind::Number
                || matches!(seg.token_text(j), "-" | ":" | "–" | "—" | "(")
        })
        .find(|&j| seg.token_text(j) == "(" && j > k)
}

/// The names of the bracket opened at `open`, or `None` when it holds
/// anything else.
fn items<'e>(
    seg: &Segmented<'_>,
    players: &[&'e EntitySpan],
    open: usize,
) -> Option<Vec<Item<'e>>> {
    let n = seg.tokens.len();
    let close = (open + 1..(open + LONGEST).min(n)).find(|&j| seg.token_text(j) == ")")?;
    let mut out: Vec<Item<'e>> = Vec::new();
    let mut j = open + 1;
    while j < close {
        if let Some(p) = players.iter().find(|p| p.first == j && p.end <= close) {
            out.push(Item {
                player: p,
                goals: 1,
                kind: GoalKind::Regular,
            });
            j = p.end;
            continue;
        }
        let w = seg.lower(j);
        let after_name = out.last_mut().filter(|x| x.player.end == j);
        if seg.tokens[j].kind == TokenKind::Number {
            // A count right after its name; any other number is a minute.
            let count = w
                .parse::<usize>()
                .ok()
                .filter(|c| (2..=MOST_COUNTED).contains(c))?;
            let item = after_name?;
            // "Wood 3, 61": a number after a name and before another
            // number is a minute.
            if seg
                .tokens
                .get(j + 2)
                .is_some_and(|t| t.kind == TokenKind::Number)
                || matches!(seg.token_text(j + 1), "'" | "." | "’")
            {
                return None;
            }
            item.goals = count;
        } else if cues::own_goal(w) {
            let item = out.last_mut()?;
            item.kind = GoalKind::OwnGoal;
        } else if cues::penalty(w) {
            let item = out.last_mut()?;
            item.kind = GoalKind::Penalty;
        } else if !matches!(w, "," | ";" | "-" | "–" | "—" | "/" | ".") {
            return None;
        }
        j += 1;
    }
    (!out.is_empty()).then_some(out)
}
