//! Compile pass 2: cross-field rules, with every reference resolved and typed.
//!
//! This file reads what every rule has (`kind`, `severity`, `when`, `message`,
//! `id`) and resolves references against the field tree; `rules/kinds.rs`
//! decodes the keys of each rule kind.

mod kinds;

use super::reader::{a_field, Diagnostics, Obj};
use super::refs::resolve_rule_ref;
use super::vocabulary;
use crate::model::{Cond, Field, FieldKind, ObjectSchema, Ref, Rule};
use crate::report::Severity;
use crate::value::Value;

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
        let Some(specific) = vocabulary::rule_kind_keys(kind_name) else {
            self.d.error(
                &self.obj.child_path("kind"),
                format!(
                    "unknown rule kind {kind_name:?}; use one of: {}",
                    vocabulary::RULE_KINDS_IN_WORDS
                ),
            );
            return None;
        };
        let mut allowed = vocabulary::RULE_KEYS.to_vec();
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
                    "{text:?} is {}, but {key:?} needs {need}",
                    a_field(field.kind.type_name())
                ),
            );
        }
        Some(r)
    }

    /// `start`/`end` of a no_overlap rule: date fields of the list's items.
    fn item_date_key(&mut self, list: &Ref, key: &str) -> Option<String> {
        let path = self.obj.child_path(key);
        let name = self
            .obj
            .required(key, self.d)
            .and_then(|_| self.obj.string(key, self.d))?;
        // Items that are not objects were reported with "list"; no more noise here.
        let item_schema = resolve_rule_ref(self.root, self.scope, &ref_text(list))
            .ok()
            .and_then(|(_, f)| super::refs::object_of(&f.kind))?;
        match item_schema.field(name) {
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
