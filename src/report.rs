//! The report: the one contract every runtime returns, byte for byte.
//!
//! An [`Issue`] names the field to fix (a JSON Pointer into the submitted data), a
//! stable code, a severity, a message in the requested language and the parameters
//! behind it. [`IssueKind`] is the typed form of code + params; `messages/` turns it
//! into words, with a match that must cover every kind in every language.

use crate::no::{FnrReason, KommuneReason, NumberReason};
use crate::value::Value;
use serde::ser::{SerializeMap, SerializeStruct, Serializer};
use serde::Serialize;

mod code;
pub use code::{IssueCode, ISSUE_CODES};

/// Whether an issue blocks a submit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// What is wrong, with the data the message needs.
#[derive(Debug, Clone, PartialEq)]
pub enum IssueKind {
    Required,
    Forbidden,
    /// The value has the wrong JSON type; `expected` is the field type's name.
    Type {
        expected: crate::model::FieldType,
    },
    UnknownField,
    MinLength {
        min: u64,
        actual: u64,
    },
    MaxLength {
        max: u64,
        actual: u64,
    },
    Pattern,
    /// Below the minimum: a number, or an ISO date for date fields.
    Minimum {
        min: Value,
    },
    Maximum {
        max: Value,
    },
    MinItems {
        min: u64,
        actual: u64,
    },
    MaxItems {
        max: u64,
        actual: u64,
    },
    /// The item at this path repeats the item at `other`.
    UniqueItems {
        other: String,
    },
    Enum {
        allowed: Vec<String>,
    },
    Date,
    /// This date must come after (or, with `allow_equal`, not before) the date at `other`;
    /// with `before`, this date must come before the one at `other`.
    DateOrder {
        other: String,
        allow_equal: bool,
        before: bool,
    },
    DateWithin {
        start: String,
        end: String,
    },
    DateWithinYear {
        year: i64,
    },
    MaxDuration {
        months: u64,
    },
    Overlap {
        other: String,
    },
    SumMismatch {
        expected: String,
        actual: String,
    },
    AtLeastOne {
        fields: Vec<String>,
    },
    MustBeTrue,
    Orgnr(NumberReason),
    Fodselsnummer(FnrReason),
    Kontonummer(NumberReason),
    Postnummer,
    Kommunenummer(KommuneReason),
    Fylkesnummer(KommuneReason),
    Email,
    Phone,
    Deadline {
        deadline: String,
    },
    /// A rule-set-defined check; its message comes from the rule set.
    Rule {
        id: String,
    },
}

