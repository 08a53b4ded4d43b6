//! The walk over the field tree: presence, type and each field's own constraints.
//!
//! A field gets at most one issue from its own checks (the first that fails:
//! type, presence, format, length, pattern, range), as GOV.UK and
//! Designsystemet show one message per field.
//!
//! This file walks objects in form order and decides whether each field must,
//! may or must not be filled in; `constraints.rs` checks a value that is.

use super::text::is_filled;
use super::{Met, PathSeg, Run, EMPTY_OBJECT};
use crate::model::{Cond, Field, FieldKind, ObjectSchema};
use crate::report::IssueKind;
use crate::value::Value;
use std::borrow::Cow;

impl<'a> Run<'a> {
    /// Check an object's fields in form order; `value` is `None` for an absent
    /// object that must be filled in (checked as `{}`).
    pub fn object(&mut self, schema: &'a ObjectSchema, value: Option<&'a Value>) {
        let scope = value.unwrap_or(&EMPTY_OBJECT);
        let members: &'a [(String, Value)] = match scope {
            Value::Object(m) => m,
            _ => &[],
        };
        // Documents usually list keys in form order: look from where the last one was.
        let mut matched = 0usize;
        let mut cursor = 0usize;
        for field in &schema.fields {
            let is_key = |i: &usize| {
                crate::work::step();
                members.get(*i).is_some_and(|(k, _)| *k == field.key)
            };
            let found = (cursor..members.len())
                .find(is_key)
                .or_else(|| (0..cursor.min(members.len())).find(is_key));
            let raw = found.and_then(|i| members.get(i)).map(|(_, v)| v);
            if let Some(i) = found {
                cursor = i + 1;
                matched += 1;
            }
            self.path
                .push(PathSeg::Key(Cow::Borrowed(field.key.as_str())));
            self.field(field, raw, schema, scope);
            self.path.pop();
        }
        // Every key matched a field (keys are unique): no unknown keys to look for.
        if self.opts.strict && matched < members.len() {
            for (key, v) in members {
                crate::work::step();
                if schema.field(key).is_none() {
                    self.path.push(PathSeg::Key(Cow::Borrowed(key.as_str())));
                    self.issue_on(v, IssueKind::UnknownField, None);
                    self.path.pop();
                }
            }
        }
        if !schema.rules.is_empty() {
            let start = self.met_paths.len();
            self.met_paths.extend_from_slice(&self.path);
            let path = start..self.met_paths.len();
            for (index, rule) in schema.rules.iter().enumerate() {
                self.met.push(Met {
                    rule,
                    index,
                    schema,
                    scope,
                    path: path.clone(),
                });
            }
        }
    }

    /// Strict mode, in an object that is not filled in and not needed: only the
    /// keys the form does not define are wrong (nothing inside is required).
    /// Bounded by the depth of the form's own objects.
    fn unknown_keys(&mut self, schema: &'a ObjectSchema, members: &'a [(String, Value)]) {
        for (key, v) in members {
            crate::work::step();
            self.path.push(PathSeg::Key(Cow::Borrowed(key.as_str())));
            match (schema.field(key), v) {
                (None, _) => self.issue_on(v, IssueKind::UnknownField, None),
                (Some((_, f)), Value::Object(m)) => {
                    if let FieldKind::Object(s) = &f.kind {
                        self.unknown_keys(s, m);
                    }
                }
                _ => {}
            }
            self.path.pop();
        }
    }

    /// Whether a condition holds; `None` when one of its inputs is invalid.
    pub fn condition(
        &self,
        cond: &'a Cond,
        schema: &'a ObjectSchema,
        scope: &'a Value,
    ) -> Option<bool> {
        for r in &cond.refs {
            let (mut s, mut v) = if r.from_root {
                (self.form.fields(), self.root)
            } else {
                (schema, scope)
            };
            let mut field: Option<&Field> = None;
            for part in &r.path {
                if let Some(f) = field {
                    let Some(inner) = crate::compile::object_of(&f.kind) else {
                        break;
                    };
                    s = inner;
                }
                let Some((_, f)) = s.field(part) else { break };
                let next = match v.get(part) {
                    Some(next) if is_filled(next) => next,
                    _ => break,
                };
                if !quick_valid(f, next) {
                    return None;
                }
                field = Some(f);
                v = next;
            }
        }
        Some(crate::expr::truthy(&cond.expr.eval(scope, self.root)))
    }

    /// What the walk does with a field: its conditions and whether it is filled
    /// in decide. The live form asks the same question to find where it stands.
    pub(crate) fn decide(
        &self,
        field: &'a Field,
        raw: Option<&'a Value>,
        schema: &'a ObjectSchema,
        scope: &'a Value,
    ) -> Decision<'a> {
        let when = |c: &'a Option<Cond>| c.as_ref().map(|c| self.condition(c, schema, scope));
        let forbidden = when(&field.forbidden_when) == Some(Some(true));
        let required = match &field.required_when {
            Some(c) => self.condition(c, schema, scope) == Some(true),
            None => !field.optional,
        };
        match raw.filter(|v| is_filled(v)) {
            Some(_) if forbidden => Decision::Forbidden,
            Some(v) => Decision::Check(v),
            None if forbidden || !required => Decision::Unneeded,
            None => match &field.kind {
                FieldKind::Object(s) => {
                    Decision::Object(s, raw.filter(|v| matches!(v, Value::Object(_))))
                }
                _ => Decision::Required,
            },
        }
    }

    /// Check one field (the current path is its path).
    pub(crate) fn field(
        &mut self,
        field: &'a Field,
        raw: Option<&'a Value>,
        schema: &'a ObjectSchema,
        scope: &'a Value,
    ) {
        match self.decide(field, raw, schema, scope) {
            Decision::Forbidden => self.issue(IssueKind::Forbidden, field.message("forbidden")),
            Decision::Check(v) => self.check(field, v),
            Decision::Unneeded => {
                // Not filled in and not needed; an object may still hold unknown keys.
                if let (Some(Value::Object(m)), FieldKind::Object(s), true) =
                    (raw, &field.kind, self.opts.strict)
                {
                    self.unknown_keys(s, m);
                }
            }
            Decision::Object(s, v) => self.object(s, v),
            Decision::Required => self.issue(IssueKind::Required, field.message("required")),
        }
    }
}

