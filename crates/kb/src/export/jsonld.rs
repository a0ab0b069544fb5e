//! JSON-LD: the statements of `graph` as a flattened `@graph`, one node
//! object per subject, with a context that makes schema.org the default
//! vocabulary and `sl:` the scoreline terms.

use super::graph::{Node, Object, Statement, RDF_TYPE, SCHEMA, SL, XSD};
use serde_json::{json, Map, Value};
use std::collections::HashMap;

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

/// The document: `{"@context": …, "@graph": [node objects]}`, subjects in
/// the order they first appear.
pub fn document(statements: &[Statement]) -> Value {
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
    json!({
        "@context": context(),
        "@graph": nodes.into_iter().map(Value::Object).collect::<Vec<_>>()
    })
}
