//! The match-side model: its features read no club names, it never gives
//! sides to a score the rules gave none, its file errors are typed, and
//! the committed model is what `scoreline train` gives.

use scoreline_core::Label;
use scoreline_relations::score;
use scoreline_relations::sides_model::train::{self, options, TrainConfig};
use scoreline_relations::sides_model::{club_spans, Decision, Sider, SidesModel, Site, SIDES_FILE};
use scoreline_relations::EntitySpan;
use scoreline_text::Segmented;

mod common;

use common::{repo, train_documents};

/// The clubs named in `text` (each given as its words), as token spans.
fn clubs(seg: &Segmented<'_>, names: &[&str]) -> Vec<EntitySpan> {
    let mut out: Vec<EntitySpan> = names
        .iter()
        .flat_map(|name| {
            let own = Segmented::new(name);
            let words: Vec<String> = (0..own.tokens.len())
                .map(|i| own.lower(i).to_owned())
                .collect();
            (0..seg.tokens.len())
                .filter(|&i| {
                    (0..words.len())
                        .all(|k| i + k < seg.tokens.len() && seg.lower(i + k) == words[k])
                })
                .map(|first| EntitySpan {
                    first,
                    end: first + words.len(),
                    label: Label::Club,
                    reference: (*name).to_owned(),
                    entry: None,
                    affiliation: None,
                })
                .collect::<Vec<_>>()
        })
        .collect();
    out.sort_by_key(|c| c.first);
    out
}

/// Runs `f` on the site of the first score of `text`, with the rules' pair
/// `rule`.
fn with_site<R>(
    text: &str,
    names: &[&str],
    rule: Option<[&str; 2]>,
    f: impl FnOnce(&Site<'_, '_>) -> R,
) -> R {
    let seg = Segmented::new(text);
    let spans = clubs(&seg, names);
    let all = club_spans(&spans);
    let scores = score::find(&seg);
    assert!(!scores.is_empty(), "{text}");
    let s = scores[0];
    let sent = seg.sentences[s.sentence];
    let rule = rule.map(|[a, b]| [a.to_owned(), b.to_owned()]);
    let site = Site {
        seg: &seg,
        clubs: &all,
        scores: &scores,
        k: 0,
        clause: (sent.first, sent.end),
        rule: rule.as_ref(),
        main: [all.first().copied(), all.get(1).copied()],
    };
    f(&site)
}

#[test]
fn features_read_no_club_names() {
    let cases = [
        (
            "Ajax won the derby. Ajax beat PSV 3-1 at home, and Feyenoord drew.",
            ["Ajax", "PSV", "Feyenoord"],
        ),
        (
            "Benfica won the derby. Benfica beat Porto 3-1 at home, and Sporting drew.",
            ["Benfica", "Porto", "Sporting"],
        ),
        (
            "Бенфика won the derby. Бенфика beat Порту 3-1 at home, and Спортинг drew.",
            ["Бенфика", "Порту", "Спортинг"],
        ),
    ];
    let feats: Vec<Vec<Vec<u64>>> = cases
        .iter()
        .map(|(text, names)| {
            with_site(text, names, Some([names[0], names[1]]), |site| {
                let (pairs, feats) = options(site);
                assert_eq!(
                    pairs.len(),
                    4,
                    "{text}: three pairs, each keeping a club of the rules', and no pair"
                );
                feats
            })
        })
        .collect();
    assert_eq!(feats[0], feats[1]);
    assert_eq!(feats[0], feats[2]);
}

#[test]
fn pairs_weighed_keep_a_club_of_the_rules_pair() {
    let text = "Lazio, Roma and Napoli won. Lazio beat Torino 2-0.";
    let names = ["Lazio", "Roma", "Napoli", "Torino"];
    let pairs = with_site(text, &names, Some(["Lazio", "Torino"]), |site| {
        options(site).0
    });
    let keeps = |p: &Option<[String; 2]>| {
        p.as_ref()
            .is_none_or(|p| p.iter().any(|c| c == "Lazio" || c == "Torino"))
    };
    assert!(pairs.iter().all(keeps), "{pairs:?}");
    assert!(pairs.contains(&Some(["Lazio".to_owned(), "Torino".to_owned()])));
    assert!(pairs.contains(&None));
}

#[test]
fn a_score_the_rules_gave_no_sides_is_not_given_any() {
    let model = SidesModel::load(&repo().join("models")).unwrap_or_default();
    let said = with_site(
        "Ajax en PSV speelden. Het werd 2-2.",
        &["Ajax", "PSV"],
        None,
        |site| model.sides(site),
    );
    assert_eq!(said, None);
    let kept = with_site(
        "Ajax versloeg PSV met 2-0.",
        &["Ajax", "PSV"],
        Some(["Ajax", "PSV"]),
        |site| model.sides(site),
    );
    assert!(matches!(kept, Some(Decision::Pair(_) | Decision::Nothing)));
}

#[test]
fn a_missing_or_cut_model_is_a_typed_error_naming_the_file() {
    let dir = repo().join("target/sides-model-test-missing");
    let err = SidesModel::load(&dir).map_err(|e| e.to_string());
    assert!(
        err.as_ref().is_err_and(
            |e| e.contains("relations/sides.bin") && e.contains("cannot read the side model")
        ),
        "{err:?}"
    );
    let bytes = SidesModel::default().to_bytes();
    let cut = SidesModel::from_bytes(&bytes[..bytes.len() - 1], &dir.join(SIDES_FILE));
    assert!(cut.is_err());
}

#[test]
fn committed_model_is_what_training_gives() {
    let (model, report) = train::train(&train_documents(), TrainConfig::default());
    assert!(report.sites > 0 && report.features > 0, "{report:?}");
    let committed = std::fs::read(repo().join("models").join(SIDES_FILE)).unwrap_or_default();
    assert!(
        model.to_bytes() == committed,
        "models/{SIDES_FILE} is out of date: run `scoreline train`"
    );
    let loaded = SidesModel::load(&repo().join("models")).map_err(|e| e.to_string());
    assert_eq!(loaded, Ok(model));
}
