//! Merging rules over hand-annotated spec documents (`fixtures/old-firm.jsonl`:
//! one Old Firm derby reported in English, German and, undated, Spanish, and
//! a second derby seven weeks later with the same score).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{build, fixture, fresh, spec};
use scoreline_kb::export::snapshot::Snapshot;
use scoreline_kb::{Kb, Question};

fn old_firm() -> Snapshot {
    let (_dir, mut kb) = fresh();
    build(&mut kb, spec(&[fixture("old-firm.jsonl")]));
    kb.snapshot().unwrap()
}

#[test]
fn reports_of_one_match_merge_and_a_later_rematch_does_not() {
    let snap = old_firm();
    assert_eq!(snap.matches.len(), 2);
    let first = &snap.matches[0];
    assert_eq!(
        (first.home.as_str(), first.away.as_str()),
        ("club/celtic-fc", "club/rangers-fc")
    );
    assert_eq!(first.score, Some([3, 1]));
    let docs: Vec<_> = first
        .sources
        .iter()
        .filter_map(|s| s.document.as_deref())
        .collect();
    assert_eq!(
        docs,
        [
            "de-old-firm-maerz",
            "en-old-firm-march",
            "es-old-firm-marzo"
        ]
    );
    assert_eq!(first.date_first.as_deref(), Some("2025-03-01"));
    assert_eq!(first.date_last.as_deref(), Some("2025-03-02"));
    assert_eq!(
        first.competition.as_deref(),
        Some("competition/scottish-premiership")
    );
    assert_eq!(first.venue.as_deref(), Some("stadium/celtic-park"));
    let second = &snap.matches[1];
    assert_eq!(second.sources.len(), 1);
    assert_eq!(second.date_first.as_deref(), Some("2025-04-20"));
}

#[test]
fn goals_merge_by_match_scorer_and_minute_and_disagreements_are_flagged() {
    let snap = old_firm();
    let of_first: Vec<_> = snap
        .goals
        .iter()
        .filter(|g| g.match_id == Some(snap.matches[0].id))
        .collect();
    let line = |g: &&scoreline_kb::export::snapshot::GoalRow| {
        (
            g.scorer.clone(),
            g.minute,
            g.kind.clone(),
            g.conflict.join(","),
            g.sources.len(),
        )
    };
    let lines: Vec<_> = of_first.iter().map(line).collect();
    assert_eq!(
        lines,
        [
            // 12': all three reports (the Spanish brace without minutes joins it).
            (
                "player/daizen-maeda".into(),
                Some(12),
                "regular".into(),
                "".into(),
                3
            ),
            // 55' (en) and 56' (de): kept apart, linked, flagged; the second
            // goal of the Spanish brace joins the 55' one, without a kind.
            (
                "player/daizen-maeda".into(),
                Some(55),
                "penalty".into(),
                "kind,minute".into(),
                2
            ),
            // en says regular, de penalty: one goal, flagged.
            (
                "player/adam-idah".into(),
                Some(70),
                "regular".into(),
                "kind".into(),
                3
            ),
            (
                "player/cyriel-dessers".into(),
                Some(88),
                "regular".into(),
                "".into(),
                2
            ),
            (
                "player/daizen-maeda".into(),
                Some(56),
                "penalty".into(),
                "minute".into(),
                1
            ),
        ]
    );
    let g55 = of_first[1];
    let g56 = of_first[4];
    assert_eq!(g55.conflicts_with, [g56.id]);
    assert_eq!(g56.conflicts_with, [g55.id]);
}

#[test]
fn names_resolve_to_reference_ids_surnames_and_new_stable_ids() {
    let snap = old_firm();
    let ids: Vec<(&str, bool)> = snap
        .entities
        .iter()
        .filter(|e| e.kind == "player")
        .map(|e| (e.id.as_str(), e.refdata))
        .collect();
    // "Maeda", "Dessers", "Idah" are the full names' surnames in their
    // documents; "McCowan" resolves to "Luke McCowan" in its document.
    assert_eq!(
        ids,
        [
            ("player/adam-idah", true),
            ("player/callum-mcgregor", true),
            ("player/cyriel-dessers", true),
            ("player/daizen-maeda", true),
            ("player/kyogo-furuhashi", true),
            ("player/luke-mccowan", true),
            ("player/vaclav-cerny", true),
        ]
    );
    // "Rangers" is ambiguous (QPR); the coach the document names settles it.
    assert!(snap.entities.iter().any(|e| e.id == "club/rangers-fc"));
    assert!(!snap.entities.iter().any(|e| e.id == "club/rangers"));
}

#[test]
fn player_club_observations_carry_the_article_date_and_evidence() {
    let snap = old_firm();
    let dessers = snap
        .relations
        .iter()
        .find(|r| r.kind == "plays_for" && r.subject == "player/cyriel-dessers")
        .unwrap();
    // The reference data has him at Panathinaikos now; the reports saw him at Rangers.
    assert_eq!(dessers.object, "club/rangers-fc");
    let dates: Vec<_> = dessers.sources.iter().map(|s| s.date.as_deref()).collect();
    assert_eq!(dates, [Some("2025-03-02"), Some("2025-03-01")]);
    for s in &dessers.sources {
        assert_eq!(s.method.as_deref(), Some("goal"));
        assert!(s.evidence.contains("Dessers"), "{s:?}");
    }
}

