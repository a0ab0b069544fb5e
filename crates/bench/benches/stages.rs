//! Throughput of each stage of one document, and of the whole document, on
//! the committed fixture articles (seven languages). Every stage gets exactly
//! what the pipeline gives it, prepared outside the timed loop.
//!
//! `stage/ner` is the whole recogniser; its parts are `stage/features`
//! (per-token facts and the reference-data candidates on tokens, so it
//! contains `stage/refdata`, the gazetteer alone) and `stage/tagger` (the
//! perceptron over every sentence: feature hashing, scoring, decoding).
//! `stage/ner` less those two is what document-level resolution costs.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use scoreline_bench::{bytes, fixtures_dir, load, models_dir, Article};
use scoreline_core::Lang;
use scoreline_extract::pipeline::entity_spans;
use scoreline_extract::Pipeline;
use scoreline_lang::LanguageId;
use scoreline_ner::embedded::EmbeddedRecognizer;
use scoreline_ner::features::DocFeatures;
use scoreline_ner::{Input, Recognizer};
use scoreline_text::Segmented;
use std::hint::black_box;
use std::time::Duration;

fn setup() -> (Vec<Article>, EmbeddedRecognizer) {
    let articles = load(&fixtures_dir()).expect("fixtures");
    let recognizer = EmbeddedRecognizer::load(&models_dir()).expect("models");
    (articles, recognizer)
}

fn stages(c: &mut Criterion) {
    let (articles, rec) = setup();
    let segs: Vec<Segmented<'_>> = articles.iter().map(|a| Segmented::new(&a.text)).collect();
    let feats: Vec<DocFeatures> = articles
        .iter()
        .zip(&segs)
        .map(|(a, s)| DocFeatures::new(s, a.lang, &rec.gazetteer, &rec.data))
        .collect();
    let input = |(a, seg): (&Article, &Segmented<'_>)| {
        rec.recognize(&Input {
            text: &a.text,
            lang: a.lang,
            seg,
        })
    };
    let spans: Vec<_> = articles
        .iter()
        .zip(&segs)
        .map(|(a, s)| entity_spans(s, &input((a, s))))
        .collect();

    let lang = LanguageId::new();
    let mut g = c.benchmark_group("stage");
    g.throughput(Throughput::Bytes(bytes(&articles)));
    g.bench_function("language", |b| {
        b.iter(|| {
            for a in &articles {
                black_box(lang.detect_document(black_box(&a.text)));
            }
        })
    });
    g.bench_function("segmentation", |b| {
        b.iter(|| {
            for a in &articles {
                black_box(Segmented::new(black_box(&a.text)));
            }
        })
    });
    g.bench_function("refdata", |b| {
        b.iter(|| {
            for a in &articles {
                black_box(rec.gazetteer.find(black_box(&a.text)));
            }
        })
    });
    g.bench_function("features", |b| {
        b.iter(|| {
            for (a, s) in articles.iter().zip(&segs) {
                black_box(DocFeatures::new(s, a.lang, &rec.gazetteer, &rec.data));
            }
        })
    });
    g.bench_function("tagger", |b| {
        b.iter(|| {
            for (s, f) in segs.iter().zip(&feats) {
                for sent in &s.sentences {
                    black_box(rec.model.tag_sentence(f, sent.first, sent.end));
                }
            }
        })
    });
    g.bench_function("ner", |b| {
        b.iter(|| {
            for pair in articles.iter().zip(&segs) {
                black_box(input(pair));
            }
        })
    });
    g.bench_function("relations", |b| {
        b.iter(|| {
            for (s, sp) in segs.iter().zip(&spans) {
                black_box(scoreline_relations::extract(s, sp));
            }
        })
    });
    let pipeline = Pipeline::new(Box::new(
        EmbeddedRecognizer::load(&models_dir()).expect("models"),
    ));
    let inputs: Vec<_> = articles.iter().map(Article::input).collect();
    let docs: Vec<_> = inputs.iter().map(|d| pipeline.process(d)).collect();
    g.bench_function("json", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(serde_json::to_string(d).expect("serialisable"));
            }
        })
    });
    g.finish();

    // The whole document as `extract` runs it (language detected), all
    // articles and then per language.
    let mut g = c.benchmark_group("document");
    g.throughput(Throughput::Bytes(bytes(&articles)));
    g.bench_function("all", |b| {
        b.iter(|| {
            for d in &inputs {
                black_box(pipeline.process(black_box(d)));
            }
        })
    });
    for lang in Lang::ALL {
        let of_lang: Vec<_> = articles
            .iter()
            .filter(|a| a.lang == lang)
            .cloned()
            .collect();
        let inputs: Vec<_> = of_lang.iter().map(Article::input).collect();
        g.throughput(Throughput::Bytes(bytes(&of_lang)));
        g.bench_with_input(BenchmarkId::from_parameter(lang), &inputs, |b, inputs| {
            b.iter(|| {
                for d in inputs {
                    black_box(pipeline.process(black_box(d)));
                }
            })
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    // Short runs: the machine is shared, and a stage's figure settles fast.
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(30);
    targets = stages
}
criterion_main!(benches);
