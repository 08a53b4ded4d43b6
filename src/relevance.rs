//! Which conditional fields are relevant now: what a page shows and hides,
//! from the conditions the rule set already has (`requiredWhen`,
//! `forbiddenWhen`), so a page needs no condition language of its own.
//!
//! The definition, for a field at one place in the data:
//!
//! - a field with neither condition is *unconditional*: it is not listed, and
//!   is relevant whenever the object or list item it sits in is;
//! - a *conditional* field (one with `requiredWhen`, `forbiddenWhen` or both)
//!   is relevant when the part it sits in is relevant, its `forbiddenWhen`
//!   does not hold, and its `requiredWhen` (if it has one) is not known to be
//!   false. A condition is evaluated exactly as validation evaluates it
//!   (`validate::Run::condition`, the same scope and references); a condition
//!   one of whose inputs is not a valid value (a date being typed, a number
//!   with a letter in it) is *undecided* and hides nothing, so a typo in a
//!   question never makes the part below it vanish with what was typed there;
//! - the field's own value plays no part: an answered question that is then
//!   changed hides its part even when the part was filled in.
//!
//! Every conditional field is listed at each place it can have: inside
//! objects (present or not: an absent object is read as `{}`) and inside every
//! item of a list of objects that the data has. Fields inside a part that is
//! not relevant are listed as not relevant. The list is in form order, as
//! pointers in the same spelling as report paths. A report is not changed by
//! any of this: relevance is asked for separately.

use crate::form::Form;
use crate::model::{Field, FieldKind, ObjectSchema};
use crate::validate::{owned_seg, pointer, PathSeg, Run, EMPTY_OBJECT};
use crate::value::Value;
use crate::Options;
use std::borrow::Cow;

/// One conditional field at one place in the data.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Relevance {
    /// A JSON Pointer into the data (`/pilots/0/exemptions`).
    pub path: String,
    /// Whether the field is relevant (shown) now.
    pub relevant: bool,
}

/// Every conditional field of the form at each place it has in `data`, and
/// whether it is relevant now (see the module documentation).
pub(crate) fn relevance(form: &Form, data: &Value) -> Vec<Relevance> {
    let run = Run::new(form, data, Options::default());
    places(&run, form.fields(), data)
        .into_iter()
        .map(|(path, relevant)| Relevance {
            path: pointer(&path),
            relevant,
        })
        .collect()
}

/// Take out the values of the fields that are not relevant, as a page
/// that hides their parts leaves them out of what it submits (the drop-in,
/// and a form post answered by `serve`). Taking one out can hide another
/// part, so this goes on until nothing more goes, as the drop-in shows and
/// hides parts until nothing changes; each round takes out at least one
/// value, so it ends. Returns the pointers of the values taken out.
pub(crate) fn leave_out_hidden(form: &Form, data: &mut Value) -> Vec<String> {
    let mut gone = Vec::new();
    loop {
        let hidden: Vec<Vec<PathSeg<'static>>> = {
            let run = Run::new(form, data, Options::default());
            places(&run, form.fields(), data)
                .into_iter()
                .filter(|(path, relevant)| {
                    !relevant && crate::validate::lookup(data, path).is_some()
                })
                .map(|(path, _)| path.into_iter().map(owned_seg).collect())
                .collect()
        };
        let before = gone.len();
        for path in &hidden {
            if take_out(data, path) {
                gone.push(pointer(path));
            }
        }
        if gone.len() == before {
            return gone;
        }
    }
}

/// Every conditional field at each place it has, and whether it is relevant.
fn places<'a>(
    run: &Run<'a>,
    fields: &'a ObjectSchema,
    data: &'a Value,
) -> Vec<(Vec<PathSeg<'a>>, bool)> {
    let mut out = Vec::new();
    let mut path = Vec::new();
    visit(
        run,
        fields,
        object_or_empty(Some(data)),
        true,
        &mut path,
        &mut out,
    );
    out
}

/// Remove the member a path names (its last step is a field's key).
fn take_out(data: &mut Value, path: &[PathSeg<'_>]) -> bool {
    let Some((PathSeg::Key(last), parents)) = path.split_last() else {
        return false;
    };
    let mut at = data;
    for seg in parents {
        let next = match (at, seg) {
            (Value::Object(members), PathSeg::Key(k)) => {
                members.iter_mut().find(|(m, _)| m == k).map(|(_, v)| v)
            }
            (Value::Array(items), PathSeg::Index(i)) => items.get_mut(*i),
            _ => None,
        };
        let Some(next) = next else { return false };
        at = next;
    }
    match at {
        Value::Object(members) => match members.iter().position(|(m, _)| m == last) {
            Some(i) => {
                members.remove(i);
                true
            }
            None => false,
        },
        _ => false,
    }
}

/// The fields of one object (at `path`, read from `scope`) and everything inside
/// them. The walk follows the form's own fields, so it recurses no deeper than the
/// form nests (as the validation walk does), however deep the data is.
fn visit<'a>(
    run: &Run<'a>,
    schema: &'a ObjectSchema,
    scope: &'a Value,
    relevant: bool,
    path: &mut Vec<PathSeg<'a>>,
    out: &mut Vec<(Vec<PathSeg<'a>>, bool)>,
) {
    for field in &schema.fields {
        path.push(PathSeg::Key(Cow::Borrowed(field.key.as_str())));
        let own = own_relevance(run, field, schema, scope);
        let here = relevant && own.unwrap_or(true);
        if own.is_some() {
            out.push((path.clone(), here));
        }
        let value = scope.get(&field.key);
        match (&field.kind, value) {
            (FieldKind::Object(inner), _) => {
                visit(run, inner, object_or_empty(value), here, path, out);
            }
            (FieldKind::List { item, .. }, Some(Value::Array(items))) => {
                if let FieldKind::Object(inner) = &item.kind {
                    for (i, item) in items.iter().enumerate() {
                        path.push(PathSeg::Index(i));
                        visit(run, inner, object_or_empty(Some(item)), here, path, out);
                        path.pop();
                    }
                }
            }
            _ => {}
        }
        path.pop();
    }
}

/// An object value as it is, anything else (absent, `null`, a wrong type) as `{}`.
fn object_or_empty(v: Option<&Value>) -> &Value {
    match v {
        Some(v @ Value::Object(_)) => v,
        _ => &EMPTY_OBJECT,
    }
}

/// A field's own relevance: `None` for an unconditional field.
fn own_relevance<'a>(
    run: &Run<'a>,
    field: &'a Field,
    schema: &'a ObjectSchema,
    scope: &'a Value,
) -> Option<bool> {
    if field.required_when.is_none() && field.forbidden_when.is_none() {
        return None;
    }
    let holds = |c| run.condition(c, schema, scope);
    let forbidden = field.forbidden_when.as_ref().map(holds) == Some(Some(true));
    let not_required = field.required_when.as_ref().map(holds) == Some(Some(false));
    Some(!forbidden && !not_required)
}

#[cfg(test)]
#[path = "relevance_tests.rs"]
mod tests;
