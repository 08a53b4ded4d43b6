//! Compile pass 1: fields, their types and constraints, conditions parsed.
//!
//! Rules are only collected here (as raw JSON with their pointer); pass 2
//! (`rules.rs`) decodes them once the whole field tree exists, because a rule
//! may refer to any field of the form.
//!
//! This file reads what every field has (label, help, optional, conditions,
//! messages) and the object that holds the fields; `fields/types.rs` decodes
//! the keys of each field type.

mod types;

use super::reader::{a_field, text, Diagnostics, Obj};
use crate::model::{Cond, Field, ObjectSchema};
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
            let mut allowed: Vec<&str> = super::vocabulary::FIELD_KEYS.to_vec();
            allowed.extend_from_slice(super::vocabulary::field_type_keys(t).unwrap_or(&[]));
            if kind.is_some() {
                obj.deny_unknown(&allowed, &a_field(t), &mut self.d);
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
            if crate::report::IssueCode::from_name(code).is_none() {
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
}
