//! The issue codes are defined once (`skjemasjekk::report::IssueCode`); every
//! other place that names them is held to that list here: the README's list
//! of the contract, and the drop-in's codes that wait for a submit. The field
//! types (`model::FieldType`) and rule kinds (`compile::vocabulary`) must all
//! be named in the language reference, docs/ruleset-language.md. (The
//! TypeScript `IssueParams` is held to it by tests/wasm_types.rs, the
//! rule-set schema by tests/ruleset_schema.rs, the messages of every code in
//! every language by the message tests.)

use skjemasjekk::report::{IssueCode, ISSUE_CODES};
use std::collections::BTreeSet;

fn read(path: &str) -> String {
    let path = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The names in backquotes of `text`.
fn quoted(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

#[test]
fn the_readme_lists_exactly_the_codes_in_their_order() {
    let readme = read("README.md");
    let start = readme
        .find("Codes are a stable vocabulary:")
        .expect("README lists the codes");
    let list = readme.get(start..).unwrap_or_default();
    let end = list.find(". ").expect("the list ends with a full stop");
    let listed = quoted(list.get(..end).unwrap_or_default());
    assert_eq!(listed, ISSUE_CODES.to_vec());
}

#[test]
fn the_dropin_waits_for_a_submit_only_with_real_codes() {
    let js = read("pkg/dropin/visibility.js");
    let line = js
        .lines()
        .find(|l| l.contains("ONLY_ON_SUBMIT = new Set("))
        .expect("visibility.js defines ONLY_ON_SUBMIT");
    let named: BTreeSet<&str> = line.split('"').skip(1).step_by(2).collect();
    assert!(!named.is_empty(), "{line}");
    for code in named {
        assert!(
            IssueCode::from_name(code).is_some(),
            "{code} is no issue code"
        );
    }
}

#[test]
fn the_language_reference_names_every_field_type_and_rule_kind() {
    let doc = read("docs/ruleset-language.md");
    let named: BTreeSet<&str> = quoted(&doc).into_iter().collect();
    for t in skjemasjekk::model::FieldType::all() {
        assert!(
            named.contains(t.name()),
            "docs/ruleset-language.md: no `{}`",
            t.name()
        );
    }
    for (kind, _) in skjemasjekk::compile::vocabulary::RULE_KINDS {
        assert!(
            named.contains(kind),
            "docs/ruleset-language.md: no `{kind}`"
        );
    }
}
