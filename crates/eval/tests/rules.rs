//! Spec §3 rule by rule: each case fails if the rule were implemented
//! differently.

use scoreline_core::{validate, Document, Location};
use scoreline_eval::evaluate;
use scoreline_eval::prf::Score;
use serde_json::{json, Value};

fn doc(v: Value) -> Document {
    let loc = Location {
        file: "test".into(),
        line: None,
    };
    match validate::document(v, &loc) {
        Ok(d) => d,
        Err(ps) => panic!("bad test document: {ps:?}"),
    }
}

/// A gold document about Inter Miami and CF Monterrey.
fn gold() -> Value {
    json!({
        "id": "g", "lang": "de", "date": null,
        "text": "Inter Miami verlor gegen CF Monterrey. Inter war chancenlos, Rodrigo De Paul traf.",
        "entities": [
            {"start": 0, "end": 11, "label": "CLUB", "text": "Inter Miami", "ref": "Inter Miami"},
            {"start": 25, "end": 37, "label": "CLUB", "text": "CF Monterrey", "ref": "CF Monterrey"},
            {"start": 39, "end": 44, "label": "CLUB", "text": "Inter", "ref": "Inter Miami"},
            {"start": 61, "end": 76, "label": "PLAYER", "text": "Rodrigo De Paul", "ref": "Rodrigo De Paul"}
        ],
        "matches": [
            {"id": "m1", "teams": ["CF Monterrey", "Inter Miami"], "score": [3, 1], "penalties": null},
            {"id": "m2", "teams": ["Inter Miami", "CF Monterrey"], "score": null, "penalties": [4, 3]}
        ],
        "goals": [
            {"match": "m1", "scorer": "Rodrigo De Paul", "team": "Inter Miami", "minute": 45, "stoppage": 2, "kind": "regular"},
            {"match": null, "scorer": "Rodrigo De Paul", "team": "Inter Miami", "minute": null, "stoppage": null, "kind": "regular"},
            {"match": null, "scorer": "Rodrigo De Paul", "team": "Inter Miami", "minute": null, "stoppage": null, "kind": "regular"}
        ]
    })
}

/// The gold text with other annotations.
fn pred(entities: Value, matches: Value, goals: Value) -> Value {
    let mut v = gold();
    v["entities"] = entities;
    v["matches"] = matches;
    v["goals"] = goals;
    v
}

fn counts(s: &Score) -> (usize, usize, usize) {
    (s.tp, s.fp, s.fn_)
}

fn run(p: Value) -> scoreline_eval::Report {
    evaluate(&[doc(gold())], &[doc(p)])
}

#[test]
fn strict_needs_same_span_partial_needs_overlap_and_label() {
    let r = run(pred(
        json!([
            {"start": 0, "end": 5, "label": "CLUB", "text": "Inter"},          // overlaps 0..11
            {"start": 25, "end": 37, "label": "COMPETITION", "text": "CF Monterrey"}, // same span, other label
            {"start": 61, "end": 76, "label": "PLAYER", "text": "Rodrigo De Paul"}
        ]),
        json!([]),
        json!([]),
    ));
    assert_eq!(counts(&r.entities.strict), (1, 2, 3));
    assert_eq!(counts(&r.entities.partial), (2, 1, 2));
    assert_eq!(r.entities.confusion["CLUB"]["COMPETITION"], 1);
    assert_eq!(r.entities.confusion["PLAYER"]["PLAYER"], 1);
    assert_eq!(r.entities.confusion["CLUB"]["O"], 2);
}

#[test]
fn duplicate_entities_match_once() {
    let e = json!({"start": 0, "end": 11, "label": "CLUB", "text": "Inter Miami"});
    let r = run(pred(json!([e.clone(), e]), json!([]), json!([])));
    assert_eq!(counts(&r.entities.strict), (1, 1, 3));
}

#[test]
fn one_partial_prediction_cannot_cover_two_gold_entities() {
    let r = run(pred(
        json!([{"start": 0, "end": 44, "label": "CLUB", "text": "Inter Miami verlor gegen CF Monterrey. Inter"}]),
        json!([]),
        json!([]),
    ));
    assert_eq!(counts(&r.entities.partial), (1, 0, 3));
}

