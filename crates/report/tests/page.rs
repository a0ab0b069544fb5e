//! The page as text: its structure (snapshot), that it is self-contained,
//! that document text is escaped, and that the document limit holds.

#![allow(clippy::unwrap_used)]

mod common;

use scoreline_report::Options;

#[test]
fn the_page_for_the_fixtures() {
    let (html, _) = common::page(&Options::default());
    insta::assert_snapshot!(html);
}

#[test]
fn every_predicted_entity_is_highlighted_with_its_label() {
    let (html, pred) = common::page(&Options::default());
    let marks = common::marks(&html);
    for e in pred.iter().flat_map(|d| &d.entities) {
        let want = (e.label.to_string(), e.text.clone());
        assert!(marks.contains(&want), "no highlight for {want:?}");
    }
}

#[test]
fn the_page_fetches_nothing_and_escapes_document_text() {
    let (html, _) = common::page(&Options::default());
    for external in ["http:", "https:", "src=", "<link", "@import", "url("] {
        assert!(!html.contains(external), "page refers to {external}");
    }
    assert!(html.contains("praised the &lt;b&gt;bold&lt;/b&gt; press &amp; the crowd"));
    assert!(!html.contains("<b>"));
}

#[test]
fn rows_link_to_evidence_anchors_that_exist() {
    let (html, _) = common::page(&Options::default());
    let mut rest = html.as_str();
    let mut links = 0;
    while let Some(at) = rest.find("href=\"#") {
        rest = &rest[at + 7..];
        let id = &rest[..rest.find('"').unwrap()];
        assert!(
            html.contains(&format!("id=\"{id}\"")),
            "link to missing #{id}"
        );
        links += 1;
    }
    // 2 documents in the index, 1 match and 3 goals with evidence, and the
    // evaluation's errors in documents on the page.
    assert!(links >= 6, "{links} links");
    assert!(
        html.contains(r##"<a href="#d0-g1">Martin Ødegaard added a second after 58 minutes</a>"##)
    );
}

#[test]
fn a_limit_shows_the_first_documents_and_evaluates_all() {
    let options = Options {
        limit: 1,
        ..Options::default()
    };
    let (html, _) = common::page(&options);
    assert!(html.contains(r#"<section class="doc" id="d0">"#));
    assert!(!html.contains(r#"<section class="doc" id="d1">"#));
    assert!(html.contains("The first 1 documents are shown; counts and evaluation cover all 2."));
    // The second document's errors are listed, without a link.
    assert!(html.contains("<td>de-bayern-wolfsburg</td><td>fn</td>"));
}
