//! A byte trie over the folded names, asked one question: the longest name
//! that starts exactly at a given position of a text.
//!
//! Why not Aho-Corasick: the gazetteer only ever searches anchored at word
//! starts, so the automaton's failure transitions are never followed, yet
//! building them was most of the start-up cost (about 280 M instructions
//! for the reference data, a tenth of a 1 MB run). The trie is the
//! automaton's base without them, built in one pass over the sorted names.

/// A node of the plain trie the packed one is built from: its edges
/// `edges[first..first + len]` (sorted by byte) and the name that ends
/// here, if any.
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

/// A packed node's header: its name (u32), label length (u16) and number
/// of children (u16), little-endian.
const HEADER: usize = 8;

/// More names or nodes than 32-bit indexes address.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the reference data has too many names for the name matcher ({0} nodes)")]
pub struct TooLarge(pub usize);

/// The trie searched: a radix trie packed into one array of bytes.
///
/// Why packed: the search is bound by memory, not instructions (the plain
/// trie, three arrays of nodes and edges, took an eighth of extract's CPU
/// time for 2 % of its instructions, nearly all of it waiting on loads). A
/// packed node is one run of bytes, `HEADER`, then its label (the bytes of
/// the nameless single-child chain below the edge into it, merged), its
/// children's bytes, and their offsets (u32 each); nodes are laid out
/// depth first, a first child right after its parent. A step down costs
/// one cache line or two, not three scattered loads per byte.
#[derive(Debug, Clone)]
pub struct PrefixTrie {
    nodes: Vec<u8>,
    /// The offset of the root's child per byte (`NONE`: no name starts with
    /// it): every search passes the root, which has the most children.
    root: Box<[u32; 256]>,
}

/// The plain byte trie, one node per byte of every name.
struct Plain {
    /// Node 0 is the root.
    nodes: Vec<Node>,
    /// Per edge, the byte it reads and the node it leads to.
    edge_bytes: Vec<u8>,
    edge_nodes: Vec<u32>,
}

impl Plain {
    fn new<S: AsRef<[u8]>>(names: &[S]) -> Result<Self, TooLarge> {
        if names.len() >= NONE as usize {
            return Err(TooLarge(names.len()));
        }
        let mut order: Vec<u32> = (0..names.len() as u32).collect();
        // By bytes, equal names by index: the first of them is kept.
        order.sort_unstable_by_key(|i| (names[*i as usize].as_ref(), *i));
        order.dedup_by(|a, b| names[*a as usize].as_ref() == names[*b as usize].as_ref());
        let mut trie = Plain {
            nodes: vec![Node {
                first: 0,
                len: 0,
                name: NONE,
            }],
            edge_bytes: Vec::new(),
            edge_nodes: Vec::new(),
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
        Ok(trie)
    }

    /// Packs the node an edge leads into, with the chain of nameless
    /// single-child nodes below it merged into its label, and its subtree
    /// after it; returns its offset.
    fn pack(&self, packed: &mut Vec<u8>, mut node: u32) -> Result<u32, TooLarge> {
        let at = packed.len();
        if at >= NONE as usize {
            return Err(TooLarge(self.nodes.len()));
        }
        let mut n = self.nodes[node as usize];
        let mut label = Vec::new();
        while n.name == NONE && n.len == 1 && label.len() < usize::from(u16::MAX) {
            label.push(self.edge_bytes[n.first as usize]);
            node = self.edge_nodes[n.first as usize];
            n = self.nodes[node as usize];
        }
        let edges = n.first as usize..(n.first + n.len) as usize;
        packed.extend_from_slice(&n.name.to_le_bytes());
        packed.extend_from_slice(&(label.len() as u16).to_le_bytes());
        // At most 256 children, one per byte.
        packed.extend_from_slice(&(edges.len() as u16).to_le_bytes());
        packed.extend_from_slice(&label);
        packed.extend_from_slice(&self.edge_bytes[edges.clone()]);
        let slots = packed.len();
        packed.resize(slots + 4 * edges.len(), 0);
        for (k, e) in edges.enumerate() {
            let child = self.pack(packed, self.edge_nodes[e])?;
            packed[slots + 4 * k..slots + 4 * k + 4].copy_from_slice(&child.to_le_bytes());
        }
        Ok(at as u32)
    }
}

/// The little-endian u32 at `at`.
#[inline]
fn u32_at(bytes: &[u8], at: usize) -> u32 {
    let mut word = [0u8; 4];
    word.copy_from_slice(&bytes[at..at + 4]);
    u32::from_le_bytes(word)
}

/// The little-endian u16 at `at`, as a length.
#[inline]
fn len_at(bytes: &[u8], at: usize) -> usize {
    usize::from(u16::from_le_bytes([bytes[at], bytes[at + 1]]))
}

impl PrefixTrie {
    /// The trie of `names`; the longest match reports a name by its index.
    /// Empty names are never matched.
    pub fn new<S: AsRef<[u8]>>(names: &[S]) -> Result<Self, TooLarge> {
        let plain = Plain::new(names)?;
        let mut trie = PrefixTrie {
            nodes: Vec::new(),
            root: Box::new([NONE; 256]),
        };
        let root = plain.nodes[0];
        for e in root.first as usize..(root.first + root.len) as usize {
            let child = plain.pack(&mut trie.nodes, plain.edge_nodes[e])?;
            trie.root[usize::from(plain.edge_bytes[e])] = child;
        }
        Ok(trie)
    }

    /// The longest name that `text[start..]` begins with: (its end in
    /// `text`, its index).
    pub fn longest_at(&self, text: &[u8], start: usize) -> Option<(usize, usize)> {
        let rest = text.get(start..)?;
        let mut at = self.root[usize::from(*rest.first()?)] as usize;
        if at == NONE as usize {
            return None;
        }
        let nodes = &self.nodes[..];
        // Bytes of `rest` read so far.
        let mut pos = 1;
        let mut best = None;
        // The header read at once, one bounds check for its three fields.
        while let Some(header) = nodes.get(at..at + HEADER) {
            let name = u32_at(header, 0);
            let label_len = len_at(header, 4);
            let children = len_at(header, 6);
            let label_at = at + HEADER;
            // A name ends only where a label does. Labels are a few bytes:
            // compared in turn, not by a call to `memcmp`.
            let label = &nodes[label_at..label_at + label_len];
            let Some(read) = rest.get(pos..pos + label_len) else {
                break;
            };
            if read.iter().zip(label).any(|(a, b)| a != b) {
                break;
            }
            pos += label_len;
            if name != NONE {
                best = Some((start + pos, name as usize));
            }
            let Some(b) = rest.get(pos) else {
                break;
            };
            let bytes_at = label_at + label_len;
            let bytes = &nodes[bytes_at..bytes_at + children];
            let found = if children <= SCAN {
                bytes.iter().position(|x| x == b)
            } else {
                bytes.binary_search(b).ok()
            };
            let Some(e) = found else {
                break;
            };
            at = u32_at(nodes, bytes_at + children + 4 * e) as usize;
            pos += 1;
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
