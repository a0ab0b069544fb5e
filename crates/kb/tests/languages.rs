//! The base over real extraction: one final reported in English, German and
//! (undated) Spanish, written for this test and run through the extract
//! library; and the whole gold corpus.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{build, fixture, fresh, repo, spec};
use scoreline_extract::Pipeline;
use scoreline_kb::input::Extracted;
use scoreline_kb::Question;
use scoreline_ner::embedded::EmbeddedRecognizer;

#[test]
fn the_same_final_in_three_languages_is_one_match_with_three_sources() {
    let recognizer = EmbeddedRecognizer::load(&repo().join("models")).unwrap();
    let pipeline = Pipeline::new(Box::new(recognizer));
    let docs: Vec<_> = Extracted::new(&pipeline, &[fixture("ucl-final-2024.jsonl")]).collect();
    let langs: Vec<_> = docs
        .iter()
        .map(|d| d.as_ref().unwrap().lang.code())
        .collect();
    assert_eq!(langs, ["en", "de", "es"]);
    let (_dir, mut kb) = fresh();
    let summary = build(&mut kb, docs);
    assert_eq!((summary.matches_new, summary.matches_merged), (1, 2));
    let snap = kb.snapshot().unwrap();
    assert_eq!(snap.matches.len(), 1);
    let m = &snap.matches[0];
    // Two of the three reports name Real Madrid first.
    assert_eq!(
        (m.home.as_str(), m.away.as_str()),
        ("club/real-madrid", "club/borussia-dortmund")
    );
    assert_eq!(m.score, Some([2, 0]));
    assert_eq!(
        m.competition.as_deref(),
        Some("competition/uefa-champions-league")
    );
    // "Wembley Stadium" (en) and "Wembley" (de) are one stadium, the
    // reference data's.
    assert_eq!(m.venue.as_deref(), Some("stadium/wembley-stadium"));
    let mut sources: Vec<_> = m
        .sources
        .iter()
        .map(|s| s.document.clone().unwrap())
        .collect();
    sources.sort();
    assert_eq!(
        sources,
        [
            "de-cl-finale-2024",
            "en-ucl-final-2024",
            "es-final-champions-2024"
        ]
    );
    let goals: Vec<_> = snap
        .goals
        .iter()
        .map(|g| {
            (
                g.scorer.as_str(),
                g.minute,
                g.team.as_deref(),
                g.sources.len(),
                g.conflict.len(),
            )
        })
        .collect();
    assert_eq!(
        goals,
        [
            (
                "player/dani-carvajal",
                Some(74),
                Some("club/real-madrid"),
                3,
                0
            ),
            (
                "player/vinicius-junior",
                Some(83),
                Some("club/real-madrid"),
                3,
                0
            ),
        ]
    );
    let sources = kb.ask(&Question::MatchSources { id: m.id }).unwrap();
    assert_eq!(sources.rows.len(), 3);
}

#[test]
fn the_gold_corpus_merges_matches_reported_across_articles_and_languages() {
    let (_dir, mut kb) = fresh();
    let summary = build(&mut kb, spec(&[repo().join("eval/gold")]));
    assert_eq!(summary.added, corpus_docs());
    let snap = kb.snapshot().unwrap();
    let reported = |n: usize| snap.matches.iter().filter(|m| m.sources.len() >= n).count();
    let per_doc: usize = summary.matches_new + summary.matches_merged;
    assert_eq!(
        per_doc,
        snap.matches.iter().map(|m| m.sources.len()).sum::<usize>()
    );
    assert!(
        reported(2) >= 20,
        "{} matches with two or more reports",
        reported(2)
    );
    // Argentina 4-1 Brazil (March 2025) is reported in Spanish, French and Italian.
    let superclasico = snap
        .matches
        .iter()
        .find(|m| m.home == "club/argentina" && m.away == "club/brazil" && m.score == Some([4, 1]))
        .unwrap();
    let mut langs: Vec<_> = superclasico
        .sources
        .iter()
        .map(|s| {
            s.document
                .as_deref()
                .unwrap()
                .split('-')
                .next()
                .unwrap()
                .to_owned()
        })
        .collect();
    langs.sort();
    langs.dedup();
    assert!(langs.len() >= 3, "{langs:?}");
    // Every match report is in the base exactly once.
    let reports: usize = snap.matches.iter().map(|m| m.sources.len()).sum();
    let gold_matches: usize = spec(&[repo().join("eval/gold")])
        .into_iter()
        .map(|d| d.unwrap().matches.len())
        .sum();
    assert_eq!(reports + summary.matches_unresolved, gold_matches);
}

#[test]
fn the_extracted_news_corpus_merges_reports_across_languages() {
    let recognizer = EmbeddedRecognizer::load(&repo().join("models")).unwrap();
    let pipeline = Pipeline::new(Box::new(recognizer));
    let docs: Vec<_> = Extracted::new(&pipeline, &[repo().join("corpora/news.jsonl")]).collect();
    let (_dir, mut kb) = fresh();
    let summary = build(&mut kb, docs);
    assert_eq!(summary.added, corpus_docs());
    let snap = kb.snapshot().unwrap();
    let lang = |doc: &str| doc.split('-').next().unwrap_or_default().to_owned();
    let across_languages = snap
        .matches
        .iter()
        .filter(|m| {
            let mut langs: Vec<_> = m
                .sources
                .iter()
                .filter_map(|s| s.document.as_deref())
                .map(lang)
                .collect();
            langs.sort();
            langs.dedup();
            langs.len() >= 2
        })
        .count();
    assert!(
        across_languages >= 15,
        "{across_languages} matches reported in two or more languages"
    );
    // No match holds two reports from one document unless that document
    // repeats it; every report is kept.
    let reports: usize = snap.matches.iter().map(|m| m.sources.len()).sum();
    assert_eq!(reports, summary.matches_new + summary.matches_merged);
}

/// The gold corpus and `corpora/news.jsonl` hold the same documents (a gold
/// test checks it); count them from the news file, so the corpus may grow.
fn corpus_docs() -> usize {
    let text = std::fs::read_to_string(repo().join("corpora/news.jsonl")).unwrap();
    text.lines().filter(|l| !l.trim().is_empty()).count()
}
