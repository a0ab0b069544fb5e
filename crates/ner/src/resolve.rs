//! Document-level decisions after tagging: a name tagged once is the same
//! entity everywhere in the document (repeats and surname-only mentions the
//! tagger missed are added), one person has one label (a coach is a coach in
//! every mention), and every mention gets its canonical name.

use crate::features::DocFeatures;
use crate::Mention;
use rustc_hash::{FxHashMap, FxHashSet};
use scoreline_core::Label;
use scoreline_refdata::{is_article, Kind, RefData};
use scoreline_text::{Segmented, TokenKind};
use std::borrow::Cow;

/// An entity over tokens `first..end`, before offsets are taken.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub first: usize,
    pub end: usize,
    pub label: Label,
    pub confidence: f32,
}

/// The reference-data kind an entity label refers to.
pub fn kind_of(label: Label) -> Kind {
    match label {
        Label::Player => Kind::Player,
        Label::Club => Kind::Club,
        Label::Stadium => Kind::Stadium,
        Label::Coach => Kind::Coach,
        Label::Competition => Kind::Competition,
    }
}

fn is_person(l: Label) -> bool {
    matches!(l, Label::Player | Label::Coach)
}

/// Token `i` lower-cased exactly as `str::to_lowercase` does: the
/// segmenter's cached form, but for a word-final capital sigma, which
/// `to_lowercase` writes as ς and the cache as σ.
fn lower_exact<'s>(seg: &'s Segmented<'_>, i: usize) -> Cow<'s, str> {
    let text = seg.token_text(i);
    if !text.is_ascii() && text.contains('Σ') {
        Cow::Owned(text.to_lowercase())
    } else {
        Cow::Borrowed(seg.lower(i))
    }
}

/// The lower-cased token texts of a span, the key that identifies a name.
fn key<'s>(seg: &'s Segmented<'_>, first: usize, end: usize) -> Vec<Cow<'s, str>> {
    (first..end).map(|i| lower_exact(seg, i)).collect()
}

/// A name in a one-word inflected form ("Messis", "Monterreys") is the
/// last word of its mention: what follows is the possessed noun, which German
/// capitalises ("Messis Startelf-Comeback", "Inters Ehrentreffer"), not more
/// of the name. Cuts every span that runs past such a form.
pub fn end_at_inflection(doc: &DocFeatures, spans: &mut [Span]) {
    for span in spans.iter_mut() {
        let cut = doc
            .candidates
            .iter()
            .filter(|c| c.inflected && c.first >= span.first && c.end < span.end)
            .map(|c| c.end)
            .find(|&end| end > span.first);
        if let Some(end) = cut {
            span.end = end;
        }
    }
}

/// A dash with white space on both sides separates two names ("Stade
/// Rennais – FC Nantes 1-1", "Lens - Le Havre"); a hyphen inside a name is
/// written without ("Saint-Étienne"). A span running across one becomes
/// the two names on either side of it.
pub fn split_at_spaced_dash(seg: &Segmented<'_>, spans: &mut Vec<Span>) {
    let is_spaced_dash = |j: usize| {
        matches!(seg.token_text(j), "-" | "–" | "—")
            && seg.tokens[j].space_before
            && seg.tokens.get(j + 1).is_some_and(|n| n.space_before)
    };
    let mut out = Vec::with_capacity(spans.len());
    for s in spans.drain(..) {
        let mut first = s.first;
        for j in s.first..s.end {
            if is_spaced_dash(j) {
                if j > first {
                    out.push(Span {
                        first,
                        end: j,
                        ..s.clone()
                    });
                }
                first = j + 1;
            }
        }
        if first < s.end {
            out.push(Span { first, ..s });
        }
    }
    *spans = out;
}

/// A score written between two names: "Lens 2-0 (1-0) Le Havre". The
/// tokens `at..` of `N-N` (or `N:N`, `N–N`) with an optional bracketed
/// half-time score after it; `Some(end)` past them.
fn score_at(seg: &Segmented<'_>, at: usize) -> Option<usize> {
    let is_num = |j: usize| {
        seg.tokens
            .get(j)
            .is_some_and(|t| t.kind == TokenKind::Number)
    };
    let is_sep = |j: usize| j < seg.tokens.len() && matches!(seg.token_text(j), "-" | "–" | ":");
    if !(is_num(at) && is_sep(at + 1) && is_num(at + 2)) {
        return None;
    }
    let end = at + 3;
    let bracketed = end + 4 < seg.tokens.len()
        && seg.token_text(end) == "("
        && score_at(seg, end + 1).is_some_and(|e| e == end + 4)
        && seg.token_text(end + 4) == ")";
    Some(if bracketed { end + 5 } else { end })
}

