//! The page in a real browser: headless Chromium loads it from a file, runs
//! its script, and the DOM it dumps must show every entity highlighted with
//! its label, the document text escaped (no element made of it), and the
//! evidence a link points to lit up.
//!
//! Chromium is required: CI installs it (`.ci/run`), and a missing browser
//! fails the test. Set `SCORELINE_SKIP_BROWSER=1` to skip it on a machine
//! without one; `SCORELINE_CHROMIUM` names another binary.

#![allow(clippy::unwrap_used)]

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn dump_dom(url: &str) -> String {
    let browser = std::env::var("SCORELINE_CHROMIUM").unwrap_or_else(|_| "chromium".to_owned());
    let profile = tempfile::tempdir().unwrap();
    let output = tempfile::NamedTempFile::new().unwrap();
    let mut child = Command::new(&browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(["--dump-dom", url])
        .stdout(output.reopen().unwrap())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run {browser:?} ({e}): install Debian's `chromium` (as .ci/run does), \
                 or set SCORELINE_SKIP_BROWSER=1 to skip this test"
            )
        });
    let deadline = Instant::now() + Duration::from_secs(120);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("{browser} did not finish within 120 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(status.success(), "{browser} failed: {status}");
    std::fs::read_to_string(output.path()).unwrap()
}

#[test]
fn chromium_renders_the_highlights_and_runs_the_evidence_script() {
    if std::env::var("SCORELINE_SKIP_BROWSER").is_ok_and(|v| v == "1") {
        eprintln!("SCORELINE_SKIP_BROWSER=1: the headless Chromium test is skipped");
        return;
    }
    let (html, pred) = common::page(&scoreline_report::Options::default());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.html");
    std::fs::write(&path, &html).unwrap();
    let dom = dump_dom(&format!("file://{}#d0-g1", path.display()));

    let marks = common::marks(&dom);
    for e in pred.iter().flat_map(|d| &d.entities) {
        let want = (e.label.to_string(), e.text.clone());
        assert!(
            marks.contains(&want),
            "the browser shows no highlight for {want:?}"
        );
    }
    // Text that looks like markup stays text.
    assert!(dom.contains("&lt;b&gt;bold&lt;/b&gt;"));
    assert!(!dom.contains("<b>bold</b>"));
    // The script lit up the evidence of goal 1 (the hash), and only it.
    assert!(
        dom.contains(r#"<span class="ev hit" data-ev="d0-g1">"#),
        "evidence not lit up"
    );
    assert!(!dom.contains(r#"class="ev hit" data-ev="d0-g0""#));
}
