//! The server never trusts the browser. Submissions a browser with its checks on
//! would never send (wrong types, unknown keys, absurd sizes; as if the client
//! checks were switched off) get exactly the report the library gives, strict.

mod serve_support;

use serve_support::{forms, library_report, Server};
use skjemasjekk::{parse_json, Form, Lang, Options, Value};

/// Hostile bodies for a form: whole documents of the wrong shape, and each
/// top-level field of the rule set set to every wrong kind of value.
fn hostile_bodies(form: &Form) -> Vec<String> {
    let mut bodies: Vec<String> = ["{}", "[]", "null", "\"x\"", "42", "{\"notAField\":true}"]
        .iter()
        .map(|b| b.to_string())
        .collect();
    let rule_set = parse_json(form.source()).unwrap();
    let fields = match rule_set.get("fields") {
        Some(Value::Object(members)) => members.iter().map(|(k, _)| k.clone()).collect(),
        _ => Vec::new(),
    };
    let long = format!("\"{}\"", "å".repeat(10_000));
    let many = format!("[{}]", vec!["{}"; 5_000].join(","));
    let values = [
        "null",
        "true",
        "\"\"",
        "\"x\"",
        "-1",
        "1.5",
        "1e300",
        "[]",
        "{}",
        "[null]",
        "\"9999-99-99\"",
        "\"01010112345\"",
        long.as_str(),
        many.as_str(),
    ];
    for field in &fields {
        for value in values {
            bodies.push(format!(
                "{{{}:{value}}}",
                serde_json::to_string(field).unwrap()
            ));
        }
    }
    bodies
}

#[tokio::test]
async fn hostile_submissions_get_exactly_the_strict_library_report() {
    let server = Server::with_defaults().await;
    for form in forms() {
        let path = format!("/api/v1/forms/{}/validate", form.id());
        let bodies = hostile_bodies(form);
        assert!(bodies.len() > 6, "{} has fields to abuse", form.id());
        for (i, body) in bodies.iter().enumerate() {
            let lang = Lang::ALL[i % 3];
            let query = format!("{path}?lang={}", lang.as_str());
            let res = server.post_json(&query, &[], body.as_bytes()).await;
            assert_eq!(res.status, 200, "{}: {}", form.id(), res.text());
            assert_eq!(
                res.text(),
                library_report(form, body, lang),
                "{} {lang:?} {}",
                form.id(),
                body.chars().take(80).collect::<String>()
            );
        }
    }
    server.stop().await;
}

#[tokio::test]
async fn the_server_is_always_strict() {
    let server = Server::with_defaults().await;
    for form in forms() {
        let body = "{\"notAField\":true}";
        let data = parse_json(body).unwrap();
        let lenient = form.validate(
            &data,
            &Options {
                lang: Lang::Nb,
                strict: false,
            },
        );
        let path = format!("/api/v1/forms/{}/validate?strict=false", form.id());
        let res = server.post_json(&path, &[], body.as_bytes()).await;
        assert_eq!(res.status, 200);
        assert_ne!(res.text(), lenient.to_json(), "never the lenient report");
        let report = res.json();
        assert_eq!(report["valid"], false);
        let unknown = report["issues"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["path"] == "/notAField")
            .unwrap_or_else(|| panic!("an issue for /notAField in {report}"));
        assert_eq!(unknown["code"], "unknown_field");
    }
    server.stop().await;
}

/// The fixture files under tests/fixtures/, sorted.
fn fixture_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            fixture_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
}

/// Every fixture case of a built-in form (tests/fixtures/README.md), posted as it
/// is, whatever the case's own options: the server answers the strict report in
/// the case's language, or a 400 with the parser's line and column.
#[tokio::test]
async fn every_fixture_gets_exactly_the_strict_library_answer() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files = Vec::new();
    fixture_files(&root, &mut files);
    let server = Server::with_defaults().await;
    // Per case posted: the form, and whether it was valid, invalid or malformed.
    let mut seen: Vec<(String, &str)> = Vec::new();
    for file in &files {
        let case = parse_json(&std::fs::read_to_string(file).unwrap()).unwrap();
        let Some(id) = case.get("form").and_then(Value::as_str) else {
            continue; // a case with its own rule set: the service serves built-in forms only
        };
        let form = forms().iter().find(|f| f.id() == id).unwrap();
        let text = match (case.get("dataText"), case.get("data")) {
            (Some(Value::String(t)), _) => t.clone(),
            (_, Some(d)) => d.to_json(),
            _ => continue,
        };
        let lang = case
            .get("options")
            .and_then(|o| o.get("lang"))
            .and_then(Value::as_str)
            .and_then(Lang::parse)
            .unwrap_or_default();
        let path = format!("/api/v1/forms/{id}/validate?lang={}", lang.as_str());
        let res = server.post_json(&path, &[], text.as_bytes()).await;
        let name = file.strip_prefix(&root).unwrap().display();
        match parse_json(&text) {
            Ok(_) => {
                assert_eq!(res.status, 200, "{name}: {}", res.text());
                assert_eq!(res.text(), library_report(form, &text, lang), "{name}");
                let valid = res.json()["valid"] == true;
                seen.push((id.to_owned(), if valid { "valid" } else { "invalid" }));
            }
            Err(e) => {
                let error = res.expect_error(400, "malformed_json");
                assert_eq!(
                    (&error["line"], &error["column"]),
                    (&e.line.into(), &e.column.into()),
                    "{name}"
                );
                seen.push((id.to_owned(), "malformed"));
            }
        }
    }
    // The corpus reaches every form with valid, invalid and malformed submissions.
    for form in forms() {
        for outcome in ["valid", "invalid", "malformed"] {
            let n = seen
                .iter()
                .filter(|(id, o)| id == form.id() && *o == outcome)
                .count();
            assert!(
                n > 0,
                "no {outcome} fixture of {} among {} files",
                form.id(),
                files.len()
            );
        }
    }
    server.stop().await;
}
