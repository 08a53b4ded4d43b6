//! `skjemasjekk examples` (src/examples): for both built-in forms and every
//! language fixture's rule set, the valid example gets no error, each breaking
//! example gets exactly the one issue it claims (strict mode, as the server),
//! and each constraint listed as not breakable alone is so for the reason given.

use skjemasjekk::examples::{examples, Examples};
use skjemasjekk::{builtin, parse_json, Form, Lang, Options, Severity, Value};
use std::path::Path;

const STRICT: Options = Options {
    lang: Lang::Nb,
    strict: true,
};

fn check(form: &Form, name: &str) -> Examples {
    let ex = examples(form, Lang::Nb);
    let report = form.validate(&ex.valid, &STRICT);
    let errors: Vec<_> = report
        .issues
        .iter()
        .filter(|i| i.severity == Severity::Error)
        .map(|i| format!("{} {}", i.path, i.kind.code()))
        .collect();
    assert!(
        errors.is_empty(),
        "{name}: the valid example has errors: {errors:?}\n{}",
        ex.valid.to_json()
    );
    for b in &ex.breaking {
        let issues = form.validate(&b.data, &STRICT).issues;
        assert_eq!(issues.len(), 1, "{name} {}: {issues:?}", b.target);
        assert_eq!(issues[0], b.issue, "{name} {}", b.target);
    }
    for n in &ex.not_alone {
        match (n.reason, &n.data) {
            ("other_issues", Some(d)) => {
                let issues = form.validate(d, &STRICT).issues;
                assert_eq!(issues, n.issues, "{name} {}", n.target);
                let (code, path) = n.wanted.clone().unwrap();
                let alone =
                    matches!(issues.as_slice(), [i] if i.kind.code() == code && i.path == path);
                assert!(!alone && !issues.is_empty(), "{name} {}", n.target);
            }
            ("not_applied", Some(d)) => {
                assert!(
                    form.validate(d, &STRICT).issues.is_empty(),
                    "{name} {}",
                    n.target
                );
            }
            (other, None) => assert!(
                [
                    "inputs_missing",
                    "cannot_be_broken",
                    "absent_in_every_example",
                    "too_large_to_write",
                ]
                .contains(&other),
                "{name} {}: {other}",
                n.target
            ),
            (other, Some(_)) => panic!("{name} {}: {other} with data", n.target),
        }
    }
    ex
}

/// Each constraint key of each field and each rule of the rule set (JSON
/// Pointers into it) is offered broken or listed as not breakable alone.
fn every_constraint_is_tried(ruleset: &Value, ex: &Examples, name: &str) {
    let targets: Vec<&str> = ex
        .breaking
        .iter()
        .map(|b| b.target.as_str())
        .chain(ex.not_alone.iter().map(|n| n.target.as_str()))
        .collect();
    let mut wanted = vec![];
    let mut stack = vec![(ruleset, String::new())];
    while let Some((obj, at)) = stack.pop() {
        if let Some(Value::Array(rules)) = obj.get("rules") {
            wanted.extend((0..rules.len()).map(|i| format!("{at}/rules/{i}")));
        }
        let Some(Value::Object(fields)) = obj.get("fields") else {
            continue;
        };
        for (k, f) in fields {
            let fat = format!("{at}/fields/{k}");
            for key in [
                "minLength",
                "maxLength",
                "pattern",
                "minimum",
                "maximum",
                "minItems",
                "maxItems",
                "options",
                "requiredWhen",
                "forbiddenWhen",
            ] {
                if f.get(key).is_some() {
                    wanted.push(format!("{fat}/{key}"));
                }
            }
            for key in ["uniqueItems", "mustBeTrue"] {
                if f.get(key) == Some(&Value::Bool(true)) {
                    wanted.push(format!("{fat}/{key}"));
                }
            }
            stack.push((f, fat.clone()));
            if let Some(item) = f.get("item") {
                stack.push((item, format!("{fat}/item")));
            }
        }
    }
    let absent: Vec<String> = ex
        .not_alone
        .iter()
        .filter(|n| n.reason == "absent_in_every_example")
        .map(|n| format!("{}/", n.target))
        .collect();
    for w in wanted {
        let listed =
            targets.contains(&w.as_str()) || absent.iter().any(|a| w.starts_with(a.as_str()));
        assert!(listed, "{name}: {w} is neither broken nor listed");
    }
}

#[test]
fn built_in_forms() {
    for form in builtin() {
        let ex = check(form, form.id());
        every_constraint_is_tried(&parse_json(form.source()).unwrap(), &ex, form.id());
        let issues = form.validate(&ex.valid, &STRICT).issues;
        assert!(
            issues.is_empty(),
            "{}: not even a warning: {issues:?}",
            form.id()
        );
        assert!(
            ex.breaking.len() > 100,
            "{}: only {} broken alone",
            form.id(),
            ex.breaking.len()
        );
        eprintln!(
            "{}: {} breaking, {} not alone",
            form.id(),
            ex.breaking.len(),
            ex.not_alone.len()
        );
        for n in &ex.not_alone {
            eprintln!(
                "  {} {} {} {:?}",
                n.target,
                n.constraint,
                n.reason,
                n.issues
                    .iter()
                    .map(|i| format!("{} {}", i.path, i.kind.code()))
                    .collect::<Vec<_>>()
            );
        }
    }
}

#[test]
fn language_fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/language");
    let mut n = 0;
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for path in names {
        let case = parse_json(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let Some(rs) = case.get("ruleset") else {
            continue;
        };
        let Ok(form) = Form::compile(&rs.to_json()) else {
            continue;
        };
        let ex = check(&form, &path.display().to_string());
        every_constraint_is_tried(rs, &ex, &path.display().to_string());
        n += 1;
    }
    assert!(n > 200);
    let _ = Value::Null;
}
