//! Compile a rule set: JSON text → [`Form`], or every problem at once.
//!
//! Pass 1 (`fields.rs`) builds the field tree; pass 2 (`rules.rs`) decodes the
//! rules and checks every reference (rule references and expression `var`/`form`
//! paths) against that tree. Each problem is a [`RuleSetError`] with a JSON
//! Pointer into the rule set. The built-in forms are compiled once, lazily.

mod content_hash;
mod fields;
mod reader;
mod refs;
mod rules;
pub mod vocabulary;

pub use crate::validate::paths::escape_token as escape_pointer_token;
pub use refs::object_of;

use crate::expr;
use crate::form::Form;
use crate::model::{Cond, ObjectSchema};
use crate::value::{parse_json, Value};
use reader::{Diagnostics, Obj};
use std::sync::{Arc, OnceLock};

/// Every issue code of the report contract (field `messages` may override these).
pub use crate::report::ISSUE_CODES;

/// One problem in a rule set, with a JSON Pointer into the rule set.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RuleSetError {
    pub path: String,
    pub message: String,
}

/// A rule set that could not be compiled: every problem at once.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("the rule set has {}; the first: {}", self.count_in_words(), first(diagnostics))]
pub struct CompileError {
    pub diagnostics: Vec<RuleSetError>,
}

impl CompileError {
    /// "1 problem" or "N problems", for the one-line summaries.
    pub fn count_in_words(&self) -> String {
        match self.diagnostics.len() {
            1 => "1 problem".to_string(),
            n => format!("{n} problems"),
        }
    }

    /// A rule set whose text is not JSON: one problem, at the root.
    pub fn not_json(e: &crate::value::JsonError) -> CompileError {
        CompileError {
            diagnostics: vec![RuleSetError {
                path: String::new(),
                message: format!("the rule set is not valid JSON: {e}"),
            }],
        }
    }
}

fn first(d: &[RuleSetError]) -> String {
    d.first()
        .map(|e| {
            format!(
                "{}: {}",
                if e.path.is_empty() { "/" } else { &e.path },
                e.message
            )
        })
        .unwrap_or_default()
}

/// Compile a rule set from its JSON text ([`Form::compile`]).
pub(crate) fn compile(source: &str) -> Result<Form, CompileError> {
    let value = parse_json(source).map_err(|e| CompileError::not_json(&e))?;
    let mut d = Diagnostics::default();
    let form = build(source, &value, &mut d);
    match form {
        Some(form) if d.errors.is_empty() => Ok(form),
        _ => Err(CompileError {
            diagnostics: d.errors,
        }),
    }
}

fn build(source: &str, value: &Value, d: &mut Diagnostics) -> Option<Form> {
    let obj = Obj::new(value, "", "a rule set", d)?;
    obj.deny_unknown(&vocabulary::RULESET_KEYS, "the rule set", d);
    let id = obj.required("id", d).and_then(|_| obj.string("id", d));
    if let Some(id) = id {
        let ok = id.len() <= 64
            && id.starts_with(|c: char| c.is_ascii_lowercase())
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
        if !ok {
            d.error(
                "/id",
                format!("the id {id:?} must match [a-z][a-z0-9_-]* and be at most 64 characters"),
            );
        }
    }
    let version = obj
        .required("version", d)
        .and_then(|_| obj.string("version", d));
    if version.is_some_and(|v| v.trim().is_empty()) {
        d.error("/version", "the version may not be empty");
    }
    let title = obj.required("title", d).and_then(|_| obj.text("title", d));
    let fields_value = obj.required("fields", d)?;
    let mut pass1 = fields::Pass1 {
        d: std::mem::take(d),
        rules: vec![],
        conds: vec![],
    };
    let mut root = pass1.object(fields_value, "/fields", &[]);
    if let Some(rules) = obj.get("rules") {
        pass1.rules.push(fields::PendingRules {
            scope: vec![],
            rules,
            path: "/rules".into(),
        });
    }
    *d = std::mem::take(&mut pass1.d);
    // Pass 2: conditions' references, then rules, attached to their scopes.
    for c in &pass1.conds {
        if let Some(scope) = refs::scope_at(&root, &c.scope) {
            for r in &c.cond.refs {
                if let Err(msg) = refs::check_expr_ref(&root, scope, r) {
                    d.error(&format!("{}{}", c.path, r.pointer), msg);
                }
            }
        }
    }
    let mut decoded: Vec<(Vec<usize>, Vec<crate::model::Rule>)> = vec![];
    for p in &pass1.rules {
        if let Some(scope) = refs::scope_at(&root, &p.scope) {
            decoded.push((
                p.scope.clone(),
                rules::rules(&root, scope, p.rules, &p.path, d),
            ));
        }
    }
    for (scope, rules) in decoded {
        if let Some(target) = scope_at_mut(&mut root, &scope) {
            target.rules = rules;
        }
    }
    let hash = content_hash::content_hash(source);
    Some(Form::new(
        source.to_owned(),
        id?.to_owned(),
        version?.to_owned(),
        hash,
        title?,
        root,
    ))
}

fn scope_at_mut<'s>(root: &'s mut ObjectSchema, path: &[usize]) -> Option<&'s mut ObjectSchema> {
    use crate::model::FieldKind;
    let mut schema = root;
    for &i in path {
        schema = match &mut schema.fields.get_mut(i)?.kind {
            FieldKind::Object(s) => s,
            FieldKind::List { item, .. } => match &mut item.kind {
                FieldKind::Object(s) => s,
                _ => return None,
            },
            _ => return None,
        };
    }
    Some(schema)
}

/// Parse a condition or assertion; expression problems get pointers under `path`.
pub(crate) fn parse_cond(value: &Value, path: &str, d: &mut Diagnostics) -> Option<Cond> {
    match expr::parse(value) {
        Ok(expr) => {
            let refs = expr.references();
            Some(Cond { expr, refs })
        }
        Err(errors) => {
            for e in errors {
                d.error(&format!("{path}{}", e.path), e.message);
            }
            None
        }
    }
}

const FORSOKSSOKNAD: &str = include_str!("../../forms/forsokssoknad.json");
const PILOTPLAN: &str = include_str!("../../forms/pilotplan.json");

/// The sources of the built-in forms, as embedded at build time.
pub const BUILTIN_SOURCES: [&str; 2] = [FORSOKSSOKNAD, PILOTPLAN];

/// The ids of the built-in forms, in the order of [`BUILTIN_SOURCES`] (tests
/// check them against the compiled forms).
pub const BUILTIN_IDS: [&str; 2] = ["forsokssoknad", "pilotplan"];

/// One built-in form, compiled the first time it is asked for: a page that
/// shows one form compiles only that one. A built-in form that does not
/// compile is a build defect, caught by the test suite; it is left out here
/// rather than taking the process down.
pub fn builtin_form(id: &str) -> Option<&'static Arc<Form>> {
    static SLOTS: [OnceLock<Option<Arc<Form>>>; 2] = [OnceLock::new(), OnceLock::new()];
    let i = BUILTIN_IDS.iter().position(|known| *known == id)?;
    let source = BUILTIN_SOURCES.get(i)?;
    SLOTS
        .get(i)?
        .get_or_init(|| Form::compile(source).ok().map(Arc::new))
        .as_ref()
}

/// All built-in forms, compiled.
pub fn builtin() -> &'static [Arc<Form>] {
    static FORMS: OnceLock<Vec<Arc<Form>>> = OnceLock::new();
    FORMS.get_or_init(|| {
        BUILTIN_IDS
            .iter()
            .filter_map(|id| builtin_form(id).cloned())
            .collect()
    })
}
