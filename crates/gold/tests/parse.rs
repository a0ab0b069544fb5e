//! The parser and checker on fixture files: a good file with accented and
//! non-Latin text, and every kind of problem with its message and line.

use scoreline_core::{GoalKind, Label, Lang};
use scoreline_gold::{check_paths, parse_file, parse_source, Kind};
use std::path::{Path, PathBuf};

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

/// (line, message) of every problem of one file, in order.
fn problems(rel: &str) -> Vec<(Option<usize>, String)> {
    let checked = parse_file(&fixture(rel));
    assert!(
        checked.article.is_none(),
        "a file with problems must not give an article"
    );
    checked
        .problems
        .into_iter()
        .map(|p| (p.location.line, p.message))
        .collect()
}

fn at(line: usize, message: &str) -> (Option<usize>, String) {
    (Some(line), message.to_owned())
}

#[test]
fn good_file_gives_code_point_offsets_over_the_text_without_marks() {
    let checked = parse_file(&fixture("good/de/de-report-fixture-umlaute.txt"));
    assert!(checked.problems.is_empty(), "{:#?}", checked.problems);
    let Some(article) = checked.article else {
        panic!("no article")
    };
    let doc = &article.document;
    assert_eq!(doc.id, "de-report-fixture-umlaute");
    assert_eq!(doc.lang, Lang::De);
    assert_eq!(doc.date.as_deref(), Some("2024-11-10"));
    assert_eq!(article.meta.kind, Kind::Report);
    assert_eq!(article.meta.tags.len(), 8);
    assert_eq!(article.meta.tags[0], "min-dot");
    assert_eq!(
        article.meta.note.as_deref(),
        Some("a fixture of the parser tests, not gold")
    );
    assert!(!doc.text.contains("[[") && !doc.text.contains("]]") && !doc.text.contains('|'));
    // Starts with an astral emoji (one code point, four bytes); trailing
    // empty lines of the text part are dropped.
    assert!(
        doc.text
            .starts_with("🏆 Fußball > Bundesliga\n\nMüllers Doppelpack"),
        "{:?}",
        &doc.text[..40]
    );
    assert!(doc.text.ends_with("vorzubereiten. Die Stimmung im Stadion war trotz des Regens ausgezeichnet, die Fans feierten ihre Mannschaft noch lange nach dem Abpfiff."));
    let chars: Vec<char> = doc.text.chars().collect();
    assert_eq!(doc.entities.len(), 17);
    for e in &doc.entities {
        let slice: String = chars[e.start..e.end].iter().collect();
        assert_eq!(slice, e.text, "entity {e:?}");
    }
    let first = &doc.entities[0];
    assert_eq!(
        (first.start, first.end, first.text.as_str()),
        (24, 31, "Müllers")
    );
    assert_eq!(first.reference.as_deref(), Some("Thomas Müller"));
    let korean = doc
        .entities
        .iter()
        .find(|e| e.text == "김민재")
        .map(|e| (e.label, e.reference.clone()));
    assert_eq!(
        korean,
        Some((Label::Player, Some("Kim Min-jae".to_owned())))
    );
    // A combining accent is its own code point, as in Python: "Gime\u{301}nez"
    // is 8 code points, so "José Gime\u{301}nez" is 13, not 12.
    let combining = doc.entities.iter().find(|e| e.text.starts_with("José"));
    assert_eq!(
        combining.map(|e| (e.text.as_str(), e.end - e.start)),
        Some(("José Gime\u{301}nez", 13))
    );
    // Without an explicit ref, the ref is the surface.
    let stadium = doc.entities.iter().find(|e| e.label == Label::Stadium);
    assert_eq!(
        stadium.and_then(|e| e.reference.as_deref()),
        Some("Allianz Arena")
    );

    assert_eq!(doc.matches.len(), 1);
    let m = &doc.matches[0];
    assert_eq!(
        m.teams,
        ["FC Bayern München".to_owned(), "1. FC Köln".to_owned()]
    );
    assert_eq!((m.score, m.penalties), (Some([4, 1]), None));
    assert_eq!(
        (m.competition.as_deref(), m.venue.as_deref()),
        (None, Some("Allianz Arena"))
    );
    type GoalRow<'a> = (Option<&'a str>, &'a str, Option<u32>, Option<u32>, GoalKind);
    let goals: Vec<GoalRow<'_>> = doc
        .goals
        .iter()
        .map(|g| {
            (
                g.match_id.as_deref(),
                g.scorer.as_str(),
                g.minute,
                g.stoppage,
                g.kind,
            )
        })
        .collect();
    assert_eq!(
        goals,
        vec![
            (
                Some("m1"),
                "Thomas Müller",
                Some(12),
                None,
                GoalKind::Regular
            ),
            (
                Some("m1"),
                "Timo Hübers",
                Some(45),
                Some(2),
                GoalKind::OwnGoal
            ),
            (Some("m1"), "Harry Kane", Some(58), None, GoalKind::Penalty),
            (
                Some("m1"),
                "Thomas Müller",
                Some(71),
                None,
                GoalKind::Regular
            ),
            (
                Some("m1"),
                "Linton Maina",
                Some(80),
                None,
                GoalKind::Regular
            ),
            (None, "Harry Kane", None, None, GoalKind::Regular),
        ]
    );
    assert_eq!(doc.goals[1].team.as_deref(), Some("FC Bayern München"));
}

