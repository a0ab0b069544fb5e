//! How much of the gold the reference data finds on its own: the share of
//! gold mentions, per label, that the gazetteer proposes with exactly the
//! gold span and an entry of the label's kind. This is the recall ceiling
//! the reference data gives the tagger, and the measure issue 4 sets.

use crate::resolve::kind_of;
use scoreline_core::{CharIndex, Document, Label};
use scoreline_refdata::{Gazetteer, RefData};
use std::collections::BTreeMap;

/// Found / total per label; `unambiguous` counts only names that need no
/// context.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Coverage {
    pub total: usize,
    pub found: usize,
    pub unambiguous: usize,
}

impl Coverage {
    pub fn recall(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.found as f64 / self.total as f64
        }
    }
}

/// Coverage per label over `docs`.
pub fn coverage(
    docs: &[Document],
    data: &RefData,
    gazetteer: &Gazetteer,
) -> BTreeMap<Label, Coverage> {
    let mut out: BTreeMap<Label, Coverage> = Label::ALL
        .iter()
        .map(|&l| (l, Coverage::default()))
        .collect();
    for doc in docs {
        let index = CharIndex::new(&doc.text);
        let candidates = gazetteer.find(&doc.text);
        for e in &doc.entities {
            let c = out.entry(e.label).or_default();
            c.total += 1;
            let span = index.to_byte(e.start).zip(index.to_byte(e.end));
            let kind = kind_of(e.label);
            let hits = span.and_then(|(start, end)| {
                candidates
                    .iter()
                    .find(|cand| cand.start == start && cand.end == end)
            });
            let of_kind = hits.into_iter().flat_map(|cand| cand.hits).filter(|h| {
                data.entries
                    .get(h.entry as usize)
                    .is_some_and(|entry| entry.kind == kind)
            });
            let (mut any, mut clear) = (false, false);
            for h in of_kind {
                any = true;
                clear |= !h.ambiguous;
            }
            c.found += usize::from(any);
            c.unambiguous += usize::from(clear);
        }
    }
    out
}
