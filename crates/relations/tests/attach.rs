//! The scorer-attachment model: its features read no names and handle any
//! script, training on a small corpus learns that the goalkeeper beaten is
//! not the scorer, and the committed model is what `scoreline train` gives.

use scoreline_core::Label;
use scoreline_relations::attach::features::{candidate, cue_classes, Classes};
use scoreline_relations::attach::train::{self, Example, TrainConfig};
use scoreline_relations::attach::{AttachModel, Attacher, Site, ATTACH_FILE};
use scoreline_relations::minute::{self, Minute};
use scoreline_relations::EntitySpan;
use scoreline_text::Segmented;
use std::path::PathBuf;

mod common;

use common::{repo, train_documents};

/// The players named in `text` (each given as its words), as token spans.
fn players(seg: &Segmented<'_>, names: &[&str]) -> Vec<EntitySpan> {
    let mut out: Vec<EntitySpan> = names
        .iter()
        .filter_map(|name| {
            let own = Segmented::new(name);
            let words: Vec<String> = (0..own.tokens.len())
                .map(|i| own.lower(i).to_owned())
                .collect();
            let first = (0..seg.tokens.len())
                .find(|&i| (0..words.len()).all(|k| seg.lower(i + k) == words[k]))?;
            Some(EntitySpan {
                first,
                end: first + words.len(),
                label: Label::Player,
                reference: (*name).to_owned(),
                entry: None,
                affiliation: None,
            })
        })
        .collect();
    out.sort_by_key(|p| p.first);
    out
}

/// The features of every player of a one-sentence text at its first
/// minute (or at `at` tokens when no minute is found), the rules' pick
/// being the first player.
fn features_of(text: &str, names: &[&str], at: Option<(usize, usize)>) -> Vec<Vec<u64>> {
    let seg = Segmented::new(text);
    let spans = players(&seg, names);
    let refs: Vec<&EntitySpan> = spans.iter().collect();
    let minutes = minute::find(&seg);
    let m = match at {
        Some((first, end)) => Minute {
            first,
            end,
            minute: 1,
            stoppage: None,
        },
        None => minutes[0],
    };
    let site = Site {
        seg: &seg,
        players: &refs,
        minutes: &minutes,
        sentence: (0, seg.tokens.len()),
        minute: &m,
        rule: refs[0],
        classes: &Classes::default(),
    };
    let mut feats = Vec::new();
    refs.iter()
        .map(|p| {
            candidate(&site, p, &mut feats);
            let mut f = feats.clone();
            f.sort_unstable();
            f
        })
        .collect()
}

#[test]
fn features_read_no_names_whatever_their_script_or_accents() {
    let a = features_of(
        "Martin Ødegaard traf in der 12. Minute gegen Torhüter Łukasz Fabiański.",
        &["Martin Ødegaard", "Łukasz Fabiański"],
        None,
    );
    let b = features_of(
        "Jamal Musiala traf in der 12. Minute gegen Torhüter Gregor Kobel.",
        &["Jamal Musiala", "Gregor Kobel"],
        None,
    );
    assert_eq!(a, b);
    // The keeper's features differ from the scorer's: the cue before him.
    assert_ne!(a[0], a[1]);
}

#[test]
fn non_latin_words_are_features_and_cue_words_have_classes() {
    // Greek: no minute pattern, the minute placed by hand at "12'".
    let text = "Ο Μέσι σκόραρε στο 12' με κεφαλιά του Σουάρες.";
    let seg = Segmented::new(text);
    let at = (0..seg.tokens.len())
        .find(|&i| seg.token_text(i) == "12")
        .unwrap_or_default();
    let one = features_of(text, &["Μέσι", "Σουάρες"], Some((at, at + 2)));
    let other = features_of(
        "Ο Μέσι αστόχησε στο 12' με κεφαλιά του Σουάρες.",
        &["Μέσι", "Σουάρες"],
        Some((at, at + 2)),
    );
    assert_eq!(one.len(), 2);
    // Another verb after the name, another feature set.
    assert_ne!(one[0], other[0]);
    assert_eq!(cue_classes("σκόραρε"), 0);
    assert_ne!(cue_classes("torhüter"), 0);
    assert_ne!(cue_classes("guarda-redes"), 0);
    assert_ne!(cue_classes("torhüter"), cue_classes("vorlage"));
}

