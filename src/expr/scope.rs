//! The scope that `var` reads (a value, or the `current`/`accumulator` pair inside a
//! `reduce` body) and how a path is looked up in it; `missing` is a set of such
//! lookups. Lookups borrow from the data.

use super::coerce::to_js_string;
use super::tree::{segments, walk};
use crate::value::Value;
use std::borrow::Cow;

pub(crate) static NULL: Value = Value::Null;

/// What `var` reads: a value, or inside a `reduce` body the pair `current` and
/// `accumulator` (kept apart so that neither is copied for each item).
#[derive(Clone, Copy)]
pub(crate) enum Scope<'a> {
    Data(&'a Value),
    Reduce {
        current: &'a Value,
        accumulator: &'a Value,
    },
}

/// The scope of `var` and the root of `form`.
#[derive(Clone, Copy)]
pub(crate) struct Ctx<'a> {
    pub scope: Scope<'a>,
    pub root: &'a Value,
}

impl<'a> Ctx<'a> {
    pub(crate) fn with<'b>(self, scope: Scope<'b>) -> Ctx<'b>
    where
        'a: 'b,
    {
        Ctx {
            scope,
            root: self.root,
        }
    }
}

pub(crate) fn lookup<'a, 'p>(
    scope: Scope<'a>,
    path: impl IntoIterator<Item = &'p str>,
) -> Option<Cow<'a, Value>> {
    let mut path = path.into_iter();
    match scope {
        Scope::Data(v) => walk(v, path).map(Cow::Borrowed),
        Scope::Reduce {
            current,
            accumulator,
        } => match path.next() {
            None => Some(Cow::Owned(Value::Object(vec![
                ("current".to_owned(), super::budget::copy(current)),
                ("accumulator".to_owned(), super::budget::copy(accumulator)),
            ]))),
            Some("current") => walk(current, path).map(Cow::Borrowed),
            Some("accumulator") => walk(accumulator, path).map(Cow::Borrowed),
            Some(_) => None,
        },
    }
}

/// `var` with a path given as a value (computed, or a key of `missing`): `null` and
/// `""` are the whole scope; anything else is spelt as text and split at the dots
/// (so `[]`, spelt `""`, is the key `""`, as in json-logic-js).
pub(crate) fn lookup_value<'a>(scope: Scope<'a>, key: &Value) -> Option<Cow<'a, Value>> {
    match key {
        Value::Null => lookup(scope, None),
        Value::String(s) => lookup(scope, segments(s)),
        other => lookup(scope, to_js_string(other).split('.')),
    }
}

/// The keys (all values, or the items of a first value that is an array) whose
/// value is absent, `null` or `""`. A key that is itself a list is read as `var`
/// reads `[path, default]`.
pub(crate) fn missing(keys: &[&Value], scope: Scope<'_>) -> Value {
    let check = |key: &&Value| {
        let (path, default) = match key {
            Value::Array(items) => (items.first().unwrap_or(&NULL), items.get(1)),
            other => (*other, None),
        };
        is_blank(lookup_value(scope, path).as_deref().or(default))
    };
    Value::Array(match keys {
        [Value::Array(items), ..] => items
            .iter()
            .filter(check)
            .map(super::budget::copy)
            .collect(),
        _ => keys
            .iter()
            .copied()
            .filter(check)
            .map(super::budget::copy)
            .collect(),
    })
}

/// What `missing` counts as not there: absent, `null` or `""`.
fn is_blank(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => true,
        Some(Value::String(s)) => s.is_empty(),
        Some(_) => false,
    }
}
