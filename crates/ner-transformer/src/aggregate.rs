//! From the model's scores to entities: a word takes the tag of its first
//! piece (how token-classification models are fine-tuned: labels sit on the
//! first piece of each word), and consecutive word tags become entities by
//! BIO / IOB / BIOES rules, tolerant of the sequences a model gets wrong.

use crate::labels::{Position, Tag};

/// A word's tag (index into the model's labels) and its probability.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WordTag {
    pub tag: usize,
    pub prob: f32,
}

/// An entity of a model type over words `first..end`, before mapping.
#[derive(Debug, Clone, PartialEq)]
pub struct TypedSpan {
    pub first: usize,
    pub end: usize,
    /// The model's entity type ("PER", "ORG", or one of ours).
    pub kind: String,
    /// The least probable word's probability.
    pub confidence: f32,
}

/// Softmax of one row of scores.
pub fn softmax(scores: &[f32]) -> Vec<f32> {
    let max = scores.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let exp: Vec<f32> = scores.iter().map(|s| (s - max).exp()).collect();
    let sum: f32 = exp.iter().sum();
    exp.into_iter().map(|e| e / sum).collect()
}

/// The tags of words whose first pieces are rows `first_rows` of `probs`
/// (row-major, `classes` columns).
pub fn word_tags(probs: &[f32], classes: usize, first_rows: &[usize]) -> Vec<WordTag> {
    first_rows
        .iter()
        .map(|&r| {
            let row = probs.get(r * classes..(r + 1) * classes).unwrap_or(&[]);
            let (tag, prob) =
                row.iter()
                    .copied()
                    .enumerate()
                    .fold((0, f32::NEG_INFINITY), |best, (i, p)| {
                        if p > best.1 {
                            (i, p)
                        } else {
                            best
                        }
                    });
            WordTag {
                tag,
                prob: prob.max(0.0),
            }
        })
        .collect()
}

/// Entities in word tags; `tags[t]` is the parsed name of tag index `t`.
/// An inside or end tag that does not continue an open entity of its type
/// starts one (IOB1 and a model's slips alike).
pub fn decode(words: &[WordTag], tags: &[Tag]) -> Vec<TypedSpan> {
    let mut out = Vec::new();
    let mut open: Option<TypedSpan> = None;
    let outside = Tag::parse("O");
    for (i, w) in words.iter().enumerate() {
        let tag = tags.get(w.tag).unwrap_or(&outside);
        let continues = matches!(tag.position, Position::Inside | Position::End)
            && open.as_ref().is_some_and(|o| o.kind == tag.kind);
        if continues {
            if let Some(o) = open.as_mut() {
                o.end = i + 1;
                o.confidence = o.confidence.min(w.prob);
            }
        } else {
            out.extend(open.take());
            if tag.position != Position::Outside {
                open = Some(TypedSpan {
                    first: i,
                    end: i + 1,
                    kind: tag.kind.clone(),
                    confidence: w.prob,
                });
            }
        }
        if matches!(tag.position, Position::End | Position::Single) {
            out.extend(open.take());
        }
    }
    out.extend(open);
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn tags(names: &[&str]) -> Vec<Tag> {
        names.iter().map(|n| Tag::parse(n)).collect()
    }

    fn spans(seq: &[usize], names: &[&str]) -> Vec<(usize, usize, String)> {
        let words: Vec<WordTag> = seq.iter().map(|&tag| WordTag { tag, prob: 0.9 }).collect();
        decode(&words, &tags(names))
            .into_iter()
            .map(|s| (s.first, s.end, s.kind))
            .collect()
    }

    const BIO: [&str; 5] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG"];

    #[test]
    fn bio_sequences_become_entities() {
        assert_eq!(
            spans(&[1, 2, 0, 3, 4, 4], &BIO),
            vec![(0, 2, "PER".into()), (3, 6, "ORG".into())]
        );
        // Two adjacent entities of one type, split by B.
        assert_eq!(
            spans(&[1, 1, 2], &BIO),
            vec![(0, 1, "PER".into()), (1, 3, "PER".into())]
        );
    }

    #[test]
    fn a_stray_inside_tag_opens_an_entity() {
        assert_eq!(
            spans(&[0, 2, 2, 4], &BIO),
            vec![(1, 3, "PER".into()), (3, 4, "ORG".into())]
        );
    }

    #[test]
    fn bioes_ends_and_singles_close_entities() {
        let names = ["O", "B-LOC", "I-LOC", "E-LOC", "S-LOC"];
        assert_eq!(
            spans(&[1, 2, 3, 4, 4, 0], &names),
            vec![
                (0, 3, "LOC".into()),
                (3, 4, "LOC".into()),
                (4, 5, "LOC".into())
            ]
        );
    }

    #[test]
    fn a_word_takes_its_first_piece_and_the_entity_its_weakest_word() {
        // Three words: pieces 0 | 1 2 | 3, two classes.
        let probs = [0.2, 0.8, 0.6, 0.4, 0.1, 0.9, 0.3, 0.7];
        let w = word_tags(&probs, 2, &[0, 1, 3]);
        assert_eq!(w.iter().map(|w| w.tag).collect::<Vec<_>>(), vec![1, 0, 1]);
        let names = tags(&["O", "PER"]);
        let d = decode(&[w[0], w[2]], &names);
        assert_eq!(d.len(), 1);
        assert!((d[0].confidence - 0.7).abs() < 1e-6);
    }

    #[test]
    fn softmax_sums_to_one() {
        let p = softmax(&[1.0, 2.0, 3.0]);
        assert!((p.iter().sum::<f32>() - 1.0).abs() < 1e-6);
        assert!(p[2] > p[1] && p[1] > p[0]);
    }
}