/// The fixture's sentences as ranking examples; the rules' pick alternates
/// between scorer and keeper.
fn keeper_examples() -> Vec<(String, String, String)> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/attach_keeper.tsv");
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f[0].to_owned(), f[1].to_owned(), f[2].to_owned())
        })
        .collect()
}

/// Runs `f` on the site of a sentence's first minute, the rules' pick
/// being the scorer or the keeper.
fn with_site<R>(
    text: &str,
    names: [&str; 2],
    rule_is_keeper: bool,
    f: impl FnOnce(&Site<'_, '_, '_>) -> R,
) -> R {
    let seg = Segmented::new(text);
    let spans = players(&seg, &names);
    assert_eq!(spans.len(), 2, "{text}");
    let refs: Vec<&EntitySpan> = spans.iter().collect();
    let minutes = minute::find(&seg);
    assert!(!minutes.is_empty(), "{text}");
    let want = if rule_is_keeper { names[1] } else { names[0] };
    let rule = refs.iter().copied().find(|p| p.reference == want);
    let site = Site {
        seg: &seg,
        players: &refs,
        minutes: &minutes,
        sentence: (0, seg.tokens.len()),
        minute: &minutes[0],
        rule: rule.unwrap_or(refs[0]),
        classes: &Classes::default(),
    };
    f(&site)
}

#[test]
fn training_on_a_tiny_corpus_prefers_the_scorer_over_the_goalkeeper() {
    let examples: Vec<Example> = keeper_examples()
        .iter()
        .enumerate()
        .map(|(i, (text, scorer, keeper))| {
            with_site(text, [scorer, keeper], i % 2 == 0, |site| {
                let (candidates, options) = train::options(site);
                let mut right: Vec<bool> =
                    candidates.iter().map(|c| c.reference == *scorer).collect();
                right.push(false);
                let rule = candidates
                    .iter()
                    .position(|c| c.first == site.rule.first)
                    .unwrap_or_default();
                Example {
                    options,
                    right,
                    rule,
                }
            })
        })
        .collect();
    assert_eq!(examples.len(), 10);
    let model = train::fit(&examples, TrainConfig::default());
    // Sentences not trained on, in Italian and Portuguese, the rules'
    // pick the keeper.
    for (text, scorer, keeper) in [
        (
            "Il portiere Gianluigi Donnarumma è stato battuto da Dušan Vlahović al 18'.",
            "Dušan Vlahović",
            "Gianluigi Donnarumma",
        ),
        (
            "Pedro marcou aos 60 minutos, sem hipóteses para o goleiro Cássio.",
            "Pedro",
            "Cássio",
        ),
    ] {
        let pick = with_site(text, [scorer, keeper], true, |site| {
            model.scorer(site).map(|p| p.reference.clone())
        });
        assert_eq!(pick.as_deref(), Some(scorer), "{text}");
    }
}

#[test]
fn committed_model_is_what_training_gives() {
    let (model, report) = train::train(&train_documents(), TrainConfig::default());
    assert!(report.sites > 0 && report.features > 0, "{report:?}");
    let committed = std::fs::read(repo().join("models").join(ATTACH_FILE)).unwrap_or_default();
    assert!(
        model.to_bytes() == committed,
        "models/{ATTACH_FILE} is out of date: run `scoreline train`"
    );
    let loaded = AttachModel::load(&repo().join("models")).map_err(|e| e.to_string());
    assert_eq!(loaded, Ok(model));
}