/// A club name the tagger left out (a city name too, "Le Havre") is a club
/// when a score or a dash joins it to a club the tagger found, as in a
/// results line ("Lens 2-0 (1-0) Le Havre", "Le Havre 0-2 Lens") or a
/// pairing ("Inter-Juventus 3-2", "Lens-Le Havre").
pub fn score_sides(seg: &Segmented<'_>, doc: &DocFeatures, data: &RefData, spans: &mut Vec<Span>) {
    let mut added = Vec::new();
    for c in &doc.candidates {
        let club = c
            .hits
            .iter()
            .any(|(e, _)| data.entries[*e as usize].kind == Kind::Club);
        let capital = seg
            .token_text(c.first)
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        // A shorter span inside the name ("Havre" of "Le Havre" read as a
        // person) gives way; any other overlap keeps the tagger's reading.
        let inside =
            |s: &Span| s.first >= c.first && s.end <= c.end && s.end - s.first < c.end - c.first;
        let overlaps = |s: &Span| s.first < c.end && c.first < s.end;
        if !club || !capital || spans.iter().any(|s| overlaps(s) && !inside(s)) {
            continue;
        }
        let club_at =
            |pred: &dyn Fn(&Span) -> bool| spans.iter().any(|s| s.label == Label::Club && pred(s));
        // "Lens 2-0 (1-0) Le Havre": a club, a score, this name.
        let after_score =
            club_at(&|s: &Span| score_at(seg, s.end).is_some_and(|end| end == c.first));
        // "Le Havre 0-2 Lens": this name, a score, a club.
        let before_score =
            score_at(seg, c.end).is_some_and(|end| club_at(&|s: &Span| s.first == end));
        // "Inter-Juventus 3-2", "Lens-Le Havre": a pairing of two clubs.
        let is_dash =
            |j: usize| j < seg.tokens.len() && matches!(seg.token_text(j), "-" | "–" | "—");
        let paired = (is_dash(c.end) && club_at(&|s: &Span| s.first == c.end + 1))
            || (c.first > 0 && is_dash(c.first - 1) && club_at(&|s: &Span| s.end + 1 == c.first));
        if after_score || before_score || paired {
            spans.retain(|s| !inside(s));
            added.push(Span {
                first: c.first,
                end: c.end,
                label: Label::Club,
                confidence: 0.5,
            });
        }
    }
    if !added.is_empty() {
        spans.extend(added);
        spans.sort_by_key(|s| s.first);
    }
}

/// A city that names only a place is not an entity (spec §2): a club
/// mention whose name is a place too (every club entry lists it as
/// ambiguous) right after a preposition of place ("en Madrid", "a
/// Siviglia", "in Wolfsburg", "em Braga") is the city, unless a score
/// follows it. After a stadium it may be either: "Olympiastadion de Berlín"
/// is the city, "el Monumental de River" the club.
/// National teams are left alone ("in Nazionale", "in Oranje").
pub fn drop_places(seg: &Segmented<'_>, doc: &DocFeatures, data: &RefData, spans: &mut Vec<Span>) {
    let place = |s: &Span| {
        if s.label != Label::Club || s.first == 0 {
            return false;
        }
        // The preposition as written in running text: "Serie A\n\nInter"
        // ends a line with a capital "A", no preposition.
        let prep = s.first - 1;
        let in_text = seg.token_text(prep) == seg.lower(prep)
            && !seg.text[seg.tokens[prep].end as usize..seg.tokens[s.first].start as usize]
                .contains('\n');
        if !in_text
            || !crate::cues::is_locative(doc.lang, seg.lower(prep))
            || score_at(seg, s.end).is_some()
        {
            return false;
        }
        let Some(c) = doc
            .candidates
            .iter()
            .find(|c| c.first == s.first && c.end == s.end)
        else {
            return false;
        };
        let mut clubs = c
            .hits
            .iter()
            .filter(|(e, _)| data.entries[*e as usize].kind == Kind::Club)
            .peekable();
        clubs.peek().is_some()
            && clubs.all(|(e, ambiguous)| {
                *ambiguous && matches!(data.entries[*e as usize].class.as_str(), "club" | "women")
            })
    };
    spans.retain(|s| !place(s));
}

