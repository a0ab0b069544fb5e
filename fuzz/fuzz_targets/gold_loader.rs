//! Arbitrary bytes as a JSONL file of spec documents through the validating
//! loader: nothing may panic, and a document the loader accepts must have
//! entity spans that slice to their surface and must load again, equal,
//! from its own serialisation.

#![no_main]

use libfuzzer_sys::fuzz_target;
use scoreline_core::{read_jsonl, CharIndex};
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    for (_, loaded) in read_jsonl(Path::new("fuzz.jsonl"), data) {
        let Ok(doc) = loaded else { continue };
        let ix = CharIndex::new(&doc.text);
        for e in &doc.entities {
            assert_eq!(ix.slice(e.start, e.end), Some(e.text.as_str()), "{e:?}");
        }
        let line = serde_json::to_string(&doc).unwrap_or_else(|e| panic!("{e}"));
        let again: Vec<_> = read_jsonl(Path::new("again.jsonl"), line.as_bytes()).collect();
        match again.as_slice() {
            [(_, Ok(d))] => assert_eq!(d, &doc),
            other => panic!("a loaded document does not load again: {other:?}"),
        }
    }
});
