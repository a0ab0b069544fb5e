//! A people-of-a-place noun or nickname the recogniser leaves unmarked
//! ("die Rheinhessen", "los guipuzcoanos", "os vilacondenses", "les
//! Phocéens", "i partenopei") as a side of a result: the club it stands
//! for when exactly one of its clubs is named in the document.
//!
//! Invariants: `demonyms` never invents a club the document does not name,
//! never picks between two named clubs a noun may stand for ("die Berliner"
//! in a Union–Hertha derby names no side), and never reads a noun that is
//! part of a recognised mention or an adjective ("die Mainzer Abwehr").

use crate::cues;
use crate::EntitySpan;
use rustc_hash::FxHashMap;
use scoreline_core::Label;
use scoreline_refdata::Demonyms;
use scoreline_text::Segmented;
use std::path::Path;
use std::sync::OnceLock;

/// The tables, one per language of the press, compiled in: relations
/// read no files.
const FILES: [(&str, &str); 7] = [
    (
        "models/refdata/demonyms/de.tsv",
        include_str!("../../../models/refdata/demonyms/de.tsv"),
    ),
    (
        "models/refdata/demonyms/en.tsv",
        include_str!("../../../models/refdata/demonyms/en.tsv"),
    ),
    (
        "models/refdata/demonyms/es.tsv",
        include_str!("../../../models/refdata/demonyms/es.tsv"),
    ),
    (
        "models/refdata/demonyms/fr.tsv",
        include_str!("../../../models/refdata/demonyms/fr.tsv"),
    ),
    (
        "models/refdata/demonyms/it.tsv",
        include_str!("../../../models/refdata/demonyms/it.tsv"),
    ),
    (
        "models/refdata/demonyms/nl.tsv",
        include_str!("../../../models/refdata/demonyms/nl.tsv"),
    ),
    (
        "models/refdata/demonyms/pt.tsv",
        include_str!("../../../models/refdata/demonyms/pt.tsv"),
    ),
];

/// The compiled-in tables; a test checks every file parses and names
/// only clubs of the reference data, so a bad row never reaches a build.
pub fn table() -> &'static Demonyms {
    static TABLE: OnceLock<Demonyms> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Demonyms::default();
        for (path, text) in FILES {
            // A file that does not parse adds nothing; the test names it.
            let _ = table.add(Path::new(path), text);
        }
        table
    })
}

/// The `affiliation` of a club span told by a noun rather than named:
/// recognition never gives a club one, so it marks the span for the
/// counts of how often a document names a club, which such a noun must
/// not sway (one named "bei den Katalanen" twice is no more the club the
/// document is about).
pub(crate) const TOLD: &str = "\u{0}demonym";

/// Is `e` a club side told by a noun of the table, not a mention?
pub(crate) fn told(e: &EntitySpan) -> bool {
    e.affiliation.as_deref() == Some(TOLD)
}

/// The files of the table, for the test that checks them.
pub fn files() -> &'static [(&'static str, &'static str)] {
    &FILES
}

/// The noun at token `i` (hyphenated nouns joined: "Sang-et-Or",
/// "azuis-e-brancos") and the token after it.
fn noun_at<'s>(seg: &'s Segmented<'_>, i: usize) -> (std::borrow::Cow<'s, str>, usize) {
    let t = &seg.tokens;
    let joined = |j: usize| j < t.len() && !t[j].space_before;
    let mut end = i + 1;
    while end + 1 < t.len() && joined(end) && seg.lower(end) == "-" && joined(end + 1) {
        end += 2;
    }
    if end == i + 1 {
        return (seg.lower(i).into(), end);
    }
    let mut word = String::new();
    for j in i..end {
        word.push_str(seg.lower(j));
    }
    (word.into(), end)
}

/// The one club named in the document (`named`, by id) that the noun
/// `key` (lower case) may stand for: the link of a club mention the
/// recogniser left unlinked ("les Verts" beside "Saint-Étienne").
pub(crate) fn named_club(key: &str, named: &FxHashMap<&str, (usize, usize)>) -> Option<usize> {
    let clubs = table().clubs(key);
    if clubs.is_empty() {
        return None;
    }
    // A people's noun ("@es") stands for any club or team of its country.
    let stands_for = |id: &str| {
        clubs.iter().any(|c| match c.strip_prefix('@') {
            Some(cc) => crate::club_facts::country_of(id) == Some(cc),
            None => c == id,
        })
    };
    let mut in_text = named.iter().filter(|(id, _)| stands_for(id));
    match (in_text.next(), in_text.next()) {
        (Some((_, &(k, _))), None) => Some(k),
        _ => None,
    }
}