/// An article written with a capital inside a sentence is part of the name
/// ("Den Haag kwam terug", "Lens 2-0 Le Havre"): a span the tagger began
/// after it takes it back where the reference data lists the name with it,
/// and not without.
/// A lower-case article ("die Alte Dame") or one opening the sentence ("Die
/// Rotblauen liegen …") is no part of the name (spec §2).
pub fn name_articles(
    seg: &Segmented<'_>,
    doc: &DocFeatures,
    gazetteer: &scoreline_refdata::Gazetteer,
    data: &RefData,
    spans: &mut [Span],
) {
    let sentence_start: rustc_hash::FxHashSet<usize> =
        seg.sentences.iter().map(|s| s.first).collect();
    for s in spans.iter_mut() {
        let Some(a) = s.first.checked_sub(1) else {
            continue;
        };
        let capital = seg
            .token_text(a)
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        if !capital || sentence_start.contains(&a) || !is_article(seg.lower(a)) {
            continue;
        }
        // A nickname listed with its article and without ("Le Azzurre",
        // "Azzurre") is the bare one: the article is the sentence's.
        let bare =
            &seg.text[seg.tokens[s.first].start as usize..seg.tokens[s.end - 1].end as usize];
        let kind = kind_of(s.label);
        let of_kind = |e: u32| data.entries[e as usize].kind == kind;
        let bare_is_name = gazetteer.find(bare).iter().any(|c| {
            c.start == 0 && c.end == bare.len() && c.hits.iter().any(|h| of_kind(h.entry))
        });
        let with_article = doc
            .candidates
            .iter()
            .any(|c| c.first == a && c.end == s.end && c.hits.iter().any(|h| of_kind(h.0)));
        if !bare_is_name && with_article {
            s.first = a;
        }
    }
}

/// Lower-case words that belong to people's names ("Marc-André ter Stegen",
/// "Frenkie de Jong", "Giovanni di Lorenzo") when a capitalised word follows.
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "di", "do", "dos", "das", "del", "della", "van", "von", "ter", "ten", "der", "den",
    "le", "la", "mac", "bin", "al", "el",
];

/// A person's name is written with capitals: lower-case words at either end
/// of a person span are an adjective or a verb the tagger took in ("il
/// giovane Estêvão" → "Estêvão"), unless a particle leads a capitalised
/// word; a span left with no capitalised word is dropped.
pub fn trim_person_spans(seg: &Segmented<'_>, spans: &mut Vec<Span>) {
    let capital = |j: usize| {
        seg.token_text(j)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    spans.retain_mut(|s| {
        if !is_person(s.label) {
            return true;
        }
        while s.first < s.end
            && !capital(s.first)
            && !(NAME_PARTICLES.contains(&seg.lower(s.first))
                && s.first + 1 < s.end
                && capital(s.first + 1))
        {
            s.first += 1;
        }
        // "Son Heung-min": a lower-case part after a hyphen is the name's.
        while s.end > s.first
            && seg.tokens[s.end - 1].kind == TokenKind::Word
            && seg.tokens[s.end - 1].space_before
            && !capital(s.end - 1)
        {
            s.end -= 1;
        }
        (s.first..s.end).any(capital)
    });
}

/// Is the bracket opening at token `j` a minute ("(30e)", "(10.)",
/// "(33')", "(90+2')")? A bare number ("(21)") is not: it may be a count.
fn minute_bracket(seg: &Segmented<'_>, j: usize) -> bool {
    if j >= seg.tokens.len() || seg.token_text(j) != "(" {
        return false;
    }
    let Some(close) = (j + 1..(j + 8).min(seg.tokens.len())).find(|&k| seg.token_text(k) == ")")
    else {
        return false;
    };
    if close == j + 1 {
        return false; // "()"
    }
    let inside = &seg.text[seg.tokens[j + 1].start as usize..seg.tokens[close - 1].end as usize];
    inside.starts_with(|c: char| c.is_ascii_digit())
        && inside.len() <= 10
        && inside
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, 'e' | '\'' | '’' | '.' | '+' | ' '))
        && inside.contains(['e', '\'', '’', '.'])
}

