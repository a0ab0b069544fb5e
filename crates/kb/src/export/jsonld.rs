//! JSON-LD: the statements of `graph` as a flattened `@graph`, node objects
//! one a line (a subject may have more than one: processors merge them by
//! `@id`), with a context that makes schema.org the default
//! vocabulary and `sl:` the scoreline terms.

use super::graph::{Graph, Node, Object, Statement, RDF_TYPE, SCHEMA, SL, XSD};
use crate::error::KbError;
use crate::store::Kb;
use serde_json::{json, Map, Value};
use std::collections::HashMap;
use std::io::Write;

/// The `@context` every export carries.
pub fn context() -> Value {
    json!({
        "@vocab": SCHEMA,
        "schema": SCHEMA,
        "sl": SL,
        "xsd": XSD
    })
}

fn compact(iri: &str) -> String {
    if let Some(term) = iri.strip_prefix(SCHEMA) {
        term.to_owned()
    } else if let Some(term) = iri.strip_prefix(SL) {
        format!("sl:{term}")
    } else {
        iri.to_owned()
    }
}

fn id(node: &Node) -> String {
    match node {
        Node::Iri(i) => i.clone(),
        Node::Blank(b) => format!("_:{b}"),
    }
}

fn value(o: &Object) -> Value {
    match o {
        Object::Node(n) => json!({ "@id": id(n) }),
        Object::Str(s) => json!(s),
        Object::Int(i) => json!(i),
        Object::Decimal(d) => json!({ "@value": format!("{d:.3}"), "@type": "xsd:decimal" }),
        Object::Date(d) => json!({ "@value": d, "@type": "xsd:date" }),
    }
}

/// Node objects for statements grouped by subject, in their order.
pub fn nodes(statements: &[Statement]) -> Vec<Value> {
    let mut nodes: Vec<Map<String, Value>> = Vec::new();
    let mut at: HashMap<&Node, usize> = HashMap::new();
    for st in statements {
        let i = *at.entry(&st.subject).or_insert_with(|| {
            let mut m = Map::new();
            m.insert("@id".to_owned(), json!(id(&st.subject)));
            nodes.push(m);
            nodes.len() - 1
        });
        let (key, v) = match (&st.predicate, &st.object) {
            (p, Object::Node(Node::Iri(class))) if p == RDF_TYPE => {
                ("@type".to_owned(), json!(compact(class)))
            }
            (p, o) => (compact(p), value(o)),
        };
        let node = &mut nodes[i];
        match node.get_mut(&key) {
            None => {
                node.insert(key, v);
            }
            Some(Value::Array(list)) => list.push(v),
            Some(one) => {
                let first = one.take();
                *one = Value::Array(vec![first, v]);
            }
        }
    }
    nodes.into_iter().map(Value::Object).collect()
}

/// Writes `{"@context": …, "@graph": [ … ]}` with one node object a line,
/// fact by fact: memory stays flat however large the base.
pub fn write(kb: &Kb, out: &mut dyn Write) -> Result<(), KbError> {
    writeln!(out, "{{\"@context\": {},", context())?;
    out.write_all(b"\"@graph\": [\n")?;
    let mut graph = Graph::new();
    let mut first = true;
    kb.for_each_fact(&mut |fact| {
        for node in nodes(&graph.of(&fact)) {
            if !first {
                out.write_all(b",\n")?;
            }
            first = false;
            serde_json::to_writer(&mut *out, &node).map_err(std::io::Error::from)?;
        }
        Ok(())
    })?;
    out.write_all(b"\n]}\n")?;
    Ok(())
}
