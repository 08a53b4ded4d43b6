//! The parsed expression tree, and the dotted paths that `var`, `form`, `missing`
//! and `sum` read: how a path is split, and how it is followed into a value.

use super::ops::Op;
use crate::value::Value;

/// A node of the expression tree.
#[derive(Debug, Clone)]
pub(crate) enum Node {
    /// A value that needs no evaluation (also arrays without operations in them).
    Lit(Value),
    /// An array with operations in it: evaluated item by item.
    List(Vec<Node>),
    /// `var`: a path relative to the scope, and the value when it is absent.
    Var {
        path: Path,
        default: Option<Box<Node>>,
    },
    /// `form`: a literal path from the root of the form.
    Form {
        path: Vec<String>,
        default: Option<Box<Node>>,
    },
    Call {
        op: Op,
        args: Vec<Node>,
    },
}

/// The path of a `var`: written out (split at the dots) or computed.
#[derive(Debug, Clone)]
pub(crate) enum Path {
    Static(Vec<String>),
    Dynamic(Box<Node>),
}

/// Splits a dotted path; the empty path (the whole scope) has no segments.
pub(crate) fn segments(path: &str) -> impl Iterator<Item = &str> {
    (!path.is_empty())
        .then(|| path.split('.'))
        .into_iter()
        .flatten()
}

/// The value at a path inside `v`: object members by key, array items by index.
/// `None` when a step is missing (a `null` at the end is found, as in JsonLogic).
pub(crate) fn walk<'v, 'p>(
    mut v: &'v Value,
    path: impl IntoIterator<Item = &'p str>,
) -> Option<&'v Value> {
    for key in path {
        v = match v {
            Value::Object(_) => v.get(key)?,
            Value::Array(items) => items.get(array_index(key)?)?,
            _ => return None,
        };
    }
    Some(v)
}

/// A canonical array index ("0", "12"; not "01" or "+1").
fn array_index(key: &str) -> Option<usize> {
    let canonical = !key.is_empty()
        && key.bytes().all(|b| b.is_ascii_digit())
        && (key == "0" || !key.starts_with('0'));
    canonical.then(|| key.parse().ok()).flatten()
}
