//! Building from sources in a temporary directory: outputs, the split rule
//! (kept rows, continued counters), staleness, and refusal on bad sources.

use scoreline_gold::{check_paths, plan, GoldError, Layout, Manifest, Split, Stale};
use std::fs;
use std::path::{Path, PathBuf};

const GOOD: &str = include_str!("fixtures/good/de/de-report-fixture-umlaute.txt");

/// Writes the good fixture under `src/de/` with id `de-report-<slug>`.
fn add_source(src: &Path, slug: &str) -> PathBuf {
    let id = format!("de-report-{slug}");
    let dir = src.join("de");
    let path = dir.join(format!("{id}.txt"));
    let text = GOOD.replacen("id: de-report-fixture-umlaute", &format!("id: {id}"), 1);
    fs::create_dir_all(&dir)
        .and_then(|()| fs::write(&path, text))
        .unwrap_or_else(|e| panic!("{e}"));
    path
}

fn setup() -> (tempfile::TempDir, PathBuf, Layout) {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let src = tmp.path().join("src");
    let layout = Layout::under(tmp.path());
    (tmp, src, layout)
}

fn build(src: &Path, layout: &Layout) -> Result<usize, GoldError> {
    plan(&check_paths(&[src.to_owned()]), layout)?.write(layout)
}

fn manifest(layout: &Layout) -> Manifest {
    Manifest::read(&layout.split()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn writes_every_output_and_then_is_up_to_date() {
    let (_tmp, src, layout) = setup();
    for slug in ["a", "b", "c", "d", "e", "f"] {
        add_source(&src, slug);
    }
    // 21 gold files, the news corpus, the manifest, the report.
    assert_eq!(build(&src, &layout).ok(), Some(24));
    let corpus = check_paths(std::slice::from_ref(&src));
    let outputs = plan(&corpus, &layout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(outputs.stale(&layout).map(|s| s.len()).ok(), Some(0));
    assert_eq!(
        build(&src, &layout).ok(),
        Some(0),
        "a second build changes nothing"
    );

    // (de, report) is group 8: its pattern starts at 8 % 5 = 3.
    let splits: Vec<(String, Split)> = manifest(&layout)
        .rows
        .into_iter()
        .map(|(id, r)| (id, r.split))
        .collect();
    let want = [
        Split::Test,
        Split::Train,
        Split::Train,
        Split::Dev,
        Split::Train,
        Split::Test,
    ];
    let want: Vec<(String, Split)> = ["a", "b", "c", "d", "e", "f"]
        .iter()
        .zip(want)
        .map(|(s, x)| (format!("de-report-{s}"), x))
        .collect();
    assert_eq!(splits, want);

    let read = |p: PathBuf| fs::read_to_string(p).unwrap_or_else(|e| panic!("{e}"));
    let test_de = read(layout.gold_file(Split::Test, scoreline_core::Lang::De));
    let ids: Vec<&str> = test_de
        .lines()
        .filter_map(|l| l.split('"').nth(3))
        .collect();
    assert_eq!(ids, ["de-report-a", "de-report-f"]);
    assert_eq!(
        read(layout.gold_file(Split::Dev, scoreline_core::Lang::En)),
        ""
    );
    let news = read(layout.news.clone());
    assert_eq!(news.lines().count(), 6);
    assert!(news.starts_with("{\"id\":\"de-report-a\",\"date\":\"2024-11-10\",\"text\":\"🏆 Fußball > Bundesliga\\n\\nMüllers Doppelpack"));
    assert!(!news.contains("\"entities\""));
    let report = read(layout.report());
    assert!(
        report.contains("| de | 6 | 1356 | 60 | 24 | 6 | 12 | 0 | 102 | 6 | 36 |"),
        "{report}"
    );
    assert!(
        report.contains("| `own-goal` | 0 | 6 | 0 | 0 | 0 | 0 | 0 | 6 |"),
        "{report}"
    );
}

#[test]
fn existing_assignments_are_kept_and_new_ones_continue_the_group() {
    let (_tmp, src, layout) = setup();
    add_source(&src, "b");
    add_source(&src, "c");
    assert!(build(&src, &layout).is_ok());
    // Move b by hand: the build must keep whatever the manifest says.
    let edited = fs::read_to_string(layout.split())
        .unwrap_or_default()
        .replace(
            "de-report-b\tde\treport\ttest",
            "de-report-b\tde\treport\tdev",
        );
    fs::write(layout.split(), edited).unwrap_or_else(|e| panic!("{e}"));
    // A new document sorting first, and a source that went away.
    add_source(&src, "a");
    fs::remove_file(src.join("de/de-report-c.txt")).unwrap_or_else(|e| panic!("{e}"));
    assert!(build(&src, &layout).is_ok());
    let rows = manifest(&layout).rows;
    let split = |id: &str| rows.get(id).map(|r| r.split);
    assert_eq!(split("de-report-b"), Some(Split::Dev));
    // c's row stays although its source is gone; a is the group's third: (8 + 2) % 5 = 0.
    assert_eq!(split("de-report-c"), Some(Split::Train));
    assert_eq!(split("de-report-a"), Some(Split::Train));
    let news = fs::read_to_string(&layout.news).unwrap_or_default();
    assert!(!news.contains("de-report-c"));
}

#[test]
fn stale_outputs_are_named_and_rebuilt() {
    let (_tmp, src, layout) = setup();
    add_source(&src, "a");
    assert!(build(&src, &layout).is_ok());
    fs::write(layout.report(), "edited").unwrap_or_else(|e| panic!("{e}"));
    let extra = layout.gold_dir().join("test").join("xx.jsonl");
    fs::write(&extra, "").unwrap_or_else(|e| panic!("{e}"));
    fs::remove_file(&layout.news).unwrap_or_else(|e| panic!("{e}"));
    let outputs =
        plan(&check_paths(std::slice::from_ref(&src)), &layout).unwrap_or_else(|e| panic!("{e}"));
    let stale = outputs.stale(&layout).unwrap_or_default();
    assert_eq!(
        stale,
        vec![
            Stale::Missing(layout.news.clone()),
            Stale::Differs(layout.report()),
            Stale::Unexpected(extra.clone())
        ]
    );
    assert!(stale[1]
        .to_string()
        .ends_with("CORPUS.md: out of date (run `scoreline gold build`)"));
    assert_eq!(build(&src, &layout).ok(), Some(3));
    assert!(!extra.exists());
}

#[test]
fn a_bad_source_means_nothing_is_written() {
    let (tmp, src, layout) = setup();
    add_source(&src, "a");
    let bad = add_source(&src, "b");
    let text = fs::read_to_string(&bad)
        .unwrap_or_default()
        .replace("|PLAYER]]", "|PLAYR]]");
    fs::write(&bad, text).unwrap_or_else(|e| panic!("{e}"));
    let corpus = check_paths(std::slice::from_ref(&src));
    assert!(!corpus.problems.is_empty());
    assert!(matches!(
        plan(&corpus, &layout),
        Err(GoldError::InvalidSources { .. })
    ));
    let entries: Vec<_> = fs::read_dir(tmp.path())
        .map(|d| d.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert_eq!(entries, vec![std::ffi::OsString::from("src")]);
}
