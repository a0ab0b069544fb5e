//! Start-up costs: the reference data with its name matcher
//! (`load/refdata`, target ≤ 100 ms), the tagger model (`load/tagger`,
//! target ≤ 100 ms), and both as `scoreline extract` loads them
//! (`load/recognizer`). What is loaded is dropped outside the timing: a
//! run frees its models once, at exit.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use criterion::{criterion_group, criterion_main, Criterion};
use scoreline_bench::models_dir;
use scoreline_ner::embedded::{EmbeddedRecognizer, REFDATA_DIR, TAGGER_FILE};
use scoreline_ner::model_file;
use scoreline_refdata::{Gazetteer, RefData};
use std::time::Duration;

fn load(c: &mut Criterion) {
    let models = models_dir();
    let mut g = c.benchmark_group("load");
    g.bench_function("refdata", |b| {
        b.iter_with_large_drop(|| {
            let data = RefData::load(&models.join(REFDATA_DIR)).expect("refdata");
            let gazetteer = Gazetteer::new(&data).expect("gazetteer");
            (data, gazetteer)
        })
    });
    g.bench_function("tagger", |b| {
        b.iter_with_large_drop(|| model_file::load(&models.join(TAGGER_FILE)).expect("tagger"))
    });
    g.bench_function("recognizer", |b| {
        b.iter_with_large_drop(|| EmbeddedRecognizer::load(&models).expect("models"))
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4))
        .sample_size(20);
    targets = load
}
criterion_main!(benches);
