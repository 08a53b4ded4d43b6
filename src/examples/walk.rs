//! Where each field and rule of a form sits in an example document and in the
//! rule set: a field's data path (a list's first item stands for all) and its
//! JSON Pointer into the rule set, a rule's scope in the data and its pointer.

use super::build::{get, index, key, Path};
use crate::compile::escape_pointer_token as esc;
use crate::model::{Field, FieldKind, ObjectSchema, Rule};
use crate::value::Value;

/// A field, where its value goes, and where the rule set defines it.
pub struct PlacedField<'f> {
    pub field: &'f Field,
    pub path: Path,
    pub at: String,
}

/// A rule, the data path of its scope, and where the rule set defines it.
pub struct Placed<'f> {
    pub rule: &'f Rule,
    pub scope: Path,
    pub at: String,
}

/// Every field of the form, in form order; a list's item as its first item.
pub fn fields<'f>(root: &'f ObjectSchema) -> Vec<PlacedField<'f>> {
    let mut out = vec![];
    let mut stack: Vec<(&ObjectSchema, Path, String)> = vec![(root, vec![], String::new())];
    while let Some((schema, path, at)) = stack.pop() {
        let mut children = vec![];
        for f in &schema.fields {
            let (p, a) = (key(&path, &f.key), format!("{at}/fields/{}", esc(&f.key)));
            out.push(PlacedField {
                field: f,
                path: p.clone(),
                at: a.clone(),
            });
            let mut inner = (f, p, a);
            if let FieldKind::List { item, .. } = &f.kind {
                let (ip, ia) = (index(&inner.1, 0), format!("{}/item", inner.2));
                out.push(PlacedField {
                    field: item,
                    path: ip.clone(),
                    at: ia.clone(),
                });
                inner = (item, ip, ia);
            }
            if let FieldKind::Object(s) = &inner.0.kind {
                children.push((s, inner.1, inner.2));
            }
        }
        stack.extend(children.into_iter().rev());
    }
    out
}

/// Every rule of the form with each scope it has in `doc` (a list item's
/// rules once per item).
pub fn rules<'f>(root: &'f ObjectSchema, doc: &Value) -> Vec<Placed<'f>> {
    let mut out = vec![];
    let mut stack: Vec<(&ObjectSchema, Path, String)> = vec![(root, vec![], String::new())];
    while let Some((schema, path, at)) = stack.pop() {
        for (i, rule) in schema.rules.iter().enumerate() {
            out.push(Placed {
                rule,
                scope: path.clone(),
                at: format!("{at}/rules/{i}"),
            });
        }
        let mut children = vec![];
        for f in &schema.fields {
            let (p, a) = (key(&path, &f.key), format!("{at}/fields/{}", esc(&f.key)));
            match &f.kind {
                FieldKind::Object(s) => children.push((s, p, a)),
                FieldKind::List { item, .. } => {
                    if let (FieldKind::Object(s), Some(Value::Array(items))) =
                        (&item.kind, get(doc, &p))
                    {
                        for n in 0..items.len() {
                            children.push((s, index(&p, n), format!("{a}/item")));
                        }
                    }
                }
                _ => {}
            }
        }
        stack.extend(children.into_iter().rev());
    }
    out
}
