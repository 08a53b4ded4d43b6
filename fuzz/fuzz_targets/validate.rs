//! Arbitrary JSON text against both built-in forms. The first byte picks the
//! form, strict or not, and the language; the rest is the document.
//!
//! Beyond "no panic": a report must satisfy `common::check_report`; strict mode
//! may only add `unknown_field` issues to what non-strict mode reports; the text
//! path (`validate_json`) and the value path (`validate`) agree; and for the
//! first issue's path, `validate_field` returns that path's issues.

#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use skjemasjekk::{parse_json, Lang, Options};

fuzz_target!(|data: &[u8]| {
    let Some((sel, form, text)) = common::select(data) else {
        return;
    };
    let lang = [Lang::Nb, Lang::Nn, Lang::En]
        .get(usize::from(sel >> 2) % 3)
        .copied()
        .unwrap_or_default();
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
    common::check_report(&report, &value);
    assert_eq!(
        form.validate(&value, &strict),
        report,
        "text and value paths differ"
    );

    let loose_report = form.validate(&value, &loose);
    common::check_report(&loose_report, &value);
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
});
