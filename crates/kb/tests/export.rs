//! Every export parsed back: Turtle and N-Triples with oxttl, JSON-LD as
//! JSON with its context, CSV with the csv crate, native JSON with serde;
//! each says the same facts as the base.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{build, fixture, fresh, spec};
use oxrdf::{NamedNodeRef, NamedOrBlankNode, Term};
use oxttl::{NTriplesParser, TurtleParser};
use scoreline_kb::export::graph::{RDF_TYPE, SCHEMA, SL};
use scoreline_kb::export::snapshot::Snapshot;
use scoreline_kb::{Format, Kb, Target};
use serde_json::Value;

fn base() -> (tempfile::TempDir, Kb) {
    let (dir, mut kb) = fresh();
    build(&mut kb, spec(&[fixture("old-firm.jsonl")]));
    (dir, kb)
}

fn export(kb: &Kb, format: Format) -> Vec<u8> {
    let mut out = Vec::new();
    kb.export(format, Target::Stream(&mut out)).unwrap();
    out
}

fn of_type(triples: &[oxrdf::Triple], class: &str) -> usize {
    triples
        .iter()
        .filter(|t| {
            t.predicate.as_str() == RDF_TYPE
                && matches!(&t.object, Term::NamedNode(n) if n.as_str() == class)
        })
        .count()
}

fn counts(snap: &Snapshot) -> (usize, usize, usize, usize) {
    let sources = snap.matches.iter().map(|m| m.sources.len()).sum::<usize>()
        + snap.goals.iter().map(|g| g.sources.len()).sum::<usize>()
        + snap
            .relations
            .iter()
            .map(|r| r.sources.len())
            .sum::<usize>();
    (
        snap.matches.len(),
        snap.goals.len(),
        snap.relations.len(),
        sources,
    )
}

