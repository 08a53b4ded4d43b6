//! The server never trusts the browser. Submissions a browser with its checks on
//! would never send (wrong types, unknown keys, absurd sizes; as if the client
//! checks were switched off) get exactly the report the library gives, strict.
#![cfg(feature = "serve")]

mod serve_support;

use serve_support::{engine_ready, library_report, Server};
use skjemasjekk::{builtin, parse_json, Form, Lang, Options, Value};

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
    if !engine_ready() {
        return;
    }
    let server = Server::with_defaults().await;
    let mut checked = 0;
    for form in builtin() {
        let path = format!("/api/v1/forms/{}/validate", form.id());
        for (i, body) in hostile_bodies(form).iter().enumerate() {
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
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} submissions checked");
    server.stop().await;
}

#[tokio::test]
async fn the_server_is_always_strict() {
    if !engine_ready() {
        return;
    }
    let server = Server::with_defaults().await;
    for form in builtin() {
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
