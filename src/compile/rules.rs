//! Compile pass 2: cross-field rules, with every reference resolved and typed.

use super::reader::{Diagnostics, Obj};
use super::refs::resolve_rule_ref;
use crate::date::Date;
use crate::model::{Bounds, Cond, Field, FieldKind, ObjectSchema, Ref, Rule, RuleKind};
use crate::report::Severity;
use crate::value::Value;

const KINDS: &str =
    "date_order, date_within, no_overlap, sum_equals, at_least_one, max_duration, deadline, expr";
const COMMON: [&str; 5] = ["kind", "severity", "when", "message", "id"];

/// Decode the rules of one scope.
pub fn rules(
    root: &ObjectSchema,
    scope: &ObjectSchema,
    value: &Value,
    path: &str,
    d: &mut Diagnostics,
) -> Vec<Rule> {
    let Value::Array(items) = value else {
        d.error(path, "\"rules\" must be a list");
        return vec![];
    };
    let mut out = vec![];
    for (i, item) in items.iter().enumerate() {
        let rpath = format!("{path}/{i}");
        if let Some(obj) = Obj::new(item, &rpath, "a rule", d) {
            let mut r = RuleReader {
                root,
                scope,
                obj,
                d,
            };
            if let Some(rule) = r.rule() {
                out.push(rule);
            }
        }
    }
    out
}

struct RuleReader<'s, 'a, 'd> {
    root: &'s ObjectSchema,
    scope: &'s ObjectSchema,
    obj: Obj<'a>,
    d: &'d mut Diagnostics,
}

/// What a reference must name.
#[derive(Clone, Copy)]
enum Want {
    Date,
    Number,
    Integer,
    Any,
    ListOfObjects,
}

