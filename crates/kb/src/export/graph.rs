//! The base as statements (subject, predicate, object): one mapping that
//! JSON-LD, Turtle and N-Triples all serialise, so the three say the same.
//!
//! Vocabulary: schema.org for what it has words for (`SportsEvent` with
//! `homeTeam`, `awayTeam`, `competitor`, `location`, `startDate`;
//! `SportsTeam` with `athlete`, `coach`, `location`; `Person`;
//! `StadiumOrArena`; `NewsArticle`), and the small `sl:` vocabulary
//! (`urn:scoreline:vocab:`) documented in docs/kb-schema.md for goals,
//! minutes, scores, competitions, provenance and observed relations.

use super::snapshot::{Fact, Source};
use crate::ids::iri_segment;

pub const SCHEMA: &str = "https://schema.org/";
pub const SL: &str = "urn:scoreline:vocab:";
pub const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
/// Entities, matches, goals, relations and documents are named under this.
pub const BASE: &str = "urn:scoreline:";

/// A subject or an object that is a node.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Node {
    Iri(String),
    Blank(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Object {
    Node(Node),
    Str(String),
    Int(i64),
    /// A decimal written with three places (confidences).
    Decimal(f64),
    /// `xsd:date`.
    Date(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub subject: Node,
    /// Full IRI.
    pub predicate: String,
    pub object: Object,
}

pub fn entity_iri(id: &str) -> Node {
    Node::Iri(format!("{BASE}{id}"))
}

fn iri(kind: &str, id: impl std::fmt::Display) -> Node {
    Node::Iri(format!("{BASE}{kind}/{id}"))
}

pub fn document_iri(id: &str) -> Node {
    iri("document", iri_segment(id))
}

/// Turns facts into statements; blank node labels are unique across the
/// facts one `Graph` sees.
#[derive(Debug, Default)]
pub struct Graph {
    out: Vec<Statement>,
    blanks: usize,
}

impl Graph {
    pub fn new() -> Self {
        Graph::default()
    }

    fn say(&mut self, s: &Node, predicate: String, o: Object) {
        self.out.push(Statement {
            subject: s.clone(),
            predicate,
            object: o,
        });
    }
    fn a(&mut self, s: &Node, class: String) {
        self.say(s, RDF_TYPE.to_owned(), Object::Node(Node::Iri(class)));
    }
    fn schema(&mut self, s: &Node, p: &str, o: Object) {
        self.say(s, format!("{SCHEMA}{p}"), o);
    }
    fn sl(&mut self, s: &Node, p: &str, o: Object) {
        self.say(s, format!("{SL}{p}"), o);
    }
    fn blank(&mut self, prefix: &str) -> Node {
        self.blanks += 1;
        Node::Blank(format!("{prefix}{}", self.blanks))
    }

    /// `fact sl:evidence [ a sl:Evidence; sl:document …; sl:span [ sl:start; sl:end ] … ]`.
    fn evidence(&mut self, fact: &Node, sources: &[Source]) {
        for s in sources {
            let e = self.blank("e");
            self.sl(fact, "evidence", Object::Node(e.clone()));
            self.a(&e, format!("{SL}Evidence"));
            match &s.document {
                Some(d) => self.sl(&e, "document", Object::Node(document_iri(d))),
                None => self.sl(&e, "origin", Object::Str("refdata".to_owned())),
            }
            if let Some(m) = &s.method {
                self.sl(&e, "method", Object::Str(m.clone()));
            }
            if let Some(d) = &s.date {
                self.sl(&e, "date", Object::Date(d.clone()));
            }
            if let Some(c) = s.confidence {
                self.sl(&e, "confidence", Object::Decimal(c));
            }
            if !s.evidence.is_empty() {
                self.sl(&e, "text", Object::Str(s.evidence.clone()));
            }
            for [start, end] in &s.spans {
                let span = self.blank("s");
                self.sl(&e, "span", Object::Node(span.clone()));
                self.sl(&span, "start", Object::Int(*start as i64));
                self.sl(&span, "end", Object::Int(*end as i64));
            }
        }
    }
}

fn class_of(kind: &str) -> String {
    match kind {
        "club" => format!("{SCHEMA}SportsTeam"),
        "stadium" => format!("{SCHEMA}StadiumOrArena"),
        "competition" => format!("{SL}Competition"),
        _ => format!("{SCHEMA}Person"),
    }
}

impl Graph {
    /// The statements of one fact, grouped by subject (the fact's node
    /// first, then its evidence nodes), so that a writer can emit one node
    /// at a time.
    pub fn of(&mut self, fact: &Fact) -> Vec<Statement> {
        self.out.clear();
        let g = self;
        let node = |id: &str| Object::Node(entity_iri(id));
        match fact {
            Fact::Document(d) => {
                let s = document_iri(&d.id);
                g.a(&s, format!("{SCHEMA}NewsArticle"));
                g.schema(&s, "identifier", Object::Str(d.id.clone()));
                g.schema(&s, "inLanguage", Object::Str(d.lang.clone()));
                if let Some(date) = &d.date {
                    g.schema(&s, "datePublished", Object::Date(date.clone()));
                }
            }
            Fact::Entity(e) => {
                let s = entity_iri(&e.id);
                g.a(&s, class_of(&e.kind));
                if e.kind == "player" || e.kind == "coach" {
                    g.sl(&s, "role", Object::Str(e.kind.clone()));
                }
                g.schema(&s, "name", Object::Str(e.name.clone()));
                if e.refdata {
                    g.sl(&s, "refdataId", Object::Str(e.id.clone()));
                }
            }
            Fact::Match(m) => {
                let s = iri("match", m.id);
                g.a(&s, format!("{SCHEMA}SportsEvent"));
                let score = m
                    .score
                    .map_or_else(|| "–".to_owned(), |[a, b]| format!("{a}–{b}"));
                g.schema(
                    &s,
                    "name",
                    Object::Str(format!("{} {score} {}", m.home_name, m.away_name)),
                );
                g.schema(&s, "homeTeam", node(&m.home));
                g.schema(&s, "awayTeam", node(&m.away));
                g.schema(&s, "competitor", node(&m.home));
                g.schema(&s, "competitor", node(&m.away));
                if let Some([h, a]) = m.score {
                    g.sl(&s, "homeScore", Object::Int(h.into()));
                    g.sl(&s, "awayScore", Object::Int(a.into()));
                }
                if let Some([h, a]) = m.penalties {
                    g.sl(&s, "homePenalties", Object::Int(h.into()));
                    g.sl(&s, "awayPenalties", Object::Int(a.into()));
                }
                if let Some(c) = &m.competition {
                    g.sl(&s, "competition", node(c));
                }
                if let Some(v) = &m.venue {
                    g.schema(&s, "location", node(v));
                }
                if let Some(d) = &m.date_first {
                    g.schema(&s, "startDate", Object::Date(d.clone()));
                }
                if let Some(d) = &m.date_last {
                    g.sl(&s, "lastReported", Object::Date(d.clone()));
                }
                g.evidence(&s, &m.sources);
            }
            Fact::Goal(goal) => {
                let s = iri("goal", goal.id);
                g.a(&s, format!("{SL}Goal"));
                if let Some(m) = goal.match_id {
                    g.sl(&s, "match", Object::Node(iri("match", m)));
                }
                g.sl(&s, "scorer", node(&goal.scorer));
                if let Some(t) = &goal.team {
                    g.sl(&s, "team", node(t));
                }
                if let Some(minute) = goal.minute {
                    g.sl(&s, "minute", Object::Int(minute.into()));
                }
                if let Some(st) = goal.stoppage {
                    g.sl(&s, "stoppage", Object::Int(st.into()));
                }
                g.sl(&s, "goalKind", Object::Str(goal.kind.clone()));
                for c in &goal.conflict {
                    g.sl(&s, "conflict", Object::Str(c.clone()));
                }
                for other in &goal.conflicts_with {
                    g.sl(&s, "conflictsWith", Object::Node(iri("goal", other)));
                }
                g.evidence(&s, &goal.sources);
            }
            Fact::Relation(r) => {
                // The observation with its evidence, and the plain statement
                // for users of schema.org.
                let s = iri("relation", r.id);
                g.a(&s, format!("{SL}Observation"));
                g.sl(&s, "relation", Object::Str(r.kind.clone()));
                g.sl(&s, "subject", node(&r.subject));
                g.sl(&s, "object", node(&r.object));
                g.evidence(&s, &r.sources);
                let (subject, predicate, object) = match r.kind.as_str() {
                    "plays_for" => (&r.object, "athlete", &r.subject),
                    "coach_of" => (&r.object, "coach", &r.subject),
                    _ => (&r.subject, "location", &r.object),
                };
                g.schema(&entity_iri(subject), predicate, node(object));
            }
        }
        grouped(std::mem::take(&mut g.out))
    }
}

/// Statements ordered by the first appearance of their subject, the order
/// within a subject kept.
fn grouped(statements: Vec<Statement>) -> Vec<Statement> {
    let mut order: Vec<&Node> = Vec::new();
    for st in &statements {
        if !order.contains(&&st.subject) {
            order.push(&st.subject);
        }
    }
    let rank: Vec<usize> = statements
        .iter()
        .map(|st| order.iter().position(|n| *n == &st.subject).unwrap_or(0))
        .collect();
    let mut indexed: Vec<(usize, Statement)> = rank.into_iter().zip(statements).collect();
    indexed.sort_by_key(|(r, _)| *r);
    indexed.into_iter().map(|(_, st)| st).collect()
}
