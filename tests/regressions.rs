//! Regression tests for what the fuzzers (fuzz/) and the property tests found.
//! Each test names the input that broke an invariant and the verdict it must get.
//!
//! This file has the verdicts of validation (whole numbers, strict mode, unique
//! items) and the small forms the tests share; `regressions/messages.rs` what a
//! message shows of the data, `regressions/values.rs` reading JSON text and how
//! deep a value may nest, `regressions/live.rs` changes to a live form.

#[path = "regressions/live.rs"]
mod live;
#[path = "regressions/messages.rs"]
mod messages;
#[path = "regressions/values.rs"]
mod values;

use skjemasjekk::{Form, Lang, Options};

/// A rule set with one optional text field `a` and one optional object `o`
/// holding an optional text `t`.
fn small_form() -> Form {
    let text = r#"{"id":"small","version":"1","title":{"nb":"S","nn":"S","en":"S"},
      "fields":{
        "a":{"type":"text","optional":true,"label":{"nb":"A","nn":"A","en":"A"}},
        "o":{"type":"object","optional":true,"label":{"nb":"O","nn":"O","en":"O"},
             "fields":{"t":{"type":"text","label":{"nb":"T","nn":"T","en":"T"}}}}}}"#;
    Form::compile(text).unwrap()
}

fn strict(lang: Lang) -> Options {
    Options { lang, strict: true }
}

/// A form with one optional integer field `n`.
fn integer_form() -> Form {
    let text = r#"{"id":"int","version":"1","title":{"nb":"I","nn":"I","en":"I"},
      "fields":{"n":{"type":"integer","optional":true,"label":{"nb":"N","nn":"N","en":"N"}}}}"#;
    Form::compile(text).unwrap()
}

/// Hostile corpus: a whole number beyond the range of i64 got `type` while one
/// just inside it got `maximum`; the verdict must not flip at 2^63.
#[test]
fn whole_numbers_beyond_i64_are_out_of_range_not_the_wrong_type() {
    let form = integer_form();
    let code = |n: &str| {
        let report = form
            .validate_json(&format!("{{\"n\": {n}}}"), &strict(Lang::Nb))
            .unwrap();
        report
            .issues
            .iter()
            .map(|i| i.kind.code())
            .collect::<Vec<_>>()
            .join(",")
    };
    for n in [
        "9007199254740992",
        "9223372036854775807",
        "9223372036854775808",
        "18446744073709551616",
        "1e19",
        "1e300",
        "9.3e18",
    ] {
        assert_eq!(code(n), "maximum", "{n}");
    }
    for n in [
        "-9007199254740992",
        "-9223372036854775809",
        "-1e19",
        "-1e300",
    ] {
        assert_eq!(code(n), "minimum", "{n}");
    }
    for n in ["1.5", "1e-3", "\"1\""] {
        assert_eq!(code(n), "type", "{n}");
    }
    for n in ["9007199254740991", "-9007199254740991", "2.0", "1e15", "-0"] {
        assert_eq!(code(n), "", "{n}");
    }
}

/// fuzz/validate (strict may only add `unknown_field`): in strict mode an
/// optional or forbidden object that was not filled in was checked field by
/// field, so `{"hasPlans": true, "noPlanAssessment": {"assessments": null}}`
/// got `required` inside an object that must be absent. Only unknown keys are
/// looked for there now, nested ones too.
#[test]
fn strict_mode_adds_only_unknown_fields() {
    use skjemasjekk::Options;
    let form = skjemasjekk::builtin_form("pilotplan").unwrap();
    let text = r#"{"hasPlans": true, "noPlanAssessment": {"assessments": null, "typo": " "},
                   "agency": {"name": null, "extra": null}}"#;
    let loose = form.validate_json(text, &Options::default()).unwrap();
    let strict = form.validate_json(text, &strict(Lang::Nb)).unwrap();
    let without_unknown: Vec<_> = strict
        .issues
        .iter()
        .filter(|i| i.kind.code() != "unknown_field")
        .cloned()
        .collect();
    assert_eq!(without_unknown, loose.issues);
    let unknown: Vec<&str> = strict
        .issues
        .iter()
        .filter(|i| i.kind.code() == "unknown_field")
        .map(|i| i.path.as_str())
        .collect();
    assert_eq!(unknown, ["/agency/extra", "/noPlanAssessment/typo"]);
    assert!(!strict
        .issues
        .iter()
        .any(|i| i.path.starts_with("/noPlanAssessment/assessments")));
}

/// uniqueItems compared objects member by member in order, so reordering the
/// members of a repeated item hid the repeat (and a report depended on member
/// order). Items are now equal when they are equal as JSON values.
#[test]
fn unique_items_compare_objects_whatever_their_member_order() {
    let label = r#"{"nb":"L","nn":"L","en":"L"}"#;
    let form = Form::compile(&format!(
        r#"{{"id":"u","version":"1","title":{label},"fields":{{"people":{{"type":"list","uniqueItems":true,"label":{label},
          "item":{{"type":"object","label":{label},"fields":{{"a":{{"type":"text","label":{label}}},"b":{{"type":"integer","label":{label}}}}}}}}}}}}}"#
    ))
    .unwrap();
    let report = form
        .validate_json(
            r#"{"people": [{"a": "x", "b": 1}, {"b": 1, "a": "x"}, {"a": "x", "b": 1.0}, {"a": "y", "b": 1}]}"#,
            &strict(Lang::Nb),
        )
        .unwrap();
    let got: Vec<(&str, &str)> = report
        .issues
        .iter()
        .map(|i| (i.path.as_str(), i.kind.code()))
        .collect();
    assert_eq!(
        got,
        [("/people/1", "unique_items"), ("/people/2", "unique_items")]
    );
}

/// Fuzz `validate` (session 2): in strict mode `{"o": {"3442": 1}}` gets
/// `unknown_field` at `/o/3442`, but `validate_field("/o/3442")` returned
/// nothing: the pointer's `3442` was read as a list index and compared unequal
/// to the key "3442". A segment now matches a key with the same spelling.
#[test]
fn validate_field_finds_issues_at_keys_that_look_like_indexes() {
    use skjemasjekk::parse_json;
    let form = small_form();
    let opts = strict(Lang::Nb);
    let data = parse_json(r#"{"o": {"t": "x", "3442": 1, "07": 2}}"#).unwrap();
    let report = form.validate(&data, &opts);
    let paths: Vec<&str> = report.issues.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(paths, ["/o/07", "/o/3442"]);
    for pointer in ["/o/3442", "/o/07", "/o"] {
        let issues = form.validate_field(&data, pointer, &opts).unwrap();
        let want: Vec<_> = report
            .issues
            .iter()
            .filter(|i| i.path.starts_with(pointer))
            .collect();
        assert_eq!(issues.iter().collect::<Vec<_>>(), want, "{pointer}");
    }
    // "/o/344" is not "/o/3442", and "/o/7" is not the key "07".
    assert!(form
        .validate_field(&data, "/o/344", &opts)
        .unwrap()
        .is_empty());
    assert!(form
        .validate_field(&data, "/o/7", &opts)
        .unwrap()
        .is_empty());
}
