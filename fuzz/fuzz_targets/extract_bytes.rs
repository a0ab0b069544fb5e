//! Arbitrary bytes as a `.txt` document and as a JSONL stream, through the
//! input reader and the whole pipeline with the committed models: nothing
//! may panic, every entity span must slice to its surface, every evidence
//! span must lie inside the text, and every document must serialise.

#![no_main]

use libfuzzer_sys::fuzz_target;
use scoreline_core::CharIndex;
use scoreline_extract::input::text_document;
use scoreline_extract::{InputDoc, Inputs, Pipeline};
use scoreline_ner::embedded::EmbeddedRecognizer;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| {
        let models = Path::new(env!("CARGO_MANIFEST_DIR")).join("../models");
        let r = EmbeddedRecognizer::load(&models).unwrap_or_else(|e| panic!("{e}"));
        Pipeline::new(Box::new(r))
    })
}

fn check(input: &InputDoc) {
    let doc = pipeline().process(input);
    let ix = CharIndex::new(&doc.text);
    for e in &doc.entities {
        assert_eq!(ix.slice(e.start, e.end), Some(e.text.as_str()), "{e:?}");
    }
    let extras = doc.matches.iter().map(|m| &m.extra);
    for extra in extras.chain(doc.goals.iter().map(|g| &g.extra)) {
        if let Some(ev) = extra.get("evidence") {
            let (s, e) = (
                ev[0].as_u64().unwrap_or(u64::MAX),
                ev[1].as_u64().unwrap_or(0),
            );
            assert!(s <= e && e as usize <= ix.char_len(), "evidence {ev}");
        }
    }
    assert!(serde_json::to_string(&doc).is_ok());
}

fuzz_target!(|data: &[u8]| {
    if let Ok(doc) = text_document(Path::new("fuzz.txt"), data.to_vec()) {
        check(&doc);
    }
    let reader = Box::new(std::io::Cursor::new(data.to_vec()));
    for doc in Inputs::jsonl(PathBuf::from("fuzz.jsonl"), reader).flatten() {
        check(&doc);
    }
});
