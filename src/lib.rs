//! skjemasjekk: one declarative rule set and one engine for Norwegian trial
//! applications (forsøkssøknad) and pilot plans, in Rust, Node and the browser.
//!
//! The pipeline: rule-set JSON → [`compile`] (read, references resolved,
//! expressions parsed, every problem collected with a JSON Pointer) → the
//! [`model`] types of a compiled [`Form`] (its public methods in [`form`]) →
//! [`validate`] (data → [`report::Report`]) → [`messages`] (nb, nn, en).
//!
//! # Quick start
//!
//! Compile a rule set (the language: `docs/ruleset-language.md`) or take a
//! built-in form, validate JSON text, and read the report:
//!
//! ```
//! use skjemasjekk::{builtin_form, Form, Lang, Options, Severity};
//!
//! let form = Form::compile(
//!     r#"{"id": "contact", "version": "1",
//!         "title": {"nb": "Kontakt", "nn": "Kontakt", "en": "Contact"},
//!         "fields": {
//!           "name": {"type": "text", "minLength": 2,
//!                    "label": {"nb": "Navn", "nn": "Namn", "en": "Name"}},
//!           "orgnr": {"type": "orgnr",
//!                     "label": {"nb": "Organisasjonsnummer", "nn": "Organisasjonsnummer",
//!                               "en": "Organisation number"}}}}"#,
//! )?;
//! let opts = Options { lang: Lang::En, strict: true };
//! let report = form.validate_json(r#"{"name": "Å", "orgnr": "988077917", "fax": "-"}"#, &opts)?;
//! assert!(!report.valid);
//! let found: Vec<(&str, &str)> = report
//!     .issues
//!     .iter()
//!     .map(|i| (i.path.as_str(), i.kind.code()))
//!     .collect();
//! assert_eq!(found, [("/name", "min_length"), ("/fax", "unknown_field")]);
//! assert!(report.issues.iter().all(|i| i.severity == Severity::Error));
//! println!("{}", report.issues[0].message); // worded in English
//! let json = report.to_json(); // the bytes the server, Node and the browser give
//! assert!(json.starts_with(r#"{"valid":false"#));
//!
//! // A built-in form: an empty pilot plan misses its required fields,
//! // reported in form order with messages in bokmål (the default).
//! let plan = builtin_form("pilotplan")?;
//! let report = plan.validate_json("{}", &Options::default())?;
//! let first = &report.issues[0];
//! assert_eq!((first.path.as_str(), first.kind.code()), ("/agency/name", "required"));
//! assert_eq!(first.message, "Virksomhet: «Navn på virksomheten» må fylles ut.");
//! # Ok::<(), skjemasjekk::Error>(())
//! ```

pub mod compile;
pub mod date;
pub mod decimal;
pub mod describe;
pub mod examples;
pub mod expr;
pub mod form;
pub mod formdata;
mod hash;
pub mod lang;
pub mod lint;
pub mod live;
pub mod messages;
pub mod model;
pub mod no;
pub mod pattern;
pub mod relevance;
pub mod report;
#[cfg(not(target_arch = "wasm32"))]
pub mod scaffold;
pub mod schema;
#[cfg(feature = "serve")]
pub mod serve;
mod sort;
pub mod validate;
pub mod value;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
pub mod work;

pub use compile::{CompileError, RuleSetError};
pub use form::Form;
pub use lang::Lang;
pub use relevance::Relevance;
pub use report::{Issue, IssueKind, Report, RulesetRef, Severity};
pub use validate::{check_id, Checked};
pub use value::{parse_json, JsonError, Value};

/// How to validate: the language of the messages, and whether keys the form
/// does not define are errors (`unknown_field`). Servers are always strict.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    pub lang: Lang,
    pub strict: bool,
}

/// Everything that can go wrong before a report can be made.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("unknown form {0:?}")]
    UnknownForm(String),
    #[error("the data is not valid JSON: {0}")]
    Json(#[from] JsonError),
    #[error(transparent)]
    RuleSet(#[from] CompileError),
    #[error(transparent)]
    Pointer(#[from] validate::paths::PointerError),
    #[error(transparent)]
    Live(#[from] live::SetError),
    #[error(transparent)]
    FormData(#[from] formdata::FormDataError),
}

/// The two built-in forms, compiled once.
pub fn builtin() -> &'static [std::sync::Arc<Form>] {
    compile::builtin()
}

/// A built-in form by id, compiled on first use (the other is not compiled).
pub fn builtin_form(id: &str) -> Result<&'static std::sync::Arc<Form>, Error> {
    compile::builtin_form(id).ok_or_else(|| Error::UnknownForm(id.to_owned()))
}
