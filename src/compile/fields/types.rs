//! Compile pass 1, one field type at a time: the keys each type has of its own
//! (lengths and pattern, bounds, choices, item counts, an object's fields, a
//! list's item), decoded and checked for sense (a minimum above its maximum,
//! an option listed twice, an unknown type).

use super::{Pass1, PendingRules};
use crate::compile::reader::{Diagnostics, Obj};
use crate::date::Date;
use crate::model::{EnumOption, FieldKind, FieldType, ItemCount};
use crate::pattern::Pattern;
use crate::value::Value;

impl<'a> Pass1<'a> {
    pub(super) fn kind(&mut self, t: &str, obj: &Obj<'a>, own: &[usize]) -> Option<FieldKind> {
        let d = &mut self.d;
        let Some(field_type) = FieldType::from_name(t) else {
            let msg = format!(
                "unknown field type {t:?}; use one of: {}",
                crate::compile::vocabulary::FIELD_TYPES_IN_WORDS
            );
            d.error(&obj.child_path("type"), msg);
            return None;
        };
        Some(match field_type {
            FieldType::Text => {
                let (min_length, max_length) =
                    (obj.count("minLength", d), obj.count("maxLength", d));
                check_order(min_length, max_length, obj, "minLength", d);
                let pattern = obj
                    .string("pattern", d)
                    .and_then(|p| match Pattern::new(p) {
                        Ok(p) => Some(p),
                        Err(e) => {
                            d.error(
                                &obj.child_path("pattern"),
                                format!("the pattern cannot be used: {e}"),
                            );
                            None
                        }
                    });
                FieldKind::Text {
                    min_length,
                    max_length,
                    pattern,
                }
            }
            FieldType::Integer => {
                let int = |k: &str, d: &mut Diagnostics| match obj.get(k) {
                    None => None,
                    Some(v) => v.as_number().and_then(|n| n.as_i64()).or_else(|| {
                        d.error(
                            &obj.child_path(k),
                            format!("{k:?} of an integer field must be a whole number"),
                        );
                        None
                    }),
                };
                let (minimum, maximum) = (int("minimum", d), int("maximum", d));
                if let (Some(a), Some(b)) = (minimum, maximum) {
                    if a > b {
                        d.error(
                            &obj.child_path("minimum"),
                            "\"minimum\" is greater than \"maximum\"",
                        );
                    }
                }
                FieldKind::Integer { minimum, maximum }
            }
            FieldType::Decimal => {
                let num = |k: &str, d: &mut Diagnostics| match obj.get(k) {
                    None => None,
                    Some(v) => v.as_number().map(|n| n.as_f64()).or_else(|| {
                        d.error(&obj.child_path(k), format!("{k:?} must be a number"));
                        None
                    }),
                };
                FieldKind::Decimal {
                    minimum: num("minimum", d),
                    maximum: num("maximum", d),
                }
            }
            FieldType::Boolean => FieldKind::Boolean {
                must_be_true: obj.bool("mustBeTrue", d).unwrap_or(false),
            },
            FieldType::Date => {
                let date = |k: &str, d: &mut Diagnostics| {
                    let s = obj.string(k, d)?;
                    Date::parse(s).or_else(|| {
                        d.error(
                            &obj.child_path(k),
                            format!("{k:?} must be a date written YYYY-MM-DD"),
                        );
                        None
                    })
                };
                FieldKind::Date {
                    minimum: date("minimum", d),
                    maximum: date("maximum", d),
                }
            }
            FieldType::Enum => FieldKind::Enum {
                options: options(obj, d),
            },
            FieldType::MultiEnum => FieldKind::MultiEnum {
                options: options(obj, d),
                items: items(obj, d),
            },
            FieldType::Object => {
                let fields = obj.required("fields", d)?;
                let schema = self.object(fields, &obj.child_path("fields"), own);
                if let Some(rules) = obj.get("rules") {
                    self.rules.push(PendingRules {
                        scope: own.to_vec(),
                        rules,
                        path: obj.child_path("rules"),
                    });
                }
                FieldKind::Object(schema)
            }
            FieldType::List => {
                let counts = items(obj, d);
                let item = obj.required("item", d)?;
                let ipath = obj.child_path("item");
                // A list item is a scope of its own: it shares the list's index path.
                let item = self.field("*", item, &ipath, own, own)?;
                if item.optional || item.required_when.is_some() || item.forbidden_when.is_some() {
                    self.d.error(&ipath, "list items are always required: \"optional\", \"requiredWhen\" and \"forbiddenWhen\" do not apply to \"item\"");
                }
                FieldKind::List {
                    item: Box::new(item),
                    items: counts,
                }
            }
            FieldType::Id(id) => FieldKind::Id(id),
        })
    }
}

fn check_order(min: Option<u64>, max: Option<u64>, obj: &Obj, min_key: &str, d: &mut Diagnostics) {
    if let (Some(a), Some(b)) = (min, max) {
        if a > b {
            d.error(
                &obj.child_path(min_key),
                format!("{min_key:?} ({a}) is greater than the maximum ({b})"),
            );
        }
    }
}

fn items(obj: &Obj, d: &mut Diagnostics) -> ItemCount {
    let (min, max) = (obj.count("minItems", d), obj.count("maxItems", d));
    check_order(min, max, obj, "minItems", d);
    ItemCount {
        min,
        max,
        unique: obj.bool("uniqueItems", d).unwrap_or(false),
    }
}

fn options(obj: &Obj, d: &mut Diagnostics) -> Vec<EnumOption> {
    let path = obj.child_path("options");
    let Some(v) = obj.required("options", d) else {
        return vec![];
    };
    let Value::Array(items) = v else {
        d.error(
            &path,
            "\"options\" must be a list of {\"value\", \"label\"}",
        );
        return vec![];
    };
    if items.is_empty() {
        d.error(&path, "\"options\" must offer at least one choice");
    }
    let mut out: Vec<EnumOption> = vec![];
    for (i, item) in items.iter().enumerate() {
        let ipath = format!("{path}/{i}");
        let Some(o) = Obj::new(item, &ipath, "an option", d) else {
            continue;
        };
        o.deny_unknown(&crate::compile::vocabulary::OPTION_KEYS, "an option", d);
        let value = o.required("value", d).and_then(|_| o.string("value", d));
        let label = o.required("label", d).and_then(|_| o.text("label", d));
        if let (Some(value), Some(label)) = (value, label) {
            if out.iter().any(|e| e.value == value) {
                d.error(
                    &format!("{ipath}/value"),
                    format!("the option {value:?} is listed twice"),
                );
            }
            out.push(EnumOption {
                value: value.to_owned(),
                label,
            });
        }
    }
    out
}
