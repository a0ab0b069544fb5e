//! Sentences with entities marked inline, for the relation tests:
//! `[[Kane|PLAYER]]`, `[[Inter|CLUB|inter]]`.

// Each test file uses only some of these helpers.
#![allow(dead_code)]

use scoreline_core::{Document, GoalKind, Label};
use scoreline_relations::score::{find, ScoreKind};
use scoreline_relations::{EntitySpan, Relations};
use scoreline_text::Segmented;

/// A marked entity: byte span, label, surface, and the reference-data id
/// given as a third field (`[[Inter|CLUB|inter]]`: the club's id;
/// `[[Lautaro|PLAYER|inter]]`, `[[Conte|COACH|napoli]]`: the person's club
/// id).
type Marked = (usize, usize, Label, String, Option<String>);

/// Removes `[[surface|LABEL]]` / `[[surface|LABEL|id]]` marks, returning the
/// text and the marked entities.
pub fn unmark(marked: &str) -> (String, Vec<Marked>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    let mut rest = marked;
    while let Some(open) = rest.find("[[") {
        text.push_str(&rest[..open]);
        let close = rest[open..].find("]]").map_or(rest.len(), |c| open + c);
        let inner = &rest[open + 2..close];
        let mut fields = inner.split('|');
        let surface = fields.next().unwrap_or_default();
        let label = fields
            .next()
            .and_then(|l| l.parse::<Label>().ok())
            .unwrap_or(Label::Player);
        let id = fields.next().map(str::to_owned);
        spans.push((
            text.len(),
            text.len() + surface.len(),
            label,
            surface.to_owned(),
            id,
        ));
        text.push_str(surface);
        rest = &rest[close + 2..];
    }
    text.push_str(rest);
    (text, spans)
}

/// Runs relation extraction on a marked text.
pub fn run(marked: &str) -> Relations {
    run_with(marked, &scoreline_relations::attach::Rules)
}

/// Runs relation extraction on a marked text, `attach` deciding the scorer
/// of every goal the rules find at a minute.
pub fn run_with(marked: &str, attach: &dyn scoreline_relations::attach::Attacher) -> Relations {
    let (text, spans) = unmark(marked);
    let seg = Segmented::new(&text);
    let entities = entity_spans(&seg, &spans);
    scoreline_relations::extract_with(&seg, &entities, attach)
}

/// The marked entities as the token spans relations reads.
pub fn entity_spans(seg: &Segmented<'_>, spans: &[Marked]) -> Vec<EntitySpan> {
    spans
        .iter()
        .map(|(s, e, label, surface, id)| EntitySpan {
            first: seg.tokens.partition_point(|t| (t.start as usize) < *s),
            end: seg.tokens.partition_point(|t| (t.end as usize) <= *e),
            label: *label,
            reference: surface.clone(),
            entry: id.clone().filter(|_| *label == Label::Club),
            affiliation: id.clone().filter(|_| *label != Label::Club),
        })
        .collect()
}

/// The goals as (scorer, minute, stoppage, kind), in the order found.
pub fn goals(r: &Relations) -> Vec<(String, Option<u32>, Option<u32>, GoalKind)> {
    r.goals
        .iter()
        .map(|g| (g.scorer.clone(), g.minute, g.stoppage, g.kind))
        .collect()
}

/// (scorer, minute, stoppage) of every goal found in a marked text.
pub fn scored(marked: &str) -> Vec<(String, Option<u32>, Option<u32>)> {
    goals(&run(marked))
        .into_iter()
        .map(|(s, m, st, _)| (s, m, st))
        .collect()
}

/// A goal at a minute with no stoppage, as [`scored`] gives it.
pub fn goal(scorer: &str, minute: u32) -> (String, Option<u32>, Option<u32>) {
    (scorer.to_owned(), Some(minute), None)
}

/// (scorer, teams of the goal's match) for every goal.
pub fn placed(r: &Relations) -> Vec<(String, Option<[String; 2]>)> {
    r.goals
        .iter()
        .map(|g| {
            let teams = g
                .match_index
                .and_then(|i| r.matches.get(i))
                .map(|m| m.teams.clone());
            (g.scorer.clone(), teams)
        })
        .collect()
}

/// Two teams, as `placed` gives them.
pub fn teams(a: &str, b: &str) -> Option<[String; 2]> {
    Some([a.to_owned(), b.to_owned()])
}

/// A match as (teams, score).
pub type Told = ([String; 2], Option<[u32; 2]>);

/// The matches as (teams, score), turned so that the teams are in
/// alphabetical order: the order of teams carries no meaning.
pub fn found(r: &Relations) -> Vec<Told> {
    r.matches
        .iter()
        .map(|m| {
            let swap = m.teams[0] > m.teams[1];
            let mut teams = m.teams.clone();
            if swap {
                teams.swap(0, 1);
            }
            (
                teams,
                m.score.map(|[a, b]| if swap { [b, a] } else { [a, b] }),
            )
        })
        .collect()
}

/// One match of `a` and `b` with `a`'s score first, as `found` gives it.
pub fn one(a: &str, b: &str, [x, y]: [u32; 2]) -> Told {
    if a <= b {
        ([a.to_owned(), b.to_owned()], Some([x, y]))
    } else {
        ([b.to_owned(), a.to_owned()], Some([y, x]))
    }
}

