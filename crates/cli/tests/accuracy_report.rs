//! `eval/reports/accuracy.md` is what the committed pipeline gives: every
//! figure in it is recomputed here with the binary, as `scripts/eval-report`
//! does, so a change to models, reference data or rules that moves accuracy
//! fails until the report is regenerated.

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn scoreline(args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_scoreline"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run scoreline: {e}"));
    assert!(
        out.status.success(),
        "scoreline {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn eval(pred: &Path, splits: &[&str], json: &Path) -> serde_json::Value {
    let gold: Vec<String> = splits
        .iter()
        .map(|s| {
            repo()
                .join("eval/gold")
                .join(s)
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    let mut args = vec!["eval", "--gold"];
    args.extend(gold.iter().map(String::as_str));
    let pred = pred.to_string_lossy();
    let json_path = json.to_string_lossy();
    args.extend(["--pred", &pred, "--json", &json_path]);
    scoreline(&args);
    let text = std::fs::read_to_string(json).unwrap_or_else(|e| panic!("{e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"))
}

/// The row cells `scripts/eval-report` writes for one metric.
fn cells(m: &serde_json::Value) -> String {
    let f = |k: &str| m[k].as_f64().unwrap_or_else(|| panic!("no {k} in {m}"));
    let n = |k: &str| m[k].as_u64().unwrap_or_else(|| panic!("no {k} in {m}"));
    format!(
        "| {:.3} | {:.3} | **{:.3}** | {} / {} / {} |",
        f("p"),
        f("r"),
        f("f1"),
        n("tp"),
        n("fp"),
        n("fn")
    )
}

#[test]
fn committed_accuracy_report_is_what_the_pipeline_gives() {
    let report_path = repo().join("eval/reports/accuracy.md");
    let report = std::fs::read_to_string(&report_path)
        .unwrap_or_else(|e| panic!("{}: {e}", report_path.display()));
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let pred = dir.path().join("pred.jsonl");
    let corpus = repo().join("corpora/news.jsonl");
    scoreline(&[
        "extract",
        &corpus.to_string_lossy(),
        "-o",
        &pred.to_string_lossy(),
    ]);
    let splits: [(&str, &[&str]); 4] = [
        ("train", &["train"]),
        ("dev", &["dev"]),
        ("test", &["test"]),
        ("dev + test", &["dev", "test"]),
    ];
    for (title, parts) in splits {
        let r = eval(&pred, parts, &dir.path().join("report.json"));
        let head = format!("## {title} (");
        let section = report
            .split("\n## ")
            .map(|s| format!("## {s}"))
            .find(|s| s.starts_with(&head))
            .unwrap_or_else(|| panic!("no section {head:?} in {}", report_path.display()));
        let rows = [
            ("matches |", &r["matches"]["basic"]),
            ("matches, with shoot-outs |", &r["matches"]["full"]),
            ("goals |", &r["goals"]["basic"]),
            ("goals linked to their match |", &r["goals"]["linked"]),
            ("goals with team and kind |", &r["goals"]["full"]),
            ("entities (strict) |", &r["entities"]["strict"]),
        ];
        for (name, m) in rows {
            let want = format!("| {name}{}", &cells(m)[1..]);
            assert!(
                section.contains(&want),
                "{}, section {title}: stale, expected a row starting {want:?}; run scripts/eval-report",
                report_path.display()
            );
        }
    }
}
