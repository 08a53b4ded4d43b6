//! One filled-in value against its field's type and its own constraints
//! (format, length, pattern, range, choices, item counts), and each item of a
//! filled-in list. The first check that fails is the field's one issue
//! (`walk.rs` says why); objects and list items go back to the walk.

use super::text::{is_filled, length_issue, normalize};
use super::unique::Repeats;
use super::{PathSeg, Run};
use crate::model::{Field, FieldKind, FieldType, ObjectSchema};
use crate::report::IssueKind;
use crate::value::Value;

/// The largest integer every runtime (JavaScript included) holds exactly.
pub const MAX_SAFE_INTEGER: i64 = 9_007_199_254_740_991;

impl<'a> Run<'a> {
    /// A filled-in value against its field's type and constraints.
    pub(super) fn check(&mut self, field: &'a Field, v: &'a Value) {
        let msg = |code: &str| field.message(code);
        let type_issue = || IssueKind::Type {
            expected: field.kind.field_type(),
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
                let normal = normalize(s);
                length_issue(&normal, *min_length, *max_length).or_else(|| {
                    pattern
                        .as_ref()
                        .is_some_and(|p| !p.matches(&normal, &mut self.scratch))
                        .then_some(IssueKind::Pattern)
                })
            }
            (FieldKind::Integer { minimum, maximum }, Value::Number(n)) => match whole(*n) {
                None => Some(type_issue()),
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
                    Some(type_issue())
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
                match crate::date::Date::parse(super::text::trim(s)) {
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
            _ => Some(type_issue()),
        };
        if let Some(kind) = found {
            let code = kind.code();
            self.issue_on(v, kind, msg(code));
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
        let repeats = Repeats::of(list, unique);
        for (i, v) in list.iter().enumerate() {
            self.path.push(PathSeg::Index(i));
            self.item(item, v, repeats.get(i));
            self.path.pop();
        }
    }

    /// One item of a list (the current path is its path); `repeat` is the
    /// earlier item it repeats in a list whose items must be unique.
    pub(crate) fn item(&mut self, item: &'a Field, v: &'a Value, repeat: Option<usize>) {
        match item_decision(item, v, repeat) {
            ItemDecision::Object(s, v) => self.object(s, v),
            ItemDecision::Required => self.issue(IssueKind::Required, item.message("required")),
            ItemDecision::Repeat(first) => {
                let other = self.sibling(first);
                self.issue(
                    IssueKind::UniqueItems { other },
                    item.message("unique_items"),
                );
            }
            ItemDecision::Check(v) => self.check(item, v),
        }
    }

    fn multi_enum(
        &mut self,
        field: &'a Field,
        options: &'a [crate::model::EnumOption],
        list: &'a [Value],
        unique: bool,
    ) {
        let repeats = Repeats::of(list, unique);
        for (i, v) in list.iter().enumerate() {
            self.path.push(PathSeg::Index(i));
            match v {
                Value::String(s) if !options.iter().any(|o| o.value == *s) => {
                    let allowed = options.iter().map(|o| o.value.clone()).collect();
                    self.issue(IssueKind::Enum { allowed }, field.message("enum"));
                }
                Value::String(s) => {
                    if let Some(first) = repeats.get(i) {
                        let other = self.sibling(first);
                        self.issue(
                            IssueKind::UniqueItems { other },
                            field.message("unique_items"),
                        );
                        // Worded as the option chosen again, not as a repeated entry.
                        let option = options.iter().find(|o| o.value == *s);
                        if let Some(p) = self.issues.last_mut() {
                            p.choice = option.map(|o| &o.label);
                        }
                    }
                }
                _ => self.issue(
                    IssueKind::Type {
                        expected: FieldType::Text,
                    },
                    field.message("type"),
                ),
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

/// What the walk does with one item of a list.
pub(crate) enum ItemDecision<'a> {
    /// An empty object item is checked as `{}`: each missing field at its own path.
    Object(&'a ObjectSchema, Option<&'a Value>),
    /// Not filled in (and not an object): a `required` issue.
    Required,
    /// Repeats the earlier item at this index: a `unique_items` issue.
    Repeat(usize),
    /// Filled in: the item's own checks.
    Check(&'a Value),
}

pub(crate) fn item_decision<'a>(
    item: &'a Field,
    v: &'a Value,
    repeat: Option<usize>,
) -> ItemDecision<'a> {
    if !is_filled(v) {
        match (&item.kind, v) {
            (FieldKind::Object(s), Value::Object(_) | Value::Null) => {
                ItemDecision::Object(s, Some(v).filter(|v| !v.is_null()))
            }
            _ => ItemDecision::Required,
        }
    } else if let Some(first) = repeat {
        ItemDecision::Repeat(first)
    } else {
        ItemDecision::Check(v)
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