/// A match as written in the probe fixture: "A|B x-y" with the teams in
/// alphabetical order, " pX-Y" after it for a shoot-out.
pub fn written(r: &Relations) -> Vec<String> {
    let mut out: Vec<String> = r
        .matches
        .iter()
        .map(|m| {
            let swap = m.teams[0] > m.teams[1];
            let turn = |[x, y]: [u32; 2]| if swap { [y, x] } else { [x, y] };
            let (a, b) = if swap {
                (&m.teams[1], &m.teams[0])
            } else {
                (&m.teams[0], &m.teams[1])
            };
            let score = m
                .score
                .map(turn)
                .map_or("?".to_owned(), |[x, y]| format!("{x}-{y}"));
            let pens = m
                .penalties
                .map(turn)
                .map_or(String::new(), |[x, y]| format!(" p{x}-{y}"));
            format!("{a}|{b} {score}{pens}")
        })
        .collect();
    out.sort();
    out
}

/// The blocks of a probe fixture (split by a blank line, `#` lines are
/// comments): each block's first line, the passage, and its other lines
/// trimmed, what the passage should give.
pub fn fixture_blocks(fixture: &str) -> Vec<(&str, Vec<String>)> {
    fixture
        .split("\n\n")
        .filter_map(|block| {
            let mut lines = block
                .lines()
                .filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
            let text = lines.next()?;
            Some((text, lines.map(|l| l.trim().to_owned()).collect()))
        })
        .collect()
}

/// Runs every passage of a probe fixture (a passage, then its matches one a
/// line as `written` prints them; blocks split by a blank line, `#` lines
/// are comments): the number of passages and a message for each mismatch.
pub fn probe_mismatches(fixture: &str) -> (usize, Vec<String>) {
    fixture_mismatches(fixture, |text| written(&run(text)), true)
}

/// Runs every passage of a fixture through `got`: the number of passages
/// and a message for each whose lines differ from the block's (both sorted
/// first when `sorted`).
pub fn fixture_mismatches(
    fixture: &str,
    got: impl Fn(&str) -> Vec<String>,
    sorted: bool,
) -> (usize, Vec<String>) {
    let mut wrong = Vec::new();
    let mut passages = 0;
    for (text, mut expected) in fixture_blocks(fixture) {
        passages += 1;
        let mut got = got(text);
        if sorted {
            expected.sort();
            got.sort();
        }
        if got != expected {
            wrong.push(format!(
                "{text}\n  expected {expected:?}\n  got      {got:?}"
            ));
        }
    }
    (passages, wrong)
}

/// Asserts that a probe fixture has at least `at_least` passages and that
/// every one gives its matches.
pub fn assert_probes(fixture: &str, at_least: usize) {
    let (passages, wrong) = probe_mismatches(fixture);
    assert!(passages >= at_least, "{passages} passages read");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The scorer of every goal found in a marked text, in order, with its
/// minute when it has one ("Kane 23").
pub fn scorers(marked: &str) -> Vec<String> {
    goals(&run(marked))
        .into_iter()
        .map(|(s, m, _, _)| match m {
            Some(m) => format!("{s} {m}"),
            None => s,
        })
        .collect()
}

/// The repository's root, where `eval/` and `models/` are.
pub fn repo() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The gold train split, which `scoreline train` fits the models to.
pub fn train_documents() -> Vec<Document> {
    let gold = scoreline_core::load_paths(&[repo().join("eval/gold/train")]);
    assert!(gold.problems.is_empty(), "{:?}", gold.problems);
    gold.documents.into_iter().map(|(_, d)| d).collect()
}

/// Every score of `text` as (a, b, kind), in text order.
pub fn score_kinds(text: &str) -> Vec<(u32, u32, ScoreKind)> {
    let seg = Segmented::new(text);
    find(&seg).iter().map(|s| (s.a, s.b, s.kind)).collect()
}

/// Asserts that the one score `a`-`b` of each text is of `kind`.
pub fn each_score_is(cases: &[(&str, u32, u32)], kind: ScoreKind) {
    for &(text, a, b) in cases {
        let found: Vec<ScoreKind> = score_kinds(text)
            .into_iter()
            .filter(|&(x, y, _)| (x, y) == (a, b))
            .map(|(_, _, k)| k)
            .collect();
        assert_eq!(
            found,
            [kind],
            "{a}-{b} in {text:?}: {:?}",
            score_kinds(text)
        );
    }
}

/// Asserts that a probe fixture whose blocks list goals as [`scorers`]
/// prints them has at least `at_least` passages and that every one gives
/// its goals, in order.
pub fn assert_scorer_probes(fixture: &str, at_least: usize) {
    let (passages, wrong) = fixture_mismatches(fixture, scorers, false);
    assert!(passages >= at_least, "{passages} passages read");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The probes (marked text, the one match [`written`] should print) that
/// give anything else, with what they gave: every probe is run before a
/// test fails, so one failure names every language that breaks.
pub fn unlike_one_match(cases: &[(&str, &str)]) -> Vec<String> {
    cases
        .iter()
        .filter_map(|(text, want)| {
            let got = written(&run(text));
            (got != [*want]).then(|| format!("{text}: {got:?}"))
        })
        .collect()
}

/// The probes (marked text, a match [`written`] should print among others)
/// that lack it, with what they gave.
pub fn lacking_match(cases: &[(&str, &str)]) -> Vec<String> {
    cases
        .iter()
        .filter_map(|(text, want)| {
            let got = written(&run(text));
            (!got.iter().any(|m| m == want)).then(|| format!("{text}: {got:?}"))
        })
        .collect()
}
