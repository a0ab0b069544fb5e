//! Properties of the pipeline on random texts built from a pool of hard
//! fragments (accented and non-Latin names, scores, minutes, punctuation,
//! emoji, combining marks): every entity span slices to its surface, every
//! evidence span lies in the text, every document passes the spec loader,
//! and output does not depend on the thread count.

use proptest::prelude::*;
use scoreline_core::{read_jsonl, CharIndex};
use scoreline_extract::{run, Inputs, Pipeline};
use scoreline_ner::embedded::EmbeddedRecognizer;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| {
        let models = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../models");
        let r = EmbeddedRecognizer::load(&models).unwrap_or_else(|e| panic!("{e}"));
        Pipeline::new(Box::new(r))
    })
}

const FRAGMENTS: &[&str] = &[
    "Thomas Müller",
    "Hakan Çalhanoğlu",
    "Vinícius Júnior",
    "Martin Ødegaard",
    "Ousmane Dembélé",
    "Kylian Mbappé",
    "Harry Kane",
    "Lautaro Martínez",
    "FC Bayern München",
    "Real Madrid",
    "Ajax",
    "Olympique de Marseille",
    "Borussia Dortmund",
    "Allianz Arena",
    "Parc des Princes",
    "San Siro",
    "Champions League",
    "Bundesliga",
    "Xabi Alonso",
    "3:1",
    "2-0",
    "(1:0)",
    "4–3",
    "1-1",
    "n.E.",
    "i.e.",
    "0:0 (0:0)",
    "45.+2",
    "90'+3",
    "12th minute",
    "88'",
    "in der 23. Minute",
    "à la 90e+3",
    "al 34'",
    "min. 67",
    "(pen.)",
    "own goal",
    "Eigentor",
    "traf",
    "scored",
    "marque",
    "gol di",
    "won",
    "gewann",
    "venceu",
    "won against",
    ".",
    ",",
    "–",
    "«",
    "»",
    "\"",
    "'",
    "…",
    "(",
    ")",
    ":",
    ";",
    "!",
    "?",
    "東京",
    "Στο",
    "Москва",
    "القاهرة",
    "İstanbul",
    "⚽",
    "🔥",
    "👍🏽",
    "e\u{301}",
    "\u{200B}",
    "\u{FEFF}",
    "\t",
    "\r\n",
    "\n\n",
];

fn text() -> impl Strategy<Value = String> {
    let piece = (
        proptest::sample::select(FRAGMENTS),
        proptest::sample::select(&[" ", "", ". ", ", ", "\n", "\n\n"][..]),
    );
    proptest::collection::vec(piece, 0..40)
        .prop_map(|ps| ps.into_iter().map(|(f, sep)| format!("{f}{sep}")).collect())
}

fn jsonl(texts: &[String]) -> Vec<u8> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| serde_json::json!({"id": format!("p{i}"), "text": t}).to_string() + "\n")
        .collect::<String>()
        .into_bytes()
}

fn extract(input: &[u8], threads: usize) -> Vec<u8> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let reader = Box::new(std::io::Cursor::new(input.to_vec()));
    let mut out = Vec::new();
    pool.install(|| {
        run(
            pipeline(),
            Inputs::jsonl(PathBuf::from("prop.jsonl"), reader),
            &mut out,
            &mut |r| assert!(!r.kind.skips(), "no record here is bad: {r}"),
            &mut |_| {},
        )
    })
    .unwrap_or_else(|e| panic!("{e}"));
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn spans_slice_their_surface_and_documents_pass_the_spec(texts in proptest::collection::vec(text(), 1..4)) {
        let out = extract(&jsonl(&texts), 1);
        let mut n = 0;
        for (location, loaded) in read_jsonl(Path::new("out.jsonl"), out.as_slice()) {
            let doc = loaded.unwrap_or_else(|ps| panic!("{location}: {ps:?}"));
            prop_assert_eq!(&doc.text, &texts[n]);
            let ix = CharIndex::new(&doc.text);
            for e in &doc.entities {
                prop_assert_eq!(ix.slice(e.start, e.end), Some(e.text.as_str()));
            }
            let extras = doc.matches.iter().map(|m| &m.extra).chain(doc.goals.iter().map(|g| &g.extra));
            for extra in extras {
                if let Some(ev) = extra.get("evidence") {
                    let (s, e) = (ev[0].as_u64(), ev[1].as_u64());
                    prop_assert!(matches!((s, e), (Some(s), Some(e)) if s < e && e as usize <= ix.char_len()), "evidence {}", ev);
                }
            }
            n += 1;
        }
        prop_assert_eq!(n, texts.len());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    /// More documents than a batch, so that batches split across threads.
    #[test]
    fn output_is_identical_for_one_and_two_threads(texts in proptest::collection::vec(text(), 260..280)) {
        let input = jsonl(&texts);
        let one = extract(&input, 1);
        let two = extract(&input, 2);
        prop_assert!(one == two, "output differs between 1 and 2 threads");
        prop_assert_eq!(one.iter().filter(|&&b| b == b'\n').count(), texts.len());
    }
}
