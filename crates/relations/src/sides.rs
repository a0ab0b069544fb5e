//! The clubs of a document as match assembly reads them: a mention the
//! recogniser left unlinked is the club a linked mention of the same words
//! names ("3-1 pour l'OM" after "L'OM conforte …"), and a coach's side is a
//! mention of the coach's club ("Hürzeler's team", "la squadra del tecnico
//! Luis Enrique", "de ploeg van trainer Sandro Schwarz").
//!
//! Invariants: `sides` never invents a club the document does not name (a
//! coach's side stands for a club only when a mention is linked to it) and
//! never reads a coach's side over a club mention.

use crate::cues;
use crate::EntitySpan;
use rustc_hash::FxHashMap;
use scoreline_core::Label;
use scoreline_text::Segmented;

/// The words of a mention, lower case, articles before it left out: the
/// key under which two mentions are the same name.
fn name_key(seg: &Segmented<'_>, e: &EntitySpan) -> String {
    let mut first = e.first;
    while first + 1 < e.end && cues::article(seg.lower(first)) {
        first += 1;
    }
    let mut key = String::new();
    for i in first..e.end {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(seg.lower(i));
    }
    key
}

/// Token span of the side a coach stands for around the coach mention
/// `c`: "Ange Postecoglou's side", "Flicks ploeg", "das Team von Trainer
/// Tite", "la squadra del tecnico Luis Enrique".
fn side_of_coach(seg: &Segmented<'_>, c: &EntitySpan) -> Option<(usize, usize)> {
    let n = seg.tokens.len();
    let lower = |i: usize| seg.lower(i);
    // Possessive: "Hürzeler's team" (split "'" "s" or "'s"), "Hürzeler'
    // side".
    let mut after = c.end;
    if after < n && matches!(lower(after), "'s" | "’s" | "'" | "’") {
        after += 1;
        if after < n && matches!(lower(after - 1), "'" | "’") && lower(after) == "s" {
            after += 1;
        }
        if after < n && cues::side_noun(lower(after)) {
            return Some((c.first, after + 1));
        }
    }
    // Genitive -s in German and Dutch: "Flicks ploeg", "Inzaghis Team".
    if c.end < n && lower(c.end - 1).ends_with('s') && cues::side_noun(lower(c.end)) {
        return Some((c.first, c.end + 1));
    }
    // "the side of (coach) X": at most two title words between.
    let mut j = c.first;
    for _ in 0..2 {
        if j > 0 && cues::coach_title(lower(j - 1)) {
            j -= 1;
        }
    }
    if j >= 2 && cues::genitive(lower(j - 1)) && cues::side_noun(lower(j - 2)) {
        return Some((j - 2, c.end));
    }
    // An article standing for the side ("los de Martín Anselmi", "os de
    // Abel Ferreira", "quelli di Conte"), or a participle of leading with
    // its agent ("los dirigidos por Nicolás Larcamón", "i ragazzi allenati
    // da Conte", "les joueurs entraînés par Haise").
    if j >= 2 && cues::genitive(lower(j - 1)) && cues::side_pronoun(lower(j - 2)) {
        return Some((j - 2, c.end));
    }
    if j >= 2 && cues::led_by(lower(j - 1)) && cues::led(lower(j - 2)) {
        return Some((j - 2, c.end));
    }
    None
}

/// Is the club the first part of a compound word: a hyphen and a word
/// right after it, no space between, the word no club and no side ("die
/// DFB-Auswahl", "die Bayern-Elf" are the club)?
fn compound(seg: &Segmented<'_>, e: &EntitySpan, club_at: &rustc_hash::FxHashSet<usize>) -> bool {
    let t = &seg.tokens;
    let joined = |i: usize| i < t.len() && t[i].start == t[i - 1].end;
    joined(e.end)
        && seg.token_text(e.end) == "-"
        && joined(e.end + 1)
        && seg.token_text(e.end + 1).chars().all(char::is_alphabetic)
        && !club_at.contains(&(e.end + 1))
        && !cues::side_noun(seg.lower(e.end + 1))
}

/// The club each coach leads as this document joins them: a linked club
/// named right before the coach with only titles, genitives, articles, a
/// possessive or a hyphen between ("Bristol City manager Liam Manning",
/// "Arsenal-Trainer Mikel Arteta", "il Bologna di Vincenzo Italiano",
/// "l'allenatore del Lecce Eusebio Di Francesco"). The text outranks the
/// reference data, whose club is the coach's current one.
fn told_clubs<'e>(seg: &Segmented<'_>, entities: &'e [EntitySpan]) -> FxHashMap<&'e str, &'e str> {
    let mut told = FxHashMap::default();
    for w in entities.windows(2) {
        let (club, coach) = (&w[0], &w[1]);
        if club.label != Label::Club || coach.label != Label::Coach || coach.first < club.end {
            continue;
        }
        let Some(id) = club.entry.as_deref() else {
            continue;
        };
        let joined = coach.first - club.end <= 3
            && (club.end..coach.first).all(|i| {
                let w = seg.lower(i);
                cues::coach_title(w)
                    || cues::genitive(w)
                    || cues::article(w)
                    || matches!(w, "-" | "'s" | "’s" | "'" | "’" | "s")
            });
        if joined {
            told.entry(coach.reference.as_str()).or_insert(id);
        }
    }
    told
}

