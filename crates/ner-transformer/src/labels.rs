//! A model's tag names ("B-PER", "I-ORG", "O", "S-LOC") and the mapping file
//! that turns its entity types into ours.
//!
//! The mapping file has one line per model type, tab- or space-separated:
//!
//! ```text
//! # model type   scoreline label(s)
//! PER            PLAYER COACH
//! ORG            CLUB COMPETITION
//! LOC            STADIUM?
//! MISC           COMPETITION?
//! DATE           -
//! ```
//!
//! One label maps one to one; several are decided per mention by the
//! reference data, then by context, the first being the default; a trailing
//! `?` keeps a mention only when the reference data or the context supports
//! the label; `-` drops the type. A type the file does not name is taken one
//! to one when it is one of our labels (a model fine-tuned on them) and
//! dropped otherwise.

use scoreline_core::Label;
use std::collections::HashMap;

/// Where a tag stands in its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    Outside,
    Begin,
    Inside,
    /// BIOES / BILOU end of a multi-word entity.
    End,
    /// BIOES / BILOU single-word entity.
    Single,
}

/// A model tag, parsed: position and entity type (empty for O).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub position: Position,
    pub kind: String,
}

impl Tag {
    /// Parses "B-PER", "I_ORG", "E-LOC", "S-MISC", "U-PER", "L-PER", "O";
    /// a bare type without prefix ("PER") is an inside tag, as in IO schemes.
    pub fn parse(name: &str) -> Tag {
        let name = name.trim();
        if name.is_empty() || name == "O" {
            return Tag {
                position: Position::Outside,
                kind: String::new(),
            };
        }
        let split = name
            .char_indices()
            .nth(1)
            .filter(|&(i, c)| i == 1 && (c == '-' || c == '_'));
        if let Some((i, _)) = split {
            let position = match &name[..i] {
                "B" => Some(Position::Begin),
                "I" => Some(Position::Inside),
                "E" | "L" => Some(Position::End),
                "S" | "U" => Some(Position::Single),
                _ => None,
            };
            if let Some(position) = position {
                return Tag {
                    position,
                    kind: name[i + 1..].to_owned(),
                };
            }
        }
        Tag {
            position: Position::Inside,
            kind: name.to_owned(),
        }
    }
}

/// What a model type becomes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Drop,
    /// Candidates in order of preference; `needs_support`: kept only with
    /// reference-data or context support for the chosen label.
    Labels {
        options: Vec<Label>,
        needs_support: bool,
    },
}

impl Target {
    fn one(l: Label) -> Target {
        Target::Labels {
            options: vec![l],
            needs_support: false,
        }
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum MappingError {
    #[error("line {line}: expected a model type and scoreline labels (or `-`)")]
    Shape { line: usize },
    #[error("line {line}: unknown scoreline label `{label}` (one of PLAYER, CLUB, STADIUM, COACH, COMPETITION)")]
    UnknownLabel { line: usize, label: String },
    #[error("line {line}: type `{kind}` is mapped twice")]
    Duplicate { line: usize, kind: String },
}

/// Model types → our labels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelMap {
    map: HashMap<String, Target>,
}

/// The mapping for the generic CoNLL-style types, used when a model
/// directory has no mapping file.
pub const GENERIC: &str =
    "PER\tPLAYER COACH\nORG\tCLUB COMPETITION\nLOC\tSTADIUM?\nMISC\tCOMPETITION?\n";

fn parse_label(s: &str) -> Option<Label> {
    Label::ALL.iter().copied().find(|l| l.as_str() == s)
}

impl LabelMap {
    pub fn parse(text: &str) -> Result<LabelMap, MappingError> {
        let mut map = HashMap::new();
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let content = raw.split('#').next().unwrap_or("").trim();
            if content.is_empty() {
                continue;
            }
            let mut fields = content.split_whitespace();
            let kind = fields.next().ok_or(MappingError::Shape { line })?;
            let rest: Vec<&str> = fields.collect();
            let target = match rest.as_slice() {
                [] => return Err(MappingError::Shape { line }),
                ["-"] => Target::Drop,
                labels => {
                    let mut needs_support = false;
                    let mut options = Vec::new();
                    for l in labels {
                        let (name, q) = match l.strip_suffix('?') {
                            Some(n) => (n, true),
                            None => (*l, false),
                        };
                        needs_support |= q;
                        let label =
                            parse_label(name).ok_or_else(|| MappingError::UnknownLabel {
                                line,
                                label: (*l).to_owned(),
                            })?;
                        options.push(label);
                    }
                    Target::Labels {
                        options,
                        needs_support,
                    }
                }
            };
            if map.insert(kind.to_owned(), target).is_some() {
                return Err(MappingError::Duplicate {
                    line,
                    kind: kind.to_owned(),
                });
            }
        }
        Ok(LabelMap { map })
    }

