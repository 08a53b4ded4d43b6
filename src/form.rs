//! The compiled form: what a rule set becomes, and everything one does with it.
//!
//! [`Form`] is the crate's main type. Its methods are the public face of the
//! pipeline; each hands the work to the stage that does it: `compile/` makes a
//! form from rule-set JSON, `validate/` checks data and makes the report (worded
//! by `messages/`), `describe.rs` lists the fields for user interfaces,
//! `schema.rs` writes the JSON Schema, `relevance.rs` says which conditional
//! fields apply, and `live/` keeps a form's state between edits.

use crate::compile::CompileError;
use crate::describe::FieldInfo;
use crate::lang::Lang;
use crate::model::{ObjectSchema, Text};
use crate::report::{Issue, Report, RulesetRef, Severity};
use crate::validate::Checked;
use crate::value::{parse_json, Value};
use crate::{Error, Options, Relevance};
use std::sync::OnceLock;

/// A compiled form: validate many documents against it.
#[derive(Debug)]
pub struct Form {
    source: String,
    id: String,
    version: String,
    hash: String,
    title: Text,
    root: ObjectSchema,
    /// What each condition and rule reads (for live forms; made on first use).
    live_plan: OnceLock<crate::live::Plan>,
}

/// Two forms are equal when they were compiled from the same bytes.
impl PartialEq for Form {
    fn eq(&self, other: &Form) -> bool {
        self.source == other.source
    }
}

impl Eq for Form {}

impl Form {
    /// Made by the compiler, from parts it has checked.
    pub(crate) fn new(
        source: String,
        id: String,
        version: String,
        hash: String,
        title: Text,
        root: ObjectSchema,
    ) -> Form {
        Form {
            source,
            id,
            version,
            hash,
            title,
            root,
            live_plan: OnceLock::new(),
        }
    }

    /// Compile a rule set from its JSON text; every problem at once, each with
    /// a JSON Pointer into the rule set.
    pub fn compile(source: &str) -> Result<Form, CompileError> {
        crate::compile::compile(source)
    }

    pub fn id(&self) -> &str {
        &self.id
    }
    pub fn version(&self) -> &str {
        &self.version
    }
    /// `sha256:` and the hex digest of the rule set's bytes, without a leading
    /// `$schema` member (see `compile/content_hash.rs`).
    pub fn hash(&self) -> &str {
        &self.hash
    }
    pub fn title(&self, lang: Lang) -> &str {
        self.title.get(lang)
    }
    /// The title in every language.
    pub fn titles(&self) -> &Text {
        &self.title
    }
    /// The rule set's bytes, exactly as loaded (what `GET /api/v1/forms/{id}` serves).
    pub fn source(&self) -> &str {
        &self.source
    }
    /// The compiled field tree.
    pub fn fields(&self) -> &ObjectSchema {
        &self.root
    }
    /// Where each condition and rule sits and which fields it reads.
    pub fn live_plan(&self) -> &crate::live::Plan {
        self.live_plan
            .get_or_init(|| crate::live::Plan::of(&self.root))
    }

    /// Validate data that is already a [`Value`].
    pub fn validate(&self, data: &Value, opts: &Options) -> Report {
        crate::validate::validate(self, data, opts)
    }

    /// Validate data given as JSON text (the same code path in every runtime).
    pub fn validate_json(&self, data: &str, opts: &Options) -> Result<Report, Error> {
        Ok(self.validate(&parse_json(data)?, opts))
    }

    /// The issues of one field (JSON Pointer; also those of the fields inside it)
    /// and of the rules that read it.
    pub fn validate_field(
        &self,
        data: &Value,
        pointer: &str,
        opts: &Options,
    ) -> Result<Vec<Issue>, Error> {
        crate::validate::validate_field(self, data, pointer, opts)
    }

    /// Validate `data` without wording the issues (`opts.lang` is not used):
    /// [`Checked::report`] words them in the language asked for.
    pub fn check(&self, data: &Value, opts: &Options) -> Checked<'_> {
        crate::validate::check(self, data, opts)
    }

    /// Every conditional field of the form at each place it has in `data`, and
    /// whether it is relevant now (see the module documentation).
    pub fn relevance(&self, data: &Value) -> Vec<Relevance> {
        crate::relevance::relevance(self, data)
    }

    /// Take out the values of the fields that are not relevant, as a page
    /// that hides their parts leaves them out of what it submits (the drop-in,
    /// and a form post answered by `serve`). Taking one out can hide another
    /// part, so this goes on until nothing more goes, as the drop-in shows and
    /// hides parts until nothing changes; each round takes out at least one
    /// value, so it ends. Returns the pointers of the values taken out.
    pub fn leave_out_hidden(&self, data: &mut Value) -> Vec<String> {
        crate::relevance::leave_out_hidden(self, data)
    }

    /// Every field of the form, depth first in form order; list items as `*`.
    pub fn field_info(&self) -> Vec<FieldInfo<'_>> {
        crate::describe::field_info(self)
    }

    /// [`Form::field_info`] as JSON (the same bytes in every runtime).
    pub fn field_info_json(&self) -> String {
        crate::describe::field_info_json(self)
    }

    /// The JSON Schema (2020-12) of the data this form accepts.
    pub fn schema(&self) -> Value {
        crate::schema::schema(self)
    }

    /// The report of this form for issues already worded.
    pub(crate) fn report(&self, issues: Vec<Issue>) -> Report {
        Report {
            valid: !issues.iter().any(|i| i.severity == Severity::Error),
            form: self.id().to_owned(),
            ruleset: RulesetRef {
                id: self.id().to_owned(),
                version: self.version().to_owned(),
                hash: self.hash().to_owned(),
            },
            issues,
        }
    }
}
