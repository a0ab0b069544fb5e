//! Turtle and N-Triples of the statements of `graph`, through oxrdf/oxttl,
//! streamed fact by fact.

use super::graph::{Graph, Node, Object, Statement, SCHEMA, SL, XSD};
use crate::error::KbError;
use crate::store::Kb;
use oxrdf::{BlankNode, Literal, NamedNode, NamedOrBlankNode, Term, Triple};
use oxttl::{NTriplesSerializer, TurtleSerializer};
use std::io::Write;

fn named(iri: &str) -> Result<NamedNode, KbError> {
    NamedNode::new(iri).map_err(|e| KbError::Export(format!("invalid IRI {iri:?}: {e}")))
}

fn subject(n: &Node) -> Result<NamedOrBlankNode, KbError> {
    Ok(match n {
        Node::Iri(i) => named(i)?.into(),
        Node::Blank(b) => BlankNode::new_unchecked(b.clone()).into(),
    })
}

fn typed(value: String, datatype: &str) -> Result<Term, KbError> {
    Ok(Literal::new_typed_literal(value, named(&format!("{XSD}{datatype}"))?).into())
}

fn triple(st: &Statement) -> Result<Triple, KbError> {
    let object: Term = match &st.object {
        Object::Node(n) => match subject(n)? {
            NamedOrBlankNode::NamedNode(n) => n.into(),
            NamedOrBlankNode::BlankNode(b) => b.into(),
        },
        Object::Str(s) => Literal::new_simple_literal(s.clone()).into(),
        Object::Int(i) => typed(i.to_string(), "integer")?,
        Object::Decimal(d) => typed(format!("{d:.3}"), "decimal")?,
        Object::Date(d) => typed(d.clone(), "date")?,
    };
    Ok(Triple::new(
        subject(&st.subject)?,
        named(&st.predicate)?,
        object,
    ))
}

/// Every triple of the base, fact by fact.
fn each_triple(kb: &Kb, mut f: impl FnMut(&Triple) -> std::io::Result<()>) -> Result<(), KbError> {
    let mut graph = Graph::new();
    kb.for_each_fact(&mut |fact| {
        for st in graph.of(&fact) {
            f(&triple(&st)?)?;
        }
        Ok(())
    })
}

pub fn turtle(kb: &Kb, out: &mut dyn Write) -> Result<(), KbError> {
    let prefix = |e: oxrdf::IriParseError| KbError::Export(format!("invalid prefix: {e}"));
    let mut ser = TurtleSerializer::new()
        .with_prefix("schema", SCHEMA)
        .map_err(prefix)?
        .with_prefix("sl", SL)
        .map_err(prefix)?
        .with_prefix("xsd", XSD)
        .map_err(prefix)?
        .for_writer(out);
    each_triple(kb, |t| ser.serialize_triple(t))?;
    ser.finish()?;
    Ok(())
}

pub fn ntriples(kb: &Kb, out: &mut dyn Write) -> Result<(), KbError> {
    let mut ser = NTriplesSerializer::new().for_writer(out);
    each_triple(kb, |t| ser.serialize_triple(t))?;
    ser.finish();
    Ok(())
}
