//! The hand-written TypeScript types of the wasm package (src/wasm/types.d.ts)
//! must name exactly the issue codes and UI text keys the engine has, so the
//! `IssueCode` and `UiTextKey` unions, the `FieldType` union and the keys of
//! `FieldInfo` cannot drift from the Rust code. Native.
#![cfg(not(target_arch = "wasm32"))]

use skjemasjekk::compile::ISSUE_CODES;
use skjemasjekk::messages::ui_all;
use skjemasjekk::model::IdKind;
use skjemasjekk::{Form, Lang};
use std::collections::BTreeSet;

const TYPES: &str = include_str!("../src/wasm/types.d.ts");

/// The body of `export interface NAME { ... }` or `export type NAME = ... ;` in
/// types.d.ts (`name` includes the keywords).
fn declaration(name: &str) -> &'static str {
    let start = TYPES
        .find(&format!("{name} "))
        .unwrap_or_else(|| panic!("types.d.ts declares no {name}"));
    let rest = &TYPES[start..];
    let end = if name.starts_with("export interface") {
        rest.find("\n}")
    } else {
        rest.find(";\n")
    };
    &rest[..end.unwrap()]
}

#[test]
fn issue_params_has_one_entry_per_issue_code() {
    let body = declaration("export interface IssueParams");
    let declared: BTreeSet<&str> = body
        .lines()
        .filter_map(|l| l.trim().split_once(':'))
        .map(|(k, _)| k.trim())
        .filter(|k| k.chars().all(|c| c.is_ascii_lowercase() || c == '_') && !k.is_empty())
        .collect();
    let codes: BTreeSet<&str> = ISSUE_CODES.iter().copied().collect();
    assert_eq!(declared, codes);
}

#[test]
fn ui_text_key_names_every_ui_text() {
    let declared = union_names("export type UiTextKey");
    for lang in Lang::ALL {
        let keys: BTreeSet<&str> = ui_all(lang).into_iter().map(|(k, _)| k).collect();
        assert_eq!(declared, keys, "{lang:?}");
    }
}

/// The quoted names of a union type such as `FieldType`.
fn union_names(name: &str) -> BTreeSet<&'static str> {
    declaration(name).split('"').skip(1).step_by(2).collect()
}

#[test]
fn field_type_names_exactly_the_types_a_rule_set_may_use() {
    let declared = union_names("export type FieldType");
    for id in IdKind::ALL {
        assert!(declared.contains(id.type_name()), "{}", id.type_name());
    }
    // One field of every declared type compiles, and `field_info` names it back.
    let label = r#"{"nb":"F","nn":"F","en":"F"}"#;
    let extra = |t: &str| match t {
        "enum" | "multi_enum" => format!(r#","options":[{{"value":"a","label":{label}}}]"#),
        "object" => format!(r#","fields":{{"x":{{"type":"text","label":{label}}}}}"#),
        "list" => format!(r#","item":{{"type":"text","label":{label}}}"#),
        _ => String::new(),
    };
    let fields: Vec<String> = declared
        .iter()
        .map(|t| format!(r#""f_{t}":{{"type":"{t}","label":{label}{}}}"#, extra(t)))
        .collect();
    let ruleset = format!(
        r#"{{"id":"all","version":"1","title":{label},"fields":{{{}}}}}"#,
        fields.join(",")
    );
    let form = Form::compile(&ruleset).unwrap();
    let reported: BTreeSet<&str> = form
        .field_info()
        .iter()
        .filter(|f| f.path.starts_with("/f_") && f.path.matches('/').count() == 1)
        .map(|f| f.type_name)
        .collect();
    assert_eq!(reported, declared);
    // A rule set naming any other type does not compile.
    let other = ruleset.replace(r#""type":"text""#, r#""type":"string""#);
    assert!(Form::compile(&other).is_err());
}

#[test]
fn field_info_declares_every_key_the_engine_sends() {
    let body = declaration("export interface FieldInfo");
    let declared: BTreeSet<&str> = body
        .lines()
        .filter_map(|l| l.trim().split_once(':'))
        .map(|(k, _)| k.trim().trim_end_matches('?'))
        .filter(|k| !k.is_empty() && k.chars().all(|c| c.is_ascii_alphabetic()))
        .collect();
    let mut sent = BTreeSet::new();
    for form in skjemasjekk::builtin() {
        let json: serde_json::Value = serde_json::from_str(&form.field_info_json()).unwrap();
        for field in json.as_array().unwrap() {
            sent.extend(field.as_object().unwrap().keys().cloned());
        }
    }
    let sent: BTreeSet<&str> = sent.iter().map(String::as_str).collect();
    assert_eq!(declared, sent);
}
