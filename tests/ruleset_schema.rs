//! The JSON Schema of the rule-set language (`pkg/ruleset.schema.json`) against
//! the compiler's own vocabulary (`skjemasjekk::compile::vocabulary`): every key
//! of a rule set, a field, each field type, a rule, each rule kind, an option and
//! a text, every field type, rule kind and expression operator, and every issue code a field's
//! `messages` may name are in the schema, and the schema has none the compiler
//! does not know. (Validation of rule sets with the schema is in
//! tests/node/ruleset-schema.test.mjs, with Ajv.) Also: `$schema` is accepted at
//! the top of a rule set only, and does not enter the content hash.

use skjemasjekk::compile::{vocabulary as v, ISSUE_CODES};
use skjemasjekk::{parse_json, Form, Value};
use std::collections::BTreeSet;

fn schema() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/pkg/ruleset.schema.json");
    let text = std::fs::read_to_string(path).unwrap();
    parse_json(&text).unwrap()
}

fn at<'a>(v: &'a Value, pointer: &str) -> &'a Value {
    pointer
        .split('/')
        .skip(1)
        .fold(v, |v, k| v.get(k).unwrap_or_else(|| panic!("no {pointer}")))
}

fn keys(v: &Value) -> BTreeSet<String> {
    match v {
        Value::Object(m) => m.iter().map(|(k, _)| k.clone()).collect(),
        _ => panic!("not an object: {}", v.to_json()),
    }
}

fn strings(v: &Value) -> BTreeSet<String> {
    match v {
        Value::Array(items) => items
            .iter()
            .map(|s| s.as_str().unwrap().to_owned())
            .collect(),
        _ => panic!("not an array: {}", v.to_json()),
    }
}

fn set(words: &[&str]) -> BTreeSet<String> {
    words.iter().map(|w| (*w).to_owned()).collect()
}

/// The `then` keys of each `if {<tag>: const}` branch of an `allOf`, by tag value.
fn branches(v: &Value, tag: &str) -> Vec<(String, BTreeSet<String>)> {
    let Value::Array(all) = at(v, "/allOf") else {
        panic!("allOf is not a list");
    };
    all.iter()
        .map(|b| {
            let name = at(b, &format!("/if/properties/{tag}/const"));
            let own = b.get("then").and_then(|t| t.get("properties"));
            (
                name.as_str().unwrap().to_owned(),
                own.map(keys).unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn the_schema_knows_every_key_of_the_rule_set_field_option_and_text() {
    let s = schema();
    assert_eq!(keys(at(&s, "/properties")), set(&v::RULESET_KEYS));
    assert_eq!(at(&s, "/additionalProperties"), &Value::Bool(false));
    let field = at(&s, "/$defs/field");
    assert_eq!(keys(at(field, "/properties")), set(&v::FIELD_KEYS));
    assert_eq!(at(field, "/unevaluatedProperties"), &Value::Bool(false));
    let mut option = set(&v::OPTION_KEYS);
    option.insert("$comment".into());
    assert_eq!(keys(at(&s, "/$defs/option/properties")), option);
    let mut text = set(&v::TEXT_KEYS);
    text.insert("$comment".into());
    assert_eq!(keys(at(&s, "/$defs/text/properties")), text);
    let codes = strings(at(field, "/properties/messages/propertyNames/enum"));
    assert_eq!(codes, set(&ISSUE_CODES));
}

#[test]
fn the_schema_knows_every_field_type_and_its_keys() {
    let s = schema();
    let field = at(&s, "/$defs/field");
    let types = strings(at(field, "/properties/type/enum"));
    assert_eq!(types, set(&v::field_types()));
    let branches = branches(field, "type");
    for name in v::field_types() {
        let own = v::field_type_keys(name).unwrap();
        let found: Vec<_> = branches.iter().filter(|(n, _)| n == name).collect();
        match found.as_slice() {
            [] => assert!(
                own.is_empty(),
                "{name} has keys but no branch in the schema"
            ),
            [(_, keys)] => assert_eq!(keys, &set(own), "the keys of a {name} field"),
            _ => panic!("{name} has two branches"),
        }
    }
    assert!(branches.iter().all(|(n, _)| types.contains(n)));
}

#[test]
fn the_schema_knows_every_rule_kind_and_its_keys() {
    let s = schema();
    let rule = at(&s, "/$defs/rule");
    let mut common = set(&v::RULE_KEYS);
    common.insert("$comment".into());
    assert_eq!(keys(at(rule, "/properties")), common);
    assert_eq!(at(rule, "/unevaluatedProperties"), &Value::Bool(false));
    let kinds: Vec<&str> = v::RULE_KINDS.iter().map(|(k, _)| *k).collect();
    assert_eq!(strings(at(rule, "/properties/kind/enum")), set(&kinds));
    let branches = branches(rule, "kind");
    assert_eq!(branches.len(), v::RULE_KINDS.len());
    for (kind, own) in v::RULE_KINDS {
        let (_, keys) = branches.iter().find(|(n, _)| n == kind).unwrap();
        assert_eq!(keys, &set(own), "the keys of a {kind} rule");
    }
}

#[test]
fn the_schema_knows_every_operator_of_the_expressions() {
    let s = schema();
    let Value::Array(forms) = at(&s, "/$defs/expression/anyOf") else {
        panic!("expression/anyOf is not a list");
    };
    let ops = forms
        .iter()
        .find_map(|f| f.get("properties"))
        .expect("an operation form");
    assert_eq!(keys(ops), set(&skjemasjekk::expr::operators()));
}

const SMALL: &str = r#"{
  "id": "x",
  "version": "1",
  "title": { "nb": "X", "nn": "X", "en": "X" },
  "fields": { "a": { "type": "text", "label": { "nb": "A", "nn": "A", "en": "A" } } }
}
"#;

#[test]
fn schema_is_accepted_at_the_top_only_and_is_not_hashed() {
    let plain = Form::compile(SMALL).unwrap();
    let named = SMALL.replacen("{\n", "{\n  \"$schema\": \"./ruleset.schema.json\",\n", 1);
    let named = Form::compile(&named).unwrap();
    assert_eq!(named.hash(), plain.hash());
    let elsewhere = SMALL.replacen(
        "\"type\": \"text\",",
        "\"type\": \"text\", \"$schema\": \"s\",",
        1,
    );
    let e = Form::compile(&elsewhere).unwrap_err();
    assert_eq!(e.diagnostics[0].path, "/fields/a/$schema");
    let other = SMALL.replacen("{\n", "{\n  \"$id\": \"s\",\n", 1);
    assert_eq!(
        Form::compile(&other).unwrap_err().diagnostics[0].path,
        "/$id"
    );
}
