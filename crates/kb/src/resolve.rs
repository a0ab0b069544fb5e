//! Entity resolution within one document: every mention, team, scorer,
//! competition and venue name to an entity id. In order of trust: the
//! reference-data id the extractor linked (`kb_id`); a name the reference
//! data knows unambiguously, in any of the seven languages; the one entity of
//! the document whose name contains this one as whole words (a surname, a
//! short club name, an ambiguous alias such as "Inter" next to "Inter
//! Miami"); else a new id from the slug of the canonical name, the same in
//! every document that names it.

use crate::ids::{entity_id, kind_of, slug};
use crate::names::{Lookup, NameIndex};
use scoreline_core::{Document, Entity, Label};
use scoreline_refdata::{Folded, Kind, RefData};
use std::collections::HashMap;

/// Reference data and its name index, built once per build.
#[derive(Debug)]
pub struct Resolver {
    pub data: RefData,
    names: NameIndex,
}

/// What the base already knows, for names a document leaves ambiguous.
pub trait Prior: std::fmt::Debug {
    /// The index of the one entity id the base knows best among `ids`, if any.
    fn pick(&self, ids: &[String]) -> Option<usize>;
}

/// No base yet: no preference.
#[derive(Debug)]
pub struct NoPrior;

impl Prior for NoPrior {
    fn pick(&self, _: &[String]) -> Option<usize> {
        None
    }
}

/// An entity of the base as one document refers to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub id: String,
    pub kind: Kind,
    /// Canonical name: the reference data's, else the fullest the document gives.
    pub name: String,
    /// Index into the reference data's entries when known there.
    pub entry: Option<u32>,
}

/// The resolution of one document: its mentions and every name asked since.
#[derive(Debug)]
pub struct DocResolution<'r> {
    resolver: &'r Resolver,
    prior: &'r dyn Prior,
    /// Per mention of the document, its entity (`None`: a name with no letters).
    pub mentions: Vec<Option<Resolved>>,
    by_name: HashMap<(Kind, String), Option<Resolved>>,
}

fn words(key: &str) -> Vec<&str> {
    key.split(' ').filter(|w| !w.is_empty()).collect()
}

/// Words that say what kind of thing a name is, in the seven languages,
/// rather than which one: "Wembley Stadium", "Wembley-Stadion" and "estadio
/// de Wembley" are one stadium.
fn generic(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Stadium => &[
            "stadium", "stadion", "stadio", "estadio", "stade", "the", "de", "del", "do", "da",
            "di", "du", "of", "la", "le", "el",
        ],
        Kind::Club => &["fc", "cf", "afc", "ac", "sc", "sv", "cd", "club", "the"],
        _ => &[],
    }
}

/// The words of a folded name that identify it (all of them when nothing
/// else is left).
fn core_name(kind: Kind, key: &str) -> String {
    let core: Vec<&str> = words(key)
        .into_iter()
        .filter(|w| !generic(kind).contains(w))
        .collect();
    if core.is_empty() {
        key.to_owned()
    } else {
        core.join(" ")
    }
}

/// `short` stands in `long` as a run of whole words; persons by surname only.
fn names_part(kind: Kind, long: &str, short: &str) -> bool {
    let (l, s) = (words(long), words(short));
    if s.is_empty() || s.len() >= l.len() {
        return false;
    }
    match kind {
        Kind::Player | Kind::Coach => l.ends_with(&s),
        _ => l.windows(s.len()).any(|w| w == s.as_slice()),
    }
}

impl Resolver {
    pub fn new(data: RefData) -> Self {
        let names = NameIndex::new(&data);
        Resolver { data, names }
    }

    fn known(&self, i: u32) -> Resolved {
        let e = &self.data.entries[i as usize];
        Resolved {
            id: entity_id(e.kind, &e.id),
            kind: e.kind,
            name: e.name.clone(),
            entry: Some(i),
        }
    }

    /// The reference-data entry of `kind` with this id.
    pub fn entry(&self, kind: Kind, id: &str) -> Option<Resolved> {
        self.names.by_id(kind, id).map(|i| self.known(i))
    }

    /// The entry behind an extractor's `kb_id`, of the mention's kind, else of
    /// another kind with that id (a coach tagged PLAYER stays one person).
    fn by_kb_id(&self, kind: Kind, id: &str) -> Option<Resolved> {
        let pos = |k: Kind| self.names.by_id(k, id);
        let person = matches!(kind, Kind::Player | Kind::Coach);
        pos(kind)
            .or_else(|| {
                let other = match kind {
                    Kind::Player => Kind::Coach,
                    _ => Kind::Player,
                };
                person.then(|| pos(other)).flatten()
            })
            .map(|i| self.known(i))
    }

