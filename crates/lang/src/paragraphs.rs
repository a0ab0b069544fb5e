//! Paragraphs: runs of text separated by blank lines, with code-point spans.

/// One paragraph of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

/// The paragraphs of `text` (separated by lines that are empty or white
/// space), trimmed, with code-point offsets; empty ones are skipped.
pub fn paragraphs(text: &str) -> impl Iterator<Item = Paragraph<'_>> {
    let mut byte = 0usize;
    let mut blocks = Vec::new();
    let mut current: Option<(usize, usize, usize)> = None; // (byte start, byte end, char start)
    let mut char_pos = 0usize;
    for line in text.split_inclusive('\n') {
        let line_chars = line.chars().count();
        let content = line.trim();
        if content.is_empty() {
            if let Some(block) = current.take() {
                blocks.push(block);
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            let lead_chars = line[..lead].chars().count();
            let end_byte = byte + lead + content.len();
            match current.as_mut() {
                Some(block) => block.1 = end_byte,
                None => current = Some((byte + lead, end_byte, char_pos + lead_chars)),
            }
        }
        byte += line.len();
        char_pos += line_chars;
    }
    blocks.extend(current);
    blocks.into_iter().map(move |(bs, be, cs)| {
        let slice = &text[bs..be];
        Paragraph {
            start: cs,
            end: cs + slice.chars().count(),
            text: slice,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::paragraphs;

    #[test]
    fn blank_lines_separate_and_offsets_are_code_points() {
        let text = "  Über uns\nzweite Zeile\n\n \nÉlan vital  \n";
        let ps: Vec<_> = paragraphs(text).collect();
        assert_eq!(ps.len(), 2);
        assert_eq!(ps[0].text, "Über uns\nzweite Zeile");
        assert_eq!((ps[0].start, ps[0].end), (2, 23));
        assert_eq!(ps[1].text, "Élan vital");
        let chars: Vec<char> = text.chars().collect();
        for p in ps {
            assert_eq!(chars[p.start..p.end].iter().collect::<String>(), p.text);
        }
    }
}
