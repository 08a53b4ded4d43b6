//! Checks shared by the fuzz targets: what must hold for every report, whatever
//! the input. A failed check aborts the run like a crash, so libFuzzer keeps the
//! input that broke it.

#![allow(dead_code)]

use skjemasjekk::no::check_fodselsnummer;
use skjemasjekk::{builtin, Form, Report, Severity, Value};
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

/// What every report must satisfy: `valid` agrees with the severities, every
/// path is a JSON Pointer, no message echoes a fødselsnummer found in `data`,
/// and the JSON of the report is well formed.
pub fn check_report(report: &Report, data: &Value) {
    let secrets = fodselsnumre(data);
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
