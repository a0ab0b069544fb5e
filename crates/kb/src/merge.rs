//! One document into the base, inside the build's transaction: its entities
//! and mentions, its matches merged with the same match from other reports,
//! its goals merged by match, scorer and minute (disagreements kept and
//! flagged), and the relations it shows, each with its evidence.

use crate::dates::{day_number, distance};
use crate::evidence::{mention_confidence, Evidence};
use crate::ids::{kind_word, split_entity_id};
use crate::names::all_names;
use crate::resolve::{clear_winner, DocResolution, Prior, Resolved, Resolver};
use crate::summary::BuildSummary;
use rusqlite::{params, Connection, OptionalExtension, Result};
use scoreline_core::{CharIndex, Document, GoalKind, Label};
use scoreline_refdata::{Folded, Kind};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::Hasher;

/// How far apart (in days) two reports of one match may be dated.
pub const DEFAULT_DATE_WINDOW: u32 = 3;

/// Goals of one match and scorer this many minutes apart, reported by
/// different documents, are flagged as possibly one goal.
const MINUTE_CONFLICT: i64 = 2;

/// What became of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    New,
    /// The base had this id with other content: its facts were replaced.
    Replaced,
    /// The base had this document as it is: nothing to do.
    Unchanged,
}

/// The content digest that decides whether a document id seen again changed.
pub fn digest(doc: &Document) -> String {
    let mut h = fnv::FnvHasher::default();
    h.write(serde_json::to_string(doc).unwrap_or_default().as_bytes());
    format!("{:016x}", h.finish())
}

pub(crate) struct Merger<'a> {
    pub conn: &'a Connection,
    pub resolver: &'a Resolver,
    pub build: i64,
    pub date_window: u32,
    /// Entity ids and `id\talias` pairs this build has written: most
    /// mentions name what the base already has, and need no statement.
    pub written: RefCell<HashSet<String>>,
}

/// One document being added: its resolution and offsets.
struct Doc<'d, 'r> {
    doc: &'d Document,
    ix: CharIndex<'d>,
    res: DocResolution<'r>,
    day: Option<i64>,
}

