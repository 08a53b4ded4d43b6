//! Example documents for a form (`skjemasjekk examples`): one valid document,
//! and for each constraint of each field and each rule a document that breaks
//! exactly that one, with the issue the engine gives for it, as test data for
//! a portal's own browser and server tests.
//!
//! Everything is checked with the engine before it is offered: a "breaking"
//! example gets exactly its one issue (strict mode, as on the server). A
//! constraint that cannot be broken alone is listed under `notAlone` with the
//! reason and, when an attempt was made, the attempt and the issues the engine
//! gave for it (an empty text is *not filled in*, so breaking a `minLength` of
//! 1 gives `required`; a left-out object is checked as `{}`, so each of its
//! required fields gets `required`).

mod break_fields;
mod break_rules;
mod breaking;
mod build;
mod repair;
mod walk;

use crate::report::{Issue, Severity};
use crate::value::Value;
use crate::{Form, Lang, Options};

/// One constraint broken alone.
pub struct Breaking {
    /// JSON Pointer into the rule set: the field key (`/fields/a/minLength`) or
    /// the rule (`/rules/0`).
    pub target: String,
    /// The key or rule kind broken (`minLength`, `required`, `date_order`, …).
    pub constraint: String,
    pub data: Value,
    /// The one issue the engine gives.
    pub issue: Issue,
}

/// A constraint that cannot be broken alone, and why.
pub struct NotAlone {
    pub target: String,
    pub constraint: String,
    /// With an attempt: `other_issues` (the engine gave other or more issues
    /// than the one aimed at) or `not_applied` (none: a condition or `when`
    /// stayed false). Without: `cannot_be_broken` (a minimum of 0),
    /// `too_large_to_write` (a length or count over `build::LARGEST`),
    /// `absent_in_every_example` (no answer lets the field's part be there),
    /// `inputs_missing` (a rule's fields are not in the example).
    pub reason: &'static str,
    /// The attempt, when one was made, and the issue (code, path) it aimed at.
    pub data: Option<Value>,
    pub wanted: Option<(&'static str, String)>,
    /// The issues the engine gave for it.
    pub issues: Vec<Issue>,
}

/// The examples of one form.
pub struct Examples {
    pub valid: Value,
    pub breaking: Vec<Breaking>,
    pub not_alone: Vec<NotAlone>,
}

/// One attempt: documents meant to break `constraint` of `target` with the
/// issue `code` at `path`, the plainest first (later ones also change a
/// boolean or choice, e.g. so that a condition holds).
pub(crate) struct Attempt {
    pub target: String,
    pub constraint: String,
    pub data: Vec<Value>,
    pub code: &'static str,
    pub path: String,
}

/// The examples of `form`, with messages in `lang`.
pub fn examples(form: &Form, lang: Lang) -> Examples {
    let opts = Options { lang, strict: true };
    let valid = repair::valid_document(form, &opts);
    let (attempts, mut not_alone) = breaking::attempts(form, &valid);
    let mut out = vec![];
    for a in attempts {
        let mut tried: Vec<(Value, Vec<Issue>)> = a
            .data
            .into_iter()
            .map(|d| {
                let issues = form.validate(&d, &opts).issues;
                (d, issues)
            })
            .collect();
        let hit = tried.iter().position(|(_, issues)| {
            matches!(issues.as_slice(), [one] if one.kind.code() == a.code && one.path == a.path)
        });
        match hit {
            Some(i) => {
                let (data, mut issues) = tried.swap_remove(i);
                out.push(Breaking {
                    target: a.target,
                    constraint: a.constraint,
                    data,
                    issue: issues.remove(0),
                });
            }
            None => {
                let (data, issues) = tried.into_iter().next().unwrap_or_default();
                not_alone.push(NotAlone {
                    target: a.target,
                    constraint: a.constraint,
                    reason: if issues.is_empty() {
                        "not_applied"
                    } else {
                        "other_issues"
                    },
                    data: Some(data),
                    wanted: Some((a.code, a.path)),
                    issues,
                });
            }
        }
    }
    Examples {
        valid,
        breaking: out,
        not_alone,
    }
}

fn issue_json(i: &Issue) -> Value {
    let severity = match i.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    Value::Object(vec![
        ("path".into(), i.path.as_str().into()),
        ("code".into(), i.kind.code().into()),
        ("severity".into(), severity.into()),
        ("message".into(), i.message.as_str().into()),
    ])
}

impl Examples {
    /// `{"form", "ruleset", "valid", "breaking": [...], "notAlone": [...]}`.
    pub fn to_value(&self, form: &Form) -> Value {
        let s = |t: &str| Value::from(t);
        let breaking = self.breaking.iter().map(|b| {
            Value::Object(vec![
                ("target".into(), s(&b.target)),
                ("constraint".into(), s(&b.constraint)),
                ("expect".into(), issue_json(&b.issue)),
                ("data".into(), b.data.clone()),
            ])
        });
        let not_alone = self.not_alone.iter().map(|n| {
            let mut m = vec![
                ("target".into(), s(&n.target)),
                ("constraint".into(), s(&n.constraint)),
                ("reason".into(), s(n.reason)),
                (
                    "issues".into(),
                    Value::Array(n.issues.iter().map(issue_json).collect()),
                ),
            ];
            if let Some(d) = &n.data {
                m.push(("data".into(), d.clone()));
            }
            Value::Object(m)
        });
        Value::Object(vec![
            ("form".into(), s(form.id())),
            (
                "ruleset".into(),
                Value::Object(vec![
                    ("id".into(), s(form.id())),
                    ("version".into(), s(form.version())),
                    ("hash".into(), s(form.hash())),
                ]),
            ),
            ("strict".into(), Value::Bool(true)),
            ("valid".into(), self.valid.clone()),
            ("breaking".into(), Value::Array(breaking.collect())),
            ("notAlone".into(), Value::Array(not_alone.collect())),
        ])
    }
}
