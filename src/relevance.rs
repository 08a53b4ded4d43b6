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

use crate::compile::Form;
use crate::model::{Field, FieldKind, ObjectSchema};
use crate::validate::{pointer, PathSeg, Run, EMPTY_OBJECT};
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

impl Form {
    /// Every conditional field of the form at each place it has in `data`, and
    /// whether it is relevant now (see the module documentation).
    pub fn relevance(&self, data: &Value) -> Vec<Relevance> {
        let run = Run::new(self, data, Options::default());
        let mut out = Vec::new();
        let mut path = Vec::new();
        let root = object_or_empty(Some(data));
        visit(&run, self.fields(), root, true, &mut path, &mut out);
        out
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
    out: &mut Vec<Relevance>,
) {
    for field in &schema.fields {
        path.push(PathSeg::Key(Cow::Borrowed(field.key.as_str())));
        let own = own_relevance(run, field, schema, scope);
        let here = relevant && own.unwrap_or(true);
        if own.is_some() {
            out.push(Relevance {
                path: pointer(path),
                relevant: here,
            });
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
