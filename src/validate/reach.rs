//! Where a data path stands in the walk, for checking one part of a form again.
//!
//! The live form re-checks only the fields a change can affect. To check the
//! field or list item at a path as the whole walk would, it needs what the walk
//! hands that field (its schema, the object around it) and whether the walk
//! gets there at all: a forbidden part, an unneeded empty object or an item
//! that repeats an earlier one is not looked into. These functions follow a
//! path down with the walk's own decisions (`walk.rs`, `constraints.rs`), so
//! the two cannot disagree.

use super::constraints::{item_decision, ItemDecision};
use super::unique::Repeats;
use super::walk::Decision;
use super::{Deferred, PathSeg, Run, EMPTY_OBJECT};
use crate::model::{Field, FieldKind, ObjectSchema};
use crate::value::Value;

/// A field or a list item, with what the walk checks it with.
#[derive(Clone, Copy)]
pub(super) enum Spot<'a> {
    Field {
        field: &'a Field,
        raw: Option<&'a Value>,
        schema: &'a ObjectSchema,
        scope: &'a Value,
    },
    Item {
        item: &'a Field,
        value: &'a Value,
        repeat: Option<usize>,
    },
}

/// What the walk is inside of: an object it checks field by field, or a list
/// it checks item by item.
#[derive(Clone, Copy)]
enum Inside<'a> {
    Object(&'a ObjectSchema, &'a Value),
    List(&'a Field, &'a [Value], bool),
}

impl<'a> Run<'a> {
    /// The field or list item at `path`, if the walk reaches it.
    pub(super) fn reach(&self, path: &[PathSeg<'_>]) -> Option<Spot<'a>> {
        let (last, parents) = path.split_last()?;
        let inside = self.inside_at(parents)?;
        self.spot(inside, last)
    }

    /// The object whose fields the walk checks at `path` (`[]`: the form
    /// itself), with its schema: where the rules of that object run.
    fn object_at(&self, path: &[PathSeg<'_>]) -> Option<(&'a ObjectSchema, &'a Value)> {
        match self.inside_at(path)? {
            Inside::Object(schema, value) => Some((schema, value)),
            Inside::List(..) => None,
        }
    }

    /// Check the field or item at `path` as the whole walk would (its rules
    /// are deferred). Nothing happens when the walk does not get there.
    pub(crate) fn walk_at(&mut self, path: &[PathSeg<'a>]) {
        let Some(spot) = self.reach(path) else {
            return;
        };
        self.path.clear();
        self.path.extend_from_slice(path);
        match spot {
            Spot::Field {
                field,
                raw,
                schema,
                scope,
            } => self.field(field, raw, schema, scope),
            Spot::Item {
                item,
                value,
                repeat,
            } => self.item(item, value, repeat),
        }
        self.path.clear();
    }

    /// The rule `index` of the object at `path`, ready to run, if the walk
    /// checks that object.
    pub(crate) fn deferred_at(&self, path: &[PathSeg<'a>], index: usize) -> Option<Deferred<'a>> {
        let (schema, scope) = self.object_at(path)?;
        Some(Deferred {
            rule: schema.rules.get(index)?,
            schema,
            scope,
            path: path.into(),
        })
    }

    fn inside_at(&self, path: &[PathSeg<'_>]) -> Option<Inside<'a>> {
        let root = self.root;
        if !matches!(root, Value::Object(_)) {
            return None;
        }
        let mut inside = Inside::Object(self.form.fields(), root);
        for seg in path {
            let spot = self.spot(inside, seg)?;
            inside = self.enter(spot)?;
        }
        Some(inside)
    }

    fn spot(&self, inside: Inside<'a>, seg: &PathSeg<'_>) -> Option<Spot<'a>> {
        match (inside, seg) {
            (Inside::Object(schema, scope), PathSeg::Key(k)) => {
                let (_, field) = schema.field(k)?;
                Some(Spot::Field {
                    field,
                    raw: scope.get(k),
                    schema,
                    scope,
                })
            }
            (Inside::List(item, items, unique), PathSeg::Index(i)) => {
                let value = items.get(*i)?;
                let repeat = Repeats::of(items, unique).get(*i);
                Some(Spot::Item {
                    item,
                    value,
                    repeat,
                })
            }
            _ => None,
        }
    }

    /// What the walk looks into at a spot, if anything.
    fn enter(&self, spot: Spot<'a>) -> Option<Inside<'a>> {
        let (field, checked) = match spot {
            Spot::Field {
                field,
                raw,
                schema,
                scope,
            } => match self.decide(field, raw, schema, scope) {
                Decision::Check(v) => (field, v),
                Decision::Object(s, v) => {
                    return Some(Inside::Object(s, v.unwrap_or(&EMPTY_OBJECT)))
                }
                _ => return None,
            },
            Spot::Item {
                item,
                value,
                repeat,
            } => match item_decision(item, value, repeat) {
                ItemDecision::Check(v) => (item, v),
                ItemDecision::Object(s, v) => {
                    return Some(Inside::Object(s, v.unwrap_or(&EMPTY_OBJECT)))
                }
                _ => return None,
            },
        };
        // A filled-in value: `check` looks into objects and lists of the right type.
        match (&field.kind, checked) {
            (FieldKind::Object(s), Value::Object(_)) => Some(Inside::Object(s, checked)),
            (FieldKind::List { item, items }, Value::Array(list)) => {
                Some(Inside::List(item, list, items.unique))
            }
            _ => None,
        }
    }
}
