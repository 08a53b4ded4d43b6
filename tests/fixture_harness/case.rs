//! One fixture case run natively: its inputs read from the case file as every
//! runtime reads them (tests/fixtures/README.md), the engine's output (a report's
//! JSON text, or the one-line error with a rule set's problems), and the check
//! that one `Form::check` worded again in each language gives the very report
//! `validate` gives in that language.

use skjemasjekk::{builtin_form, parse_json, Form, Lang, Options, Report, Value};
use std::path::Path;
use std::sync::Arc;

/// What the engine made of a case.
pub enum Output {
    /// A report, and its JSON text (the bytes every runtime must give).
    Report(Report, String),
    /// No report: the one-line error and, when the rule set did not compile,
    /// its problems (as the bindings write them: `[{path, message}]`).
    Error(String, Option<Value>),
}

/// A case file read and run.
pub struct Case {
    /// The parsed case file (its `expect` is checked by `expect.rs`).
    pub file: Value,
    pub output: Output,
}

/// The case's options, with the defaults every runtime uses (`nb`, not strict).
fn options(case: &Value) -> Options {
    let opts = case.get("options");
    Options {
        lang: opts
            .and_then(|o| o.get("lang"))
            .and_then(Value::as_str)
            .and_then(Lang::parse)
            .unwrap_or_default(),
        strict: opts
            .and_then(|o| o.get("strict"))
            .and_then(Value::as_bool)
            .unwrap_or(false),
    }
}

/// One check, worded again in each language (`Form::check`, `Checked::report`),
/// gives the very report `validate` gives in that language.
fn reworded_alike(
    form: &Form,
    data_text: &str,
    opts: &Options,
    report: &Report,
) -> Result<(), String> {
    let data = parse_json(data_text).map_err(|e| format!("the data does not parse again: {e}"))?;
    let checked = form.check(&data, opts);
    if &checked.report(opts.lang) != report {
        return Err("check + report differs from validate".into());
    }
    if checked.valid() != report.valid {
        return Err(format!(
            "check's verdict is {}, the report's {}",
            checked.valid(),
            report.valid
        ));
    }
    for lang in [Lang::Nb, Lang::Nn, Lang::En] {
        let other = Options { lang, ..*opts };
        if checked.report(lang) != form.validate(&data, &other) {
            return Err(format!(
                "worded again in {lang:?}, check + report differs from validate"
            ));
        }
    }
    Ok(())
}

/// Read the case `name` (its path under `root` without `.json`) and run it.
pub fn run(root: &Path, name: &str) -> Result<Case, String> {
    let path = root.join(format!("{name}.json"));
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let file = parse_json(&text).map_err(|e| format!("the case file: {e}"))?;
    let opts = options(&file);
    let data_text = match (file.get("dataText"), file.get("data")) {
        (Some(Value::String(t)), _) => t.clone(),
        (_, Some(d)) => d.to_json(),
        _ => return Err("the case needs data or dataText".into()),
    };
    let form = match (
        file.get("form").and_then(Value::as_str),
        file.get("ruleset"),
    ) {
        (Some(id), _) => Ok(builtin_form(id)
            .map_err(|_| format!("unknown form {id}"))?
            .clone()),
        (None, Some(rs)) => Form::compile(&rs.to_json()).map(Arc::new),
        _ => return Err("the case needs form or ruleset".into()),
    };
    let output = match form {
        Err(e) => {
            // Every problem of a rule set that does not compile, as the bindings
            // write them (`skjemasjekk lint` adds where each stands: src/lint).
            let text = serde_json::to_string(&e.diagnostics).map_err(|e| e.to_string())?;
            let diagnostics = parse_json(&text).map_err(|e| e.to_string())?;
            Output::Error(e.to_string(), Some(diagnostics))
        }
        Ok(form) => match form.validate_json(&data_text, &opts) {
            Err(e) => Output::Error(e.to_string(), None),
            Ok(report) => {
                reworded_alike(&form, &data_text, &opts, &report)?;
                let text = report.to_json();
                Output::Report(report, text)
            }
        },
    };
    Ok(Case { file, output })
}
