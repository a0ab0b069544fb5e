//! The closed vocabularies of `eval/AUTHORING.md`: article kinds (§1) and
//! tags (§4). Kept in the order of that page, which is also the order the
//! corpus report lists them in.

use std::fmt;
use std::str::FromStr;

/// What an article is (AUTHORING.md §1, header key `kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Report,
    Roundup,
    Preview,
    Cup,
    Women,
    National,
    Transfer,
    Liveblog,
}

impl Kind {
    /// Every kind, in the order of AUTHORING.md; the split rule depends on
    /// this order (see the crate docs), so new kinds go at the end.
    pub const ALL: [Kind; 8] = [
        Kind::Report,
        Kind::Roundup,
        Kind::Preview,
        Kind::Cup,
        Kind::Women,
        Kind::National,
        Kind::Transfer,
        Kind::Liveblog,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Report => "report",
            Kind::Roundup => "roundup",
            Kind::Preview => "preview",
            Kind::Cup => "cup",
            Kind::Women => "women",
            Kind::National => "national",
            Kind::Transfer => "transfer",
            Kind::Liveblog => "liveblog",
        }
    }

    /// Position in [`Kind::ALL`].
    pub fn index(self) -> usize {
        Kind::ALL.iter().position(|k| *k == self).unwrap_or(0)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Kind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| {
                let known: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
                format!("unknown kind {s:?} (expected one of: {})", known.join(", "))
            })
    }
}

/// The tags of AUTHORING.md §4, in its order.
pub const TAGS: &[&str] = &[
    "min-apostrophe",
    "min-dot",
    "min-stoppage",
    "min-words",
    "min-ordinal-word",
    "min-half-relative",
    "min-null",
    "score-dash",
    "score-colon",
    "score-endash",
    "score-words",
    "score-halftime-paren",
    "extra-time",
    "shootout",
    "winner-first-reversed",
    "own-goal",
    "penalty-goal",
    "brace-no-minutes",
    "goal-unscored-match",
    "goal-list",
    "earlier-result",
    "trap-halftime",
    "trap-aggregate",
    "trap-standings",
    "trap-date",
    "trap-shirt-number",
    "trap-fee",
    "trap-red-card",
    "trap-injury-sub",
    "trap-missed-penalty",
    "trap-var",
    "trap-shootout-kicks",
    "trap-other-sport",
    "noise",
    "mt-prose",
    "nickname",
    "short-name",
    "surname-only",
    "inflection",
    "hyphen-compound",
    "coach",
    "city-as-club",
];

/// The tag of the list equal to `s`, as the list's own `'static` string.
pub fn tag(s: &str) -> Option<&'static str> {
    TAGS.iter().copied().find(|t| *t == s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_and_unknown_ones_are_named() {
        for k in Kind::ALL {
            assert_eq!(k.as_str().parse::<Kind>(), Ok(k));
        }
        let e = "match".parse::<Kind>().err().unwrap_or_default();
        assert!(e.contains("unknown kind \"match\""), "{e}");
    }

    #[test]
    fn tags_are_unique_and_known() {
        let mut seen = std::collections::HashSet::new();
        assert!(TAGS.iter().all(|t| seen.insert(*t)));
        assert_eq!(tag("own-goal"), Some("own-goal"));
        assert_eq!(tag("own_goal"), None);
    }
}
