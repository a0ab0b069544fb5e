//! Checks between the records and the marks of one article: every ref a
//! record uses names an entity of the right label in the text, and goals fit
//! their match. These are authoring rules (AUTHORING.md §1, §3) the spec
//! validator cannot know about, since it sees refs only as strings.

use crate::marks::Mark;
use crate::records::{GoalRecord, MatchRecord};
use scoreline_core::Label;
use std::collections::HashMap;

/// A record or mark with the 1-based source line it was written on.
#[derive(Debug, Clone)]
pub struct AtLine<T> {
    pub line: usize,
    pub item: T,
}

/// Every problem as (line, message).
pub fn check(
    marks: &[AtLine<Mark>],
    matches: &[AtLine<MatchRecord>],
    goals: &[AtLine<GoalRecord>],
) -> Vec<(usize, String)> {
    let refs = Refs::new(marks);
    let mut out = Vec::new();
    for AtLine { line, item: m } in matches {
        for team in &m.teams {
            refs.expect(Label::Club, "team", team, *line, &mut out);
        }
        if m.teams[0] == m.teams[1] {
            out.push((*line, format!("both teams are {:?}", m.teams[0])));
        }
        if let Some(c) = &m.competition {
            refs.expect(Label::Competition, "competition", c, *line, &mut out);
        }
        if let Some(v) = &m.venue {
            refs.expect(Label::Stadium, "venue", v, *line, &mut out);
        }
    }
    let by_id: HashMap<&str, &MatchRecord> = matches
        .iter()
        .map(|m| (m.item.id.as_str(), &m.item))
        .collect();
    // Goals counted per (match, team), to compare with that team's score.
    let mut scored: HashMap<(&str, &str), (u32, usize)> = HashMap::new();
    for AtLine { line, item: g } in goals {
        refs.expect(Label::Player, "scorer", &g.scorer, *line, &mut out);
        refs.expect(Label::Club, "team", &g.team, *line, &mut out);
        let Some(m) = g.match_id.as_deref().and_then(|id| by_id.get(id)) else {
            continue;
        };
        if !m.teams.contains(&g.team) {
            out.push((
                *line,
                format!(
                    "team {:?} is not a team of match {} ({} v {}); an own goal is credited to the opponent, still one of the two",
                    g.team, m.id, m.teams[0], m.teams[1]
                ),
            ));
            continue;
        }
        let e = scored
            .entry((m.id.as_str(), g.team.as_str()))
            .or_insert((0, *line));
        e.0 += 1;
        e.1 = *line;
    }
    let mut over: Vec<(usize, String)> = Vec::new();
    for ((id, team), (count, last_line)) in scored {
        let Some(m) = by_id.get(id) else { continue };
        let Some(score) = m.score else { continue };
        let side = usize::from(m.teams[1] == team);
        if count > score[side] {
            over.push((
                last_line,
                format!("{count} goal records for {team:?} in match {id}, but its score gives {team:?} {}", score[side]),
            ));
        }
    }
    over.sort();
    out.extend(over);
    out
}

/// The refs of the document's entities, by label.
struct Refs<'a> {
    by_label: HashMap<Label, Vec<&'a str>>,
    marks: &'a [AtLine<Mark>],
}

impl<'a> Refs<'a> {
    fn new(marks: &'a [AtLine<Mark>]) -> Self {
        let mut by_label: HashMap<Label, Vec<&str>> = HashMap::new();
        for m in marks {
            by_label
                .entry(m.item.label)
                .or_default()
                .push(m.item.reference.as_str());
        }
        Refs { by_label, marks }
    }

    fn has(&self, label: Label, r: &str) -> bool {
        self.by_label.get(&label).is_some_and(|v| v.contains(&r))
    }

    /// Reports `value` unless it is the ref of a `label` entity, with a hint
    /// at what was probably meant.
    fn expect(
        &self,
        label: Label,
        role: &str,
        value: &str,
        line: usize,
        out: &mut Vec<(usize, String)>,
    ) {
        if self.has(label, value) {
            return;
        }
        let mut msg = format!("{role} {value:?} is not the ref of a {label} entity of the text");
        if let Some(other) = Label::ALL.into_iter().find(|l| self.has(*l, value)) {
            msg.push_str(&format!(" (it is the ref of a {other} entity)"));
        } else if let Some(m) = self
            .marks
            .iter()
            .find(|m| m.item.label == label && m.item.surface == value && m.item.reference != value)
        {
            msg.push_str(&format!(
                " (did you mean {:?}, the ref of [[{}|{}|{}]] on line {}?)",
                m.item.reference, m.item.surface, label, m.item.reference, m.line
            ));
        } else if let Some(r) = self
            .by_label
            .get(&label)
            .and_then(|v| v.iter().find(|r| r.to_lowercase() == value.to_lowercase()))
        {
            msg.push_str(&format!(" (did you mean {r:?}?)"));
        } else {
            msg.push_str(
                " (refs are written exactly as in the marks; add the mark, or fix the record)",
            );
        }
        out.push((line, msg));
    }
}