    /// A new entity for a name nothing else resolved; its slug may still be
    /// a reference-data id (a canonical name the aliases lack).
    fn fresh(&self, kind: Kind, name: &str) -> Option<Resolved> {
        let full = slug(name);
        if full.is_empty() {
            return None;
        }
        if let Some(r) = self.by_kb_id(kind, &full).filter(|r| r.kind == kind) {
            return Some(r);
        }
        let s = slug(&core_name(kind, &Folded::key(name)));
        if let Some(x) = self.inner_name(kind, name) {
            return Some(self.known(x));
        }
        Some(Resolved {
            id: entity_id(kind, &s),
            kind,
            name: name.trim().to_owned(),
            entry: None,
        })
    }

    /// A name the document does not settle: its one reference candidate
    /// (an ambiguous alias such as "Celtic" is a common word, but the
    /// extractor already said this mention is of this kind), else the
    /// candidate the base already knows best, else a new id.
    fn alone(
        &self,
        kind: Kind,
        name: &str,
        candidates: &[u32],
        prior: &dyn Prior,
    ) -> Option<Resolved> {
        match candidates {
            [one] => Some(self.known(*one)),
            [] => self.fresh(kind, name),
            many => {
                let ids: Vec<String> = many
                    .iter()
                    .map(|&c| {
                        let e = &self.data.entries[c as usize];
                        entity_id(e.kind, &e.id)
                    })
                    .collect();
                match prior.pick(&ids) {
                    Some(i) => Some(self.known(many[i])),
                    None => self.fresh(kind, name),
                }
            }
        }
    }

    /// A club, stadium or competition named with words around a name the
    /// reference data knows ("FC Bayern Munique" holds "Bayern Munique"):
    /// the longest run of words that is one entry's unambiguous name.
    fn inner_name(&self, kind: Kind, name: &str) -> Option<u32> {
        if !matches!(kind, Kind::Club | Kind::Stadium | Kind::Competition) {
            return None;
        }
        let key = Folded::key(name);
        let w = words(&key);
        (1..w.len()).rev().find_map(|n| {
            w.windows(n)
                .find_map(|run| self.names.sure(kind, &run.join(" ")))
        })
    }

    /// Resolves every mention of `doc`.
    pub fn document<'r>(&'r self, doc: &Document, prior: &'r dyn Prior) -> DocResolution<'r> {
        let mut res = DocResolution {
            resolver: self,
            prior,
            mentions: vec![None; doc.entities.len()],
            by_name: HashMap::new(),
        };
        // First what stands on its own, then what needs the rest of the document.
        let mut pending = Vec::new();
        for (i, e) in doc.entities.iter().enumerate() {
            let kind = kind_of(e.label);
            let linked = e
                .extra
                .get("kb_id")
                .and_then(|v| v.as_str())
                .and_then(|id| self.by_kb_id(kind, id));
            match (linked, self.names.lookup(kind, e.ref_or_text())) {
                // A link made through an ambiguous name ("Inter") yields to
                // the candidate the document names in full ("Inter Milan").
                (Some(r), Lookup::Several(c)) if r.entry.is_some_and(|x| c.contains(&x)) => {
                    pending.push((i, c, Some(r)));
                }
                (Some(r), _) => res.mentions[i] = Some(r),
                (None, Lookup::One(x)) => res.mentions[i] = Some(self.known(x)),
                (None, Lookup::Several(c)) => pending.push((i, c, None)),
                (None, Lookup::None) => pending.push((i, Vec::new(), None)),
            }
        }
        let resolved: Vec<Option<Resolved>> = pending
            .iter()
            .map(|(i, candidates, linked)| {
                let e = &doc.entities[*i];
                let kind = kind_of(e.label);
                res.in_document(doc, kind, e.ref_or_text(), candidates)
                    .or_else(|| linked.clone())
                    .or_else(|| self.alone(kind, e.ref_or_text(), candidates, prior))
            })
            .collect();
        for ((i, _, _), r) in pending.iter().zip(resolved) {
            res.mentions[*i] = r;
        }
        res
    }
}

