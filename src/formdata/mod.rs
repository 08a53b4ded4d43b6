//! From a form's named controls to the typed document the engine checks: the
//! one conversion behind the drop-in (through WebAssembly) and behind form
//! posts to `skjemasjekk serve` (`application/x-www-form-urlencoded`,
//! `multipart/form-data`), so the same form state gives the same document, and
//! the same report, in the browser and on the server.
//!
//! The input is what a browser submits: `(name, value)` pairs in document
//! order, a name repeated for check boxes and multi-selects. Each name is a path
//! (`names`: JSON Pointer or dotted), and the field it names says what its text
//! becomes (`text`):
//! - a plain field takes its first value, typed (`120 000` → 120000, `2,5` →
//!   2.5, `true`); an empty value is no answer and leaves the field out;
//! - a multi-choice field or a list of plain values without an index
//!   (`sectors`) takes every non-empty value, as text, in order;
//! - an item of a list of plain values (`involvement.unions[0]`) that is empty
//!   is `null`, so the row stays;
//! - a name inside a list row makes that row exist (`{}`), filled in or not;
//! - line breaks are `\n`, as the page has them (a browser posts `\r\n`).
//!
//! Names that are no path, or name no field that holds a value (an object, a
//! list of rows, a key the form lacks), are left out and listed in
//! [`FormDocument::ignored`]: a real form also posts buttons and tokens. What
//! would make the document unreasonably large (an index beyond
//! [`MAX_INDEX`], too many skipped rows) refuses the whole post.

mod build;
mod names;
mod text;

pub use build::{MAX_GAPS, MAX_INDEX};
pub use names::{field_at, parse_name, pointer, Seg};
pub use text::{lines, typed};

use crate::hash::HashMap;
use crate::model::{FieldKind, ObjectSchema};
use crate::value::Value;
use build::Builder;

/// The typed document, and the names that were left out.
#[derive(Debug, Clone, PartialEq)]
pub struct FormDocument {
    pub data: Value,
    pub ignored: Vec<NameError>,
}

/// A name left out of the document, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NameError {
    #[error("the name \"{name}\" is not a path (a JSON Pointer or a dotted name like a.b[0].c)")]
    NotAPath { name: String },
    #[error("the name \"{name}\" names no field of the form")]
    NoField { name: String },
    #[error("the name \"{name}\" names a group of fields, not one value")]
    NotAValue { name: String },
}

impl NameError {
    /// A stable code for why (`not_a_path`, `no_field`, `not_a_value`).
    pub fn reason(&self) -> &'static str {
        match self {
            NameError::NotAPath { .. } => "not_a_path",
            NameError::NoField { .. } => "no_field",
            NameError::NotAValue { .. } => "not_a_value",
        }
    }

    /// The name that was left out.
    pub fn name(&self) -> &str {
        match self {
            NameError::NotAPath { name }
            | NameError::NoField { name }
            | NameError::NotAValue { name } => name,
        }
    }
}

/// Why a post cannot become a document at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormDataError {
    #[error("the name \"{name}\" uses list index {index}; the largest allowed is {max}")]
    IndexTooLarge {
        name: String,
        index: usize,
        max: usize,
    },
    #[error("the name \"{name}\" skips list rows beyond the {max} a post may leave out")]
    TooManyGaps { name: String, max: usize },
    #[error("the name \"{name}\" cannot be placed in the document")]
    NotAPlace { name: String },
}

impl FormDataError {
    /// A stable code for the refusal (`index_too_large`, `too_many_gaps`, `not_a_place`).
    pub fn code(&self) -> &'static str {
        match self {
            FormDataError::IndexTooLarge { .. } => "index_too_large",
            FormDataError::TooManyGaps { .. } => "too_many_gaps",
            FormDataError::NotAPlace { .. } => "not_a_place",
        }
    }

    /// The name that was refused.
    pub fn name(&self) -> &str {
        match self {
            FormDataError::IndexTooLarge { name, .. }
            | FormDataError::TooManyGaps { name, .. }
            | FormDataError::NotAPlace { name } => name,
        }
    }
}

/// How a field takes its values: the first one, typed, or all of them.
enum Takes<'f> {
    One(&'f FieldKind),
    All,
}

/// The values posted for one field, in the order its name first appeared.
struct Group<'a, 'f> {
    name: &'a str,
    segs: Vec<Seg>,
    takes: Takes<'f>,
    values: Vec<&'a str>,
}

/// The typed document for the posted `(name, value)` pairs of a form.
pub fn to_document<'a, I>(form: &ObjectSchema, pairs: I) -> Result<FormDocument, FormDataError>
where
    I: IntoIterator<Item = (&'a str, &'a str)>,
{
    let mut ignored = Vec::new();
    let mut groups: Vec<Group> = Vec::new();
    let mut by_pointer: HashMap<String, usize> = HashMap::default();
    for (name, value) in pairs {
        let Some(segs) = parse_name(name) else {
            ignored.push(NameError::NotAPath {
                name: name.to_owned(),
            });
            continue;
        };
        let takes = match field_at(form, &segs).map(|f| &f.kind) {
            None => {
                ignored.push(NameError::NoField {
                    name: name.to_owned(),
                });
                continue;
            }
            Some(FieldKind::Object(_)) => None,
            Some(FieldKind::List { item, .. }) if matches!(item.kind, FieldKind::Object(_)) => None,
            Some(FieldKind::List { .. } | FieldKind::MultiEnum { .. }) => Some(Takes::All),
            Some(kind) => Some(Takes::One(kind)),
        };
        let Some(takes) = takes else {
            ignored.push(NameError::NotAValue {
                name: name.to_owned(),
            });
            continue;
        };
        let key = pointer(&segs);
        match by_pointer.get(&key).and_then(|&i| groups.get_mut(i)) {
            Some(group) => group.values.push(value),
            None => {
                by_pointer.insert(key, groups.len());
                groups.push(Group {
                    name,
                    segs,
                    takes,
                    values: vec![value],
                });
            }
        }
    }
    let mut doc = Builder::new();
    for group in &groups {
        place(&mut doc, group)?;
    }
    Ok(FormDocument {
        data: doc.data,
        ignored,
    })
}

/// Puts one field's value into the document, or the row it stands in.
fn place(doc: &mut Builder, group: &Group) -> Result<(), FormDataError> {
    let value = match group.takes {
        Takes::One(kind) => group
            .values
            .first()
            .and_then(|raw| typed(kind, &lines(raw))),
        Takes::All => {
            let items: Vec<Value> = group
                .values
                .iter()
                .filter(|v| !v.is_empty())
                .map(|v| Value::String(lines(v).into_owned()))
                .collect();
            (!items.is_empty()).then_some(Value::Array(items))
        }
    };
    let last_is_index = matches!(group.segs.last(), Some(Seg::Index(_)));
    match value {
        Some(value) => doc.put(group.name, &group.segs, value),
        None if last_is_index => doc.put(group.name, &group.segs, Value::Null),
        None => match group.segs.iter().rposition(|s| matches!(s, Seg::Index(_))) {
            Some(row) => doc.ensure_row(group.name, group.segs.get(..=row).unwrap_or(&[])),
            None => Ok(()),
        },
    }
}

#[cfg(test)]
mod tests;