    /// The built-in mapping for PER / ORG / LOC / MISC.
    pub fn generic() -> LabelMap {
        // GENERIC is a constant known to parse; a failure would be a bug in
        // this file, caught by its tests.
        LabelMap::parse(GENERIC).unwrap_or(LabelMap {
            map: HashMap::new(),
        })
    }

    /// What model type `kind` becomes.
    pub fn target(&self, kind: &str) -> Target {
        match self.map.get(kind) {
            Some(t) => t.clone(),
            None => parse_label(kind).map_or(Target::Drop, Target::one),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn tags_of_every_scheme_parse() {
        let t = |s: &str| {
            let t = Tag::parse(s);
            (t.position, t.kind)
        };
        assert_eq!(t("O"), (Position::Outside, String::new()));
        assert_eq!(t("B-PER"), (Position::Begin, "PER".into()));
        assert_eq!(t("I-ORG"), (Position::Inside, "ORG".into()));
        assert_eq!(t("E-LOC"), (Position::End, "LOC".into()));
        assert_eq!(t("L-LOC"), (Position::End, "LOC".into()));
        assert_eq!(t("S-MISC"), (Position::Single, "MISC".into()));
        assert_eq!(t("U-PER"), (Position::Single, "PER".into()));
        assert_eq!(t("B_PLAYER"), (Position::Begin, "PLAYER".into()));
        assert_eq!(t("PER"), (Position::Inside, "PER".into()));
        // A type starting with a prefix letter is not mistaken for one.
        assert_eq!(t("BRAND"), (Position::Inside, "BRAND".into()));
    }

    #[test]
    fn generic_map_needs_support_for_places_and_misc() {
        let m = LabelMap::generic();
        assert_eq!(
            m.target("PER"),
            Target::Labels {
                options: vec![Label::Player, Label::Coach],
                needs_support: false
            }
        );
        assert_eq!(
            m.target("LOC"),
            Target::Labels {
                options: vec![Label::Stadium],
                needs_support: true
            }
        );
        assert_eq!(m.target("DATE"), Target::Drop);
        // A model fine-tuned on our labels maps one to one.
        assert_eq!(m.target("COACH"), Target::one(Label::Coach));
    }

    #[test]
    fn mapping_file_overrides_and_drops() {
        let m = LabelMap::parse("# ours\nPER PLAYER\nORG\t-\n\nLOC STADIUM # venues\n").unwrap();
        assert_eq!(m.target("PER"), Target::one(Label::Player));
        assert_eq!(m.target("ORG"), Target::Drop);
        assert_eq!(m.target("LOC"), Target::one(Label::Stadium));
        assert_eq!(m.target("MISC"), Target::Drop);
    }

    #[test]
    fn bad_mapping_lines_are_named() {
        assert_eq!(
            LabelMap::parse("PER PLAYER\nORG TEAM\n"),
            Err(MappingError::UnknownLabel {
                line: 2,
                label: "TEAM".into()
            })
        );
        assert_eq!(
            LabelMap::parse("PER\n"),
            Err(MappingError::Shape { line: 1 })
        );
        assert_eq!(
            LabelMap::parse("PER PLAYER\nPER COACH\n"),
            Err(MappingError::Duplicate {
                line: 2,
                kind: "PER".into()
            })
        );
    }
}
