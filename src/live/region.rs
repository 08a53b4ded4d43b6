//! Which part of the field tree one edit makes the walk check again.
//!
//! Setting `/pilots/0/title` changes the value of that field and nothing else,
//! so checking that one field again is enough, unless the edit changes how
//! the walk treats a field or item above it: an object that becomes filled in
//! (or empty), a list that gets longer or shorter, a value that changes type,
//! or an item of a list whose items must be unique (another item may now be,
//! or no longer be, a repeat of it). Then the part to check starts at the
//! highest such field. [`Sig`] is what the walk's treatment depends on.

use crate::model::{FieldKind, ObjectSchema};
use crate::validate::{is_filled, step, PathSeg};
use crate::value::Value;

/// What the walk decides on from a value itself: its type, whether it is
/// filled in, and a list's length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sig {
    kind: u8,
    filled: bool,
    len: usize,
}

fn sig(v: Option<&Value>) -> Sig {
    let (kind, len) = match v {
        None => (0, 0),
        Some(Value::Null) => (1, 0),
        Some(Value::Bool(_)) => (2, 0),
        Some(Value::Number(_)) => (3, 0),
        Some(Value::String(_)) => (4, 0),
        Some(Value::Array(items)) => (5, items.len()),
        Some(Value::Object(_)) => (6, 0),
    };
    Sig {
        kind,
        filled: v.is_some_and(is_filled),
        len,
    }
}

/// The signature of the value at every step of `path` (not the root).
pub fn signatures(data: &Value, path: &[PathSeg<'_>]) -> Vec<Sig> {
    let mut at = Some(data);
    path.iter()
        .map(|seg| {
            at = at.and_then(|v| step(v, seg));
            sig(at)
        })
        .collect()
}

/// How long the path of the part to check again is, given which steps of the
/// edited path changed their signature; `None` when the edit is not inside any
/// field of the form (a key the form does not define): then the whole form.
pub fn region(root: &ObjectSchema, path: &[PathSeg<'_>], changed: &[bool]) -> Option<usize> {
    enum In<'s> {
        Object(&'s ObjectSchema),
        List(&'s crate::model::Field, bool),
        Leaf,
    }
    let mut inside = In::Object(root);
    let mut deepest = 0;
    let mut limit = usize::MAX;
    for (n, seg) in path.iter().enumerate() {
        let len = n + 1;
        let moved = changed.get(n).copied().unwrap_or(true);
        let field = match (&inside, seg) {
            (In::Object(s), PathSeg::Key(k)) => match s.field(k) {
                Some((_, f)) => f,
                None => break,
            },
            (In::List(item, unique), PathSeg::Index(_)) => {
                if *unique {
                    limit = limit.min(len - 1);
                }
                item
            }
            _ => break,
        };
        deepest = len;
        if moved {
            limit = limit.min(len);
        }
        inside = match &field.kind {
            FieldKind::Object(s) => In::Object(s),
            FieldKind::List { item, items } => In::List(item, items.unique),
            _ => In::Leaf,
        };
    }
    (deepest > 0).then_some(deepest.min(limit))
}
