//! Phrases looked for in words glued without spaces ("propia puerta" as
//! "propiapuerta", "(pen.)" as the tokens "(", "pen", ".", ")"): several
//! lists in one automaton, stepped over the words' bytes, so that the words
//! are never glued into a new string and each list costs no extra pass.

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::Anchored;

/// Lists of phrases (at most 32), searched for together.
#[derive(Debug)]
pub(crate) struct Phrases {
    /// `None` only if the fixed patterns could not be built.
    dfa: Option<DFA>,
    /// The list each pattern came from, by pattern id.
    list_of: Vec<u8>,
}

impl Phrases {
    pub(crate) fn new(lists: &[&[&str]]) -> Self {
        let list_of = lists
            .iter()
            .zip(0u8..32)
            .flat_map(|(list, k)| list.iter().map(move |_| k))
            .collect();
        let dfa = DFA::new(lists.iter().take(32).flat_map(|l| l.iter())).ok();
        Phrases { dfa, list_of }
    }

    /// Which lists (bit `k` for list `k`) have a phrase in `words` glued:
    /// the same as `glued.contains(phrase)` for each phrase of each list.
    pub(crate) fn found<'w>(&self, words: impl Iterator<Item = &'w str>) -> u32 {
        let mut found = 0u32;
        let Some(dfa) = &self.dfa else {
            return found;
        };
        let Ok(mut state) = dfa.start_state(Anchored::No) else {
            return found;
        };
        for word in words {
            for &byte in word.as_bytes() {
                state = dfa.next_state(Anchored::No, state, byte);
                if dfa.is_match(state) {
                    for k in 0..dfa.match_len(state) {
                        let list = self.list_of[dfa.match_pattern(state, k).as_usize()];
                        found |= 1 << list;
                    }
                }
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::Phrases;

    /// Every phrase of every list, found exactly where `str::contains` finds
    /// it, across word boundaries and when one phrase ends inside another.
    #[test]
    fn same_as_contains_on_the_glued_words() {
        let own: &[&str] = &["propiapuerta", "(og)", "ownnet", "ownnet."];
        let pen: &[&str] = &["(pen", "vompunkt", "s.p.", "(p)"];
        let phrases = Phrases::new(&[own, pen]);
        let texts: &[&[&str]] = &[
            &["en", "propia", "puerta"],
            &["(", "pen", ".", ")"],
            &["(", "p", ")"],
            &["vom", "punkt", "(", "og", ")"],
            &["into", "his", "own", "net", "."],
            &["s", ".", "p", "."],
            &["propia", "puert"],
            &["(", "pe", "n"],
            &[],
        ];
        for words in texts {
            let glued: String = words.concat();
            let want = [own, pen]
                .iter()
                .enumerate()
                .filter(|(_, l)| l.iter().any(|p| glued.contains(p)))
                .fold(0u32, |m, (k, _)| m | 1 << k);
            assert_eq!(phrases.found(words.iter().copied()), want, "{glued}");
        }
    }
}
