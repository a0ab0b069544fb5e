//! One document around the model: its words (the tokens of
//! `scoreline-text`) cut into pieces and planned into windows before, and
//! after, the windows' word tags stitched, decoded, given our labels and
//! canonical names, and turned into byte-offset mentions on token
//! boundaries. The model itself is elsewhere; everything here is plain Rust.

use crate::aggregate::{self, WordTag};
use crate::labels::{LabelMap, Tag};
use crate::typing;
use crate::window::{self, Window};
use scoreline_ner::features::DocFeatures;
use scoreline_ner::{resolve, Input, Mention};
use scoreline_refdata::{Gazetteer, RefData};
use scoreline_text::Segmented;

/// Pieces a word keeps at most: a longer "word" is a URL or a run of
/// symbols, and its first pieces carry its tag.
pub const MAX_PIECES_PER_WORD: usize = 16;

/// A document's words as pieces, and the windows the model reads.
#[derive(Debug, Clone)]
pub struct Planned {
    /// Piece ids per word (at least one each).
    pub pieces: Vec<Vec<i64>>,
    pub windows: Vec<Window>,
}

impl Planned {
    /// Cuts every token of `seg` into pieces with `piece_ids`, `unk`
    /// standing in for a word that yields none, and plans windows of at
    /// most `budget` pieces that overlap by `overlap`. Words are cut one by
    /// one, as token-classification models are fine-tuned on words given
    /// one by one (each read as after a space).
    pub fn new(
        seg: &Segmented<'_>,
        piece_ids: impl Fn(&str) -> Vec<i64>,
        unk: i64,
        budget: usize,
        overlap: usize,
    ) -> Planned {
        let cap = MAX_PIECES_PER_WORD.min(budget.max(1));
        let pieces: Vec<Vec<i64>> = seg
            .tokens
            .iter()
            .map(|t| {
                let mut ids = piece_ids(t.text(seg.text));
                ids.truncate(cap);
                if ids.is_empty() {
                    ids.push(unk);
                }
                ids
            })
            .collect();
        let costs: Vec<usize> = pieces.iter().map(Vec::len).collect();
        let starts: Vec<usize> = seg.sentences.iter().map(|s| s.first).collect();
        let windows = window::plan(&costs, &starts, budget, overlap);
        Planned { pieces, windows }
    }

    /// The pieces of window `w`, and for each of its words the index of its
    /// first piece among them.
    pub fn window_pieces(&self, w: usize) -> (Vec<i64>, Vec<usize>) {
        let win = self.windows[w];
        let mut ids = Vec::new();
        let mut firsts = Vec::with_capacity(win.end - win.first);
        for p in &self.pieces[win.first..win.end] {
            firsts.push(ids.len());
            ids.extend_from_slice(p);
        }
        (ids, firsts)
    }
}

/// What recognition needs besides the model: reference data for labels and
/// canonical names, and the mapping of the model's types.
#[derive(Debug)]
pub struct Resources {
    pub data: RefData,
    pub gazetteer: Gazetteer,
    pub map: LabelMap,
    /// The model's tags, parsed, by index.
    pub tags: Vec<Tag>,
}

/// The mentions of one document from its windows' word tags
/// (`per_window[w]` has one entry per word of window `w`).
pub fn mentions(
    input: &Input<'_>,
    planned: &Planned,
    per_window: &[Vec<WordTag>],
    res: &Resources,
) -> Vec<Mention> {
    let seg = input.seg;
    let costs: Vec<usize> = planned.pieces.iter().map(Vec::len).collect();
    let owner = window::owners(&costs, &planned.windows);
    let words = window::stitch(&planned.windows, &owner, per_window);
    let typed = aggregate::decode(&words, &res.tags);
    let doc = DocFeatures::new(seg, input.lang, &res.gazetteer, &res.data);
    let spans = typing::assign(seg, &doc, &res.data, &res.map, &typed);
    resolve::mentions(seg, &doc, &res.data, spans)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use scoreline_core::{Label, Lang};

    /// Word tags from a rule on the word's text, as a context-free model
    /// would give them, for every window.
    fn tag_windows(
        seg: &Segmented<'_>,
        planned: &Planned,
        rule: impl Fn(&str, &str) -> usize,
    ) -> Vec<Vec<WordTag>> {
        planned
            .windows
            .iter()
            .map(|w| {
                (w.first..w.end)
                    .map(|i| {
                        let prev = if i == 0 { "" } else { seg.token_text(i - 1) };
                        WordTag {
                            tag: rule(prev, seg.token_text(i)),
                            prob: 0.8,
                        }
                    })
                    .collect()
            })
            .collect()
    }

    fn resources(map: LabelMap) -> Resources {
        let data = RefData::default();
        Resources {
            gazetteer: Gazetteer::new(&data).unwrap(),
            data,
            map,
            tags: ["O", "B-PER", "I-PER", "B-ORG", "I-ORG"]
                .iter()
                .map(|t| Tag::parse(t))
                .collect(),
        }
    }

    #[test]
    fn entities_across_window_edges_come_out_once_and_whole() {
        let text = "Müller traf früh. Thomas Müller traf wieder für den FC Bayern München. Danach jubelte Thomas Müller.";
        let seg = Segmented::new(text);
        let rule = |prev: &str, w: &str| match (prev, w) {
            (_, "Thomas") => 1,
            ("Thomas", "Müller") => 2,
            (_, "Müller") => 1,
            (_, "FC") => 3,
            (_, "Bayern" | "München") => 4,
            _ => 0,
        };
        let res = resources(LabelMap::generic());
        let input = Input {
            text,
            lang: Lang::De,
            seg: &seg,
        };
        let run = |budget: usize, overlap: usize| {
            let planned = Planned::new(
                &seg,
                |w| vec![w.len() as i64; 1 + w.len() / 4],
                0,
                budget,
                overlap,
            );
            let tags = tag_windows(&seg, &planned, rule);
            (
                planned.windows.len(),
                mentions(&input, &planned, &tags, &res),
            )
        };
        let (one, whole) = run(512, 0);
        assert_eq!(one, 1);
        let got: Vec<(&str, Label)> = whole
            .iter()
            .map(|m| (&text[m.start..m.end], m.label))
            .collect();
        assert_eq!(
            got,
            vec![
                ("Müller", Label::Player),
                ("Thomas Müller", Label::Player),
                ("FC Bayern München", Label::Club),
                ("Thomas Müller", Label::Player),
            ]
        );
        for (budget, overlap) in [(6, 2), (8, 3), (10, 4), (5, 0)] {
            let (n, windowed) = run(budget, overlap);
            assert!(n > 2, "budget {budget} gives {n} windows");
            assert_eq!(windowed, whole, "budget {budget}, overlap {overlap}");
        }
    }

    #[test]
    fn a_word_without_pieces_reads_as_unknown_and_long_words_are_capped() {
        let seg = Segmented::new("Tor ! https://example.invalid/a/very/long/path");
        let planned = Planned::new(
            &seg,
            |w| if w == "!" { vec![] } else { vec![7; w.len()] },
            1,
            64,
            8,
        );
        assert_eq!(planned.pieces[1], vec![1]);
        assert!(planned
            .pieces
            .iter()
            .all(|p| !p.is_empty() && p.len() <= MAX_PIECES_PER_WORD));
        let (ids, firsts) = planned.window_pieces(0);
        assert_eq!(firsts[0], 0);
        assert_eq!(firsts[1], 3);
        assert_eq!(
            ids.len(),
            planned.pieces.iter().map(Vec::len).sum::<usize>()
        );
    }
}