impl DocResolution<'_> {
    /// Resolves a name the document's matches and goals use (a team, a
    /// scorer, a competition, a venue): the mention that has it as ref or
    /// text first, else as a mention would be.
    pub fn name(&mut self, doc: &Document, label: Label, name: &str) -> Option<Resolved> {
        let kind = kind_of(label);
        let key = (kind, Folded::key(name));
        if let Some(r) = self.by_name.get(&key) {
            return r.clone();
        }
        let from_mention = doc
            .entities
            .iter()
            .zip(&self.mentions)
            .filter(|(e, _)| kind_of(e.label) == kind)
            .find(|(e, _)| Folded::key(e.ref_or_text()) == key.1 || Folded::key(&e.text) == key.1)
            .and_then(|(_, r)| r.clone());
        let r = from_mention.or_else(|| match self.resolver.names.lookup(kind, name) {
            Lookup::One(x) => Some(self.resolver.known(x)),
            Lookup::Several(c) => self
                .in_document(doc, kind, name, &c)
                .or_else(|| self.resolver.alone(kind, name, &c, self.prior)),
            Lookup::None => self
                .in_document(doc, kind, name, &[])
                .or_else(|| self.resolver.fresh(kind, name)),
        });
        self.by_name.insert(key, r.clone());
        r
    }

    /// A name resolved by the rest of the document: one of its reference
    /// candidates the document resolved elsewhere, else the one entity whose
    /// name holds it as whole words.
    fn in_document(
        &self,
        doc: &Document,
        kind: Kind,
        name: &str,
        candidates: &[u32],
    ) -> Option<Resolved> {
        let resolved: Vec<&Resolved> = self.mentions.iter().flatten().collect();
        let mut hits: Vec<&Resolved> = resolved
            .iter()
            .copied()
            .filter(|r| r.entry.is_some_and(|x| candidates.contains(&x)))
            .collect();
        if hits.is_empty() {
            let key = Folded::key(name);
            let longer = |e: &Entity| {
                kind_of(e.label) == kind
                    && (names_part(kind, &Folded::key(e.ref_or_text()), &key)
                        || names_part(kind, &Folded::key(&e.text), &key))
            };
            // A longer mention names the same entity: take what it resolved
            // to, or resolve its own name when it is pending too.
            for (e, r) in doc.entities.iter().zip(&self.mentions) {
                if longer(e) {
                    match r {
                        Some(r) => hits.push(r),
                        None => {
                            return unique_longer(doc, kind, &key)
                                .and_then(|n| self.resolver.fresh(kind, n))
                        }
                    }
                }
            }
            hits.extend(
                resolved
                    .iter()
                    .copied()
                    .filter(|r| r.kind == kind && names_part(kind, &Folded::key(&r.name), &key)),
            );
        }
        hits.sort_by(|a, b| a.id.cmp(&b.id));
        hits.dedup_by(|a, b| a.id == b.id);
        match hits.as_slice() {
            [one] => Some((*one).clone()),
            [] if candidates.len() > 1 => self.by_neighbours(candidates),
            _ => None,
        }
    }

    /// The candidate the rest of the document is about: the club whose
    /// players, coach or stadium it names, the person whose club it names.
    fn by_neighbours(&self, candidates: &[u32]) -> Option<Resolved> {
        let data = &self.resolver.data;
        let best: Vec<(usize, u32)> = candidates
            .iter()
            .map(|&c| {
                let cand = &data.entries[c as usize];
                let cand_id = entity_id(cand.kind, &cand.id);
                let related = self
                    .mentions
                    .iter()
                    .flatten()
                    .filter_map(|r| Some((r, &data.entries[r.entry? as usize])))
                    .filter(|(r, e)| {
                        e.club.as_deref() == Some(cand.id.as_str()) && e.kind != cand.kind
                            || cand
                                .club
                                .as_ref()
                                .is_some_and(|c| r.id == entity_id(Kind::Club, c))
                            || cand
                                .stadium
                                .as_ref()
                                .is_some_and(|s| r.id == entity_id(Kind::Stadium, s))
                    })
                    .map(|(r, _)| r.id.as_str())
                    .filter(|id| *id != cand_id)
                    .collect::<std::collections::BTreeSet<_>>()
                    .len();
                (related, c)
            })
            .collect();
        clear_winner(best).map(|c| self.resolver.known(c))
    }
}

/// The item with the highest score when it is above zero and no other has it.
pub(crate) fn clear_winner<T>(mut scored: Vec<(usize, T)>) -> Option<T> {
    scored.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
    let mut it = scored.into_iter();
    let (n, best) = it.next()?;
    (n > 0 && it.next().is_none_or(|(m, _)| m < n)).then_some(best)
}

/// The one longest name of `kind` in the document holding `key` as whole
/// words, when the longer names all agree.
fn unique_longer<'d>(doc: &'d Document, kind: Kind, key: &str) -> Option<&'d str> {
    let mut found: Option<&str> = None;
    for e in &doc.entities {
        let r = e.ref_or_text();
        if kind_of(e.label) == kind && names_part(kind, &Folded::key(r), key) {
            match found {
                Some(f) if Folded::key(f) != Folded::key(r) => return None,
                _ => found = Some(r),
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::names_part;
    use scoreline_refdata::Kind;

    #[test]
    fn generic_words_leave_the_name() {
        use super::core_name;
        assert_eq!(core_name(Kind::Stadium, "estadio de wembley"), "wembley");
        assert_eq!(core_name(Kind::Stadium, "wembley stadion"), "wembley");
        assert_eq!(core_name(Kind::Club, "fc"), "fc");
        assert_eq!(
            core_name(Kind::Player, "dani de la cruz"),
            "dani de la cruz"
        );
    }

    #[test]
    fn persons_by_surname_clubs_by_any_run() {
        assert!(names_part(Kind::Player, "thomas muller", "muller"));
        assert!(!names_part(Kind::Player, "thomas muller", "thomas"));
        assert!(names_part(Kind::Club, "inter miami", "inter"));
        assert!(names_part(
            Kind::Club,
            "real sociedad de futbol",
            "sociedad"
        ));
        assert!(!names_part(Kind::Club, "inter", "inter"));
    }
}
