//! Checks shared by the fuzz targets: what must hold for every report, whatever
//! the input. A failed check aborts the run like a crash, so libFuzzer keeps the
//! input that broke it.

use skjemasjekk::no::check_fodselsnummer;
use skjemasjekk::validate::PathSeg;
use skjemasjekk::{builtin, parse_json, Form, Lang, Options, Report, Severity, Value};
use std::sync::Arc;

/// The selector byte (its value picks the built-in form; the targets read
/// their other bits), that form, and the rest of the input as text.
pub fn select(data: &[u8]) -> Option<(u8, &'static Arc<Form>, &str)> {
    let (&sel, rest) = data.split_first()?;
    let text = std::str::from_utf8(rest).ok()?;
    let forms = builtin();
    let form = forms.get(usize::from(sel) % forms.len().max(1))?;
    Some((sel, form, text))
}

/// Every run of 11 digits in the strings and keys of `data` that is a valid
/// fødselsnummer (what a message must never repeat).
pub fn fodselsnumre(data: &Value) -> Vec<String> {
    let mut out = vec![];
    let mut stack = vec![data];
    let mut scan = |s: &str| {
        let chars: Vec<char> = s.chars().collect();
        for w in chars.windows(11) {
            let n: String = w.iter().collect();
            if w.iter().all(char::is_ascii_digit) && check_fodselsnummer(&n).is_ok() {
                out.push(n);
            }
        }
    };
    while let Some(v) = stack.pop() {
        match v {
            Value::String(s) => scan(s),
            Value::Array(items) => stack.extend(items),
            Value::Object(members) => {
                for (k, v) in members {
                    scan(k);
                    stack.push(v);
                }
            }
            _ => {}
        }
    }
    out
}

/// The value at a parsed JSON Pointer, looked up here rather than by the
/// engine (an oracle should not ask the code it checks).
pub fn at_pointer<'v>(mut v: &'v Value, path: &[PathSeg]) -> Option<&'v Value> {
    for seg in path {
        v = match (v, seg) {
            (Value::Object(_), PathSeg::Key(k)) => v.get(k)?,
            (Value::Object(_), PathSeg::Index(i)) => v.get(&i.to_string())?,
            (Value::Array(_), PathSeg::Index(i)) => v.at(*i)?,
            _ => return None,
        };
    }
    Some(v)
}

/// What every report must satisfy: `valid` agrees with the severities, every
/// path is a JSON Pointer, no message echoes a fødselsnummer found in `data`,
/// and the JSON of the report is well formed. A number that the rule set's own
/// text has too (a label, a message: `authored`) is exempt: messages show the
/// author's words as written, and the fuzzer may copy them into the data.
pub fn check_report(report: &Report, data: &Value, authored: &Value) {
    let own = fodselsnumre(authored);
    let mut secrets = fodselsnumre(data);
    secrets.retain(|n| !own.contains(n));
    let has_error = report.issues.iter().any(|i| i.severity == Severity::Error);
    assert_eq!(report.valid, !has_error, "valid disagrees with the issues");
    for issue in &report.issues {
        assert!(
            issue.path.is_empty() || issue.path.starts_with('/'),
            "not a JSON Pointer: {:?}",
            issue.path
        );
        assert!(
            !issue.message.is_empty(),
            "an empty message at {}",
            issue.path
        );
        for n in &secrets {
            assert!(
                !issue.message.contains(n.as_str()),
                "a message echoes a fødselsnummer: {}",
                issue.message
            );
        }
    }
    let json = report.to_json();
    assert!(
        skjemasjekk::parse_json(&json).is_ok(),
        "the report is not JSON: {json}"
    );
}

/// JSON text against a compiled form, in strict and loose mode. Beyond "no
/// panic": both reports satisfy `check_report`; strict mode may only add
/// `unknown_field` issues to what loose mode reports; the text path
/// (`validate_json`) and the value path (`validate`) agree; and for the first
/// issue's path, `validate_field` returns that path's issues. `authored` is
/// the form's rule set (see `check_report`).
pub fn check_document(form: &Form, text: &str, lang: Lang, authored: &Value) {
    let strict = Options { lang, strict: true };
    let loose = Options {
        lang,
        strict: false,
    };
    let Ok(report) = form.validate_json(text, &strict) else {
        assert!(parse_json(text).is_err(), "valid JSON refused");
        return;
    };
    let Ok(value) = parse_json(text) else {
        panic!("validate_json accepted what parse_json refuses");
    };
    check_report(&report, &value, authored);
    assert_eq!(
        form.validate(&value, &strict),
        report,
        "text and value paths differ"
    );

    let loose_report = form.validate(&value, &loose);
    check_report(&loose_report, &value, authored);
    let strict_only: Vec<_> = report
        .issues
        .iter()
        .filter(|i| i.kind.code() != "unknown_field")
        .collect();
    let loose_all: Vec<_> = loose_report.issues.iter().collect();
    assert_eq!(
        strict_only, loose_all,
        "strict mode changed more than unknown_field issues"
    );

    if let Some(first) = report.issues.first() {
        let Ok(field) = form.validate_field(&value, &first.path, &strict) else {
            panic!(
                "validate_field refused a path from the report: {}",
                first.path
            );
        };
        for issue in report.issues.iter().filter(|i| i.path == first.path) {
            assert!(
                field.contains(issue),
                "validate_field({}) lost {issue:?}",
                first.path
            );
        }
    }
}

/// The project's root directory, whether built as the fuzz crate (in fuzz/)
/// or into the main crate's tests.
pub fn project_root() -> &'static std::path::Path {
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    if here.ends_with("fuzz") {
        here.parent().unwrap_or(here)
    } else {
        here
    }
}

/// The files of `dir`, sorted by name (the order fixed indexes and seeds rely
/// on); none when it cannot be read.
pub fn files_in(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    files
}

/// The language a selector byte's bits 2–3 pick.
pub fn lang(sel: u8) -> Lang {
    Lang::ALL
        .get(usize::from(sel >> 2) % 3)
        .copied()
        .unwrap_or_default()
}