/// A club span over tokens `first..end` told by a word standing for
/// `club` rather than by its name, marked `mark` (an `affiliation`
/// recognition never gives) so that it never counts as a mention.
pub(crate) fn told_span(first: usize, end: usize, club: &EntitySpan, mark: &str) -> EntitySpan {
    EntitySpan {
        first,
        end,
        label: Label::Club,
        reference: club.reference.clone(),
        entry: club.entry.clone(),
        affiliation: Some(mark.to_owned()),
    }
}

/// Which of the `n` tokens a recognised entity covers.
pub(crate) fn covered(n: usize, entities: &[EntitySpan]) -> Vec<bool> {
    let mut covered = vec![false; n];
    for e in entities {
        for c in covered.iter_mut().take(e.end.min(n)).skip(e.first) {
            *c = true;
        }
    }
    covered
}

/// Can a noun at token `here` standing for a club be a side of a result:
/// is it in a sentence with a score (`scored`, by sentence) that names no
/// two clubs before it? A noun after both sides are named
/// ("Torino-Modena 2-2, 4-3 ai rigori: i granata passano") tells one of
/// them again, no side.
pub(crate) fn side_place(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    scored: &[bool],
    here: usize,
) -> bool {
    let sent = seg.sentences.partition_point(|t| t.end <= here);
    if !scored.get(sent).copied().unwrap_or(false) {
        return false;
    }
    let Some(t) = seg.sentences.get(sent) else {
        return true;
    };
    let mut ids = entities
        .iter()
        .filter(|e| e.label == Label::Club && e.first >= t.first && e.end <= here)
        .filter_map(|e| e.entry.as_deref());
    match ids.next() {
        Some(a) => !ids.any(|b| b != a),
        None => true,
    }
}

/// Club mentions for the unmarked nouns of the document that stand for
/// exactly one club it names, in the sentences with a score (`scored`, by
/// sentence): a noun elsewhere would only stand in for a side a result's
/// clause leaves to the sentences before it, which the named clubs tell
/// better. `named` maps each linked club id to the index of its first
/// mention in `entities`.
pub(crate) fn sides(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    named: &FxHashMap<&str, (usize, usize)>,
    scored: &[bool],
) -> Vec<EntitySpan> {
    let mut out = Vec::new();
    if named.is_empty() {
        return out;
    }
    let table = table();
    let n = seg.tokens.len();
    let covered = covered(n, entities);
    let mut i = 1;
    while i < n {
        let here = i;
        i += 1;
        let first = seg.token_text(here).chars().next();
        if covered[here] || !first.is_some_and(char::is_alphabetic) {
            continue;
        }
        // "ces mêmes Brestois": the determiner before "same".
        let mut det = here - 1;
        if det > 0 && cues::same_word(seg.lower(det)) {
            det -= 1;
        }
        let before = seg.lower(det);
        // "Der Mainzer zieht zu spät zurück": a German noun in -er after a
        // singular article is one player of the club, not its side.
        let singular = matches!(before, "der" | "dem");
        let determiner = cues::article(before)
            || cues::article_contraction(before)
            || cues::demonstrative_plural(before);
        if singular || !determiner {
            continue;
        }
        let (word, end) = noun_at(seg, here);
        let clubs = table.clubs(&word);
        if clubs.is_empty() || (end < n && covered[end]) {
            continue;
        }
        // "die Mainzer Abwehr", "les Lyonnais Rayan Cherki": an adjective
        // or an apposition, not the side.
        let next_capital = end < n
            && seg
                .token_text(end)
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
        if next_capital {
            continue;
        }
        if !side_place(seg, entities, scored, here) {
            continue;
        }
        let Some(k) = named_club(&word, named) else {
            continue;
        };
        out.push(told_span(here, end, &entities[k], TOLD));
        i = end;
    }
    out
}
