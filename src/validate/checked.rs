//! A validation's verdict in no language yet: check once, word it in any
//! language as often as needed.
//!
//! [`Form::validate`] words its issues as it finishes. [`Form::check`] stops
//! before that and keeps the issues, in report order, as [`Finding`]s; a page
//! that switches from bokmål to English asks [`Checked::report`] for the other
//! language instead of validating the document again. The report it gives is
//! byte for byte the one `validate` gives in that language (tested over every
//! fixture in tests/fixtures.rs).

use super::finding::Finding;
use super::{finish, Run};
use crate::form::Form;
use crate::lang::Lang;
use crate::report::{Report, Severity};
use crate::value::Value;
use crate::Options;

/// The issues of one validation, ordered, not yet worded.
#[derive(Debug, Clone)]
pub struct Checked<'f> {
    form: &'f Form,
    findings: Vec<Finding>,
}

/// Validate `data` without wording the issues (`opts.lang` is not used):
/// [`Checked::report`] words them in the language asked for.
pub(crate) fn check<'f>(form: &'f Form, data: &Value, opts: &Options) -> Checked<'f> {
    let pending = Run::new(form, data, *opts).run();
    let findings = finish::in_order(form, pending)
        .into_iter()
        .map(Finding::new)
        .collect();
    Checked { form, findings }
}

impl Checked<'_> {
    /// The report in `lang`, equal to `validate` with that language.
    pub fn report(&self, lang: Lang) -> Report {
        let issues = self
            .findings
            .iter()
            .map(|f| f.word(self.form, lang))
            .collect();
        self.form.report(issues)
    }

    /// Whether the data may be submitted (no issue of severity error).
    pub fn valid(&self) -> bool {
        !self
            .findings
            .iter()
            .any(|f| f.severity() == Severity::Error)
    }

    /// The issues found, in report order.
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }
}

#[cfg(test)]
mod tests {
    use crate::{Lang, Options};

    #[test]
    fn one_check_words_the_same_report_in_every_language() {
        let Some(form) = crate::compile::builtin_form("pilotplan") else {
            panic!("the built-in pilot plan is missing");
        };
        let data = crate::parse_json(r#"{"agency":{"organizationNumber":"123"},"pilots":[{}]}"#);
        let Ok(data) = data else {
            panic!("test data is JSON");
        };
        let opts = Options {
            lang: Lang::Nb,
            strict: true,
        };
        let checked = form.check(&data, &opts);
        assert!(!checked.valid());
        assert!(checked.findings().len() > 3);
        for lang in [Lang::Nb, Lang::Nn, Lang::En] {
            let opts = Options { lang, ..opts };
            assert_eq!(checked.report(lang), form.validate(&data, &opts));
        }
        assert_ne!(checked.report(Lang::Nb), checked.report(Lang::En));
    }
}