#[test]
fn the_built_document_is_what_the_loader_accepts() {
    let checked = parse_file(&fixture("good/de/de-report-fixture-umlaute.txt"));
    let Some(article) = checked.article else {
        panic!("no article")
    };
    let line = serde_json::to_string(&article.document).unwrap_or_default();
    let reloaded = scoreline_core::read_jsonl(Path::new("x.jsonl"), line.as_bytes()).next();
    match reloaded {
        Some((_, Ok(doc))) => assert_eq!(doc, article.document),
        other => panic!("the loader rejected the built document: {other:?}"),
    }
    // Field order of the spec.
    let keys = [
        "\"id\"",
        "\"lang\"",
        "\"date\"",
        "\"text\"",
        "\"entities\"",
        "\"matches\"",
        "\"goals\"",
    ];
    let positions: Vec<usize> = keys.iter().filter_map(|k| line.find(k)).collect();
    assert_eq!(positions.len(), keys.len());
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{line}");
}

#[test]
fn header_mark_record_and_reference_problems_with_their_lines() {
    let expected = vec![
        at(3, "`date` must be YYYY-MM-DD or null, found \"2024-02-30x\""),
        at(5, "unknown tag \"own_goal\" (the tags are listed in AUTHORING.md §4; did you mean `own-goal`?)"),
        at(5, "unknown tag \"trap-nothing\" (the tags are listed in AUTHORING.md §4)"),
        at(6, "unknown header key \"author\" (known: id, lang, date, kind, tags, note)"),
        at(8, "the text has 39 words; an article has 150–500"),
        at(9, "stray `|` outside a mark (after \"Bukayo Saka scored \"); the text may contain `|` only inside [[…]]"),
        at(9, "unknown label \"PLAYR\" (expected PLAYER, CLUB, STADIUM, COACH or COMPETITION) in [[Cole Palmer|PLAYR]]"),
        at(10, "`]]` without an opening `[[` (after \"Havertz won it late \")"),
        at(11, "`[[` is not closed by `]]` on this line (at [[Declan Rice|PLAYER was booked.)"),
        at(12, "the surface \" Martin Ødegaard\" has white space at its start or end in [[ Martin Ødegaard|PLAYER]]"),
        at(12, "empty ref in [[Raya|PLAYER|]]"),
        at(12, "a mark is [[surface|LABEL]] or [[surface|LABEL|ref]], found 4 part(s) separated by `|` in [[Saliba|PLAYER|William Saliba|x]]"),
        at(14, "team \"Chelsea FC\" is not the ref of a CLUB entity of the text (refs are written exactly as in the marks; add the mark, or fix the record)"),
        at(14, "competition \"Arsenal\" is not the ref of a COMPETITION entity of the text (it is the ref of a CLUB entity)"),
        at(14, "venue \"Emirates Stadium\" is not the ref of a STADIUM entity of the text (refs are written exactly as in the marks; add the mark, or fix the record)"),
        at(15, "score: expected `a-b` with digits and an ASCII `-`, found \"2:1\" (or `-` when only the shoot-out score is stated)"),
        at(16, "both teams are \"Arsenal\""),
        // From the spec validator, placed on the record's line.
        at(16, "a match needs a `score` or a `penalties` score (both are null)"),
        at(17, "scorer \"Saka\" is not the ref of a PLAYER entity of the text (refs are written exactly as in the marks; add the mark, or fix the record)"),
        at(18, "minute: expected `31`, `45+2` or `-`, found \"12'\""),
        at(19, "scorer \"Arsenal\" is not the ref of a PLAYER entity of the text (it is the ref of a CLUB entity)"),
        at(19, "`match` \"m9\" is not the id of a match of this document"),
        // Line 20 points at m2, whose own line is broken: not reported twice.
        at(21, "unknown goal kind \"header\" (expected regular, penalty or own_goal)"),
        at(24, "4 goal records for \"Arsenal\" in match m1, but its score gives \"Arsenal\" 2"),
        at(25, "a record starts with `match <id>:` or `goal <match id>:`, found \"bogus line\""),
    ];
    assert_eq!(problems("bad/en/en-report-fixture-errors.txt"), expected);
}

