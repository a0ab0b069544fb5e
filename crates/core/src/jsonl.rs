//! The lines of a JSONL stream, numbered from 1, blank ones skipped, line
//! endings (`\n`, `\r\n`) removed: what every JSONL reader of the project
//! needs before it parses a line.
//!
//! A line may be capped: past the cap its bytes are read and dropped, not
//! kept, so that one runaway line (a binary file, a whole corpus without
//! newlines) costs the cap in memory, not its length.

use std::io::{self, BufRead};

const BOM: &[u8] = "\u{FEFF}".as_bytes();

/// Why a line could not be handed out.
#[derive(Debug, thiserror::Error)]
pub enum LineError {
    /// The stream failed; nothing after this can be trusted.
    #[error("read error: {0}")]
    Io(#[from] io::Error),
    /// The line is longer than the cap; `head` holds its first `limit` bytes.
    #[error("line of {len} bytes is over the limit of {limit} bytes")]
    TooLong {
        len: u64,
        limit: usize,
        head: Vec<u8>,
    },
}

/// An iterator of `(line number, line bytes)`; a read error ends the stream
/// after being yielded once (the rest of a broken stream cannot be trusted),
/// an over-long line is yielded as [`LineError::TooLong`] and reading goes on.
#[derive(Debug)]
pub struct JsonlLines<R> {
    reader: R,
    line: usize,
    failed: bool,
    limit: usize,
}

impl<R: BufRead> JsonlLines<R> {
    pub fn new(reader: R) -> Self {
        JsonlLines {
            reader,
            line: 0,
            failed: false,
            limit: usize::MAX,
        }
    }

    /// Lines longer than `limit` bytes (without the line ending) are not kept.
    #[must_use]
    pub fn with_limit(mut self, limit: usize) -> Self {
        self.limit = limit;
        self
    }

    /// Reads one line into `buf` (at most `limit` bytes of it kept); returns
    /// the line's full length without its `\n`, or `None` at the end.
    fn read_line(&mut self, buf: &mut Vec<u8>) -> io::Result<Option<u64>> {
        let mut len: u64 = 0;
        let mut any = false;
        loop {
            let chunk = match self.reader.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                return Ok(any.then_some(len));
            }
            any = true;
            let (part, done) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (&chunk[..i], true),
                None => (chunk, false),
            };
            let room = self.limit.saturating_sub(buf.len());
            buf.extend_from_slice(&part[..part.len().min(room)]);
            len += part.len() as u64;
            let used = part.len() + usize::from(done);
            self.reader.consume(used);
            if done {
                return Ok(Some(len));
            }
        }
    }
}

impl<R: BufRead> Iterator for JsonlLines<R> {
    type Item = (usize, Result<Vec<u8>, LineError>);

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        loop {
            let mut buf = Vec::new();
            self.line += 1;
            match self.read_line(&mut buf) {
                Ok(None) => return None,
                Ok(Some(len)) => {
                    if len > self.limit as u64 {
                        let limit = self.limit;
                        return Some((
                            self.line,
                            Err(LineError::TooLong {
                                len,
                                limit,
                                head: buf,
                            }),
                        ));
                    }
                    if buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    if buf.ends_with(b"\r") {
                        buf.pop();
                    }
                    // Editors on Windows start a UTF-8 file with a byte-order mark.
                    if self.line == 1 && buf.starts_with(BOM) {
                        buf.drain(..BOM.len());
                    }
                    return Some((self.line, Ok(buf)));
                }
                Err(e) => {
                    self.failed = true;
                    return Some((self.line, Err(LineError::Io(e))));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{JsonlLines, LineError};

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

    #[test]
    fn an_over_long_line_is_reported_with_its_head_and_reading_goes_on() {
        let long = "x".repeat(10_000);
        let input = format!("{{\"a\":1}}\n{long}\n{{\"b\":2}}\n");
        // A tiny buffer makes the long line arrive in many chunks.
        let reader = std::io::BufReader::with_capacity(7, input.as_bytes());
        let lines: Vec<_> = JsonlLines::new(reader).with_limit(8).collect();
        assert_eq!(lines.len(), 3);
        assert!(matches!(&lines[0], (1, Ok(l)) if l == b"{\"a\":1}"));
        match &lines[1] {
            (2, Err(LineError::TooLong { len, limit, head })) => {
                assert_eq!(
                    (*len, *limit, head.as_slice()),
                    (10_000, 8, &b"xxxxxxxx"[..])
                );
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(&lines[2], (3, Ok(l)) if l == b"{\"b\":2}"));
    }

    #[test]
    fn a_byte_order_mark_before_the_first_line_is_dropped() {
        let input = "\u{FEFF}{\"a\":1}\n\u{FEFF}{\"b\":2}\n";
        let lines: Vec<Vec<u8>> = JsonlLines::new(input.as_bytes())
            .map(|(_, l)| l.unwrap_or_default())
            .collect();
        // Only at the start of the file: elsewhere it is the line's problem.
        assert_eq!(
            lines,
            [
                b"{\"a\":1}".to_vec(),
                "\u{FEFF}{\"b\":2}".as_bytes().to_vec()
            ]
        );
    }

    #[test]
    fn a_line_exactly_at_the_limit_is_kept() {
        let lines: Vec<_> = JsonlLines::new(&b"12345678\n123456789"[..])
            .with_limit(8)
            .map(|(n, l)| (n, l.is_ok()))
            .collect();
        assert_eq!(lines, [(1, true), (2, false)]);
    }
}
