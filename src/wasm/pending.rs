//! TEMPORARY stand-ins for core API that the engine branch has not landed yet
//! (`Form::title`, `Form::validate_json`, `Form::validate_field`, `live::LiveForm`,
//! `messages::ui_all`), with the signatures the design fixes. They only compose
//! what the skeleton already has; no rule logic. Inherent methods of the same
//! names take precedence over this trait, so once main has them this file is
//! deleted and the bindings compile unchanged.

use crate::{parse_json, Error, Form, Issue, Lang, Options, Report, Value};
use std::sync::Arc;

/// Form methods the bindings call that the skeleton lacks.
pub trait PendingFormApi {
    fn title(&self, lang: Lang) -> &str;
    fn validate_json(&self, text: &str, opts: &Options) -> Result<Report, Error>;
    fn validate_field(&self, data: &Value, pointer: &str, opts: &Options) -> Vec<Issue>;
}

impl PendingFormApi for Form {
    fn title(&self, _lang: Lang) -> &str {
        self.id()
    }
    fn validate_json(&self, text: &str, opts: &Options) -> Result<Report, Error> {
        Ok(self.validate(&parse_json(text)?, opts))
    }
    fn validate_field(&self, data: &Value, pointer: &str, opts: &Options) -> Vec<Issue> {
        let report = self.validate(data, opts);
        report
            .issues
            .into_iter()
            .filter(|i| i.path == pointer)
            .collect()
    }
}

/// Stand-in for `skjemasjekk::messages::ui_all`.
pub fn ui_all(_lang: Lang) -> Vec<(&'static str, &'static str)> {
    Vec::new()
}

/// Stand-in for `skjemasjekk::live`.
pub mod live {
    use super::*;

    /// What changed in the report after one edit.
    #[derive(Debug, serde::Serialize)]
    pub struct Delta {
        pub valid: bool,
        pub added: Vec<Issue>,
        pub removed: Vec<Issue>,
    }

    /// A form being filled in: holds the data and the current report.
    pub struct LiveForm {
        form: Arc<Form>,
        data: Value,
        opts: Options,
        report: Report,
    }

    impl LiveForm {
        pub fn new(form: Arc<Form>, data: Value, opts: Options) -> LiveForm {
            let report = form.validate(&data, &opts);
            LiveForm {
                form,
                data,
                opts,
                report,
            }
        }

        pub fn set(&mut self, pointer: &str, value: Option<Value>) -> Result<Delta, Error> {
            if !(pointer.is_empty() || pointer.starts_with('/')) {
                return Err(Error::UnknownForm(format!("bad pointer {pointer}")));
            }
            if pointer.is_empty() {
                self.data = value.unwrap_or_default();
            }
            let before =
                std::mem::replace(&mut self.report, self.form.validate(&self.data, &self.opts));
            Ok(Delta {
                valid: self.report.valid,
                added: vec![],
                removed: before.issues,
            })
        }

        pub fn report(&self) -> &Report {
            &self.report
        }

        pub fn data(&self) -> &Value {
            &self.data
        }
    }
}
