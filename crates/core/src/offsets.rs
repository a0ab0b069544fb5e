//! The one place where code-point offsets (the spec's, at every external edge)
//! and byte offsets (Rust's `str` indices) are converted.
//!
//! Pure-ASCII text, the common case, needs no table: the two kinds of offset
//! coincide. Otherwise a table of the byte offset of every code point is built
//! once per text, so that both directions are O(1) / O(log n).

/// Converts between code-point and byte offsets of one text.
#[derive(Debug, Clone)]
pub struct CharIndex<'a> {
    text: &'a str,
    /// Byte offset of every code point, plus `text.len()` at the end;
    /// `None` when the text is ASCII and the offsets coincide.
    bytes: Option<Vec<usize>>,
}

impl<'a> CharIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = if text.is_ascii() {
            None
        } else {
            let mut table: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
            table.push(text.len());
            Some(table)
        };
        CharIndex { text, bytes }
    }

    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The number of code points in the text.
    pub fn char_len(&self) -> usize {
        match &self.bytes {
            None => self.text.len(),
            Some(table) => table.len() - 1,
        }
    }

    /// The byte offset of code point `chars`, or `None` past the end.
    pub fn to_byte(&self, chars: usize) -> Option<usize> {
        match &self.bytes {
            None => (chars <= self.text.len()).then_some(chars),
            Some(table) => table.get(chars).copied(),
        }
    }

    /// The code-point offset of byte `byte`, or `None` if it is past the end
    /// or not on a character boundary.
    pub fn to_char(&self, byte: usize) -> Option<usize> {
        match &self.bytes {
            None => (byte <= self.text.len()).then_some(byte),
            Some(table) => table.binary_search(&byte).ok(),
        }
    }

    /// `text[start:end]` in code points, as Python slices it (but `None`
    /// instead of clamping when out of range or reversed).
    pub fn slice(&self, start: usize, end: usize) -> Option<&'a str> {
        if start > end {
            return None;
        }
        let (s, e) = (self.to_byte(start)?, self.to_byte(end)?);
        self.text.get(s..e)
    }

    /// The code-point span of a byte span.
    pub fn char_span(&self, byte_start: usize, byte_end: usize) -> Option<(usize, usize)> {
        Some((self.to_char(byte_start)?, self.to_char(byte_end)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_offsets_coincide() {
        let ix = CharIndex::new("Kane (8.)");
        assert_eq!(ix.char_len(), 9);
        assert_eq!(ix.to_byte(5), Some(5));
        assert_eq!(ix.slice(0, 4), Some("Kane"));
        assert_eq!(ix.to_byte(10), None);
    }

    #[test]
    fn accented_text_maps_both_ways() {
        // "Müller" has a two-byte ü; "Mengão" a two-byte ã.
        let text = "Müller traf, Mengão gewinnt";
        let ix = CharIndex::new(text);
        assert_eq!(ix.slice(0, 6), Some("Müller"));
        assert_eq!(ix.slice(13, 19), Some("Mengão"));
        let b = text.find("Mengão").unwrap_or_default();
        assert_eq!(ix.to_char(b), Some(13));
        assert_eq!(ix.char_span(b, b + "Mengão".len()), Some((13, 19)));
        // Inside the two bytes of ü is no boundary.
        assert_eq!(ix.to_char(2), None);
    }

    #[test]
    fn non_latin_and_astral_text() {
        // Cyrillic (2 bytes), CJK (3 bytes), an emoji (4 bytes, one code point,
        // two UTF-16 units: code points are what counts).
        let text = "Зенит ⚽ 東京 2:1 🏆 Messi";
        let ix = CharIndex::new(text);
        assert_eq!(ix.slice(0, 5), Some("Зенит"));
        assert_eq!(ix.slice(8, 10), Some("東京"));
        assert_eq!(ix.slice(15, 16), Some("🏆"));
        assert_eq!(ix.slice(17, 22), Some("Messi"));
        assert_eq!(ix.char_len(), 22);
        assert_eq!(ix.slice(3, 2), None);
        assert_eq!(ix.slice(20, 23), None);
    }

    #[test]
    fn combining_marks_count_as_code_points() {
        // "é" written as e + U+0301 is two code points, as in Python.
        let text = "Jose\u{301} Gime\u{301}nez";
        let ix = CharIndex::new(text);
        assert_eq!(ix.char_len(), 14);
        assert_eq!(ix.slice(6, 14), Some("Gime\u{301}nez"));
    }
}
