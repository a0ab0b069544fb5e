//! Checks for the goal tests of one decision each: every case of a test is
//! run and all that fail are reported at once, so that a probe in one
//! language does not hide the others.

// Each test file uses only some of these helpers.
#![allow(dead_code)]

use crate::common::{run, scored};

/// Every case's goals, as (scorer, minute), in the order found, against
/// the ones wanted.
pub fn check_minutes(cases: &[(&str, &[(&str, u32)])]) {
    report(cases.iter().filter_map(|&(text, want)| {
        let got: Vec<(String, Option<u32>)> =
            scored(text).into_iter().map(|(s, m, _)| (s, m)).collect();
        let want: Vec<(String, Option<u32>)> = want
            .iter()
            .map(|(n, m)| ((*n).to_owned(), Some(*m)))
            .collect();
        (got != want).then(|| format!("{text}\n  got {got:?}"))
    }));
}

/// Every case's scorers, in any order, against the ones wanted.
pub fn check_scorers(cases: &[(&str, &[&str])]) {
    report(cases.iter().filter_map(|&(text, want)| {
        let mut got: Vec<String> = run(text).goals.into_iter().map(|g| g.scorer).collect();
        got.sort();
        let mut want = want.to_vec();
        want.sort_unstable();
        (got != want).then(|| format!("{text}\n  got {got:?}"))
    }));
}

fn report(wrong: impl Iterator<Item = String>) {
    let wrong: Vec<String> = wrong.collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