/// A name right before a minute in brackets is a player the match report
/// lists ("Buts : Kalimuendo (30e)", "een vroege treffer van Noah Naujoks
/// (10.)"): one to three capitalised words the tagger left out, none of
/// them a name of a club, stadium or competition. Not in German, where
/// every noun has a capital ("Führung (28.)", "Nachspielzeit (90.+5)").
pub fn minute_names(seg: &Segmented<'_>, doc: &DocFeatures, data: &RefData, spans: &mut Vec<Span>) {
    if doc.lang == scoreline_core::Lang::De {
        return;
    }
    let title = |j: usize| {
        let w = seg.token_text(j);
        seg.tokens[j].kind == TokenKind::Word
            && w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().any(char::is_lowercase)
    };
    let mut covered = vec![false; seg.tokens.len()];
    for s in spans.iter() {
        covered[s.first..s.end].iter_mut().for_each(|c| *c = true);
    }
    let not_person = |first: usize, end: usize| {
        doc.candidates.iter().any(|c| {
            c.first < end
                && first < c.end
                && c.hits.iter().any(|(e, _)| {
                    !matches!(data.entries[*e as usize].kind, Kind::Player | Kind::Coach)
                })
        })
    };
    let mut added = Vec::new();
    for j in 1..seg.tokens.len() {
        if !minute_bracket(seg, j) || !title(j - 1) || covered[j - 1] {
            continue;
        }
        let mut first = j - 1;
        while first > 0 && j - first < 3 && !covered[first - 1] && title(first - 1) {
            first -= 1;
        }
        if !not_person(first, j) {
            added.push(Span {
                first,
                end: j,
                label: Label::Player,
                confidence: 0.5,
            });
        }
    }
    if !added.is_empty() {
        spans.extend(added);
        spans.sort_by_key(|s| s.first);
    }
}

/// Adds the repeats of tagged names that the tagger left out: the same token
/// sequence elsewhere, and a person's last name alone (with a one-word -s
/// inflection) after the full name.
pub fn propagate(seg: &Segmented<'_>, spans: &mut Vec<Span>) {
    // Sized for every span's name and two last-name forms: no rehashing.
    let mut names: FxHashMap<Vec<Cow<str>>, (Label, f32)> =
        FxHashMap::with_capacity_and_hasher(3 * spans.len(), Default::default());
    for s in spans.iter() {
        names
            .entry(key(seg, s.first, s.end))
            .or_insert((s.label, s.confidence));
        if is_person(s.label) && s.end - s.first >= 2 {
            let last = seg.token_text(s.end - 1);
            if last.chars().count() >= 3 && last.chars().next().is_some_and(char::is_uppercase) {
                let lower = lower_exact(seg, s.end - 1);
                let inflected = Cow::Owned(format!("{lower}s"));
                names
                    .entry(vec![lower])
                    .or_insert((s.label, s.confidence * 0.9));
                names
                    .entry(vec![inflected])
                    .or_insert((s.label, s.confidence * 0.9));
            }
        }
    }
    let longest = names.keys().map(Vec::len).max().unwrap_or(0);
    // The words names begin with: only at one of them is a name tried.
    let firsts: FxHashSet<&str> = names
        .keys()
        .filter_map(|k| k.first())
        .map(|w| w.as_ref())
        .collect();
    let mut window: Vec<Cow<str>> = Vec::with_capacity(longest);
    let mut covered = vec![false; seg.tokens.len()];
    // Crumbs and other sports stay unannotated, repeats or not.
    for s in seg.sentences.iter().filter(|s| s.offtopic) {
        covered[s.first..s.end].iter_mut().for_each(|c| *c = true);
    }
    for s in spans.iter() {
        covered[s.first..s.end].iter_mut().for_each(|c| *c = true);
    }
    let mut added = Vec::new();
    let mut i = 0;
    while i < seg.tokens.len() {
        let starts_name = !covered[i]
            && seg
                .token_text(i)
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
        let found = (starts_name && firsts.contains(lower_exact(seg, i).as_ref()))
            .then(|| {
                window.clear();
                window.extend(
                    (i..i + longest.min(seg.tokens.len() - i)).map(|j| lower_exact(seg, j)),
                );
                (1..=window.len()).rev().find_map(|n| {
                    let span_free = !covered[i..i + n].iter().any(|c| *c);
                    let hit = span_free.then(|| names.get(&window[..n])).flatten()?;
                    Some((n, *hit))
                })
            })
            .flatten();
        match found {
            Some((n, (label, confidence))) => {
                added.push(Span {
                    first: i,
                    end: i + n,
                    label,
                    confidence,
                });
                i += n;
            }
            None => i += 1,
        }
    }
    spans.extend(added);
    spans.sort_by_key(|s| s.first);
}

