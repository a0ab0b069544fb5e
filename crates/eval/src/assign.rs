//! One-to-one matching of predictions to gold items ("duplicates are matched
//! one to one", spec §3): a maximum bipartite matching, so that the count of
//! true positives never depends on the order items are listed in.

/// Pairs `(pred, gold)` of a maximum matching where `fits(pred, gold)`.
/// Kuhn's augmenting paths: the sides are a document's items, a few dozen.
pub fn max_matching(
    preds: usize,
    golds: usize,
    fits: impl Fn(usize, usize) -> bool,
) -> Vec<(usize, usize)> {
    let edges: Vec<Vec<usize>> = (0..preds)
        .map(|p| (0..golds).filter(|&g| fits(p, g)).collect())
        .collect();
    let mut gold_of: Vec<Option<usize>> = vec![None; golds];
    for p in 0..preds {
        let mut seen = vec![false; golds];
        augment(p, &edges, &mut seen, &mut gold_of);
    }
    let mut pairs: Vec<(usize, usize)> = gold_of
        .iter()
        .enumerate()
        .filter_map(|(g, p)| p.map(|p| (p, g)))
        .collect();
    pairs.sort_unstable();
    pairs
}

fn augment(
    p: usize,
    edges: &[Vec<usize>],
    seen: &mut [bool],
    gold_of: &mut [Option<usize>],
) -> bool {
    for &g in &edges[p] {
        if seen[g] {
            continue;
        }
        seen[g] = true;
        if gold_of[g].is_none_or(|other| augment(other, edges, seen, gold_of)) {
            gold_of[g] = Some(p);
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::max_matching;

    #[test]
    fn greedy_order_would_lose_a_pair() {
        // pred 0 fits gold 0 and 1; pred 1 fits only gold 0. Greedy in order
        // gives one pair; the maximum is two.
        let fits = |p: usize, g: usize| matches!((p, g), (0, 0) | (0, 1) | (1, 0));
        assert_eq!(max_matching(2, 2, fits), vec![(0, 1), (1, 0)]);
    }

    #[test]
    fn duplicates_match_once() {
        // Two identical predictions, one gold item: one pair.
        assert_eq!(max_matching(2, 1, |_, _| true).len(), 1);
        assert!(max_matching(0, 3, |_, _| true).is_empty());
    }
}