#[test]
fn every_fact_has_provenance_pointing_into_its_document() {
    let docs: Vec<_> = spec(&[fixture("old-firm.jsonl")])
        .into_iter()
        .map(Result::unwrap)
        .collect();
    let snap = old_firm();
    let all = snap
        .matches
        .iter()
        .flat_map(|m| &m.sources)
        .chain(snap.goals.iter().flat_map(|g| &g.sources))
        .chain(snap.relations.iter().flat_map(|r| &r.sources));
    let mut checked = 0;
    for s in all {
        let Some(id) = &s.document else {
            assert_eq!(s.method.as_deref(), Some("refdata"));
            continue;
        };
        let doc = docs.iter().find(|d| &d.id == id).unwrap();
        assert!(!s.spans.is_empty(), "{s:?}");
        let texts: Vec<String> = s
            .spans
            .iter()
            .map(|[a, b]| doc.text.chars().skip(*a).take(b - a).collect())
            .collect();
        assert_eq!(texts.join(" … "), s.evidence);
        checked += 1;
    }
    assert!(checked > 30, "{checked}");
}

#[test]
fn building_again_is_idempotent_and_incremental_builds_equal_one_build() {
    let all = fixture("old-firm.jsonl");
    let (_dir, mut kb) = fresh();
    build(&mut kb, spec(std::slice::from_ref(&all)));
    let once = kb.snapshot().unwrap();
    let again = build(&mut kb, spec(std::slice::from_ref(&all)));
    assert_eq!((again.added, again.unchanged), (0, 4));
    assert_eq!(kb.snapshot().unwrap(), once);

    // Two documents, then the other two: the same base.
    let docs = spec(&[all]);
    let (_dir2, mut inc) = fresh();
    let mut docs = docs.into_iter();
    build(&mut inc, docs.by_ref().take(2).collect());
    let second = build(&mut inc, docs.collect());
    assert_eq!((second.added, second.matches_merged), (2, 1));
    assert_eq!(inc.snapshot().unwrap(), once);
}

#[test]
fn a_changed_document_replaces_its_facts() {
    let (_dir, mut kb) = fresh();
    build(&mut kb, spec(&[fixture("old-firm.jsonl")]));
    let mut docs: Vec<_> = spec(&[fixture("old-firm.jsonl")])
        .into_iter()
        .map(Result::unwrap)
        .collect();
    // The German report, corrected: Maeda's penalty came in the 55th minute.
    let de = docs
        .iter_mut()
        .find(|d| d.id == "de-old-firm-maerz")
        .unwrap();
    de.goals[1].minute = Some(55);
    let de = de.clone();
    let summary = build(&mut kb, vec![Ok(de)]);
    assert_eq!(summary.replaced, 1);
    let snap = kb.snapshot().unwrap();
    let maeda: Vec<_> = snap
        .goals
        .iter()
        .filter(|g| g.scorer == "player/daizen-maeda" && g.match_id == Some(snap.matches[0].id))
        .map(|g| (g.minute, g.sources.len()))
        .collect();
    assert_eq!(maeda, [(Some(12), 3), (Some(55), 3)]);
}

#[test]
fn a_failed_build_leaves_the_base_as_it_was() {
    let (dir, mut kb) = fresh();
    build(
        &mut kb,
        spec(&[fixture("old-firm.jsonl")])
            .into_iter()
            .take(1)
            .collect(),
    );
    let before = kb.snapshot().unwrap();
    let rest = spec(&[fixture("old-firm.jsonl")]).into_iter().skip(1);
    // The process dies after the first of three documents went in.
    let dying = rest
        .enumerate()
        .map(|(i, d)| if i == 1 { panic!("killed") } else { d });
    let crashed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let _ = kb.build(common::resolver(), dying, Default::default(), &mut |_| {});
    }));
    assert!(crashed.is_err());
    drop(kb);
    let reopened = Kb::open(&dir.path().join("kb.sqlite")).unwrap();
    assert_eq!(reopened.snapshot().unwrap(), before);
}

#[test]
fn ready_questions_answer_as_tables() {
    let (_dir, mut kb) = fresh();
    build(&mut kb, spec(&[fixture("old-firm.jsonl")]));
    let render = |q: Question| kb.ask(&q).unwrap().render();
    insta::assert_snapshot!(
        "top_scorers",
        render(Question::TopScorers {
            limit: 3,
            competition: None
        })
    );
    insta::assert_snapshot!(
        "club_results",
        render(Question::ClubResults {
            club: "Celtic Glasgow".into()
        })
    );
    insta::assert_snapshot!(
        "player_goals",
        render(Question::PlayerGoals {
            player: "Maeda".into()
        })
    );
    insta::assert_snapshot!(
        "stadium_matches",
        render(Question::StadiumMatches {
            stadium: "Parkhead".into()
        })
    );
    insta::assert_snapshot!("conflicts", render(Question::Conflicts { limit: 10 }));
    let err = kb
        .ask(&Question::PlayerGoals {
            player: "Nobody Atall".into(),
        })
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("no player named \"Nobody Atall\""), "{err}");
}