/// Canonical names: the reference-data entry a span is exactly a candidate
/// for (the hit of the label's kind, unambiguous first, then one the
/// document names on its own, then the one most else in it speaks for,
/// then one of the country of the clubs it names),
/// else the full name
/// of a person mentioned in the document whose last name this is, else the
/// surface.
pub fn references(
    seg: &Segmented<'_>,
    doc: &DocFeatures,
    data: &RefData,
    spans: &[Span],
) -> Vec<(String, Option<String>)> {
    let exact: FxHashMap<(usize, usize), &[(u32, bool)]> = doc
        .candidates
        .iter()
        .map(|c| ((c.first, c.end), c.hits.as_slice()))
        .collect();
    let hits_at = |s: &Span| {
        // A nickname listed with its article ("Die Alte Dame") is found from
        // the article on; the mention starts after it ("die Alte Dame").
        exact.get(&(s.first, s.end)).or_else(|| {
            let article = s.first.checked_sub(1)?;
            is_article(seg.lower(article))
                .then(|| exact.get(&(article, s.end)))
                .flatten()
        })
    };
    // Entries a span names on its own (one hit of its kind): a name shared
    // by several ("Alte Dame": Hertha BSC and Juventus, "Roten Bullen":
    // Leipzig and Salzburg) means the one the text names. A name that is a
    // place too ("São Paulo") names its club once the tagger read it as one:
    // its ambiguity is whether it is a club, not which.
    let named: rustc_hash::FxHashSet<u32> = spans
        .iter()
        .filter_map(|s| {
            let kind = kind_of(s.label);
            let mut sure = hits_at(s)?
                .iter()
                .filter(|(e, _)| data.entries[*e as usize].kind == kind);
            let one = sure.next()?;
            sure.next().is_none().then_some(one.0)
        })
        .collect();
    // How much else in the document speaks for an entry: the spans that
    // may name it, and the people named on their own who play or coach for
    // it ("Liverpool" and "Reds" with Salah: Liverpool FC, not Liverpool
    // Montevideo or Toronto's "Reds").
    let mut support: FxHashMap<&str, usize> =
        FxHashMap::with_capacity_and_hasher(2 * spans.len(), Default::default());
    for s in spans {
        let kind = kind_of(s.label);
        for (e, _) in hits_at(s).into_iter().flat_map(|h| h.iter()) {
            let entry = &data.entries[*e as usize];
            if entry.kind == kind {
                *support.entry(entry.id.as_str()).or_default() += 1;
            }
        }
    }
    for e in &named {
        if let Some(club) = data.entries[*e as usize].club.as_deref() {
            *support.entry(club).or_default() += 1;
        }
    }
    // "Olympiastadion de Berlín": the city named after a stadium speaks for
    // the stadium of a club of that city (the city is found as the club's
    // name), not London's or Helsinki's.
    for s in spans.iter().filter(|s| s.label == Label::Stadium) {
        if !matches!(
            seg.lower(s.end),
            "de" | "di" | "do" | "da" | "von" | "van" | "in"
        ) {
            continue;
        }
        let Some(city) = doc.candidates.iter().find(|c| c.first == s.end + 1) else {
            continue;
        };
        for (e, _) in hits_at(s).into_iter().flat_map(|h| h.iter()) {
            let stadium = &data.entries[*e as usize];
            let home_of = |club: &str| {
                city.hits
                    .iter()
                    .any(|(c, _)| data.entries[*c as usize].id == club)
            };
            if stadium.kind == Kind::Stadium && stadium.club.as_deref().is_some_and(home_of) {
                *support.entry(stadium.id.as_str()).or_default() += 2;
            }
        }
    }
    // Clubs named on their own, per country: "Sporting" next to Benfica and
    // Porto is Sporting CP, not Sporting Kansas City.
    let mut countries: FxHashMap<&str, usize> = FxHashMap::default();
    for e in &named {
        let entry = &data.entries[*e as usize];
        if let (Kind::Club, Some(c)) = (entry.kind, entry.country.as_deref()) {
            *countries.entry(c).or_default() += 1;
        }
    }
    let linked = |s: &Span| {
        let hits = hits_at(s)?;
        let kind = kind_of(s.label);
        let mut of_kind: Vec<&(u32, bool)> = hits
            .iter()
            .filter(|(e, _)| data.entries[*e as usize].kind == kind)
            .collect();
        of_kind.sort_by_key(|(e, ambiguous)| {
            let id = data.entries[*e as usize].id.as_str();
            let country = data.entries[*e as usize].country.as_deref();
            (
                *ambiguous,
                !named.contains(e),
                std::cmp::Reverse(support.get(id).copied().unwrap_or(0)),
                std::cmp::Reverse(country.and_then(|c| countries.get(c)).copied().unwrap_or(0)),
            )
        });
        of_kind.first().map(|(e, _)| &data.entries[*e as usize])
    };
    // A text about a women's team names it by the men's name too ("les
    // Bleues" and "la France", "Lionesses" and "l'Angleterre"): where the
    // document links a women's entry, its men's entry means it.
    let mut links: Vec<Option<&scoreline_refdata::Entry>> = spans.iter().map(linked).collect();
    // One name is one entity in a document: a mention the tagger cut where
    // no candidate lies (inside a longer name, say) takes the entry the
    // same words of the same label are linked to elsewhere.
    let mut by_surface: FxHashMap<(Vec<Cow<str>>, Label), &scoreline_refdata::Entry> =
        FxHashMap::with_capacity_and_hasher(spans.len(), Default::default());
    for (s, e) in spans.iter().zip(&links) {
        if let Some(e) = e {
            by_surface
                .entry((key(seg, s.first, s.end), s.label))
                .or_insert(e);
        }
    }
    if !by_surface.is_empty() {
        for (s, e) in spans.iter().zip(links.iter_mut()) {
            if e.is_none() {
                *e = by_surface
                    .get(&(key(seg, s.first, s.end), s.label))
                    .copied();
            }
        }
    }
    let womens: FxHashMap<&str, &scoreline_refdata::Entry> = links
        .iter()
        .flatten()
        .filter_map(|e| mens_counterpart(data, e).map(|base| (base, *e)))
        .collect();
    for e in links.iter_mut().flatten() {
        if let Some(w) = womens.get(e.id.as_str()) {
            *e = w;
        }
    }
    let surface = |s: &Span| {
        seg.text[seg.tokens[s.first].start as usize..seg.tokens[s.end - 1].end as usize].to_owned()
    };
    // The spec's ref is the fullest name the document gives. Of the clean
    // (uninflected) surfaces linked to one entry: a surface inside a longer
    // one ("Inter" in "Inter Miami") counts for the longer; then the name
    // the text uses most wins ("Alemania" over a single "Mannschaft"), a
    // capitalised one over a lower-case nickname ("los blancos"), the longer
    // of equals. The reference data's canonical name is the fallback.
    let inflected: FxHashMap<(usize, usize), bool> = doc
        .candidates
        .iter()
        .map(|c| ((c.first, c.end), c.inflected))
        .collect();
    let mut surfaces: FxHashMap<&str, Vec<String>> =
        FxHashMap::with_capacity_and_hasher(spans.len(), Default::default());
    for (s, e) in spans.iter().zip(&links) {
        if let Some(e) = e {
            if !inflected.get(&(s.first, s.end)).copied().unwrap_or(false) {
                surfaces.entry(e.id.as_str()).or_default().push(surface(s));
            }
        }
    }
    let fullest: FxHashMap<&str, String> = surfaces
        .into_iter()
        .filter_map(|(id, names)| fullest_name(&names).map(|n| (id, n)))
        .collect();
    let mut out: Vec<(String, Option<String>)> = spans
        .iter()
        .zip(&links)
        .map(|(s, e)| match e {
            Some(e) => {
                let name = fullest.get(e.id.as_str()).cloned();
                (name.unwrap_or_else(|| e.name.clone()), Some(e.id.clone()))
            }
            None => (surface(s), None),
        })
        .collect();
    // Surname-only mentions take the full name of the person they shorten.
    // The last words of the full names are lower-cased once, when a
    // surname first asks for them, not once per surname and name.
    let mut lasts: Option<Vec<Option<String>>> = None;
    for (i, s) in spans.iter().enumerate() {
        if out[i].1.is_some() || !is_person(s.label) || s.end - s.first != 1 {
            continue;
        }
        let word = seg.token_text(s.first).to_lowercase();
        let lasts = lasts.get_or_insert_with(|| {
            spans
                .iter()
                .map(|o| {
                    (is_person(o.label) && o.end - o.first >= 2)
                        .then(|| seg.token_text(o.end - 1).to_lowercase())
                })
                .collect()
        });
        let full = lasts.iter().position(|last| {
            last.as_deref()
                .is_some_and(|last| word == last || word.strip_suffix('s') == Some(last))
        });
        if let Some(j) = full {
            out[i] = out[j].clone();
        }
    }
    // A short club name takes the longer name it is part of in the same
    // document ("Leicester" → "Leicester City", "VfB" → "VfB Stuttgart").
    // Each club's words are split and lower-cased once (again when its
    // name is replaced), not once per pair of clubs.
    let words = |r: &str| -> Vec<String> { r.split_whitespace().map(str::to_lowercase).collect() };
    let mut club_words: Option<Vec<Vec<String>>> = None;
    for i in 0..spans.len() {
        if out[i].1.is_some() || spans[i].label != Label::Club {
            continue;
        }
        let cache = club_words.get_or_insert_with(|| {
            spans
                .iter()
                .zip(&out)
                .map(|(s, (name, _))| {
                    if s.label == Label::Club {
                        words(name)
                    } else {
                        Vec::new()
                    }
                })
                .collect()
        });
        let mine = &cache[i];
        let longer = (0..spans.len())
            .filter(|&j| j != i && spans[j].label == Label::Club)
            .map(|j| (j, &cache[j]))
            .filter(|(_, theirs)| {
                theirs.len() > mine.len()
                    && mine.iter().all(|w| {
                        theirs.contains(w)
                            || w.strip_suffix('s')
                                .is_some_and(|b| theirs.iter().any(|t| t == b))
                    })
            })
            .max_by_key(|(j, theirs)| (theirs.len(), std::cmp::Reverse(*j)))
            .map(|(j, _)| j);
        if let Some(j) = longer {
            out[i] = out[j].clone();
            cache[i] = cache[j].clone();
        }
    }
    out
}

