//! The lines of a JSONL stream, numbered from 1, blank ones skipped, line
//! endings (`\n`, `\r\n`) removed: what every JSONL reader of the project
//! needs before it parses a line.

use std::io::{self, BufRead};

/// An iterator of `(line number, line bytes)`; a read error ends the stream
/// after being yielded once (the rest of a broken stream cannot be trusted).
#[derive(Debug)]
pub struct JsonlLines<R> {
    reader: R,
    line: usize,
    failed: bool,
}

impl<R: BufRead> JsonlLines<R> {
    pub fn new(reader: R) -> Self {
        JsonlLines {
            reader,
            line: 0,
            failed: false,
        }
    }
}

impl<R: BufRead> Iterator for JsonlLines<R> {
    type Item = (usize, io::Result<Vec<u8>>);

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        loop {
            let mut buf = Vec::new();
            self.line += 1;
            match self.reader.read_until(b'\n', &mut buf) {
                Ok(0) => return None,
                Ok(_) => {
                    if buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    if buf.ends_with(b"\n") {
                        buf.pop();
                    }
                    if buf.ends_with(b"\r") {
                        buf.pop();
                    }
                    return Some((self.line, Ok(buf)));
                }
                Err(e) => {
                    self.failed = true;
                    return Some((self.line, Err(e)));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::JsonlLines;

    #[test]
    fn numbers_lines_skips_blanks_and_strips_endings() {
        let input: &[u8] = b"{\"a\":1}\r\n\n   \n{\"b\":2}\n{\"c\":3}";
        let lines: Vec<(usize, Vec<u8>)> = JsonlLines::new(input)
            .map(|(n, l)| (n, l.unwrap_or_default()))
            .collect();
        assert_eq!(
            lines,
            [
                (1, b"{\"a\":1}".to_vec()),
                (4, b"{\"b\":2}".to_vec()),
                (5, b"{\"c\":3}".to_vec())
            ]
        );
    }
}
