//! The page's only style sheet and script, inlined so that the report is one
//! file that opens anywhere, offline, with nothing fetched.

use scoreline_core::Label;

/// The highlight colour of each label (legend and marks share it).
pub fn colour(label: Label) -> &'static str {
    match label {
        Label::Player => "#bfe0ff",
        Label::Club => "#ffd8a8",
        Label::Stadium => "#c8ecc0",
        Label::Coach => "#f0c8f4",
        Label::Competition => "#fff0a0",
    }
}

pub fn css() -> String {
    let mut css = String::from(
        "body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:70em;padding:1em 2em;color:#222}\
h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #ccc}h3{font-size:1.05em}\
table{border-collapse:collapse;margin:.5em 0 1em}th,td{border:1px solid #ddd;padding:.2em .5em;text-align:left;vertical-align:top}\
th{background:#f4f4f4}td.n{text-align:right;font-variant-numeric:tabular-nums}\
.text{white-space:pre-wrap;border-left:3px solid #eee;padding-left:1em;margin:1em 0}\
mark{border-radius:3px;padding:0 .1em;color:inherit}\
mark:target{outline:2px solid #333}\
.ev{border-bottom:2px dotted #999}.ev.hit{background:#ffe58a;border-bottom-color:#c90}\
.legend span{display:inline-block;margin-right:1em;padding:0 .4em;border-radius:3px}\
.meta,.note{color:#666}\
section.doc{margin-bottom:2em}\n",
    );
    for label in Label::ALL {
        css.push_str(&format!(
            "mark.{l},.legend .{l}{{background:{c}}}\n",
            l = label.as_str(),
            c = colour(label)
        ));
    }
    css
}

/// Lights up every piece of the evidence a link points to (an evidence span
/// may be cut into several pieces around entities); without script the link
/// still scrolls to its start.
pub const SCRIPT: &str = "function hit(){document.querySelectorAll('.ev.hit').forEach(function(e){e.classList.remove('hit')});\
var id=decodeURIComponent(location.hash.slice(1));if(!id)return;\
document.querySelectorAll('.ev').forEach(function(e){if(e.dataset.ev.split(' ').indexOf(id)>=0)e.classList.add('hit')});}\
window.addEventListener('hashchange',hit);window.addEventListener('load',hit);";