/// Endings of the ids of women's teams (`france-women`, `real-madrid-femenino`).
const WOMENS_ID_ENDINGS: &[&str] = &[
    "-women",
    "-femenil",
    "-femenino",
    "-femminile",
    "-feminines",
    "-feminine",
    "-feminino",
    "-femeni",
    "-feminas",
];

/// The id of the men's team of a women's team entry, when the reference
/// data has it.
fn mens_counterpart<'d>(data: &'d RefData, e: &scoreline_refdata::Entry) -> Option<&'d str> {
    if !matches!(e.class.as_str(), "women" | "national-women") {
        return None;
    }
    WOMENS_ID_ENDINGS
        .iter()
        .filter_map(|end| e.id.strip_suffix(end))
        .find_map(|base| data.get(e.kind, base))
        .map(|m| m.id.as_str())
}

/// One label per person: mentions sharing a canonical name take the label
/// with the most confidence behind it.
pub fn unify_person_labels(spans: &mut [Span], refs: &[(String, Option<String>)]) {
    let mut votes: FxHashMap<&str, [f32; 2]> =
        FxHashMap::with_capacity_and_hasher(spans.len(), Default::default());
    for (s, (r, _)) in spans.iter().zip(refs) {
        if is_person(s.label) {
            let v = votes.entry(r.as_str()).or_default();
            v[usize::from(s.label == Label::Coach)] += s.confidence;
        }
    }
    for (s, (r, _)) in spans.iter_mut().zip(refs) {
        if let Some(v) = votes.get(r.as_str()).filter(|_| is_person(s.label)) {
            s.label = if v[1] > v[0] {
                Label::Coach
            } else {
                Label::Player
            };
        }
    }
}