#[test]
fn team_order_is_free_but_scores_stay_aligned() {
    let swapped_aligned = json!([{"id": "a", "teams": ["Inter Miami", "CF Monterrey"], "score": [1, 3], "penalties": null}]);
    assert_eq!(
        counts(
            &run(pred(json!([]), swapped_aligned, json!([])))
                .matches
                .basic
        ),
        (1, 0, 1)
    );
    let swapped_misaligned = json!([{"id": "a", "teams": ["Inter Miami", "CF Monterrey"], "score": [3, 1], "penalties": null}]);
    assert_eq!(
        counts(
            &run(pred(json!([]), swapped_misaligned, json!([])))
                .matches
                .basic
        ),
        (0, 1, 2)
    );
}

#[test]
fn team_names_match_by_mention_text_and_whole_word_suffix() {
    // "Inter" is a gold mention text of Inter Miami; "Monterrey" ends "CF Monterrey".
    let m =
        json!([{"id": "a", "teams": ["Monterrey", "Inter"], "score": [3, 1], "penalties": null}]);
    assert_eq!(
        counts(&run(pred(json!([]), m, json!([]))).matches.basic),
        (1, 0, 1)
    );
    // "Miami" ends the ref "Inter Miami" as a whole word.
    let m = json!([{"id": "a", "teams": ["cf monterrey", "Miami"], "score": [3, 1], "penalties": null}]);
    assert_eq!(
        counts(&run(pred(json!([]), m, json!([]))).matches.basic),
        (1, 0, 1)
    );
    // "Monter" is no whole word of the ref, and no mention text.
    let m = json!([{"id": "a", "teams": ["Monter", "Inter"], "score": [3, 1], "penalties": null}]);
    assert_eq!(
        counts(&run(pred(json!([]), m, json!([]))).matches.basic),
        (0, 1, 2)
    );
}

#[test]
fn penalties_count_only_in_the_full_variant_and_stay_aligned() {
    // Shoot-out only: score null must equal null; penalties aligned with the swap.
    let m = json!([{"id": "a", "teams": ["CF Monterrey", "Inter Miami"], "score": null, "penalties": [3, 4]}]);
    let r = run(pred(json!([]), m, json!([])));
    assert_eq!(counts(&r.matches.basic), (1, 0, 1));
    assert_eq!(counts(&r.matches.full), (1, 0, 1));
    let m = json!([{"id": "a", "teams": ["CF Monterrey", "Inter Miami"], "score": null, "penalties": [4, 3]}]);
    let r = run(pred(json!([]), m, json!([])));
    assert_eq!(counts(&r.matches.basic), (1, 0, 1));
    assert_eq!(counts(&r.matches.full), (0, 1, 2));
    // A score where gold has none is wrong even with the right shoot-out.
    let m = json!([{"id": "a", "teams": ["Inter Miami", "CF Monterrey"], "score": [1, 1], "penalties": [4, 3]}]);
    assert_eq!(
        counts(&run(pred(json!([]), m, json!([]))).matches.basic),
        (0, 1, 2)
    );
}

#[test]
fn goal_minutes_null_equals_only_null_and_stoppage_counts() {
    let goal = |minute: Value, stoppage: Value| json!([{"match": null, "scorer": "De Paul", "minute": minute, "stoppage": stoppage, "kind": "regular"}]);
    let r = run(pred(json!([]), json!([]), goal(json!(45), json!(2))));
    assert_eq!(
        counts(&r.goals.basic),
        (1, 0, 2),
        "surname matches the ref as a whole word"
    );
    let r = run(pred(json!([]), json!([]), goal(json!(45), json!(null))));
    assert_eq!(counts(&r.goals.basic), (0, 1, 3), "stoppage null is not 2");
    let r = run(pred(json!([]), json!([]), goal(json!(0), json!(null))));
    assert_eq!(counts(&r.goals.basic), (0, 1, 3), "minute 0 is not null");
    let r = run(pred(json!([]), json!([]), goal(json!(null), json!(null))));
    assert_eq!(counts(&r.goals.basic), (1, 0, 2));
}

