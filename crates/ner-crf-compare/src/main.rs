//! Issue 5: a linear-chain CRF (CRFsuite, L-BFGS) against our averaged
//! perceptron, on the same features, the same gold split and the same
//! tokens, tagger against tagger (no document-level resolution after it).
//!
//! `cargo run --release -p scoreline-ner-crf-compare`
//! (from the repository root; reads `eval/gold/{train,dev,test}` and
//! `models/refdata`, writes nothing but a temporary CRFsuite model).
//!
//! The CRF reads `DocFeatures::observation_features`: the perceptron's
//! features less the four that read the tags to the left, since the CRF
//! scores tag transitions itself. Each feature hash is one CRFsuite
//! attribute (its hex string, value 1).

use crfsuite::{Algorithm, Attribute, GraphicalModel, Item, Model, Trainer};
use scoreline_core::{CharIndex, Document, Entity, Label};
use scoreline_eval::entities;
use scoreline_eval::prf::Counts;
use scoreline_ner::bio::{self, Tag, N_TAGS};
use scoreline_ner::features::DocFeatures;
use scoreline_ner::perceptron::Perceptron;
use scoreline_ner::train::{self, TrainConfig};
use scoreline_refdata::{Gazetteer, RefData};
use scoreline_text::Segmented;
use std::collections::BTreeMap;
use std::error::Error;
use std::path::PathBuf;
use std::time::{Duration, Instant};

type Res<T> = Result<T, Box<dyn Error>>;

/// Tagging passes over dev+test for the speed figure (the fastest counts).
const SPEED_PASSES: usize = 5;

/// (c1, c2) tried for the CRF, chosen on dev only: CRFsuite's default (L2
/// only), and two elastic-net settings.
const GRID: [(f64, f64); 3] = [(0.0, 1.0), (0.1, 0.01), (0.05, 0.1)];

fn load(dir: &str) -> Res<Vec<Document>> {
    let loaded = scoreline_core::load_paths(&[PathBuf::from(dir)]);
    if let Some(p) = loaded.problems.first() {
        return Err(format!("{dir}: {p}").into());
    }
    Ok(loaded.documents.into_iter().map(|(_, d)| d).collect())
}

/// A dev or test document ready for tagging.
struct Eval<'a> {
    doc: &'a Document,
    seg: Segmented<'a>,
    feats: DocFeatures,
}

/// Token tags of every on-topic sentence; off-topic ones stay O, as in the
/// embedded recogniser.
type Tagged = Vec<(usize, Vec<Tag>)>;

trait SentenceTagger {
    fn tag(&mut self, doc: &DocFeatures, first: usize, end: usize) -> Res<Vec<Tag>>;
}

impl SentenceTagger for &Perceptron {
    fn tag(&mut self, doc: &DocFeatures, first: usize, end: usize) -> Res<Vec<Tag>> {
        Ok(self.tag_sentence(doc, first, end).0)
    }
}

fn items(doc: &DocFeatures, first: usize, end: usize, buf: &mut Vec<u64>) -> Vec<Item> {
    (first..end)
        .map(|i| {
            doc.observation_features(i, first, end, buf);
            buf.iter()
                .map(|h| Attribute::new(format!("{h:x}"), 1.0))
                .collect()
        })
        .collect()
}

struct Crf<'m> {
    tagger: crfsuite::Tagger<'m>,
    tags: BTreeMap<String, Tag>,
    buf: Vec<u64>,
}

impl SentenceTagger for Crf<'_> {
    fn tag(&mut self, doc: &DocFeatures, first: usize, end: usize) -> Res<Vec<Tag>> {
        let xs = items(doc, first, end, &mut self.buf);
        let names = self.tagger.tag(&xs)?;
        names
            .iter()
            .map(|n| {
                self.tags
                    .get(n)
                    .copied()
                    .ok_or_else(|| format!("unknown CRF label {n}").into())
            })
            .collect()
    }
}