impl RuleReader<'_, '_, '_> {
    fn rule(&mut self) -> Option<Rule> {
        let kind_name = self
            .obj
            .required("kind", self.d)
            .and_then(|_| self.obj.string("kind", self.d))?;
        let specific: &[&str] = match kind_name {
            "date_order" => &["first", "then", "allowEqual", "at"],
            "date_within" => &["date", "start", "end", "year"],
            "no_overlap" => &["list", "start", "end", "ordered"],
            "sum_equals" => &["sum", "equals"],
            "at_least_one" => &["fields", "at"],
            "max_duration" => &["start", "end", "months"],
            "deadline" => &["date", "notAfter"],
            "expr" => &["assert", "at"],
            other => {
                self.d.error(
                    &self.obj.child_path("kind"),
                    format!("unknown rule kind {other:?}; use one of: {KINDS}"),
                );
                return None;
            }
        };
        let mut allowed = COMMON.to_vec();
        allowed.extend_from_slice(specific);
        self.obj
            .deny_unknown(&allowed, &format!("a {kind_name} rule"), self.d);
        let severity = match self.obj.string("severity", self.d) {
            None if kind_name == "deadline" => Severity::Warning,
            None | Some("error") => Severity::Error,
            Some("warning") => Severity::Warning,
            Some(other) => {
                self.d.error(
                    &self.obj.child_path("severity"),
                    format!("severity {other:?} must be \"error\" or \"warning\""),
                );
                Severity::Error
            }
        };
        let id = self.obj.string("id", self.d).map(str::to_owned);
        if let Some(id) = &id {
            let ok = id.starts_with(|c: char| c.is_ascii_lowercase())
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            if !ok {
                self.d.error(
                    &self.obj.child_path("id"),
                    format!("rule id {id:?} must match [a-z][a-z0-9_]*"),
                );
            }
        }
        let when = self.cond("when");
        let message = self.obj.text("message", self.d);
        let kind = self.kind(kind_name, id.is_some(), message.is_some())?;
        Some(Rule {
            id,
            severity,
            when,
            message,
            kind,
        })
    }

    fn cond(&mut self, key: &str) -> Option<Cond> {
        let v = self.obj.get(key)?;
        let path = self.obj.child_path(key);
        let cond = super::parse_cond(v, &path, self.d)?;
        for r in &cond.refs {
            if let Err(msg) = super::refs::check_expr_ref(self.root, self.scope, r) {
                self.d.error(&format!("{path}{}", r.pointer), msg);
            }
        }
        Some(cond)
    }

    /// A reference that must exist and name a field of the wanted type.
    fn reference(&mut self, key: &str, want: Want, wildcard: bool) -> Option<Ref> {
        let path = self.obj.child_path(key);
        let text = self
            .obj
            .required(key, self.d)
            .and_then(|_| self.obj.string(key, self.d))?;
        let (r, field) = match resolve_rule_ref(self.root, self.scope, text) {
            Ok(ok) => ok,
            Err(msg) => {
                self.d.error(&path, msg);
                return None;
            }
        };
        if !wildcard && r.segments.contains(&crate::model::Seg::Each) {
            self.d
                .error(&path, format!("{key:?} must name one field, without \"*\""));
        }
        if let Some(need) = mismatch(field, want) {
            self.d.error(
                &path,
                format!(
                    "{text:?} is a {} field, but {key:?} needs {need}",
                    field.kind.type_name()
                ),
            );
        }
        Some(r)
    }

    fn kind(&mut self, name: &str, has_id: bool, has_message: bool) -> Option<RuleKind> {
        let path = self.obj.path.clone();
        Some(match name {
            "date_order" => {
                let at_first = match self.obj.string("at", self.d) {
                    None | Some("then") => false,
                    Some("first") => true,
                    Some(other) => {
                        self.d.error(
                            &self.obj.child_path("at"),
                            format!("\"at\" is {other:?}; use \"first\" or \"then\""),
                        );
                        false
                    }
                };
                let allow_equal = self.obj.bool("allowEqual", self.d).unwrap_or(false);
                let (first, then) = (
                    self.reference("first", Want::Date, false),
                    self.reference("then", Want::Date, false),
                );
                RuleKind::DateOrder {
                    first: first?,
                    then: then?,
                    allow_equal,
                    at_first,
                }
            }
            "date_within" => {
                let date = self.reference("date", Want::Date, true);
                let bounds = match (
                    self.obj.get("year"),
                    self.obj.get("start"),
                    self.obj.get("end"),
                ) {
                    (Some(_), None, None) => {
                        Bounds::Year(self.reference("year", Want::Integer, false)?)
                    }
                    (None, Some(_), Some(_)) => {
                        let (s, e) = (
                            self.reference("start", Want::Date, false),
                            self.reference("end", Want::Date, false),
                        );
                        Bounds::Range { start: s?, end: e? }
                    }
                    _ => {
                        self.d.error(
                            &path,
                            "a date_within rule needs either \"start\" and \"end\", or \"year\"",
                        );
                        return None;
                    }
                };
                RuleKind::DateWithin {
                    date: date?,
                    bounds,
                }
            }
            "no_overlap" => {
                let list = self.reference("list", Want::ListOfObjects, false)?;
                let (start, end) = (
                    self.item_date_key(&list, "start"),
                    self.item_date_key(&list, "end"),
                );
                let ordered = self.obj.bool("ordered", self.d).unwrap_or(false);
                RuleKind::NoOverlap {
                    list,
                    start: start?,
                    end: end?,
                    ordered,
                }
            }
            "sum_equals" => {
                let (sum, equals) = (
                    self.reference("sum", Want::Number, true),
                    self.reference("equals", Want::Number, false),
                );
                RuleKind::SumEquals {
                    sum: sum?,
                    equals: equals?,
                }
            }
            "at_least_one" => {
                let fpath = self.obj.child_path("fields");
                let list = match self.obj.required("fields", self.d)? {
                    Value::Array(items) if items.len() >= 2 => items,
                    _ => {
                        self.d
                            .error(&fpath, "\"fields\" must list two or more references");
                        return None;
                    }
                };
                let mut fields = vec![];
                for (i, item) in list.iter().enumerate() {
                    let ipath = format!("{fpath}/{i}");
                    match item
                        .as_str()
                        .map(|t| resolve_rule_ref(self.root, self.scope, t))
                    {
                        Some(Ok((r, _))) => fields.push(r),
                        Some(Err(msg)) => self.d.error(&ipath, msg),
                        None => self.d.error(
                            &ipath,
                            "each entry of \"fields\" must be a reference string",
                        ),
                    }
                }
                let at = match self.obj.get("at") {
                    Some(_) => Some(self.reference("at", Want::Any, false)?),
                    None => None,
                };
                (fields.len() == list.len()).then_some(RuleKind::AtLeastOne { fields, at })?
            }
            "max_duration" => {
                let (start, end) = (
                    self.reference("start", Want::Date, false),
                    self.reference("end", Want::Date, false),
                );
                let months = self
                    .obj
                    .required("months", self.d)
                    .and_then(|_| self.obj.count("months", self.d));
                RuleKind::MaxDuration {
                    start: start?,
                    end: end?,
                    months: months?,
                }
            }
            "deadline" => {
                let date = self.reference("date", Want::Date, true);
                let not_after = self
                    .obj
                    .required("notAfter", self.d)
                    .and_then(|_| self.obj.string("notAfter", self.d));
                let not_after = not_after.and_then(|s| {
                    Date::parse(s).or_else(|| {
                        self.d.error(
                            &self.obj.child_path("notAfter"),
                            "\"notAfter\" must be a date written YYYY-MM-DD",
                        );
                        None
                    })
                });
                RuleKind::Deadline {
                    date: date?,
                    not_after: not_after?,
                }
            }
            _ => {
                if !has_id {
                    self.d.error(&path, "an expr rule needs an \"id\"");
                }
                if !has_message {
                    self.d.error(
                        &path,
                        "an expr rule needs its own \"message\" in nb, nn and en",
                    );
                }
                let assert = match self.obj.required("assert", self.d) {
                    Some(_) => self.cond("assert"),
                    None => None,
                };
                let at = self.reference("at", Want::Any, false);
                RuleKind::Expr {
                    assert: assert?,
                    at: at?,
                }
            }
        })
    }

    /// `start`/`end` of a no_overlap rule: date fields of the list's items.
    fn item_date_key(&mut self, list: &Ref, key: &str) -> Option<String> {
        let path = self.obj.child_path(key);
        let name = self
            .obj
            .required(key, self.d)
            .and_then(|_| self.obj.string(key, self.d))?;
        let item_schema = resolve_rule_ref(self.root, self.scope, &ref_text(list))
            .ok()
            .and_then(|(_, f)| super::refs::object_of(&f.kind));
        match item_schema.and_then(|s| s.field(name)) {
            Some((_, f)) if matches!(f.kind, FieldKind::Date { .. }) => Some(name.to_owned()),
            Some(_) => {
                self.d.error(
                    &path,
                    format!("{name:?} must be a date field of the list's items"),
                );
                None
            }
            None => {
                self.d
                    .error(&path, format!("the list's items have no field {name:?}"));
                None
            }
        }
    }
}

/// A reference written back as text (for re-resolving).
fn ref_text(r: &Ref) -> String {
    let parts: Vec<&str> = r
        .segments
        .iter()
        .map(|s| match s {
            crate::model::Seg::Key(k) => k.as_str(),
            crate::model::Seg::Each => "*",
        })
        .collect();
    format!("{}{}", if r.absolute { "/" } else { "" }, parts.join("/"))
}

/// Why `field` does not fit `want`, if it does not.
fn mismatch(field: &Field, want: Want) -> Option<&'static str> {
    let ok = match (want, &field.kind) {
        (Want::Any, _) => true,
        (Want::Date, FieldKind::Date { .. }) => true,
        (Want::Number, FieldKind::Integer { .. } | FieldKind::Decimal { .. }) => true,
        (Want::Integer, FieldKind::Integer { .. }) => true,
        (Want::ListOfObjects, FieldKind::List { item, .. }) => {
            matches!(item.kind, FieldKind::Object(_))
        }
        _ => false,
    };
    if ok {
        return None;
    }
    Some(match want {
        Want::Date => "a date field",
        Want::Number => "an integer or decimal field",
        Want::Integer => "an integer field",
        Want::ListOfObjects => "a list of objects",
        Want::Any => "a field",
    })
}
