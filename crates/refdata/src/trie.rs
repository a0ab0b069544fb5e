//! A byte trie over the folded names, asked one question: the longest name
//! that starts exactly at a given position of a text.
//!
//! Why not Aho-Corasick: the gazetteer only ever searches anchored at word
//! starts, so the automaton's failure transitions are never followed, yet
//! building them was most of the start-up cost (about 280 M instructions
//! for the reference data, a tenth of a 1 MB run). The trie is the
//! automaton's base without them, built in one pass over the sorted names.

/// A node: its edges `edges[first..first + len]` (sorted by byte) and the
/// name that ends here, if any.
#[derive(Debug, Clone, Copy)]
struct Node {
    first: u32,
    len: u32,
    name: u32,
}

/// No name ends at the node.
const NONE: u32 = u32::MAX;

/// Edges with more children than this are searched by halves, not in turn.
const SCAN: usize = 8;

/// More names or nodes than 32-bit indexes address.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the reference data has too many names for the name matcher ({0} nodes)")]
pub struct TooLarge(pub usize);

#[derive(Debug, Clone)]
pub struct PrefixTrie {
    /// Node 0 is the root.
    nodes: Vec<Node>,
    /// Per edge, the byte it reads and the node it leads to.
    edge_bytes: Vec<u8>,
    edge_nodes: Vec<u32>,
    /// The root's child per byte (`NONE`: no name starts with it): every
    /// search passes the root, which has the most children.
    root: Box<[u32; 256]>,
}

impl PrefixTrie {
    /// The trie of `names`; the longest match reports a name by its index.
    /// Empty names are never matched.
    pub fn new<S: AsRef<[u8]>>(names: &[S]) -> Result<Self, TooLarge> {
        if names.len() >= NONE as usize {
            return Err(TooLarge(names.len()));
        }
        let mut order: Vec<u32> = (0..names.len() as u32).collect();
        // By bytes, equal names by index: the first of them is kept.
        order.sort_unstable_by_key(|i| (names[*i as usize].as_ref(), *i));
        order.dedup_by(|a, b| names[*a as usize].as_ref() == names[*b as usize].as_ref());
        let mut trie = PrefixTrie {
            nodes: vec![Node {
                first: 0,
                len: 0,
                name: NONE,
            }],
            edge_bytes: Vec::new(),
            edge_nodes: Vec::new(),
            root: Box::new([NONE; 256]),
        };
        let bytes = |i: u32| names[i as usize].as_ref();
        // Depth first over the sorted names: the names under a node are a
        // run of `order`, its children the runs that share the next byte.
        // Each stack frame is (node, run, depth).
        let mut stack = vec![(0u32, 0..order.len(), 0usize)];
        while let Some((node, run, depth)) = stack.pop() {
            let mut start = run.start;
            if start < run.end && bytes(order[start]).len() == depth {
                if depth > 0 {
                    trie.nodes[node as usize].name = order[start];
                }
                start += 1;
            }
            let first = trie.edge_bytes.len();
            let mut at = start;
            while at < run.end {
                let b = bytes(order[at])[depth];
                let mut end = at + 1;
                while end < run.end && bytes(order[end])[depth] == b {
                    end += 1;
                }
                let child = trie.nodes.len();
                if child >= NONE as usize {
                    return Err(TooLarge(child));
                }
                trie.nodes.push(Node {
                    first: 0,
                    len: 0,
                    name: NONE,
                });
                trie.edge_bytes.push(b);
                trie.edge_nodes.push(child as u32);
                stack.push((child as u32, at..end, depth + 1));
                at = end;
            }
            if trie.edge_bytes.len() >= NONE as usize {
                return Err(TooLarge(trie.edge_bytes.len()));
            }
            let n = &mut trie.nodes[node as usize];
            n.first = first as u32;
            n.len = (trie.edge_bytes.len() - first) as u32;
        }
        let root = trie.nodes[0];
        for e in root.first as usize..(root.first + root.len) as usize {
            trie.root[usize::from(trie.edge_bytes[e])] = trie.edge_nodes[e];
        }
        Ok(trie)
    }

