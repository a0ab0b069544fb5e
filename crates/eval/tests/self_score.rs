//! Property: any valid gold document scored against itself gives 1.0 on every
//! metric, and scores do not depend on the order predictions are listed in.

use proptest::prelude::*;
use scoreline_core::{Document, Entity, Goal, GoalKind, Label, Lang, Match};
use scoreline_eval::evaluate;

const WORDS: &[&str] = &[
    "Müller",
    "traf",
    "zum",
    "2:1",
    "São",
    "Paulo",
    "Зенит",
    "⚽",
    "de",
    "Paul",
    "Inter",
    "MLS-team",
];

fn label(i: u8) -> Label {
    Label::ALL[usize::from(i) % Label::ALL.len()]
}

prop_compose! {
    fn arb_doc()(
        words in prop::collection::vec((0..WORDS.len(), any::<bool>(), any::<u8>()), 1..40),
        matches in prop::collection::vec((any::<u8>(), any::<u8>(), prop::option::of((0u32..9, 0u32..9)), prop::option::of((0u32..9, 0u32..9))), 0..4),
        goals in prop::collection::vec((any::<u8>(), any::<u8>(), prop::option::of(0u32..121), prop::option::of(1u32..9), 0u8..3), 0..8),
    ) -> Document {
        let mut text = String::new();
        let mut entities = Vec::new();
        for (w, is_entity, l) in words {
            if !text.is_empty() { text.push(' '); }
            let start = text.chars().count();
            text.push_str(WORDS[w]);
            if is_entity {
                let end = text.chars().count();
                entities.push(Entity { start, end, label: label(l), text: WORDS[w].into(), reference: Some(format!("Ref {}", WORDS[w])), extra: Default::default() });
            }
        }
        let names: Vec<String> = entities.iter().map(|e| e.ref_or_text().to_owned()).chain(["FC Somewhere".to_owned(), "Other Club".to_owned()]).collect();
        let pick = |i: u8| names[usize::from(i) % names.len()].clone();
        let matches: Vec<Match> = matches.into_iter().enumerate().map(|(i, (a, b, score, pens))| Match {
            id: format!("m{i}"),
            teams: [pick(a), pick(b)],
            score: score.map(|(x, y)| [x, y]).or(if pens.is_none() { Some([0, 0]) } else { None }),
            penalties: pens.map(|(x, y)| [x, y]),
            competition: None, venue: None, extra: Default::default(),
        }).collect();
        let goals = goals.into_iter().map(|(m, s, minute, stoppage, kind)| Goal {
            match_id: if matches.is_empty() || m % 3 == 0 { None } else { Some(format!("m{}", usize::from(m) % matches.len())) },
            scorer: pick(s),
            team: None,
            minute,
            stoppage: minute.and(stoppage),
            kind: [GoalKind::Regular, GoalKind::Penalty, GoalKind::OwnGoal][usize::from(kind)],
            extra: Default::default(),
        }).collect();
        Document { id: "p".into(), lang: Lang::Pt, date: None, text, entities, matches, goals, extra: Default::default() }
    }
}

proptest! {
    #[test]
    fn gold_against_itself_is_perfect(doc in arb_doc()) {
        let r = evaluate(std::slice::from_ref(&doc), std::slice::from_ref(&doc));
        for s in headline(&r) {
            prop_assert_eq!((s.p, s.r, s.f1, s.fp, s.fn_), (1.0, 1.0, 1.0, 0, 0));
        }
        for s in r.entities.strict_by_label.values().chain(r.goals.linked_by_lang.values()) {
            prop_assert_eq!(s.f1, 1.0);
        }
    }

    #[test]
    fn order_of_predictions_does_not_matter(doc in arb_doc(), seed in any::<u64>()) {
        let mut shuffled = doc.clone();
        let n = shuffled.goals.len();
        if n > 1 { shuffled.goals.rotate_left((seed as usize) % n); }
        shuffled.entities.reverse();
        shuffled.matches.reverse();
        let a = evaluate(std::slice::from_ref(&doc), std::slice::from_ref(&doc));
        let b = evaluate(std::slice::from_ref(&doc), std::slice::from_ref(&shuffled));
        prop_assert_eq!(a.goals.linked, b.goals.linked);
        prop_assert_eq!(a.entities.partial, b.entities.partial);
        prop_assert_eq!(a.matches.full, b.matches.full);
    }
}

/// The six headline metrics of a report.
fn headline(r: &scoreline_eval::Report) -> [scoreline_eval::prf::Score; 6] {
    [
        r.entities.strict,
        r.entities.partial,
        r.matches.basic,
        r.matches.full,
        r.goals.basic,
        r.goals.linked,
    ]
}

/// Loads gold documents from a path relative to this crate, asserting they are valid.
fn gold(relative: &str) -> Vec<Document> {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative);
    let loaded = scoreline_core::load_paths(&[path]);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    loaded.documents.into_iter().map(|(_, d)| d).collect()
}

#[test]
fn example_against_itself_is_perfect() {
    let docs = gold("../../../shared/spec/example-de.json");
    assert_eq!(docs.len(), 1);
    let r = evaluate(&docs, &docs);
    assert!(headline(&r)
        .iter()
        .all(|s| (s.f1, s.fp, s.fn_) == (1.0, 0, 0)));
    assert_eq!((r.matches.basic.tp, r.goals.basic.tp), (3, 5));
}

#[test]
fn the_whole_gold_corpus_against_itself_is_perfect() {
    let docs = gold("../../eval/gold");
    assert_eq!(docs.len(), jsonl_lines("../../eval/gold"));
    let r = evaluate(&docs, &docs);
    assert!(headline(&r)
        .iter()
        .all(|s| (s.f1, s.fp, s.fn_) == (1.0, 0, 0)));
    for by_lang in [
        &r.entities.strict_by_lang,
        &r.matches.full_by_lang,
        &r.goals.linked_by_lang,
    ] {
        assert_eq!(by_lang.len(), 7);
        assert!(by_lang.values().all(|s| s.f1 == 1.0));
    }
}

/// Non-empty lines of every `.jsonl` file under `dir`, counted without the
/// loader: the corpus grows, and the loader must not drop any document.
fn jsonl_lines(dir: &str) -> usize {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut n = 0;
    for split in std::fs::read_dir(&root).unwrap_or_else(|e| panic!("{e}")) {
        let split = split.unwrap_or_else(|e| panic!("{e}")).path();
        for file in std::fs::read_dir(&split).unwrap_or_else(|e| panic!("{e}")) {
            let file = file.unwrap_or_else(|e| panic!("{e}")).path();
            if file.extension().is_some_and(|x| x == "jsonl") {
                let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{e}"));
                n += text.lines().filter(|l| !l.trim().is_empty()).count();
            }
        }
    }
    n
}
