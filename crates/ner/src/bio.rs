//! BIO tags over tokens, and the conversion between entity spans and tags.

use scoreline_core::Label;
use scoreline_text::Token;

/// Number of tags: O, then B and I for each of the five labels.
pub const N_TAGS: usize = 11;

/// Tag index: 0 is O; `1 + 2k` is B of label k, `2 + 2k` is I of label k.
pub type Tag = usize;

pub const O: Tag = 0;

pub fn label_index(l: Label) -> usize {
    Label::ALL.iter().position(|x| *x == l).unwrap_or(0)
}

pub fn begin(l: Label) -> Tag {
    1 + 2 * label_index(l)
}

pub fn inside(l: Label) -> Tag {
    2 + 2 * label_index(l)
}

pub fn label_of(t: Tag) -> Option<Label> {
    (t != O).then(|| Label::ALL[(t - 1) / 2])
}

pub fn is_inside(t: Tag) -> bool {
    t != O && (t - 1) % 2 == 1
}

/// May tag `t` follow tag `prev`? I-X only after B-X or I-X.
pub fn allowed(prev: Tag, t: Tag) -> bool {
    !is_inside(t) || (prev != O && label_of(prev) == label_of(t))
}

pub fn name(t: Tag) -> String {
    match label_of(t) {
        None => "O".to_owned(),
        Some(l) if is_inside(t) => format!("I-{l}"),
        Some(l) => format!("B-{l}"),
    }
}

/// Tags for `tokens` from byte spans with labels. Spans that do not start and
/// end on token boundaries are returned as misaligned and left out.
pub fn encode(tokens: &[Token], spans: &[(usize, usize, Label)]) -> (Vec<Tag>, usize) {
    let mut tags = vec![O; tokens.len()];
    let mut misaligned = 0;
    for &(s, e, l) in spans {
        let first = tokens.iter().position(|t| t.start as usize == s);
        let last = tokens.iter().position(|t| t.end as usize == e);
        match (first, last) {
            (Some(f), Some(z)) if f <= z => {
                tags[f] = begin(l);
                for t in &mut tags[f + 1..=z] {
                    *t = inside(l);
                }
            }
            _ => misaligned += 1,
        }
    }
    (tags, misaligned)
}

/// Token ranges `(first, end_exclusive, label)` of the entities in `tags`.
pub fn decode(tags: &[Tag]) -> Vec<(usize, usize, Label)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, Label)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let continues = is_inside(t) && open.is_some_and(|(_, l)| Some(l) == label_of(t));
        if !continues {
            if let Some((f, l)) = open.take() {
                out.push((f, i, l));
            }
            if let Some(l) = label_of(t) {
                open = Some((i, l));
            }
        }
    }
    if let Some((f, l)) = open {
        out.push((f, tags.len(), l));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use scoreline_text::tokenize;

    #[test]
    fn spans_round_trip_through_tags() {
        let text = "Lionel Messis Inter verlor beim CF Monterrey";
        let toks = tokenize(text);
        let spans = [
            (0, 13, Label::Player),
            (14, 19, Label::Club),
            (32, 44, Label::Club),
        ];
        let (tags, bad) = encode(&toks, &spans);
        assert_eq!(bad, 0);
        let names: Vec<String> = tags.iter().map(|&t| name(t)).collect();
        assert_eq!(
            names,
            ["B-PLAYER", "I-PLAYER", "B-CLUB", "O", "O", "B-CLUB", "I-CLUB"]
        );
        let back: Vec<(usize, usize, Label)> = decode(&tags)
            .into_iter()
            .map(|(f, e, l)| (toks[f].start as usize, toks[e - 1].end as usize, l))
            .collect();
        assert_eq!(back, spans);
    }

    #[test]
    fn a_span_inside_a_token_is_misaligned() {
        let toks = tokenize("Bayernspieler");
        assert_eq!(encode(&toks, &[(0, 6, Label::Club)]).1, 1);
    }

    #[test]
    fn inside_needs_a_matching_begin() {
        assert!(!allowed(O, inside(Label::Club)));
        assert!(allowed(begin(Label::Club), inside(Label::Club)));
        assert!(!allowed(begin(Label::Player), inside(Label::Club)));
    }
}
