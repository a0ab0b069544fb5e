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
    }
}
