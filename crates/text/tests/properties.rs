//! Properties of segmentation on arbitrary text: tokens are in-order,
//! non-overlapping, non-empty slices that cover every non-space character;
//! sentences partition the tokens.

use proptest::prelude::*;
use scoreline_text::Segmented;

proptest! {
    #[test]
    fn tokens_cover_the_text_exactly(text in "\\PC{0,200}") {
        let s = Segmented::new(&text);
        let mut last = 0usize;
        let mut covered = String::new();
        for t in &s.tokens {
            let r = t.range();
            prop_assert!(r.start >= last && r.start < r.end);
            prop_assert!(text[last..r.start].chars().all(char::is_whitespace));
            covered.push_str(&text[r.clone()]);
            last = r.end;
        }
        prop_assert!(text[last..].chars().all(char::is_whitespace));
        let non_space: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        prop_assert_eq!(covered, non_space);
    }

    #[test]
    fn sentences_partition_the_tokens(text in "[A-Za-zäöüé0-9 .,:!?'\\-\\n()]{0,200}") {
        let s = Segmented::new(&text);
        let mut next = 0;
        for sentence in &s.sentences {
            prop_assert_eq!(sentence.first, next);
            prop_assert!(sentence.end > sentence.first);
            next = sentence.end;
        }
        prop_assert_eq!(next, s.tokens.len());
    }
}