impl IssueKind {
    /// The stable code of the report contract.
    pub fn code(&self) -> &'static str {
        self.issue_code().name()
    }

    /// The code, typed.
    pub fn issue_code(&self) -> IssueCode {
        use IssueKind::*;
        match self {
            Required => IssueCode::Required,
            Forbidden => IssueCode::Forbidden,
            Type { .. } => IssueCode::Type,
            UnknownField => IssueCode::UnknownField,
            MinLength { .. } => IssueCode::MinLength,
            MaxLength { .. } => IssueCode::MaxLength,
            Pattern => IssueCode::Pattern,
            Minimum { .. } => IssueCode::Minimum,
            Maximum { .. } => IssueCode::Maximum,
            MinItems { .. } => IssueCode::MinItems,
            MaxItems { .. } => IssueCode::MaxItems,
            UniqueItems { .. } => IssueCode::UniqueItems,
            Enum { .. } => IssueCode::Enum,
            Date => IssueCode::Date,
            DateOrder { .. } => IssueCode::DateOrder,
            DateWithin { .. } | DateWithinYear { .. } => IssueCode::DateWithin,
            MaxDuration { .. } => IssueCode::MaxDuration,
            Overlap { .. } => IssueCode::Overlap,
            SumMismatch { .. } => IssueCode::SumMismatch,
            AtLeastOne { .. } => IssueCode::AtLeastOne,
            MustBeTrue => IssueCode::MustBeTrue,
            Orgnr(_) => IssueCode::Orgnr,
            Fodselsnummer(_) => IssueCode::Fodselsnummer,
            Kontonummer(_) => IssueCode::Kontonummer,
            Postnummer => IssueCode::Postnummer,
            Kommunenummer(_) => IssueCode::Kommunenummer,
            Fylkesnummer(_) => IssueCode::Fylkesnummer,
            Email => IssueCode::Email,
            Phone => IssueCode::Phone,
            Deadline { .. } => IssueCode::Deadline,
            Rule { .. } => IssueCode::Rule,
        }
    }

    /// The parameters published in the report, in a fixed order.
    pub fn params(&self) -> Vec<(&'static str, Value)> {
        use IssueKind::*;
        let strings =
            |v: &[String]| Value::Array(v.iter().map(|s| Value::from(s.as_str())).collect());
        let n = |u: u64| Value::from(i64::try_from(u).unwrap_or(i64::MAX));
        match self {
            Required | Forbidden | UnknownField | Pattern | Date | MustBeTrue | Postnummer
            | Email | Phone => vec![],
            Type { expected } => vec![("expected", Value::from(expected.name()))],
            MinLength { min, actual } => vec![("min", n(*min)), ("actual", n(*actual))],
            MaxLength { max, actual } => vec![("max", n(*max)), ("actual", n(*actual))],
            Minimum { min } => vec![("min", min.clone())],
            Maximum { max } => vec![("max", max.clone())],
            MinItems { min, actual } => vec![("min", n(*min)), ("actual", n(*actual))],
            MaxItems { max, actual } => vec![("max", n(*max)), ("actual", n(*actual))],
            UniqueItems { other } | Overlap { other } => {
                vec![("other", Value::from(other.as_str()))]
            }
            Enum { allowed } => vec![("allowed", strings(allowed))],
            DateOrder { other, .. } => vec![("other", Value::from(other.as_str()))],
            DateWithin { start, end } => vec![
                ("start", Value::from(start.as_str())),
                ("end", Value::from(end.as_str())),
            ],
            DateWithinYear { year } => vec![("year", Value::from(*year))],
            MaxDuration { months } => vec![("months", n(*months))],
            SumMismatch { expected, actual } => vec![
                ("expected", Value::from(expected.as_str())),
                ("actual", Value::from(actual.as_str())),
            ],
            AtLeastOne { fields } => vec![("fields", strings(fields))],
            Orgnr(r) | Kontonummer(r) => vec![("reason", Value::from(r.as_str()))],
            Fodselsnummer(r) => vec![("reason", Value::from(r.as_str()))],
            Kommunenummer(r) | Fylkesnummer(r) => r.params(),
            Deadline { deadline } => vec![("deadline", Value::from(deadline.as_str()))],
            Rule { id } => vec![("rule", Value::from(id.as_str()))],
        }
    }
}

/// One problem, at one path, as the report publishes it.
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    pub path: String,
    pub kind: IssueKind,
    pub severity: Severity,
    pub message: String,
}

impl Serialize for Issue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Issue", 5)?;
        st.serialize_field("path", &self.path)?;
        st.serialize_field("code", self.kind.code())?;
        st.serialize_field("severity", &self.severity)?;
        st.serialize_field("message", &self.message)?;
        st.serialize_field("params", &Params(self.kind.params()))?;
        st.end()
    }
}

struct Params(Vec<(&'static str, Value)>);

impl Serialize for Params {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// Which rule set a report was made against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RulesetRef {
    pub id: String,
    pub version: String,
    pub hash: String,
}

/// The result of validating one document against one form.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub valid: bool,
    pub form: String,
    pub ruleset: RulesetRef,
    pub issues: Vec<Issue>,
}

impl Report {
    /// The report as compact JSON: the bytes every runtime must agree on.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|e| format!("{{\"error\":{:?}}}", e.to_string()))
    }
}
