//! The walk over the field tree: presence, type and each field's own constraints.
//!
//! A field gets at most one issue from its own checks (the first that fails:
//! type, presence, format, length, pattern, range), as GOV.UK and
//! Designsystemet show one message per field.

use super::text::{char_count, is_filled};
use super::unique::repeats;
use super::{Deferred, PathSeg, Run, EMPTY_OBJECT};
use crate::model::{Cond, Field, FieldKind, ObjectSchema};
use crate::report::IssueKind;
use crate::value::Value;
use std::borrow::Cow;

/// The largest integer every runtime (JavaScript included) holds exactly.
pub const MAX_SAFE_INTEGER: i64 = 9_007_199_254_740_991;

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
            let n = members.len();
            let found = (0..n)
                .map(|i| (cursor + i) % n)
                .find(|&i| members.get(i).is_some_and(|(k, _)| *k == field.key));
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
            for (key, _) in members {
                if schema.field(key).is_none() {
                    self.path.push(PathSeg::Key(Cow::Borrowed(key.as_str())));
                    self.issue(IssueKind::UnknownField, None);
                    self.path.pop();
                }
            }
        }
        if !schema.rules.is_empty() {
            let path: std::rc::Rc<[PathSeg<'a>]> = self.path.as_slice().into();
            for rule in &schema.rules {
                self.deferred.push(Deferred {
                    rule,
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
            self.path.push(PathSeg::Key(Cow::Borrowed(key.as_str())));
            match (schema.field(key), v) {
                (None, _) => self.issue(IssueKind::UnknownField, None),
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

    fn field(
        &mut self,
        field: &'a Field,
        raw: Option<&'a Value>,
        schema: &'a ObjectSchema,
        scope: &'a Value,
    ) {
        let when = |c: &'a Option<Cond>| c.as_ref().map(|c| self.condition(c, schema, scope));
        let forbidden = when(&field.forbidden_when) == Some(Some(true));
        let required = match &field.required_when {
            Some(c) => self.condition(c, schema, scope) == Some(true),
            None => !field.optional,
        };
        let value = raw.filter(|v| is_filled(v));
        match value {
            Some(_) if forbidden => self.issue(IssueKind::Forbidden, field.message("forbidden")),
            Some(v) => self.check(field, v),
            None if forbidden || !required => {
                // Not filled in and not needed; an object may still hold unknown keys.
                if let (Some(Value::Object(m)), FieldKind::Object(s), true) =
                    (raw, &field.kind, self.opts.strict)
                {
                    self.unknown_keys(s, m);
                }
            }
            None => match &field.kind {
                FieldKind::Object(s) => {
                    self.object(s, raw.filter(|v| matches!(v, Value::Object(_))))
                }
                _ => self.issue(IssueKind::Required, field.message("required")),
            },
        }
    }

    /// A filled-in value against its field's type and constraints.
    fn check(&mut self, field: &'a Field, v: &'a Value) {
        let msg = |code: &str| field.message(code);
        let type_issue = IssueKind::Type {
            expected: field.kind.type_name(),
        };
        let found: Option<IssueKind> = match (&field.kind, v) {
            (
                FieldKind::Text {
                    min_length,
                    max_length,
                    pattern,
                },
                Value::String(s),
            ) => {
                let (n, normal) = char_count(s);
                if min_length.is_some_and(|m| n < m) {
                    Some(IssueKind::MinLength {
                        min: min_length.unwrap_or(0),
                        actual: n,
                    })
                } else if max_length.is_some_and(|m| n > m) {
                    Some(IssueKind::MaxLength {
                        max: max_length.unwrap_or(0),
                        actual: n,
                    })
                } else if pattern.as_ref().is_some_and(|p| !p.is_match(&normal)) {
                    Some(IssueKind::Pattern)
                } else {
                    None
                }
            }
            (FieldKind::Integer { minimum, maximum }, Value::Number(n)) => match whole(*n) {
                None => Some(type_issue),
                Some(i) if i < minimum.unwrap_or(-MAX_SAFE_INTEGER).max(-MAX_SAFE_INTEGER) => {
                    Some(IssueKind::Minimum {
                        min: Value::from(
                            minimum.unwrap_or(-MAX_SAFE_INTEGER).max(-MAX_SAFE_INTEGER),
                        ),
                    })
                }
                Some(i) if i > maximum.unwrap_or(MAX_SAFE_INTEGER).min(MAX_SAFE_INTEGER) => {
                    Some(IssueKind::Maximum {
                        max: Value::from(maximum.unwrap_or(MAX_SAFE_INTEGER).min(MAX_SAFE_INTEGER)),
                    })
                }
                Some(_) => None,
            },
            (FieldKind::Decimal { minimum, maximum }, Value::Number(n)) => {
                let f = n.as_f64();
                if !f.is_finite() {
                    Some(type_issue)
                } else if minimum.is_some_and(|m| f < m) {
                    Some(IssueKind::Minimum {
                        min: number(minimum.unwrap_or(0.0)),
                    })
                } else if maximum.is_some_and(|m| f > m) {
                    Some(IssueKind::Maximum {
                        max: number(maximum.unwrap_or(0.0)),
                    })
                } else {
                    None
                }
            }
            (FieldKind::Boolean { must_be_true }, Value::Bool(b)) => {
                (*must_be_true && !b).then_some(IssueKind::MustBeTrue)
            }
            (FieldKind::Date { minimum, maximum }, Value::String(s)) => {
                match crate::date::Date::parse(s.trim()) {
                    None => Some(IssueKind::Date),
                    Some(d) if minimum.is_some_and(|m| d < m) => Some(IssueKind::Minimum {
                        min: Value::from(minimum.map(|m| m.to_string()).unwrap_or_default()),
                    }),
                    Some(d) if maximum.is_some_and(|m| d > m) => Some(IssueKind::Maximum {
                        max: Value::from(maximum.map(|m| m.to_string()).unwrap_or_default()),
                    }),
                    Some(_) => None,
                }
            }
            (FieldKind::Enum { options }, Value::String(s)) => {
                (!options.iter().any(|o| o.value == *s)).then(|| IssueKind::Enum {
                    allowed: options.iter().map(|o| o.value.clone()).collect(),
                })
            }
            (FieldKind::MultiEnum { options, items }, Value::Array(list)) => {
                let count = self.count(*items, list.len());
                self.multi_enum(field, options, list, items.unique);
                count
            }
            (FieldKind::Object(schema), Value::Object(_)) => {
                self.object(schema, Some(v));
                None
            }
            (FieldKind::List { item, items }, Value::Array(list)) => {
                let count = self.count(*items, list.len());
                self.list(item, list, items.unique);
                count
            }
            (FieldKind::Id(kind), Value::String(s)) => super::text::check_id(*kind, s),
            _ => Some(type_issue),
        };
        if let Some(kind) = found {
            let code = kind.code();
            self.issue(kind, msg(code));
        }
    }

    fn count(&self, items: crate::model::ItemCount, n: usize) -> Option<IssueKind> {
        let actual = n as u64;
        match (items.min, items.max) {
            (Some(min), _) if actual < min => Some(IssueKind::MinItems { min, actual }),
            (_, Some(max)) if actual > max => Some(IssueKind::MaxItems { max, actual }),
            _ => None,
        }
    }

    fn list(&mut self, item: &'a Field, list: &'a [Value], unique: bool) {
        let repeats = if unique { repeats(list) } else { vec![] };
        for (i, v) in list.iter().enumerate() {
            self.path.push(PathSeg::Index(i));
            if !is_filled(v) {
                // An empty object item is checked as `{}`: each missing field at its own path.
                match (&item.kind, v) {
                    (FieldKind::Object(s), Value::Object(_) | Value::Null) => {
                        self.object(s, Some(v).filter(|v| !v.is_null()))
                    }
                    _ => self.issue(IssueKind::Required, item.message("required")),
                }
            } else if let Some(first) = repeats.get(i).copied().flatten() {
                let other = self.sibling(first);
                self.issue(
                    IssueKind::UniqueItems { other },
                    item.message("unique_items"),
                );
            } else {
                self.check(item, v);
            }
            self.path.pop();
        }
    }

    fn multi_enum(
        &mut self,
        field: &'a Field,
        options: &'a [crate::model::EnumOption],
        list: &'a [Value],
        unique: bool,
    ) {
        let repeats = if unique { repeats(list) } else { vec![] };
        for (i, v) in list.iter().enumerate() {
            self.path.push(PathSeg::Index(i));
            match v {
                Value::String(s) if !options.iter().any(|o| o.value == *s) => {
                    let allowed = options.iter().map(|o| o.value.clone()).collect();
                    self.issue(IssueKind::Enum { allowed }, field.message("enum"));
                }
                Value::String(_) => {
                    if let Some(first) = repeats.get(i).copied().flatten() {
                        let other = self.sibling(first);
                        self.issue(
                            IssueKind::UniqueItems { other },
                            field.message("unique_items"),
                        );
                    }
                }
                _ => self.issue(IssueKind::Type { expected: "text" }, field.message("type")),
            }
            self.path.pop();
        }
    }
}

impl Run<'_> {
    /// The pointer of item `index` of the list the current path is an item of.
    fn sibling(&self, index: usize) -> String {
        let mut other = self.path.clone();
        other.pop();
        other.push(PathSeg::Index(index));
        super::paths::pointer(&other)
    }
}

/// A whole number as an integer; one beyond the range of i64 (1e19, -2^70, 1e300)
/// saturates, so it gets `maximum`/`minimum` like any whole number beyond ±(2^53 − 1)
/// rather than `type`.
fn whole(n: crate::value::Number) -> Option<i64> {
    match n {
        crate::value::Number::Float(f) if f.is_finite() && f.fract() == 0.0 => Some(f as i64),
        _ => n.as_i64(),
    }
}

fn number(f: f64) -> Value {
    match crate::decimal::Decimal::from_number(crate::value::Number::Float(f)) {
        Some(d) => Value::Number(d.to_number()),
        None => Value::Null,
    }
}

/// A cheap check that a value has its field's type (for conditions' inputs).
pub fn quick_valid(field: &Field, v: &Value) -> bool {
    match (&field.kind, v) {
        (FieldKind::Text { .. }, Value::String(_)) => true,
        (FieldKind::Integer { .. }, Value::Number(n)) => n.as_i64().is_some(),
        (FieldKind::Decimal { .. }, Value::Number(_)) => true,
        (FieldKind::Boolean { .. }, Value::Bool(_)) => true,
        (FieldKind::Date { .. }, Value::String(s)) => crate::date::Date::parse(s.trim()).is_some(),
        (FieldKind::Enum { options }, Value::String(s)) => options.iter().any(|o| o.value == *s),
        (FieldKind::MultiEnum { .. } | FieldKind::List { .. }, Value::Array(_)) => true,
        (FieldKind::Object(_), Value::Object(_)) => true,
        (FieldKind::Id(kind), Value::String(s)) => super::text::check_id(*kind, s).is_none(),
        _ => false,
    }
}
