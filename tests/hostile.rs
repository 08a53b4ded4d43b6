//! Bad input never panics and never overflows the stack: malformed JSON, wrong
//! types at every field of both forms, deep nesting, huge strings, 1e400,
//! duplicate keys. Each gets a structured issue or a clear error.

use skjemasjekk::model::{FieldKind, ObjectSchema};
use skjemasjekk::{builtin, Error, Lang, Options, Value};

fn opts() -> Options {
    Options {
        lang: Lang::Nb,
        strict: true,
    }
}

fn err(form: &str, text: &str) -> String {
    let f = skjemasjekk::builtin_form(form).unwrap();
    match f.validate_json(text, &opts()) {
        Err(Error::Json(e)) => e.to_string(),
        other => panic!("expected a JSON error, got {other:?}"),
    }
}

#[test]
fn malformed_json_gets_a_positioned_error() {
    let e = err("pilotplan", "{\"planYear\": 2024,\n  \"hasPlans\": tru }");
    assert!(e.contains("line 2"), "{e}");
    assert!(err("pilotplan", "").contains("EOF"));
    assert!(err("pilotplan", "{} {}").contains("trailing characters"));
}

#[test]
fn deep_nesting_is_refused_without_overflow() {
    for open in ["[", "{\"a\":"] {
        let close = if open == "[" { "]" } else { "}" };
        let text = open.repeat(100_000) + "1" + &close.repeat(100_000);
        assert!(err("forsokssoknad", &text).contains("nested deeper than 64 levels"));
    }
}

#[test]
fn out_of_range_numbers_and_duplicate_keys_are_refused() {
    assert!(err("pilotplan", "{\"planYear\": 1e400}").contains("number out of range"));
    assert!(err("pilotplan", "{\"planYear\": 2024, \"planYear\": 2025}")
        .contains("duplicate key \"planYear\""));
}

#[test]
fn a_ten_megabyte_string_is_a_length_issue() {
    let f = skjemasjekk::builtin_form("pilotplan").unwrap();
    let big = "å".repeat(5_000_000);
    let text = format!("{{\"agency\": {{\"name\": \"{big}\"}}}}");
    let report = f.validate_json(&text, &opts()).unwrap();
    let issue = report
        .issues
        .iter()
        .find(|i| i.path == "/agency/name")
        .expect("an issue at /agency/name");
    assert_eq!(issue.kind.code(), "max_length");
}

/// A document with `value` at `path` (keys, and `None` for "first list item").
fn doc_with(path: &[Option<&str>], value: Value) -> Value {
    let mut v = value;
    for seg in path.iter().rev() {
        v = match seg {
            Some(k) => Value::Object(vec![((*k).to_owned(), v)]),
            None => Value::Array(vec![v]),
        };
    }
    v
}

fn pointer(path: &[Option<&str>]) -> String {
    path.iter()
        .map(|s| format!("/{}", s.unwrap_or("0")))
        .collect()
}

/// Every field of a schema as a path (list items as index 0), with its type name.
fn leaves<'s>(
    schema: &'s ObjectSchema,
    prefix: Vec<Option<&'s str>>,
    out: &mut Vec<(Vec<Option<&'s str>>, &'static str)>,
) {
    for f in &schema.fields {
        let mut p = prefix.clone();
        p.push(Some(f.key.as_str()));
        out.push((p.clone(), f.kind.type_name()));
        match &f.kind {
            FieldKind::Object(s) => leaves(s, p, out),
            FieldKind::List { item, .. } => {
                p.push(None);
                out.push((p.clone(), item.kind.type_name()));
                if let FieldKind::Object(s) = &item.kind {
                    leaves(s, p, out);
                }
            }
            _ => {}
        }
    }
}

#[test]
fn wrong_types_at_every_field_get_a_type_issue_there() {
    let samples = [
        ("text", Value::from("tekst")),
        ("number", Value::from(7)),
        ("float", skjemasjekk::parse_json("2.5").unwrap()),
        ("bool", Value::from(true)),
        ("array", Value::Array(vec![Value::from(1)])),
        ("object", Value::Object(vec![("x".into(), Value::from(1))])),
    ];
    let mut checked = 0;
    for form in builtin() {
        let mut fields = vec![];
        leaves(form.fields(), vec![], &mut fields);
        assert!(
            fields.len() > 20,
            "{} has only {} fields",
            form.id(),
            fields.len()
        );
        for (path, type_name) in &fields {
            for (sample, value) in &samples {
                let fits = matches!(
                    (*type_name, *sample),
                    (
                        "text"
                            | "date"
                            | "enum"
                            | "orgnr"
                            | "fodselsnummer"
                            | "kontonummer"
                            | "kommunenummer"
                            | "fylkesnummer"
                            | "postnummer"
                            | "phone"
                            | "email",
                        "text"
                    ) | ("integer" | "decimal", "number")
                        | ("decimal", "float")
                        | ("boolean", "bool")
                        | ("list" | "multi_enum", "array")
                        | ("object", "object")
                );
                if fits {
                    continue;
                }
                let doc = doc_with(path, value.clone());
                let report = form.validate(&doc, &opts());
                let at = pointer(path);
                let ok = report
                    .issues
                    .iter()
                    .any(|i| i.path == at && i.kind.code() == "type")
                    || report
                        .issues
                        .iter()
                        .any(|i| i.kind.code() == "forbidden" && at.starts_with(&i.path));
                assert!(
                    ok,
                    "{}: {sample} at {at} ({type_name}) gave no type issue: {}",
                    form.id(),
                    report.to_json()
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 200, "only {checked} combinations checked");
}