/// What the walk does with one field.
pub(crate) enum Decision<'a> {
    /// Filled in where the form forbids it: a `forbidden` issue.
    Forbidden,
    /// Filled in: the value's own checks (and, for objects and lists, inside).
    Check(&'a Value),
    /// Not filled in and not needed: only keys the form does not define (strict).
    Unneeded,
    /// A needed object not filled in: its fields, checked in it (or in `{}`).
    Object(&'a ObjectSchema, Option<&'a Value>),
    /// Needed and not filled in: a `required` issue.
    Required,
}

/// A cheap check that a value has its field's type (for conditions' inputs).
pub fn quick_valid(field: &Field, v: &Value) -> bool {
    match (&field.kind, v) {
        (FieldKind::Text { .. }, Value::String(_)) => true,
        (FieldKind::Integer { .. }, Value::Number(n)) => n.as_i64().is_some(),
        (FieldKind::Decimal { .. }, Value::Number(_)) => true,
        (FieldKind::Boolean { .. }, Value::Bool(_)) => true,
        (FieldKind::Date { .. }, Value::String(s)) => {
            crate::date::Date::parse(super::text::trim(s)).is_some()
        }
        (FieldKind::Enum { options }, Value::String(s)) => options.iter().any(|o| o.value == *s),
        (FieldKind::MultiEnum { .. } | FieldKind::List { .. }, Value::Array(_)) => true,
        (FieldKind::Object(_), Value::Object(_)) => true,
        (FieldKind::Id(kind), Value::String(s)) => super::text::check_id(*kind, s).is_none(),
        _ => false,
    }
}