/// The entities with unlinked club mentions resolved and coaches' sides,
/// role nouns and people-of-a-place nouns in the sentences with a score (`scored`,
/// by sentence) added as club mentions, in text order.
pub(crate) fn resolve(
    seg: &Segmented<'_>,
    entities: &[EntitySpan],
    scored: &[bool],
) -> Vec<EntitySpan> {
    let mut linked: FxHashMap<String, usize> = FxHashMap::default();
    // The club the recogniser linked to each id: the name a coach's side
    // is given.
    // With its count of mentions: a coach's side is a club the document
    // is about, named more than once; a club named once is more likely the
    // coach's next or former one, as the reference data may have it.
    let mut by_entry: FxHashMap<&str, (usize, usize)> = FxHashMap::default();
    for (k, e) in entities.iter().enumerate() {
        if e.label == Label::Club {
            if let Some(id) = e.entry.as_deref() {
                linked.entry(name_key(seg, e)).or_insert(k);
                by_entry.entry(id).or_insert((k, 0)).1 += 1;
            }
        }
    }
    // Mentions linked to one entry are one club under one name, the name
    // of its first mention.
    let as_linked = |e: &EntitySpan, k: usize| EntitySpan {
        reference: entities[k].reference.clone(),
        entry: entities[k].entry.clone(),
        ..e.clone()
    };
    let mut out: Vec<EntitySpan> = entities
        .iter()
        .map(|e| {
            if e.label != Label::Club {
                return e.clone();
            }
            let key = name_key(seg, e);
            let entry = e
                .entry
                .as_deref()
                .or_else(|| linked.get(&key).and_then(|&k| entities[k].entry.as_deref()));
            // An unlinked nickname or people noun ("Verts", "Tricolor") is
            // the one club of its table entry the document names.
            let same = entry
                .and_then(|id| by_entry.get(id))
                .map(|&(k, _)| k)
                .or_else(|| {
                    (e.entry.is_none() && !key.contains(' '))
                        .then(|| crate::demonyms::named_club(&key, &by_entry))
                        .flatten()
                });
            match same {
                Some(k) => as_linked(e, k),
                None => e.clone(),
            }
        })
        .collect();
    // A club written into a compound ("The Chelsea-bound forward",
    // "Juve-Trainer Thiago Motta") names no side; a pairing ("Atalanta-Real
    // Madrid") has a club after the hyphen.
    let club_at: rustc_hash::FxHashSet<usize> = entities
        .iter()
        .filter(|e| e.label == Label::Club)
        .map(|e| e.first)
        .collect();
    out.retain(|e| e.label != Label::Club || !compound(seg, e, &club_at));
    let roles = crate::roles::sides(seg, &out, scored);
    let mut added = false;
    let told = told_clubs(seg, entities);
    for c in entities.iter().filter(|e| e.label == Label::Coach) {
        let in_text = told
            .get(c.reference.as_str())
            .and_then(|id| by_entry.get(id));
        let Some(&(k, _)) = in_text.or_else(|| {
            c.affiliation
                .as_deref()
                .and_then(|id| by_entry.get(id))
                .filter(|(_, n)| *n >= 2)
        }) else {
            continue;
        };
        let Some((first, end)) = side_of_coach(seg, c) else {
            continue;
        };
        // A club named in the phrase is the side ("die Mannschaft des FC
        // Bayern von Trainer Kompany"): no second reading of it.
        if entities
            .iter()
            .any(|e| e.label == Label::Club && e.first < end && first < e.end)
        {
            continue;
        }
        let club = &entities[k];
        out.push(EntitySpan {
            first,
            end,
            label: Label::Club,
            reference: club.reference.clone(),
            entry: club.entry.clone(),
            affiliation: None,
        });
        added = true;
    }
    let told = crate::demonyms::sides(seg, entities, &by_entry, scored);
    let cities = crate::home_city::sides(seg, entities, &by_entry, scored);
    added |= !told.is_empty() || !roles.is_empty() || !cities.is_empty();
    out.extend(told);
    out.extend(cities);
    out.extend(roles);
    if added {
        out.sort_by_key(|e| (e.first, e.end));
    }
    out
}
