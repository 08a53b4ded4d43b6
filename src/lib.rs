//! skjemasjekk: one declarative rule set and one engine for Norwegian trial
//! applications (forsøkssøknad) and pilot plans, in Rust, Node and the browser.
//!
//! The pipeline: rule-set JSON → [`compile`] (read, references resolved,
//! expressions parsed, every problem collected with a JSON Pointer) → the
//! [`model`] types of a compiled form → [`validate`] (data →
//! [`report::Report`]) → [`messages`] (nb, nn, en).

pub mod compile;
pub mod date;
pub mod decimal;
pub mod describe;
pub mod examples;
pub mod expr;
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

pub use compile::{CompileError, Form, RuleSetError};
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
