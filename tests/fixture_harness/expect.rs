//! A case's `expect` against what the engine gave (tests/fixtures/README.md): the
//! exact issues (path, code, severity, in order) with their listed `params` and
//! `messageContains`, the verdict, or the error with the rule set's exact problems.

use super::case::{Case, Output};
use skjemasjekk::{Report, Severity, Value};

/// How a rule set's problems differ from `expect.diagnostics` (the exact list,
/// in order: `path` equal, the message containing `messageContains`), if they do.
fn diagnostics_differ(want: Option<&Value>, got: Option<&Value>) -> Option<String> {
    let got = got.cloned().unwrap_or(Value::Null);
    let (Some(Value::Array(want)), Value::Array(got)) = (want, &got) else {
        return want.map(|_| format!("expected diagnostics, got {}", got.to_json()));
    };
    let matches = |w: &Value, g: &Value| {
        let text = |v: &Value, k| v.get(k).and_then(Value::as_str).map(str::to_owned);
        text(w, "path") == text(g, "path")
            && text(g, "message")
                .zip(text(w, "messageContains"))
                .is_some_and(|(m, part)| m.contains(&part))
    };
    (want.len() != got.len() || want.iter().zip(got).any(|(w, g)| !matches(w, g))).then(|| {
        format!(
            "diagnostics differ\n    got:  {}\n    want: {}",
            Value::Array(got.clone()).to_json(),
            Value::Array(want.clone()).to_json()
        )
    })
}

/// `path code severity` of each issue, as `expect.issues` lists them.
fn issue_lines(report: &Report) -> Vec<String> {
    let severity = |s| {
        if s == Severity::Error {
            "error"
        } else {
            "warning"
        }
    };
    let line =
        |i: &skjemasjekk::Issue| format!("{} {} {}", i.path, i.kind.code(), severity(i.severity));
    report.issues.iter().map(line).collect()
}

/// Where the issues' listed `params` and `messageContains` do not hold.
fn details(items: &[Value], report: &Report) -> Vec<String> {
    let mut detail = vec![];
    for (want, got) in items.iter().zip(&report.issues) {
        if let Some(Value::Object(params)) = want.get("params") {
            let have = got.kind.params();
            for (k, v) in params {
                let found = have.iter().find(|(hk, _)| hk == k).map(|(_, hv)| hv);
                if found != Some(v) {
                    detail.push(format!(
                        "{}: params.{k} is {:?}, expected {}",
                        got.path,
                        found.map(Value::to_json),
                        v.to_json()
                    ));
                }
            }
        }
        if let Some(text) = want.get("messageContains").and_then(Value::as_str) {
            if !got.message.contains(text) {
                detail.push(format!(
                    "{}: message {:?} does not contain {text:?}",
                    got.path, got.message
                ));
            }
        }
    }
    detail
}

/// How a report differs from `expect` (issues, their details, the verdict), if it does.
fn report_differs(expect: &Value, report: &Report) -> Option<String> {
    let got = issue_lines(report);
    let items: &[Value] = match expect.get("issues") {
        Some(Value::Array(items)) => items,
        _ => &[],
    };
    let field = |i: &Value, k: &str, default: &'static str| {
        i.get(k)
            .and_then(Value::as_str)
            .unwrap_or(default)
            .to_owned()
    };
    let want: Vec<String> = items
        .iter()
        .map(|i| {
            format!(
                "{} {} {}",
                field(i, "path", "?"),
                field(i, "code", "?"),
                field(i, "severity", "error")
            )
        })
        .collect();
    let detail = details(items, report);
    let valid_ok = expect
        .get("valid")
        .and_then(Value::as_bool)
        .is_none_or(|v| v == report.valid);
    (got != want || !valid_ok || !detail.is_empty()).then(|| {
        let valid = expect.get("valid").map(|v| v.to_json());
        format!(
            "valid {} (expected {valid:?})\n    got:  {got:?}\n    want: {want:?}\n    {}",
            report.valid,
            detail.join("\n    ")
        )
    })
}

/// How the case's output differs from its `expect`, if it does.
pub fn differs(case: &Case) -> Option<String> {
    let Some(expect) = case.file.get("expect") else {
        return Some("the case needs expect".into());
    };
    match (expect.get("error"), &case.output) {
        (Some(Value::String(want)), Output::Error(e, diagnostics)) if e.contains(want.as_str()) => {
            diagnostics_differ(expect.get("diagnostics"), diagnostics.as_ref())
        }
        (Some(want), Output::Error(e, _)) => Some(format!("error {e:?} does not contain {want:?}")),
        (Some(want), Output::Report(_, text)) => {
            Some(format!("expected the error {want:?}, got a report {text}"))
        }
        (None, Output::Error(e, _)) => Some(format!("expected a report, got the error {e}")),
        (None, Output::Report(report, _)) => report_differs(expect, report),
    }
}