#[test]
fn id_lang_folder_and_file_name_problems() {
    let expected = vec![
        at(1, "id \"en-preview-fixture_wrong\" must be lower case ASCII letters, digits and `-` only"),
        at(1, "id \"en-preview-fixture_wrong\" must be `<lang>-<kind>-<slug>` with lang and kind as in the header, here `de-preview-<slug>`"),
        at(1, "the file must be named `en-preview-fixture_wrong.txt` after its id"),
        at(2, "lang is de but the file is in folder \"fr\""),
        at(5, "header key `id` is given twice (first on line 1)"),
        at(7, "the text has 2 words; an article has 150–500"),
    ];
    assert_eq!(
        problems("bad/fr/fr-report-fixture-wrong-name.txt"),
        expected
    );
}

#[test]
fn separator_problems() {
    assert_eq!(
        problems("structure/nl/nl-report-fixture-structure.txt")[..2],
        [
            at(5, "the text has 9 words; an article has 150–500"),
            at(6, "a line that is exactly `---` inside the text (only two such lines may appear, around the text)"),
        ]
    );
    assert_eq!(
        problems("structure/nl/nl-report-fixture-one-separator.txt"),
        vec![
            at(5, "only one `---` line: a file is a header, `---`, the text, `---`, the records (the second `---` is needed even when there are no records)"),
            at(5, "the text has 2 words; an article has 150–500"),
        ]
    );
}

#[test]
fn missing_header_keys_and_invalid_utf8() {
    let path = fixture("bad/pt/pt-report-x.txt");
    let c = parse_source(&path, b"date: -\n---\ntext\n---\n");
    let msgs: Vec<(Option<usize>, String)> = c
        .problems
        .into_iter()
        .map(|p| (p.location.line, p.message))
        .collect();
    assert_eq!(
        msgs[..3],
        [
            at(2, "the header has no `id:` line"),
            at(2, "the header has no `lang:` line"),
            at(2, "the header has no `kind:` line"),
        ]
    );
    let c = parse_source(&path, b"id: pt-report-x\nlang: pt\n\xff\n");
    let msgs: Vec<String> = c.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        msgs,
        vec![format!(
            "{}:3: not valid UTF-8 (at byte 25)",
            path.display()
        )]
    );
}

#[test]
fn duplicate_ids_across_files_name_the_first_file() {
    let corpus = check_paths(&[fixture("dup")]);
    assert_eq!(corpus.files, 2);
    assert!(corpus.articles.is_empty());
    let msgs: Vec<String> = corpus.problems.iter().map(ToString::to_string).collect();
    let copy = fixture("dup/it/it-report-fixture-dup-copy.txt");
    let orig = fixture("dup/it/it-report-fixture-dup.txt");
    assert_eq!(
        msgs,
        vec![
            format!(
                "{}:1: the file must be named `it-report-fixture-dup.txt` after its id",
                copy.display()
            ),
            format!(
                "{}:1: id \"it-report-fixture-dup\" is already used by {}",
                orig.display(),
                copy.display()
            ),
        ]
    );
}

#[test]
fn a_missing_path_is_a_problem_not_a_panic() {
    let corpus = check_paths(&[fixture("no-such-dir")]);
    assert_eq!(corpus.problems.len(), 1);
    assert_eq!(corpus.problems[0].message, "no such file or directory");
}

#[test]
fn unknown_kind_and_language() {
    assert_eq!(
        problems("bad/es/es-partido-fixture-kind.txt"),
        vec![
            // The spec validator's message, on the header line.
            at(2, "unknown language \"xx\" (expected one of en de nl es fr it pt, or und)"),
            at(3, "unknown kind \"partido\" (expected one of: report, roundup, preview, cup, women, national, transfer, liveblog)"),
            at(7, "the text has 3 words; an article has 150–500"),
        ]
    );
}
