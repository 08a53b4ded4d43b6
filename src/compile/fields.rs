//! Compile pass 1: fields, their types and constraints, conditions parsed.
//!
//! Rules are only collected here (as raw JSON with their pointer); pass 2
//! (`rules.rs`) decodes them once the whole field tree exists, because a rule
//! may refer to any field of the form.

use super::reader::{text, Diagnostics, Obj};
use crate::date::Date;
use crate::model::{Cond, EnumOption, Field, FieldKind, IdKind, ItemCount, ObjectSchema};
use crate::pattern::Pattern;
use crate::value::Value;

/// Rules waiting for pass 2: the scope (as field indices from the root) and the raw rules.
pub struct PendingRules<'a> {
    pub scope: Vec<usize>,
    pub rules: &'a Value,
    pub path: String,
}

/// Conditions waiting for their references to be checked: scope and pointer.
pub struct PendingCond {
    pub scope: Vec<usize>,
    pub cond: Cond,
    pub path: String,
}

pub struct Pass1<'a> {
    pub d: Diagnostics,
    pub rules: Vec<PendingRules<'a>>,
    pub conds: Vec<PendingCond>,
}

const COMMON: [&str; 8] = [
    "type",
    "label",
    "help",
    "optional",
    "requiredWhen",
    "forbiddenWhen",
    "messages",
    "$comment",
];

fn allowed_for(type_name: &str) -> &'static [&'static str] {
    match type_name {
        "text" => &["minLength", "maxLength", "pattern"],
        "integer" | "decimal" | "date" => &["minimum", "maximum"],
        "boolean" => &["mustBeTrue"],
        "enum" => &["options"],
        "multi_enum" => &["options", "minItems", "maxItems", "uniqueItems"],
        "object" => &["fields", "rules"],
        "list" => &["item", "minItems", "maxItems", "uniqueItems"],
        _ => &[],
    }
}

impl<'a> Pass1<'a> {
    /// The fields of an object (`fields` member at `path`), in order.
    pub fn object(&mut self, fields: &'a Value, path: &str, scope: &[usize]) -> ObjectSchema {
        let mut schema = ObjectSchema::default();
        let Some(obj) = Obj::new(fields, path, "\"fields\"", &mut self.d) else {
            return schema;
        };
        if obj.members.is_empty() {
            self.d
                .error(path, "\"fields\" must define at least one field");
        }
        for (key, value) in obj.members {
            let fpath = obj.child_path(key);
            if key.is_empty() || key == "*" || key.contains(['/', '.', '~']) {
                self.d.error(
                    &fpath,
                    format!(
                        "field key {key:?} may not be empty, \"*\", or contain '/', '.' or '~'"
                    ),
                );
            }
            let mut child_scope = scope.to_vec();
            child_scope.push(schema.fields.len());
            if let Some(field) = self.field(key, value, &fpath, scope, &child_scope) {
                schema.fields.push(field);
            }
        }
        schema
    }

    /// One field. `scope` is the object holding it; `own` is the field's own index path.
    fn field(
        &mut self,
        key: &str,
        value: &'a Value,
        path: &str,
        scope: &[usize],
        own: &[usize],
    ) -> Option<Field> {
        let obj = Obj::new(value, path, "a field", &mut self.d)?;
        let type_name = obj.string("type", &mut self.d);
        if type_name.is_none() && obj.get("type").is_none() {
            self.d.error(path, "missing required key \"type\"");
        }
        let label = match obj.get("label") {
            Some(v) => text(v, &obj.child_path("label"), &mut self.d),
            None => {
                self.d.error(path, "missing required key \"label\"");
                None
            }
        };
        let help = obj.text("help", &mut self.d);
        let optional = obj.bool("optional", &mut self.d).unwrap_or(false);
        let required_when = self.cond(&obj, "requiredWhen", scope);
        let forbidden_when = self.cond(&obj, "forbiddenWhen", scope);
        if optional && required_when.is_some() {
            self.d.error(
                &obj.child_path("optional"),
                "a field with \"requiredWhen\" is optional otherwise; drop \"optional\"",
            );
        }
        let messages = self.messages(&obj);
        let kind = type_name.and_then(|t| self.kind(t, &obj, own));
        if let Some(t) = type_name {
            let mut allowed: Vec<&str> = COMMON.to_vec();
            allowed.extend_from_slice(allowed_for(t));
            if kind.is_some() {
                obj.deny_unknown(
                    &allowed,
                    &format!(
                        "{} {t} field",
                        if t.starts_with(['a', 'e', 'i', 'o', 'u']) {
                            "an"
                        } else {
                            "a"
                        }
                    ),
                    &mut self.d,
                );
            }
        }
        Some(Field {
            key: key.to_owned(),
            label: label?,
            help,
            optional,
            required_when,
            forbidden_when,
            messages,
            kind: kind?,
        })
    }

    fn messages(&mut self, obj: &Obj<'a>) -> Vec<(String, crate::model::Text)> {
        let Some(v) = obj.get("messages") else {
            return vec![];
        };
        let path = obj.child_path("messages");
        let Some(m) = Obj::new(v, &path, "\"messages\"", &mut self.d) else {
            return vec![];
        };
        let mut out = vec![];
        for (code, t) in m.members {
            if !super::ISSUE_CODES.contains(&code.as_str()) {
                self.d.error(
                    &m.child_path(code),
                    format!("{code:?} is not an issue code"),
                );
            } else if let Some(t) = text(t, &m.child_path(code), &mut self.d) {
                out.push((code.clone(), t));
            }
        }
        out
    }

    /// Parse a condition; its references are checked in pass 2.
    fn cond(&mut self, obj: &Obj<'a>, key: &str, scope: &[usize]) -> Option<Cond> {
        let v = obj.get(key)?;
        let path = obj.child_path(key);
        let cond = super::parse_cond(v, &path, &mut self.d)?;
        self.conds.push(PendingCond {
            scope: scope.to_vec(),
            cond: cond.clone(),
            path,
        });
        Some(cond)
    }

    fn kind(&mut self, t: &str, obj: &Obj<'a>, own: &[usize]) -> Option<FieldKind> {
        let d = &mut self.d;
        Some(match t {
            "text" => {
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
            "integer" => {
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
            "decimal" => {
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
            "boolean" => FieldKind::Boolean {
                must_be_true: obj.bool("mustBeTrue", d).unwrap_or(false),
            },
            "date" => {
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
            "enum" => FieldKind::Enum {
                options: options(obj, d),
            },
            "multi_enum" => FieldKind::MultiEnum {
                options: options(obj, d),
                items: items(obj, d),
            },
            "object" => {
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
            "list" => {
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
            other => match IdKind::from_name(other) {
                Some(id) => FieldKind::Id(id),
                None => {
                    let msg = format!("unknown field type {other:?}; use one of: text, integer, decimal, boolean, date, enum, multi_enum, object, list, orgnr, fodselsnummer, kontonummer, kommunenummer, fylkesnummer, postnummer, phone, email");
                    d.error(&obj.child_path("type"), msg);
                    return None;
                }
            },
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
        o.deny_unknown(&["value", "label"], "an option", d);
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