impl Merger<'_> {
    pub fn add(&self, doc: &Document, tally: &mut BuildSummary) -> Result<Added> {
        let digest = digest(doc);
        let old: Option<String> = self
            .conn
            .prepare_cached("SELECT digest FROM document WHERE id = ?1")?
            .query_row([&doc.id], |r| r.get(0))
            .optional()?;
        let added = match old {
            Some(d) if d == digest => return Ok(Added::Unchanged),
            Some(_) => {
                self.remove(&doc.id)?;
                Added::Replaced
            }
            None => Added::New,
        };
        self.conn
            .prepare_cached(
                "INSERT INTO document (id, lang, date, chars, digest, build) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![
                doc.id,
                doc.lang.code(),
                doc.date,
                doc.text.chars().count(),
                digest,
                self.build
            ])?;
        let prior = BasePrior { conn: self.conn };
        let mut d = Doc {
            doc,
            ix: CharIndex::new(&doc.text),
            res: self.resolver.document(doc, &prior),
            day: doc.date.as_deref().and_then(day_number),
        };
        self.mentions(&d)?;
        let matches = self.matches(&mut d, tally)?;
        self.goals(&mut d, &matches, tally)?;
        self.relations(&d)?;
        Ok(added)
    }

    fn entity(&self, r: &Resolved) -> Result<()> {
        if !self.written.borrow_mut().insert(r.id.clone()) {
            return Ok(());
        }
        let inserted = self
            .conn
            .prepare_cached(
                "INSERT OR IGNORE INTO entity (id, kind, name, refdata) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![r.id, kind_word(r.kind), r.name, r.entry.is_some()])?;
        if inserted == 1 {
            self.alias(&r.id, &r.name)?;
            if let Some(i) = r.entry {
                for name in all_names(&self.resolver.data.entries[i as usize]) {
                    self.alias(&r.id, name)?;
                }
            }
        }
        Ok(())
    }

    fn alias(&self, id: &str, name: &str) -> Result<()> {
        let key = Folded::key(name);
        if !key.is_empty() && self.written.borrow_mut().insert(format!("{id}\t{key}")) {
            self.conn
                .prepare_cached("INSERT OR IGNORE INTO alias (key, entity_id) VALUES (?1, ?2)")?
                .execute(params![key, id])?;
        }
        Ok(())
    }

    fn mentions(&self, d: &Doc<'_, '_>) -> Result<()> {
        for (e, r) in d.doc.entities.iter().zip(&d.res.mentions) {
            let Some(r) = r else { continue };
            self.entity(r)?;
            self.alias(&r.id, &e.text)?;
            self.alias(&r.id, e.ref_or_text())?;
            self.conn
                .prepare_cached(
                    "INSERT OR IGNORE INTO mention (doc_id, start, end, label, text, entity_id, confidence)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                )?
                .execute(params![
                    d.doc.id,
                    e.start,
                    e.end,
                    e.label.as_str(),
                    e.text,
                    r.id,
                    mention_confidence(&e.extra)
                ])?;
        }
        Ok(())
    }

    /// Resolves a name of a match or goal and makes sure its entity exists.
    fn named(
        &self,
        d: &mut Doc<'_, '_>,
        label: Label,
        name: Option<&str>,
    ) -> Result<Option<Resolved>> {
        let Some(name) = name.filter(|n| !n.trim().is_empty()) else {
            return Ok(None);
        };
        let r = d.res.name(d.doc, label, name);
        if let Some(r) = &r {
            self.entity(r)?;
            self.alias(&r.id, name)?;
        }
        Ok(r)
    }

    /// The first mention of each entity: evidence for records that carry none.
    fn first_spans(d: &Doc<'_, '_>, ids: &[&str]) -> Vec<[usize; 2]> {
        ids.iter()
            .filter_map(|id| {
                d.doc
                    .entities
                    .iter()
                    .zip(&d.res.mentions)
                    .find(|(_, r)| r.as_ref().is_some_and(|r| r.id == *id))
                    .map(|(e, _)| [e.start, e.end])
            })
            .collect()
    }

    /// Adds the document's matches; returns its match ids → base match ids.
    fn matches(
        &self,
        d: &mut Doc<'_, '_>,
        tally: &mut BuildSummary,
    ) -> Result<HashMap<String, i64>> {
        let mut local = HashMap::new();
        for m in &d.doc.matches {
            let a = self.named(d, Label::Club, Some(&m.teams[0]))?;
            let b = self.named(d, Label::Club, Some(&m.teams[1]))?;
            let (Some(a), Some(b)) = (a, b) else {
                tally.matches_unresolved += 1;
                continue;
            };
            let competition = self.named(d, Label::Competition, m.competition.as_deref())?;
            let mut venue = self.named(d, Label::Stadium, m.venue.as_deref())?;
            let mut venue_span = None;
            if venue.is_none() {
                if let Some((v, span)) = Self::sole_stadium(d) {
                    self.entity(&v)?;
                    venue = Some(v);
                    venue_span = Some(span);
                }
            }
            let first = a.id <= b.id;
            let flip = |p: Option<[u32; 2]>| p.map(|[x, y]| if first { [x, y] } else { [y, x] });
            let (t1, t2) = if first {
                (&a.id, &b.id)
            } else {
                (&b.id, &a.id)
            };
            let (score, pens) = (flip(m.score), flip(m.penalties));
            let id = match self.find_match(d.day, t1, t2, score, pens)? {
                Some(id) => {
                    tally.matches_merged += 1;
                    id
                }
                None => {
                    tally.matches_new += 1;
                    self.conn
                        .prepare_cached(
                            "INSERT INTO match (team1, team2, score1, score2) VALUES (?1, ?2, ?3, ?4)",
                        )?
                        .execute(params![t1, t2, score.map(|s| s[0]), score.map(|s| s[1])])?;
                    self.conn.last_insert_rowid()
                }
            };
            // What this report adds: a shoot-out, competition or venue the
            // match lacked, and its date.
            self.conn
                .prepare_cached(
                    "UPDATE match SET pen1 = coalesce(pen1, ?2), pen2 = coalesce(pen2, ?3),
                       competition = coalesce(competition, ?4), venue = coalesce(venue, ?5),
                       date_first = CASE WHEN date_first IS NULL OR ?6 < date_first THEN coalesce(?6, date_first) ELSE date_first END,
                       date_last = CASE WHEN date_last IS NULL OR ?6 > date_last THEN coalesce(?6, date_last) ELSE date_last END
                     WHERE id = ?1",
                )?
                .execute(params![
                    id,
                    pens.map(|p| p[0]),
                    pens.map(|p| p[1]),
                    competition.as_ref().map(|c| &c.id),
                    venue.as_ref().map(|v| &v.id),
                    d.doc.date
                ])?;
            let fallback = Self::first_spans(d, &[&a.id, &b.id]);
            let mut ev = Evidence::of_record(d.doc, &d.ix, &m.extra, fallback);
            if let Some(span) = venue_span {
                let mut spans = ev.spans.clone();
                spans.push(span);
                ev = Evidence::new(&d.ix, spans, ev.confidence);
            }
            self.conn
                .prepare_cached(
                    "INSERT OR IGNORE INTO match_source (doc_id, local_id, match_id, team1_first, competition, venue, spans, evidence, confidence)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                )?
                .execute(params![
                    d.doc.id,
                    m.id,
                    id,
                    first,
                    competition.as_ref().map(|c| &c.id),
                    venue.as_ref().map(|v| &v.id),
                    ev.spans_json(),
                    ev.text,
                    ev.confidence
                ])?;
            local.insert(m.id.clone(), id);
        }
        Ok(local)
    }

    /// The venue of a document's only match when the text names no other
    /// stadium (the extractor does not link venues itself): the stadium and
    /// its first mention.
    fn sole_stadium(d: &Doc<'_, '_>) -> Option<(Resolved, [usize; 2])> {
        if d.doc.matches.len() != 1 {
            return None;
        }
        let mut found: Option<(&Resolved, [usize; 2])> = None;
        for (e, r) in d.doc.entities.iter().zip(&d.res.mentions) {
            let Some(r) = r.as_ref().filter(|r| r.kind == Kind::Stadium) else {
                continue;
            };
            match found {
                Some((f, _)) if f.id != r.id => return None,
                Some(_) => {}
                None => found = Some((r, [e.start, e.end])),
            }
        }
        found.map(|(r, span)| (r.clone(), span))
    }

    /// The match already in the base that this report is of: same teams and
    /// score, a compatible shoot-out, dated within the window (the nearest
    /// one). An undated report joins only a match it cannot mistake.
    fn find_match(
        &self,
        day: Option<i64>,
        t1: &str,
        t2: &str,
        score: Option<[u32; 2]>,
        pens: Option<[u32; 2]>,
    ) -> Result<Option<i64>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, pen1, pen2, date_first, date_last FROM match
             WHERE team1 = ?1 AND team2 = ?2 AND score1 IS ?3 AND score2 IS ?4",
        )?;
        let rows = stmt.query_map(
            params![t1, t2, score.map(|s| s[0]), score.map(|s| s[1])],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, Option<u32>>(1)?.zip(r.get::<_, Option<u32>>(2)?),
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, Option<String>>(4)?,
                ))
            },
        )?;
        let mut best: Option<(i64, i64)> = None;
        let mut undated_candidates = Vec::new();
        for row in rows {
            let (id, their_pens, first, last) = row?;
            if pens.is_some() && their_pens.is_some() && pens != their_pens.map(|(x, y)| [x, y]) {
                continue;
            }
            let range = first
                .as_deref()
                .and_then(day_number)
                .zip(last.as_deref().and_then(day_number));
            let gap = match (day, range) {
                (Some(day), Some((f, l))) => distance(day, f, l),
                // One side has no date: compatible, but never preferred to a dated match.
                _ => i64::from(self.date_window),
            };
            if day.is_none() {
                undated_candidates.push(id);
            } else if gap <= i64::from(self.date_window) && best.is_none_or(|(_, g)| gap < g) {
                best = Some((id, gap));
            }
        }
        Ok(match (day, undated_candidates.as_slice()) {
            (None, [one]) => Some(*one),
            (None, _) => None,
            _ => best.map(|(id, _)| id),
        })
    }

    fn goals(
        &self,
        d: &mut Doc<'_, '_>,
        matches: &HashMap<String, i64>,
        tally: &mut BuildSummary,
    ) -> Result<()> {
        for (ordinal, g) in d.doc.goals.iter().enumerate() {
            let Some(scorer) = self.named(d, Label::Player, Some(&g.scorer))? else {
                tally.goals_unresolved += 1;
                continue;
            };
            let match_id = g.match_id.as_ref().and_then(|m| matches.get(m)).copied();
            let stated = self.named(d, Label::Club, g.team.as_deref())?;
            let inferred = match (&stated, match_id) {
                (None, Some(m)) => self.team_by_club(m, &scorer, g.kind)?,
                _ => None,
            };
            let method = if inferred.is_some() {
                "goal+refdata"
            } else {
                "goal"
            };
            let team = stated.or(inferred);
            let fallback = Self::first_spans(d, &[&scorer.id]);
            let ev = Evidence::of_record(d.doc, &d.ix, &g.extra, fallback);
            let reported = Reported {
                team: team.as_ref().map(|t| t.id.clone()),
                minute: g.minute,
                stoppage: g.stoppage,
                kind: g.kind,
            };
            let goal = match match_id {
                Some(m) => self.find_goal(&d.doc.id, m, &scorer.id, &reported)?,
                None => None,
            };
            let id = match goal {
                Some(id) => {
                    tally.goals_merged += 1;
                    self.reconcile(id, &reported)?;
                    id
                }
                None => {
                    tally.goals_new += 1;
                    self.conn
                        .prepare_cached(
                            "INSERT INTO goal (match_id, scorer, team, minute, stoppage, kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        )?
                        .execute(params![
                            match_id,
                            scorer.id,
                            reported.team,
                            g.minute,
                            g.stoppage,
                            g.kind.as_str()
                        ])?;
                    let id = self.conn.last_insert_rowid();
                    if let Some(m) = match_id {
                        self.near_minutes(&d.doc.id, id, m, &scorer.id, &reported)?;
                    }
                    id
                }
            };
            self.conn
                .prepare_cached(
                    "INSERT OR IGNORE INTO goal_source (doc_id, ordinal, goal_id, team, minute, stoppage, kind, spans, evidence, confidence)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                )?
                .execute(params![
                    d.doc.id,
                    ordinal,
                    id,
                    reported.team,
                    g.minute,
                    g.stoppage,
                    g.kind.as_str(),
                    ev.spans_json(),
                    ev.text,
                    ev.confidence
                ])?;
            if let (Some(team), true) = (&team, g.kind != GoalKind::OwnGoal) {
                self.relation("plays_for", &scorer, team, Some(d.doc), method, &ev)?;
            }
        }
        Ok(())
    }

    /// The team a goal counts for when the report does not say: the
    /// scorer's club in the reference data when it plays in this match (the
    /// other team for an own goal).
    fn team_by_club(
        &self,
        match_id: i64,
        scorer: &Resolved,
        kind: GoalKind,
    ) -> Result<Option<Resolved>> {
        let Some(club) = scorer
            .entry
            .and_then(|i| self.resolver.data.entries[i as usize].club.as_deref())
            .and_then(|c| self.resolver.entry(Kind::Club, c))
        else {
            return Ok(None);
        };
        let (t1, t2): (String, String) = self
            .conn
            .prepare_cached("SELECT team1, team2 FROM match WHERE id = ?1")?
            .query_row([match_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let other = if club.id == t1 {
            t2
        } else if club.id == t2 {
            t1
        } else {
            return Ok(None);
        };
        Ok(match kind {
            GoalKind::OwnGoal => split_entity_id(&other).and_then(|(k, id)| {
                self.resolver.entry(k, id).or_else(|| {
                    Some(Resolved {
                        id: other.clone(),
                        kind: k,
                        name: id.to_owned(),
                        entry: None,
                    })
                })
            }),
            _ => Some(club),
        })
    }

    /// The goal of this match and scorer the document reports again: same
    /// minute and stoppage, or one whose minute was unknown so far; a goal
    /// without a minute joins one this document has not reported yet. Never
    /// a goal this document already reported (a brace is two goals).
    fn find_goal(
        &self,
        doc_id: &str,
        match_id: i64,
        scorer: &str,
        g: &Reported,
    ) -> Result<Option<i64>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, minute, stoppage FROM goal g WHERE match_id = ?1 AND scorer = ?2
               AND NOT EXISTS (SELECT 1 FROM goal_source s WHERE s.goal_id = g.id AND s.doc_id = ?3)
             ORDER BY id",
        )?;
        let rows: Vec<(i64, Option<u32>, Option<u32>)> = stmt
            .query_map(params![match_id, scorer, doc_id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })?
            .collect::<Result<_>>()?;
        let same = rows
            .iter()
            .find(|(_, m, s)| g.minute.is_some() && *m == g.minute && *s == g.stoppage);
        let open = rows.iter().find(|(_, m, _)| m.is_none());
        let any = rows.first().filter(|_| g.minute.is_none());
        Ok(same.or(open).or(any).map(|(id, _, _)| *id))
    }

    /// A report joined to a goal: fills what the goal lacked, flags what
    /// the reports disagree on.
    fn reconcile(&self, id: i64, g: &Reported) -> Result<()> {
        let (team, minute, kind): (Option<String>, Option<u32>, String) = self
            .conn
            .prepare_cached("SELECT team, minute, kind FROM goal WHERE id = ?1")?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        if minute.is_none() && g.minute.is_some() {
            self.conn
                .prepare_cached("UPDATE goal SET minute = ?2, stoppage = ?3 WHERE id = ?1")?
                .execute(params![id, g.minute, g.stoppage])?;
        }
        match (&team, &g.team) {
            (None, Some(t)) => {
                self.conn
                    .prepare_cached("UPDATE goal SET team = ?2 WHERE id = ?1")?
                    .execute(params![id, t])?;
            }
            (Some(a), Some(b)) if a != b => self.flag(id, "team")?,
            _ => {}
        }
        if kind != g.kind.as_str() {
            self.flag(id, "kind")?;
        }
        Ok(())
    }

    /// A new goal a few minutes from a goal of the same match and scorer that
    /// other documents reported: perhaps one goal with two minutes. Both stay,
    /// linked and flagged.
    fn near_minutes(
        &self,
        doc_id: &str,
        id: i64,
        match_id: i64,
        scorer: &str,
        g: &Reported,
    ) -> Result<()> {
        let Some(minute) = g.minute else {
            return Ok(());
        };
        let at = i64::from(minute) + i64::from(g.stoppage.unwrap_or(0));
        let others: Vec<i64> = self
            .conn
            .prepare_cached(
                "SELECT id FROM goal g WHERE match_id = ?1 AND scorer = ?2 AND id != ?3 AND minute IS NOT NULL
                   AND abs(minute + coalesce(stoppage, 0) - ?4) <= ?5
                   AND NOT EXISTS (SELECT 1 FROM goal_source s WHERE s.goal_id = g.id AND s.doc_id = ?6)",
            )?
            .query_map(params![match_id, scorer, id, at, MINUTE_CONFLICT, doc_id], |r| r.get(0))?
            .collect::<Result<_>>()?;
        for other in others {
            for (a, b) in [(id, other), (other, id)] {
                self.conn
                    .prepare_cached("INSERT OR IGNORE INTO goal_conflict (goal_id, other_id, what) VALUES (?1, ?2, 'minute')")?
                    .execute(params![a, b])?;
                self.flag(a, "minute")?;
            }
        }
        Ok(())
    }

    fn flag(&self, id: i64, what: &str) -> Result<()> {
        let current: Option<String> = self
            .conn
            .prepare_cached("SELECT conflict FROM goal WHERE id = ?1")?
            .query_row([id], |r| r.get(0))?;
        let mut flags: Vec<&str> = current
            .as_deref()
            .map_or_else(Vec::new, |c| c.split(',').collect());
        if !flags.contains(&what) {
            flags.push(what);
            flags.sort_unstable();
            self.conn
                .prepare_cached("UPDATE goal SET conflict = ?2 WHERE id = ?1")?
                .execute(params![id, flags.join(",")])?;
        }
        Ok(())
    }

    /// Relations the document shows beyond goals: a person the reference
    /// data places at a club the same document names (player → club, coach →
    /// club); an unknown coach named right next to a club; a club's home
    /// stadium (from the reference data, and from the document when it
    /// names both).
    fn relations(&self, d: &Doc<'_, '_>) -> Result<()> {
        // First mention of each entity in the document, in text order.
        let mut first: BTreeMap<&str, (usize, &Resolved)> = BTreeMap::new();
        for (i, r) in d.res.mentions.iter().enumerate() {
            if let Some(r) = r {
                first.entry(r.id.as_str()).or_insert((i, r));
            }
        }
        let span = |i: usize| [d.doc.entities[i].start, d.doc.entities[i].end];
        let conf = |i: usize| mention_confidence(&d.doc.entities[i].extra);
        let both = |i: usize, j: usize| {
            let c = match (conf(i), conf(j)) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            Evidence::new(&d.ix, vec![span(i), span(j)], c)
        };
        for &(i, r) in first.values() {
            let Some(entry) = r.entry.map(|x| &self.resolver.data.entries[x as usize]) else {
                if r.kind == Kind::Coach {
                    if let Some((j, club)) = self.nearby_club(d, i) {
                        self.relation("coach_of", r, club, Some(d.doc), "nearby", &both(i, j))?;
                    }
                }
                continue;
            };
            let (rel, target) = match r.kind {
                Kind::Player => ("plays_for", entry.club.as_deref().map(|c| (Kind::Club, c))),
                Kind::Coach => ("coach_of", entry.club.as_deref().map(|c| (Kind::Club, c))),
                Kind::Club => (
                    "home_stadium",
                    entry.stadium.as_deref().map(|s| (Kind::Stadium, s)),
                ),
                _ => continue,
            };
            let Some(object) = target.and_then(|(k, id)| self.resolver.entry(k, id)) else {
                continue;
            };
            if let Some(&(j, _)) = first.get(object.id.as_str()) {
                self.relation(rel, r, &object, Some(d.doc), "refdata+text", &both(i, j))?;
            }
            if rel == "home_stadium" {
                self.entity(&object)?;
                self.relation(
                    rel,
                    r,
                    &object,
                    None,
                    "refdata",
                    &Evidence::new(&d.ix, Vec::new(), None),
                )?;
            }
        }
        Ok(())
    }

    /// The club mention nearest to mention `i`, within a few words.
    fn nearby_club<'r>(&self, d: &'r Doc<'_, '_>, i: usize) -> Option<(usize, &'r Resolved)> {
        const NEAR: usize = 40;
        let me = &d.doc.entities[i];
        d.doc
            .entities
            .iter()
            .zip(&d.res.mentions)
            .enumerate()
            .filter_map(|(j, (e, r))| {
                let r = r.as_ref().filter(|r| r.kind == Kind::Club)?;
                let gap = if e.end <= me.start {
                    me.start - e.end
                } else {
                    e.start.checked_sub(me.end)?
                };
                (gap <= NEAR).then_some((gap, j, r))
            })
            .min_by_key(|(gap, j, _)| (*gap, *j))
            .map(|(_, j, r)| (j, r))
    }

    fn relation(
        &self,
        kind: &str,
        subject: &Resolved,
        object: &Resolved,
        doc: Option<&Document>,
        method: &str,
        ev: &Evidence,
    ) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT OR IGNORE INTO relation (kind, subject, object) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![kind, subject.id, object.id])?;
        let id: i64 = self
            .conn
            .prepare_cached(
                "SELECT id FROM relation WHERE kind = ?1 AND subject = ?2 AND object = ?3",
            )?
            .query_row(params![kind, subject.id, object.id], |r| r.get(0))?;
        let doc_id = doc.map(|d| d.id.as_str());
        let seen: bool = self
            .conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM relation_source WHERE relation_id = ?1 AND doc_id IS ?2 AND method = ?3)",
            )?
            .query_row(params![id, doc_id, method], |r| r.get(0))?;
        if !seen {
            self.conn
                .prepare_cached(
                    "INSERT INTO relation_source (relation_id, doc_id, date, method, spans, evidence, confidence)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                )?
                .execute(params![
                    id,
                    doc_id,
                    doc.and_then(|d| d.date.as_deref()),
                    method,
                    ev.spans_json(),
                    ev.text,
                    ev.confidence
                ])?;
        }
        Ok(())
    }

    /// Takes a document's facts out again (before its new content goes in):
    /// its reports go, and so does every fact no other document reports.
    fn remove(&self, doc_id: &str) -> Result<()> {
        let ids = |sql: &str| -> Result<Vec<i64>> {
            self.conn
                .prepare_cached(sql)?
                .query_map([doc_id], |r| r.get(0))?
                .collect()
        };
        let matches = ids("SELECT DISTINCT match_id FROM match_source WHERE doc_id = ?1")?;
        let goals = ids("SELECT DISTINCT goal_id FROM goal_source WHERE doc_id = ?1")?;
        let relations = ids("SELECT DISTINCT relation_id FROM relation_source WHERE doc_id = ?1")?;
        for table in ["mention", "match_source", "goal_source", "relation_source"] {
            self.conn
                .execute(&format!("DELETE FROM {table} WHERE doc_id = ?1"), [doc_id])?;
        }
        for id in goals {
            if !self.has_source("goal_source", "goal_id", id)? {
                self.conn.execute(
                    "DELETE FROM goal_conflict WHERE goal_id = ?1 OR other_id = ?1",
                    [id],
                )?;
                self.conn.execute("DELETE FROM goal WHERE id = ?1", [id])?;
            }
        }
        for id in matches {
            if self.has_source("match_source", "match_id", id)? {
                self.conn.execute(
                    "UPDATE match SET
                       date_first = (SELECT min(d.date) FROM match_source s JOIN document d ON d.id = s.doc_id WHERE s.match_id = ?1),
                       date_last = (SELECT max(d.date) FROM match_source s JOIN document d ON d.id = s.doc_id WHERE s.match_id = ?1)
                     WHERE id = ?1",
                    [id],
                )?;
            } else {
                self.conn
                    .execute("UPDATE goal SET match_id = NULL WHERE match_id = ?1", [id])?;
                self.conn.execute("DELETE FROM match WHERE id = ?1", [id])?;
            }
        }
        for id in relations {
            if !self.has_source("relation_source", "relation_id", id)? {
                self.conn
                    .execute("DELETE FROM relation WHERE id = ?1", [id])?;
            }
        }
        self.conn
            .execute("DELETE FROM document WHERE id = ?1", [doc_id])?;
        Ok(())
    }

    fn has_source(&self, table: &str, column: &str, id: i64) -> Result<bool> {
        self.conn
            .prepare_cached(&format!(
                "SELECT EXISTS (SELECT 1 FROM {table} WHERE {column} = ?1)"
            ))?
            .query_row([id], |r| r.get(0))
    }
}

/// What one document says of a goal.
struct Reported {
    team: Option<String>,
    minute: Option<u32>,
    stoppage: Option<u32>,
    kind: GoalKind,
}

/// The base's preference among candidates: the entity with clearly the most
/// mentions so far (counted up to a cap, to stay cheap on large bases).
#[derive(Debug)]
struct BasePrior<'a> {
    conn: &'a Connection,
}

impl Prior for BasePrior<'_> {
    fn pick(&self, ids: &[String]) -> Option<usize> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT count(*) FROM (SELECT 1 FROM mention WHERE entity_id = ?1 LIMIT 1000)",
            )
            .ok()?;
        let counts: Vec<(usize, usize)> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| (stmt.query_row([id], |r| r.get(0)).unwrap_or(0), i))
            .collect();
        clear_winner(counts)
    }
}
