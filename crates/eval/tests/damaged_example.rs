//! The spec's example article against deliberately damaged predictions; every
//! expected count is computed by hand in the comments.

use scoreline_core::{load_paths, CharIndex, Document};
use scoreline_eval::evaluate;
use serde_json::json;
use std::path::PathBuf;

fn example() -> Document {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/spec/example-de.json");
    let mut loaded = load_paths(&[path]);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    loaded.documents.remove(0).1
}

fn damaged(gold: &Document) -> Document {
    let mut p = gold.clone();
    // Entities (37 gold: 12 PLAYER, 15 CLUB, 10 COMPETITION).
    // [3] "Lionel Messis" 127..140 shortened to "Lionel Messi": strict miss, partial hit.
    p.entities[3].end = 139;
    p.entities[3].text = "Lionel Messi".into();
    // [2] CLUB "CF Monterrey" relabelled COMPETITION: a miss and a spurious one.
    p.entities[2].label = scoreline_core::Label::Competition;
    // [0] CLUB "Inter Miami" and [1] COMPETITION "CONCACAF Champions Cup" removed.
    p.entities.drain(0..2);
    // A spurious STADIUM on "Torhüter" (after an umlaut: code points, not bytes).
    let ix = CharIndex::new(&gold.text);
    let b = gold.text.find("Torhüter").unwrap_or_default();
    let (start, end) = ix.char_span(b, b + "Torhüter".len()).unwrap_or_default();
    p.entities.push(
        serde_json::from_value(
            json!({"start": start, "end": end, "label": "STADIUM", "text": "Torhüter"}),
        )
        .unwrap_or_else(|e| panic!("{e}")),
    );
    // Matches (3 gold): m1 misaligned (3-1 written for Inter Miami first),
    // m2 dropped, m3's shoot-out reversed (basic right, full wrong).
    p.matches[0].teams = ["Inter Miami".into(), "CF Monterrey".into()];
    p.matches[2].penalties = Some([3, 4]);
    p.matches.remove(1);
    // Goals (5 gold): [1] minute 58 → 59 (wrong); [0] linked to m3 (basic
    // right, linked wrong); [2] scorer by surname "Gallardo", [3] with an
    // accent "Diego Gómez" (both right); [4] credited to the other side
    // (basic right, full wrong) and [3]'s team by its short name "Miami"
    // (the ref ends with it as whole words: full right).
    p.goals[1].minute = Some(59);
    p.goals[0].match_id = Some("m3".into());
    p.goals[2].scorer = "Gallardo".into();
    p.goals[3].scorer = "Diego Gómez".into();
    p.goals[4].team = Some("CF Monterrey".into());
    p.goals[3].team = Some("Miami".into());
    p
}

#[test]
fn damaged_predictions_score_as_computed_by_hand() {
    let gold = example();
    assert_eq!(gold.entities.len(), 37);
    let r = evaluate(std::slice::from_ref(&gold), &[damaged(&gold)]);
    let c = |s: &scoreline_eval::prf::Score| (s.tp, s.fp, s.fn_);
    // strict: tp 37-2-1-1 = 33; fp shortened+relabelled+spurious = 3; fn 2+1+1 = 4.
    assert_eq!(c(&r.entities.strict), (33, 3, 4));
    assert!((r.entities.strict.p - 33.0 / 36.0).abs() < 1e-12);
    assert!((r.entities.strict.r - 33.0 / 37.0).abs() < 1e-12);
    // partial: the shortened one overlaps with the same label: tp 34, fp 2, fn 3.
    assert_eq!(c(&r.entities.partial), (34, 2, 3));
    use scoreline_core::Label::*;
    assert_eq!(c(&r.entities.strict_by_label[&Player]), (11, 1, 1));
    assert_eq!(c(&r.entities.strict_by_label[&Club]), (13, 0, 2));
    assert_eq!(c(&r.entities.strict_by_label[&Competition]), (9, 1, 1));
    assert_eq!(c(&r.entities.strict_by_label[&Stadium]), (0, 1, 0));
    assert_eq!(r.entities.confusion["CLUB"]["COMPETITION"], 1);
    // matches basic: m3 right; m1 wrong; m2 missed → tp 1, fp 1, fn 2.
    assert_eq!(c(&r.matches.basic), (1, 1, 2));
    // full: m3 wrong too → tp 0, fp 2, fn 3.
    assert_eq!(c(&r.matches.full), (0, 2, 3));
    // goals basic: all but the 59th minute → tp 4, fp 1, fn 1.
    assert_eq!(c(&r.goals.basic), (4, 1, 1));
    // linked: also the goal moved to m3 → tp 3, fp 2, fn 2.
    assert_eq!(c(&r.goals.linked), (3, 2, 2));
    // full: basic less Messi's goal with the wrong team → tp 3, fp 2, fn 2.
    assert_eq!(c(&r.goals.full), (3, 2, 2));
    insta::assert_json_snapshot!("damaged_example_report", r);
}
