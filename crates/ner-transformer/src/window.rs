//! Long documents through a model with a fixed input length: windows of
//! whole sentences that overlap, and, for every word, the one window whose
//! prediction it keeps (the one where it has the most context on its tighter
//! side), so that an entity crossing a window edge comes out once and whole.
//!
//! Lengths are counted in sub-word pieces, positions in words (the tokens of
//! `scoreline-text`).

/// Words `first..end` of a document, read by the model in one pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub first: usize,
    pub end: usize,
}

/// Windows over words with `costs[i]` pieces each (every cost at most
/// `budget`), cut at sentence starts where one lies in the second half of a
/// window, each after the first starting at least `overlap` pieces before
/// the previous one ended (moved back to a sentence start when that keeps the
/// overlap within twice the asked amount). `sentence_starts` are word
/// indices in increasing order.
pub fn plan(
    costs: &[usize],
    sentence_starts: &[usize],
    budget: usize,
    overlap: usize,
) -> Vec<Window> {
    let n = costs.len();
    let budget = budget.max(1);
    let overlap = overlap.min(budget / 2);
    let mut out = Vec::new();
    let mut start = 0;
    while start < n {
        let mut end = start;
        let mut total = 0;
        while end < n && total + costs[end].min(budget) <= budget {
            total += costs[end].min(budget);
            end += 1;
        }
        // A word alone over budget still has to be read.
        let end = end.max(start + 1);
        if end == n {
            out.push(Window { first: start, end });
            break;
        }
        let half = start + (end - start).div_ceil(2);
        let cut = sentence_starts
            .iter()
            .rev()
            .find(|&&s| s > start && s <= end && s >= half)
            .copied()
            .unwrap_or(end);
        out.push(Window {
            first: start,
            end: cut,
        });
        let mut next = cut;
        let mut covered = 0;
        while next > start + 1 && covered < overlap {
            next -= 1;
            covered += costs[next];
        }
        if covered > 0 {
            let snapped = sentence_starts
                .iter()
                .rev()
                .find(|&&s| s > start && s <= next)
                .copied()
                .filter(|&s| costs[s..cut].iter().sum::<usize>() <= 2 * overlap);
            if let Some(s) = snapped {
                next = s;
            }
        }
        start = next.max(start + 1);
    }
    out
}

/// For every word, the index of the window whose prediction it keeps: the
/// one where the fewer pieces on its tighter side (a document edge counts as
/// unlimited context) are most; the earlier window on ties.
pub fn owners(costs: &[usize], windows: &[Window]) -> Vec<usize> {
    let mut prefix = Vec::with_capacity(costs.len() + 1);
    prefix.push(0usize);
    for c in costs {
        prefix.push(prefix[prefix.len() - 1] + c);
    }
    let n = costs.len();
    let mut best: Vec<(usize, usize)> = vec![(0, 0); n];
    let mut seen = vec![false; n];
    for (w, win) in windows.iter().enumerate() {
        for i in win.first..win.end.min(n) {
            let left = if win.first == 0 {
                usize::MAX
            } else {
                prefix[i] - prefix[win.first]
            };
            let right = if win.end >= n {
                usize::MAX
            } else {
                prefix[win.end] - prefix[i + 1]
            };
            let context = left.min(right);
            if !seen[i] || context > best[i].1 {
                best[i] = (w, context);
                seen[i] = true;
            }
        }
    }
    best.into_iter().map(|(w, _)| w).collect()
}

/// The document's word predictions from the windows': word `i` takes
/// `per_window[owner[i]][i - windows[owner[i]].first]`.
pub fn stitch<T: Clone>(windows: &[Window], owner: &[usize], per_window: &[Vec<T>]) -> Vec<T> {
    owner
        .iter()
        .enumerate()
        .filter_map(|(i, &w)| per_window.get(w)?.get(i - windows[w].first).cloned())
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_short_document_is_one_window() {
        assert_eq!(
            plan(&[1, 2, 1], &[0], 10, 3),
            vec![Window { first: 0, end: 3 }]
        );
        assert_eq!(plan(&[], &[], 10, 3), vec![]);
    }

    #[test]
    fn windows_cut_at_sentences_and_overlap_by_sentences() {
        // Four sentences of three one-piece words; eight pieces a window.
        let costs = [1; 12];
        let starts = [0, 3, 6, 9];
        let w = plan(&costs, &starts, 8, 2);
        assert_eq!(
            w,
            vec![
                Window { first: 0, end: 6 },
                Window { first: 3, end: 9 },
                Window { first: 6, end: 12 },
            ]
        );
    }

    #[test]
    fn a_sentence_longer_than_the_budget_is_cut_by_words() {
        let costs = [2; 10];
        let w = plan(&costs, &[0], 6, 2);
        assert_eq!(w[0], Window { first: 0, end: 3 });
        assert_eq!(w[1].first, 2);
        assert_eq!(w.last().map(|w| w.end), Some(10));
    }

    #[test]
    fn each_word_keeps_the_window_where_it_is_most_central() {
        let costs = [1; 12];
        let windows = [
            Window { first: 0, end: 6 },
            Window { first: 3, end: 9 },
            Window { first: 6, end: 12 },
        ];
        let o = owners(&costs, &windows);
        // Word 4 has one piece of context either way (the earlier window
        // wins the tie); word 5 has none after it in window 0, two in window 1.
        assert_eq!(o, vec![0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2]);
        let per_window: Vec<Vec<(usize, usize)>> = windows
            .iter()
            .enumerate()
            .map(|(w, win)| (win.first..win.end).map(|i| (w, i)).collect())
            .collect();
        let s = stitch(&windows, &o, &per_window);
        assert_eq!(s.len(), 12);
        assert!(s
            .iter()
            .enumerate()
            .all(|(i, &(w, word))| word == i && w == o[i]));
    }

    proptest! {
        #[test]
        fn windows_cover_every_word_in_order_within_budget(
            costs in proptest::collection::vec(1usize..6, 0..200),
            every in 1usize..30,
            budget in 4usize..64,
            overlap in 0usize..20,
        ) {
            let starts: Vec<usize> = (0..costs.len()).step_by(every).collect();
            let w = plan(&costs, &starts, budget, overlap);
            let o = owners(&costs, &w);
            prop_assert_eq!(o.len(), costs.len());
            for (i, &k) in o.iter().enumerate() {
                prop_assert!(w[k].first <= i && i < w[k].end);
            }
            for pair in w.windows(2) {
                prop_assert!(pair[0].first < pair[1].first);
                prop_assert!(pair[1].first <= pair[0].end);
            }
            for win in &w {
                let total: usize = costs[win.first..win.end].iter().sum();
                prop_assert!(total <= budget || win.end - win.first == 1);
            }
            if let (Some(f), Some(l)) = (w.first(), w.last()) {
                prop_assert_eq!(f.first, 0);
                prop_assert_eq!(l.end, costs.len());
            }
        }
    }
}