#[test]
fn a_brace_without_minutes_is_matched_one_to_one() {
    let g = json!({"match": null, "scorer": "Rodrigo De Paul", "minute": null, "stoppage": null, "kind": "regular"});
    let r = run(pred(json!([]), json!([]), json!([g.clone(), g.clone(), g])));
    assert_eq!(counts(&r.goals.basic), (2, 1, 1));
}

#[test]
fn linked_goals_need_the_gold_goals_match() {
    let matches = json!([
        {"id": "x", "teams": ["Inter", "Monterrey"], "score": [1, 3], "penalties": null},
        {"id": "y", "teams": ["Inter Miami", "CF Monterrey"], "score": null, "penalties": [4, 3]}
    ]);
    let goal =
        |m: Value| json!([{"match": m, "scorer": "Rodrigo De Paul", "minute": 45, "stoppage": 2}]);
    // Same two teams in another order: linked.
    let r = run(pred(json!([]), matches.clone(), goal(json!("x"))));
    assert_eq!(
        (counts(&r.goals.basic), counts(&r.goals.linked)),
        ((1, 0, 2), (1, 0, 2))
    );
    // No match where gold has one: basic right, linked wrong.
    let r = run(pred(json!([]), matches.clone(), goal(json!(null))));
    assert_eq!(
        (counts(&r.goals.basic), counts(&r.goals.linked)),
        ((1, 0, 2), (0, 1, 3))
    );
    // Linked compares the two teams, not the match id: "y" has the same teams.
    let r = run(pred(json!([]), matches, goal(json!("y"))));
    assert_eq!(counts(&r.goals.linked), (1, 0, 2));
}

#[test]
fn linked_goal_with_other_teams_fails() {
    let matches = json!([{"id": "z", "teams": ["Tigres UANL", "Inter Miami"], "score": [1, 0], "penalties": null}]);
    let goals = json!([{"match": "z", "scorer": "Rodrigo De Paul", "minute": 45, "stoppage": 2}]);
    let r = run(pred(json!([]), matches, goals));
    assert_eq!(
        (counts(&r.goals.basic), counts(&r.goals.linked)),
        ((1, 0, 2), (0, 1, 3))
    );
}

#[test]
fn missing_and_unknown_documents() {
    let other = {
        let mut v = gold();
        v["id"] = json!("not-in-gold");
        doc(v)
    };
    let r = evaluate(&[doc(gold())], &[other]);
    assert_eq!(r.documents.missing_predictions, vec!["g".to_owned()]);
    assert_eq!(
        r.documents.unknown_predictions,
        vec!["not-in-gold".to_owned()]
    );
    // The gold document counts as all misses; the unknown one is not scored.
    assert_eq!(counts(&r.entities.strict), (0, 0, 4));
    assert_eq!(counts(&r.matches.basic), (0, 0, 2));
    assert_eq!(counts(&r.goals.basic), (0, 0, 3));
}

#[test]
fn full_goals_need_the_gold_team_and_kind() {
    let goal = |team: Value, kind: &str| json!([{"match": null, "scorer": "De Paul", "team": team, "minute": 45, "stoppage": 2, "kind": kind}]);
    let both = |p| {
        let r = run(p);
        (counts(&r.goals.basic), counts(&r.goals.full))
    };
    // The team by one of its gold mentions ("Inter" is Inter Miami here).
    assert_eq!(
        both(pred(json!([]), json!([]), goal(json!("Inter"), "regular"))),
        ((1, 0, 2), (1, 0, 2))
    );
    // The other side of the match: basic right, full wrong.
    assert_eq!(
        both(pred(
            json!([]),
            json!([]),
            goal(json!("CF Monterrey"), "regular")
        )),
        ((1, 0, 2), (0, 1, 3))
    );
    // No team where gold has one: null equals only null.
    assert_eq!(
        both(pred(json!([]), json!([]), goal(json!(null), "regular"))),
        ((1, 0, 2), (0, 1, 3))
    );
    // A penalty where gold has a goal from play.
    assert_eq!(
        both(pred(
            json!([]),
            json!([]),
            goal(json!("Inter Miami"), "penalty")
        )),
        ((1, 0, 2), (0, 1, 3))
    );
}