#[test]
fn turtle_and_ntriples_parse_back_to_the_same_triples() {
    let (_dir, kb) = base();
    let snap = kb.snapshot().unwrap();
    let (matches, goals, relations, sources) = counts(&snap);
    let ttl: Vec<_> = TurtleParser::new()
        .for_slice(&export(&kb, Format::Turtle))
        .collect::<Result<_, _>>()
        .unwrap();
    let nt: Vec<_> = NTriplesParser::new()
        .for_slice(&export(&kb, Format::NTriples))
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(nt.len(), ttl.len());
    let unique: std::collections::HashSet<_> = ttl.iter().map(ToString::to_string).collect();
    assert_eq!(unique.len(), ttl.len(), "no triple twice");
    assert_eq!(of_type(&ttl, &format!("{SCHEMA}SportsEvent")), matches);
    assert_eq!(of_type(&ttl, &format!("{SL}Goal")), goals);
    assert_eq!(of_type(&ttl, &format!("{SL}Observation")), relations);
    assert_eq!(of_type(&ttl, &format!("{SL}Evidence")), sources);
    assert_eq!(of_type(&ttl, &format!("{SCHEMA}SportsTeam")), 2);
    // Celtic Park, and Ibrox as the home of Rangers.
    assert_eq!(of_type(&ttl, &format!("{SCHEMA}StadiumOrArena")), 2);
    // The first derby: home and away team, both competitors, its venue.
    let event = |p: &str| {
        ttl.iter()
            .filter(|t| {
                matches!(&t.subject, NamedOrBlankNode::NamedNode(n) if n.as_str() == "urn:scoreline:match/1")
                    && t.predicate.as_ref() == NamedNodeRef::new_unchecked(&format!("{SCHEMA}{p}"))
            })
            .map(|t| t.object.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(event("homeTeam"), ["<urn:scoreline:club/celtic-fc>"]);
    assert_eq!(event("awayTeam"), ["<urn:scoreline:club/rangers-fc>"]);
    assert_eq!(event("competitor").len(), 2);
    assert_eq!(event("location"), ["<urn:scoreline:stadium/celtic-park>"]);
    assert_eq!(
        event("startDate"),
        ["\"2025-03-01\"^^<http://www.w3.org/2001/XMLSchema#date>"]
    );
}

#[test]
fn jsonld_has_the_context_and_a_node_per_fact() {
    let (_dir, kb) = base();
    let snap = kb.snapshot().unwrap();
    let (matches, goals, relations, sources) = counts(&snap);
    let doc: Value = serde_json::from_slice(&export(&kb, Format::JsonLd)).unwrap();
    assert_eq!(
        doc["@context"],
        serde_json::json!({
            "@vocab": "https://schema.org/",
            "schema": "https://schema.org/",
            "sl": "urn:scoreline:vocab:",
            "xsd": "http://www.w3.org/2001/XMLSchema#"
        })
    );
    let graph = doc["@graph"].as_array().unwrap();
    let typed = |t: &str| graph.iter().filter(|n| n["@type"] == t).count();
    assert_eq!(typed("SportsEvent"), matches);
    assert_eq!(typed("sl:Goal"), goals);
    assert_eq!(typed("sl:Observation"), relations);
    assert_eq!(typed("sl:Evidence"), sources);
    assert_eq!(typed("Person"), 10);
    // As many values as Turtle has triples.
    let triples = TurtleParser::new()
        .for_slice(&export(&kb, Format::Turtle))
        .count();
    let values: usize = graph
        .iter()
        .flat_map(|n| n.as_object().unwrap().iter())
        .filter(|(k, _)| k.as_str() != "@id")
        .map(|(_, v)| v.as_array().map_or(1, Vec::len))
        .sum();
    assert_eq!(values, triples);
    let event = graph
        .iter()
        .find(|n| n["@id"] == "urn:scoreline:match/1")
        .unwrap();
    assert_eq!(event["homeTeam"]["@id"], "urn:scoreline:club/celtic-fc");
    assert_eq!(event["sl:homeScore"], 3);
    assert_eq!(event["startDate"]["@value"], "2025-03-01");
    insta::assert_json_snapshot!(
        "jsonld_first_goal",
        graph.iter().find(|n| n["@type"] == "sl:Goal").unwrap()
    );
}

#[test]
fn csv_tables_and_native_json_count_the_same_facts() {
    let (dir, kb) = base();
    let snap = kb.snapshot().unwrap();
    let (matches, goals, relations, sources) = counts(&snap);
    let out = dir.path().join("csv");
    kb.export(Format::Csv, Target::Directory(&out)).unwrap();
    let rows = |name: &str| {
        csv::Reader::from_path(out.join(name))
            .unwrap()
            .records()
            .collect::<Result<Vec<_>, _>>()
            .unwrap()
    };
    assert_eq!(rows("matches.csv").len(), matches);
    assert_eq!(rows("goals.csv").len(), goals);
    assert_eq!(rows("relations.csv").len(), relations);
    assert_eq!(rows("sources.csv").len(), sources);
    assert_eq!(rows("documents.csv").len(), 4);
    assert_eq!(rows("entities.csv").len(), snap.entities.len());
    let first = &rows("matches.csv")[0];
    let cells: Vec<&str> = first.iter().skip(1).take(4).collect();
    assert_eq!(cells, ["club/celtic-fc", "club/rangers-fc", "3", "1"]);

    let json: Value = serde_json::from_slice(&export(&kb, Format::Json)).unwrap();
    assert_eq!(json["matches"].as_array().unwrap().len(), matches);
    assert_eq!(json["goals"].as_array().unwrap().len(), goals);
    assert_eq!(json["matches"][0]["sources"].as_array().unwrap().len(), 3);
    assert_eq!(json["schema"], scoreline_kb::SCHEMA_VERSION);
}

#[test]
fn the_native_json_export_is_stable() {
    let (_dir, kb) = base();
    let json: Value = serde_json::from_slice(&export(&kb, Format::Json)).unwrap();
    insta::assert_json_snapshot!("native_json_matches", json["matches"]);
}