fn tag_all(t: &mut impl SentenceTagger, docs: &[Eval<'_>]) -> Res<(Vec<Tagged>, usize)> {
    let mut tokens = 0;
    let mut out = Vec::with_capacity(docs.len());
    for d in docs {
        let mut tagged = Vec::new();
        for s in d.seg.sentences.iter().filter(|s| !s.offtopic) {
            tagged.push((s.first, t.tag(&d.feats, s.first, s.end)?));
            tokens += s.end - s.first;
        }
        out.push(tagged);
    }
    Ok((out, tokens))
}

/// Tags, and the best tokens per second over `SPEED_PASSES` passes.
fn tag_timed(t: &mut impl SentenceTagger, docs: &[Eval<'_>]) -> Res<(Vec<Tagged>, f64)> {
    let mut best = Duration::MAX;
    let mut result = (Vec::new(), 0);
    for _ in 0..SPEED_PASSES {
        let start = Instant::now();
        result = tag_all(t, docs)?;
        best = best.min(start.elapsed());
    }
    Ok((result.0, result.1 as f64 / best.as_secs_f64()))
}

/// Strict entity counts per label (exact span and label), via the scorer
/// `scoreline eval` uses.
fn score(docs: &[Eval<'_>], tagged: &[Tagged]) -> BTreeMap<Label, Counts> {
    let mut total: BTreeMap<Label, Counts> = BTreeMap::new();
    for (d, sentences) in docs.iter().zip(tagged) {
        let ix = CharIndex::new(&d.doc.text);
        let mut pred = Vec::new();
        for (first, tags) in sentences {
            for (f, e, label) in bio::decode(tags) {
                let (sb, eb) = (
                    d.seg.tokens[first + f].start as usize,
                    d.seg.tokens[first + e - 1].end as usize,
                );
                if let (Some(start), Some(end)) = (ix.to_char(sb), ix.to_char(eb)) {
                    pred.push(Entity {
                        start,
                        end,
                        label,
                        text: d.doc.text[sb..eb].to_owned(),
                        reference: None,
                        extra: Default::default(),
                    });
                }
            }
        }
        for (label, c) in entities::score(&d.doc.id, &d.doc.entities, &pred).strict {
            *total.entry(label).or_default() += c;
        }
    }
    total
}

fn micro(per_label: &BTreeMap<Label, Counts>) -> f64 {
    let mut all = Counts::default();
    for c in per_label.values() {
        all += *c;
    }
    all.score().f1
}

fn report(name: &str, train_s: f64, tok_s: f64, docs: &[&[Eval<'_>]; 2], tagged: &[Tagged]) {
    let dev = score(docs[0], &tagged[..docs[0].len()]);
    let test = score(docs[1], &tagged[docs[0].len()..]);
    let mut both = dev.clone();
    for (l, c) in &test {
        *both.entry(*l).or_default() += *c;
    }
    let mut all = Counts::default();
    for c in both.values() {
        all += *c;
    }
    let s = all.score();
    let per: Vec<String> = both
        .iter()
        .map(|(l, c)| format!("{l} {:.3}", c.score().f1))
        .collect();
    println!(
        "| {name} | {:.3} | {:.3} | {:.3} (P {:.3} R {:.3}) | {} | {:.1} s | {:.0} |",
        micro(&dev),
        micro(&test),
        s.f1,
        s.p,
        s.r,
        per.join(", "),
        train_s,
        tok_s
    );
}

fn train_crf(prepared: &[train::Prepared], c1: f64, c2: f64, path: &str) -> Res<()> {
    let mut trainer = Trainer::new(false);
    trainer.select(Algorithm::LBFGS, GraphicalModel::CRF1D)?;
    let mut buf = Vec::with_capacity(48);
    for p in prepared {
        for &(first, end) in &p.sentences {
            let xs = items(&p.doc, first, end, &mut buf);
            let ys: Vec<String> = p.tags[first..end].iter().map(|&t| bio::name(t)).collect();
            trainer.append(&xs, &ys, 0)?;
        }
    }
    trainer.set("c1", &c1.to_string())?;
    trainer.set("c2", &c2.to_string())?;
    trainer.train(path, -1)?;
    Ok(())
}

fn main() -> Res<()> {
    let train_docs = load("eval/gold/train")?;
    let dev_docs = load("eval/gold/dev")?;
    let test_docs = load("eval/gold/test")?;
    let data = RefData::load(&PathBuf::from("models/refdata"))?;
    let gazetteer = Gazetteer::new(&data)?;
    let eval_all: Vec<Eval<'_>> = dev_docs
        .iter()
        .chain(&test_docs)
        .map(|doc| {
            let seg = Segmented::new(&doc.text);
            let feats = DocFeatures::new(&seg, doc.lang, &gazetteer, &data);
            Eval { doc, seg, feats }
        })
        .collect();
    let (dev, test) = eval_all.split_at(dev_docs.len());
    let tokens: usize = eval_all.iter().map(|d| d.seg.tokens.len()).sum();
    println!(
        "train {} docs; dev {} + test {} docs, {tokens} tokens",
        train_docs.len(),
        dev.len(),
        test.len()
    );
    let splits = [dev, test];

    // The perceptron, as `scoreline train` trains it.
    let start = Instant::now();
    let (perceptron, _) = train::train(&train_docs, &gazetteer, &data, TrainConfig::default());
    let p_train = start.elapsed().as_secs_f64();
    let (p_tagged, p_speed) = tag_timed(&mut &perceptron, &eval_all)?;

    // The CRF: features prepared as for the perceptron; c1/c2 chosen on dev.
    let tag_names: BTreeMap<String, Tag> = (0..N_TAGS).map(|t| (bio::name(t), t)).collect();
    let path = std::env::temp_dir().join(format!("scoreline-crf-{}.crfsuite", std::process::id()));
    let path = path.to_str().ok_or("temporary path is not UTF-8")?;
    let mut best: Option<(f64, f64, f64)> = None;
    let mut rows = Vec::new();
    for (c1, c2) in GRID {
        let start = Instant::now();
        let prepared: Vec<train::Prepared> = train_docs
            .iter()
            .map(|d| train::prepare(d, &gazetteer, &data).0)
            .collect();
        train_crf(&prepared, c1, c2, path)?;
        let secs = start.elapsed().as_secs_f64();
        let model = Model::from_file(path)?;
        let mut crf = Crf {
            tagger: model.tagger()?,
            tags: tag_names.clone(),
            buf: Vec::with_capacity(48),
        };
        let (dev_tagged, _) = tag_all(&mut crf, dev)?;
        let dev_f1 = micro(&score(dev, &dev_tagged));
        println!("CRF c1={c1} c2={c2}: dev F1 {dev_f1:.3}, trained in {secs:.1} s");
        rows.push((c1, c2, dev_f1, secs));
        match best {
            Some((_, _, f)) if f >= dev_f1 => {}
            _ => best = Some((c1, c2, dev_f1)),
        }
    }
    let (c1, c2, _) = best.ok_or("empty grid")?;
    let secs = rows
        .iter()
        .find(|r| r.0 == c1 && r.1 == c2)
        .map_or(0.0, |r| r.3);
    // Retrain the chosen setting (the file holds the last one tried).
    let prepared: Vec<train::Prepared> = train_docs
        .iter()
        .map(|d| train::prepare(d, &gazetteer, &data).0)
        .collect();
    train_crf(&prepared, c1, c2, path)?;
    let model = Model::from_file(path)?;
    std::fs::remove_file(path)?;
    let mut crf = Crf {
        tagger: model.tagger()?,
        tags: tag_names,
        buf: Vec::with_capacity(48),
    };
    let (c_tagged, c_speed) = tag_timed(&mut crf, &eval_all)?;

    println!();
    println!("| model | dev F1 | test F1 | dev+test F1 | dev+test per-label F1 | training | tagging tokens/s |");
    println!("|---|---|---|---|---|---|---|");
    report(
        "averaged perceptron, greedy (12 epochs)",
        p_train,
        p_speed,
        &splits,
        &p_tagged,
    );
    report(
        &format!("CRF, L-BFGS, Viterbi (c1={c1}, c2={c2})"),
        secs,
        c_speed,
        &splits,
        &c_tagged,
    );
    Ok(())
}