    /// The longest name that `text[start..]` begins with: (its end in
    /// `text`, its index).
    pub fn longest_at(&self, text: &[u8], start: usize) -> Option<(usize, usize)> {
        let rest = text.get(start..)?;
        let child = self.root[usize::from(*rest.first()?)];
        if child == NONE {
            return None;
        }
        let mut node = self.nodes[child as usize];
        let mut best = (node.name != NONE).then_some((start + 1, node.name as usize));
        for (k, b) in rest.iter().enumerate().skip(1) {
            let (first, len) = (node.first as usize, node.len as usize);
            let bytes = &self.edge_bytes[first..first + len];
            let found = if len <= SCAN {
                bytes.iter().position(|x| x == b)
            } else {
                bytes.binary_search(b).ok()
            };
            let Some(e) = found else {
                break;
            };
            node = self.nodes[self.edge_nodes[first + e] as usize];
            if node.name != NONE {
                best = Some((start + k + 1, node.name as usize));
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The longest of `names` that `text[start..]` starts with, by trying
    /// them all.
    fn naive(names: &[String], text: &[u8], start: usize) -> Option<(usize, usize)> {
        let rest = text.get(start..)?;
        names
            .iter()
            .enumerate()
            .filter(|(_, n)| !n.is_empty() && rest.starts_with(n.as_bytes()))
            // Equal names: the first listed, as the gazetteer lists each once.
            .max_by_key(|(i, n)| (n.len(), std::cmp::Reverse(*i)))
            .map(|(i, n)| (start + n.len(), i))
    }

    #[test]
    fn the_longest_name_wins_and_a_partial_one_is_no_match() {
        let names = ["inter", "inter miami", "internacional", "ajax"];
        let t = PrefixTrie::new(&names).unwrap_or_else(|e| panic!("{e}"));
        let at = |text: &str, start| t.longest_at(text.as_bytes(), start);
        assert_eq!(at("inter miami cf", 0), Some((11, 1)));
        assert_eq!(at("inter mia", 0), Some((5, 0)));
        assert_eq!(at("internazionale", 0), Some((5, 0)));
        assert_eq!(at("vs internacional", 3), Some((16, 2)));
        assert_eq!(at("vs internacional", 4), None);
        assert_eq!(at("ajax", 0), Some((4, 3)));
        assert_eq!(at("aja", 0), None);
        assert_eq!(at("ajax", 9), None);
    }

    #[test]
    fn multibyte_names_and_many_children() {
        let names: Vec<String> = (b'a'..=b'z')
            .map(|c| format!("{}é", char::from(c)))
            .chain(["münchen".to_owned(), "mü".to_owned()])
            .collect();
        let t = PrefixTrie::new(&names).unwrap_or_else(|e| panic!("{e}"));
        for (i, n) in names.iter().enumerate() {
            let text = format!("{n} fc");
            assert_eq!(t.longest_at(text.as_bytes(), 0), Some((n.len(), i)), "{n}");
        }
        assert_eq!(t.longest_at("mün".as_bytes(), 0), Some((3, 27)));
    }

    proptest! {
        #[test]
        fn matches_equal_trying_every_name(
            names in prop::collection::vec("[ab é]{0,6}", 0..40),
            text in "[ab é]{0,30}",
        ) {
            // Duplicates, as the gazetteer never gives: keep the first.
            let mut names = names;
            let mut seen = std::collections::HashSet::new();
            names.retain(|n| seen.insert(n.clone()));
            let t = PrefixTrie::new(&names).map_err(|e| TestCaseError::fail(e.to_string()))?;
            for start in 0..=text.len() + 1 {
                prop_assert_eq!(
                    t.longest_at(text.as_bytes(), start),
                    naive(&names, text.as_bytes(), start)
                );
            }
        }
    }
}
