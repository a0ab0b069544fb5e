//! What a build did, for the user and for tests.

use std::fmt;

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct BuildSummary {
    /// Documents new to the base.
    pub added: usize,
    /// Documents the base had with other content: their facts replaced.
    pub replaced: usize,
    /// Documents the base already had as they are.
    pub unchanged: usize,
    /// Input records reported and left out.
    pub problems: usize,
    pub matches_new: usize,
    /// Match reports joined to a match already in the base.
    pub matches_merged: usize,
    /// Match reports left out: a team name with no letters, or both teams
    /// resolved to one club.
    pub matches_unresolved: usize,
    pub goals_new: usize,
    pub goals_merged: usize,
    pub goals_unresolved: usize,
}

impl fmt::Display for BuildSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} document(s) added, {} replaced, {} unchanged, {} input problem(s); \
             matches: {} new, {} merged into existing, {} left out; goals: {} new, {} merged, {} left out",
            self.added,
            self.replaced,
            self.unchanged,
            self.problems,
            self.matches_new,
            self.matches_merged,
            self.matches_unresolved,
            self.goals_new,
            self.goals_merged,
            self.goals_unresolved
        )
    }
}
