//! HTML escaping: every piece of text that reaches the page goes through
//! [`esc`], attribute values included.

use std::borrow::Cow;

/// `text` with `& < > " '` escaped, fit for element content and quoted
/// attribute values alike.
pub fn esc(text: &str) -> Cow<'_, str> {
    if !text.contains(['&', '<', '>', '"', '\'']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The first `max` characters of `text`, with an ellipsis if cut.
pub fn clip(text: &str, max: usize) -> Cow<'_, str> {
    match text.char_indices().nth(max) {
        Some((b, _)) => Cow::Owned(format!("{}…", &text[..b])),
        None => Cow::Borrowed(text),
    }
}

/// The span `start..end` (code points) of `text` with up to `width`
/// characters either side, as escaped HTML with the span in `<strong>`;
/// line breaks shown as spaces. `None` if the span is not in the text.
pub fn context(text: &str, start: usize, end: usize, width: usize) -> Option<String> {
    let ix = scoreline_core::CharIndex::new(text);
    let span = ix.slice(start, end)?;
    let from = start.saturating_sub(width);
    let to = (end + width).min(ix.char_len());
    let left = ix.slice(from, start)?;
    let right = ix.slice(end, to)?;
    let flat = |s: &str| esc(&s.replace(['\n', '\r'], " ")).into_owned();
    Some(format!(
        "{}{}<strong>{}</strong>{}{}",
        if from > 0 { "…" } else { "" },
        flat(left),
        flat(span),
        flat(right),
        if to < ix.char_len() { "…" } else { "" }
    ))
}

/// A score or shoot-out as "2:1", "–" when not stated.
pub fn pair(p: Option<[u32; 2]>) -> String {
    p.map_or_else(|| "–".to_owned(), |[a, b]| format!("{a}:{b}"))
}

/// A minute as "45+1'", "–" when not stated.
pub fn minute(minute: Option<u32>, stoppage: Option<u32>) -> String {
    match (minute, stoppage) {
        (Some(m), Some(s)) => format!("{m}+{s}'"),
        (Some(m), None) => format!("{m}'"),
        (None, _) => "–".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(esc("Bayern"), "Bayern");
        assert_eq!(
            esc(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
        assert_eq!(clip("Müller traf", 6), "Müller…");
        assert_eq!(clip("Müller", 6), "Müller");
        assert_eq!(
            context("Tor von\nMüller <3> heute", 8, 14, 4).as_deref(),
            Some("…von <strong>Müller</strong> &lt;3&gt;…")
        );
        assert_eq!(
            context("kurz", 0, 4, 10).as_deref(),
            Some("<strong>kurz</strong>")
        );
        assert_eq!(context("kurz", 2, 9, 10), None);
    }
}
