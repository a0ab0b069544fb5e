//! A side's goals told in full leave the rest of its match's goals to the
//! other side: in a 2-0 every goal is the winner's (an own goal too, which
//! is credited to the side it counts for); in a 2-1 whose scorer for the
//! loser is known, the other two are the winner's. Read after every other
//! evidence, for the goals nothing else decided.

use crate::{FoundGoal, FoundMatch};

pub(super) fn complete(matches: &[FoundMatch], goals: &mut [FoundGoal]) {
    for (i, m) in matches.iter().enumerate() {
        let Some(score) = m.score else {
            continue;
        };
        let of_match = |g: &&mut FoundGoal| g.match_index == Some(i);
        let credited = |side: usize| {
            goals
                .iter()
                .filter(|g| g.match_index == Some(i) && g.team.as_ref() == Some(&m.teams[side]))
                .count() as u32
        };
        let told = [credited(0), credited(1)];
        let open = |side: usize| told[side] < score[side];
        let side = match (open(0), open(1)) {
            (true, false) => 0,
            (false, true) => 1,
            _ => continue,
        };
        for g in goals.iter_mut().filter(of_match) {
            if g.team.is_none() {
                g.team = Some(m.teams[side].clone());
            }
        }
    }
}