/// The mentions of decided spans: canonical names, one label per person,
/// and the byte span from the first token's start to the last one's end.
pub fn mentions(
    seg: &Segmented<'_>,
    doc: &DocFeatures,
    data: &RefData,
    spans: Vec<Span>,
) -> Vec<Mention> {
    let refs = references(seg, doc, data, &spans);
    // A club the reference data does not know is written with a capital
    // (clubs the press names in lower case, "i nerazzurri", are listed): an
    // unlinked lower-case "club" is a word of the language ("il giovane").
    let (mut spans, refs): (Vec<Span>, Vec<_>) = spans
        .into_iter()
        .zip(refs)
        .filter(|(s, (_, entry))| {
            s.label != Label::Club
                || entry.is_some()
                || (s.first..s.end).any(|i| seg.token_text(i).chars().any(char::is_uppercase))
        })
        .unzip();
    unify_person_labels(&mut spans, &refs);
    spans
        .iter()
        .zip(refs)
        .map(|(s, (reference, entry_id))| Mention {
            affiliation: entry_id
                .as_deref()
                .and_then(|id| data.get(kind_of(s.label), id))
                .and_then(|e| e.club.clone()),
            start: seg.tokens[s.first].start as usize,
            end: seg.tokens[s.end - 1].end as usize,
            label: s.label,
            reference,
            entry_id,
            confidence: s.confidence,
        })
        .collect()
}

/// The name a document gives an entry, from the surfaces of its mentions
/// (see `references`).
fn fullest_name(names: &[String]) -> Option<String> {
    // One name, however often (most entries of a document): it is the
    // fullest, with no words to compare.
    let first = names.first()?;
    if names.iter().all(|n| n == first) {
        return Some(first.clone());
    }
    // Each name's lower-case words, once: the comparisons below are pairwise.
    let words: Vec<Vec<String>> = names
        .iter()
        .map(|n| n.split_whitespace().map(str::to_lowercase).collect())
        .collect();
    let inside = |s: usize, l: usize| {
        let (s, l) = (&words[s], &words[l]);
        s.len() < l.len() && l.windows(s.len()).any(|w| w == s.as_slice())
    };
    let mut best: Option<(bool, usize, usize, usize)> = None;
    for (i, n) in names.iter().enumerate() {
        if (0..names.len()).any(|o| inside(i, o)) {
            continue;
        }
        let count = (0..names.len())
            .filter(|&o| names[o] == *n || inside(o, i))
            .count();
        // "1. FC Köln" is a proper name too: only a lower-case start is not.
        let capital = !n.chars().next().is_some_and(char::is_lowercase);
        let key = (capital, count, n.chars().count(), i);
        if best.is_none_or(|b| (key.0, key.1, key.2) > (b.0, b.1, b.2)) {
            best = Some(key);
        }
    }
    best.map(|(_, _, _, i)| names[i].clone())
}

#[cfg(test)]
mod fullest_tests {
    use super::fullest_name;

    fn pick(names: &[&str]) -> Option<String> {
        fullest_name(&names.iter().map(|n| (*n).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn the_name_the_text_uses_most_with_short_forms_counting_for_long() {
        assert_eq!(
            pick(&["Inter", "Inter Miami", "Garzas", "Inter"]).as_deref(),
            Some("Inter Miami")
        );
        assert_eq!(
            pick(&["Alemania", "Mannschaft", "Alemania"]).as_deref(),
            Some("Alemania")
        );
        assert_eq!(
            pick(&["blancos", "Real Madrid"]).as_deref(),
            Some("Real Madrid")
        );
        assert_eq!(
            pick(&["BVB", "Borussia Dortmund"]).as_deref(),
            Some("Borussia Dortmund")
        );
        assert_eq!(
            pick(&["Kaiserslautern", "1. FC Kaiserslautern", "FCK", "Lauterer"]).as_deref(),
            Some("1. FC Kaiserslautern")
        );
        assert_eq!(pick(&[]), None);
    }
}

#[cfg(test)]
mod dash_tests {
    use super::{split_at_spaced_dash, Span};
    use scoreline_core::Label;
    use scoreline_text::Segmented;

    fn spans_after(text: &str, first: usize, end: usize) -> Vec<String> {
        let seg = Segmented::new(text);
        let mut spans = vec![Span {
            first,
            end,
            label: Label::Club,
            confidence: 1.0,
        }];
        split_at_spaced_dash(&seg, &mut spans);
        spans
            .iter()
            .map(|s| {
                text[seg.tokens[s.first].start as usize..seg.tokens[s.end - 1].end as usize]
                    .to_owned()
            })
            .collect()
    }

    #[test]
    fn a_spaced_dash_splits_a_span_and_a_hyphen_inside_a_name_does_not() {
        assert_eq!(
            spans_after("Stade Rennais – FC Nantes 1-1", 0, 5),
            ["Stade Rennais", "FC Nantes"]
        );
        assert_eq!(spans_after("Lens - Le Havre", 0, 4), ["Lens", "Le Havre"]);
        assert_eq!(spans_after("Saint-Étienne gagne", 0, 3), ["Saint-Étienne"]);
    }
}
