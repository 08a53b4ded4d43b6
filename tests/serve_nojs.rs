//! The demo forms without JavaScript (`GET`/`POST /forms/{id}`) over real
//! HTTP: every page complete in nb, nn and en; a post answered with the page,
//! whose error summary and messages are the JSON API's report for the same
//! post and whose controls keep every value (escaped), rows included; a valid
//! post answered with a receipt; refusals as HTML pages. The same in Chromium
//! with JavaScript off: tests/e2e/nojs.test.js.
#![cfg(feature = "serve")]

mod serve_support;

use dom_query::Document;
use serve_support::{forms, Server};
use skjemasjekk::serve::ServeConfig;
use std::path::PathBuf;

const URLENCODED: &str = "application/x-www-form-urlencoded";
const BOUNDARY: &str = "----nojs0123456789";

async fn demo(body_limit: usize) -> Server {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    Server::start(ServeConfig {
        www_dir: Some(root.join("www")),
        pkg_dir: None,
        body_limit,
        ..ServeConfig::default()
    })
    .await
}

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            b' ' => "+".into(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn urlencoded(pairs: &[(String, String)]) -> String {
    let parts: Vec<String> = pairs
        .iter()
        .map(|(n, v)| format!("{}={}", enc(n), enc(v)))
        .collect();
    parts.join("&")
}

fn multipart(pairs: &[(String, String)]) -> String {
    let mut out = String::new();
    for (n, v) in pairs {
        out +=
            &format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{n}\"\r\n\r\n{v}\r\n");
    }
    out + &format!("--{BOUNDARY}--\r\n")
}

fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect()
}

/// A document as the pairs a browser posts: dotted names, rows indexed, the
/// options of a multi-choice field repeated under one name.
fn flatten(form: &skjemasjekk::Form, data: &serde_json::Value) -> Vec<(String, String)> {
    let multi: Vec<String> = form
        .field_info()
        .into_iter()
        .filter(|f| f.type_name == "multi_enum")
        .map(|f| f.path)
        .collect();
    let mut out = Vec::new();
    // (name, pattern path, value); an explicit stack.
    let mut stack = vec![(String::new(), String::new(), data.clone())];
    while let Some((name, pattern, value)) = stack.pop() {
        match value {
            serde_json::Value::Object(map) => {
                for (k, v) in map.into_iter().rev() {
                    let n = if name.is_empty() {
                        k.clone()
                    } else {
                        format!("{name}.{k}")
                    };
                    stack.push((n, format!("{pattern}/{k}"), v));
                }
            }
            serde_json::Value::Array(items) if multi.contains(&pattern) => {
                for v in items {
                    out.push((name.clone(), v.as_str().unwrap_or_default().to_owned()));
                }
            }
            serde_json::Value::Array(items) => {
                for (i, v) in items.into_iter().enumerate().rev() {
                    stack.push((format!("{name}[{i}]"), format!("{pattern}/*"), v));
                }
            }
            serde_json::Value::String(s) => out.push((name, s)),
            serde_json::Value::Null => out.push((name, String::new())),
            other => out.push((name, other.to_string())),
        }
    }
    out
}

fn fixture(path: &str) -> serde_json::Value {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("tests/fixtures").join(path)).unwrap();
    serde_json::from_str::<serde_json::Value>(&text).unwrap()["data"].clone()
}

fn form(id: &str) -> &'static skjemasjekk::Form {
    forms().iter().find(|f| f.id() == id).unwrap()
}

/// The text of every element `selector` matches, trimmed.
fn texts(doc: &Document, selector: &str) -> Vec<String> {
    doc.select(selector)
        .nodes()
        .iter()
        .map(|n| n.text().trim().to_owned())
        .collect()
}

fn value_of(doc: &Document, name: &str) -> Option<String> {
    doc.select(&format!("input[name=\"{name}\"]"))
        .nodes()
        .first()
        .and_then(|n| n.attr("value"))
        .map(|v| v.to_string())
}

#[tokio::test]
async fn every_form_page_is_complete_in_each_language() {
    let server = demo(1024 * 1024).await;
    for id in ["forsokssoknad", "pilotplan"] {
        let form = form(id);
        let info = form.field_info();
        for lang in skjemasjekk::Lang::ALL {
            let l = lang.as_str();
            let res = server.get(&format!("/forms/{id}?lang={l}"), &[]).await;
            assert_eq!(res.status, 200, "{id} {l}");
            assert_eq!(res.header("content-type"), Some("text/html; charset=utf-8"));
            assert!(res
                .header("content-security-policy")
                .is_some_and(|c| c.contains("script-src 'self'")));
            let html = res.text();
            for placeholder in ["TITLE", "INTRO", "FOOTER", "<script"] {
                assert!(!html.contains(placeholder), "{id} {l}: {placeholder}");
            }
            let doc = Document::from(html);
            assert_eq!(doc.select("html").attr("lang").unwrap().as_ref(), l);
            assert_eq!(texts(&doc, "h1"), vec![form.title(lang).to_owned()]);
            let action = doc.select("form").attr("action").unwrap().to_string();
            assert_eq!(action, format!("/forms/{id}?lang={l}"));
            assert_eq!(doc.select("form").attr("method").unwrap().as_ref(), "post");
            for other in skjemasjekk::Lang::ALL {
                let href = format!("a[href=\"/forms/{id}?lang={}\"]", other.as_str());
                assert_eq!(
                    doc.select(&href).length(),
                    1,
                    "{id} {l}: a link to {other:?}"
                );
            }
            // Every label is the engine's label in this language.
            let labels = doc.select("[data-t^=\"label:\"]");
            assert!(labels.length() > 10);
            for el in labels.nodes() {
                let key = el.attr("data-t").unwrap().to_string();
                let mut pattern = String::new();
                for k in key.trim_start_matches("label:").split('.') {
                    if info
                        .iter()
                        .any(|f| f.path == pattern && f.type_name == "list")
                    {
                        pattern.push_str("/*");
                    }
                    pattern.push('/');
                    pattern.push_str(k);
                }
                let field = info.iter().find(|f| f.path == pattern).unwrap();
                let want = match lang {
                    skjemasjekk::Lang::Nb => &field.label.0.nb,
                    skjemasjekk::Lang::Nn => &field.label.0.nn,
                    skjemasjekk::Lang::En => &field.label.0.en,
                };
                assert!(
                    el.text().starts_with(want.as_str()),
                    "{id} {l} {key}: {}",
                    el.text()
                );
            }
        }
    }
    // A fresh form has the submission date filled in, as the page script does.
    let res = server.get("/forms/pilotplan", &[]).await;
    let doc = Document::from(res.text());
    assert_eq!(value_of(&doc, "submittedAt").map(|d| d.len()), Some(10));
    assert_eq!(doc.select("html").attr("lang").unwrap().as_ref(), "nb");
    server.stop().await;
}

/// A partly wrong application: a script as its title, three applicants (the
/// page has one row), a radio, check boxes, a text area with two lines.
fn wrong_application() -> Vec<(String, String)> {
    owned(&[
        ("stage", "preliminary"),
        ("applicants[0].type", "kommune"),
        ("applicants[0].name", "Lillehammer kommune"),
        ("applicants[0].organizationNumber", "123"),
        ("applicants[1].type", "fylkeskommune"),
        ("applicants[1].name", "Innlandet fylkeskommune"),
        ("applicants[2].name", "Gausdal & <b>co</b>"),
        ("title", "<script>alert(1)</script>"),
        ("sectors", "kultur"),
        ("sectors", "samferdsel"),
        ("challenge", "Første linje.\r\nAndre \"linje\"."),
        ("contact.email", "ikke en adresse"),
        ("send", "Send inn"),
    ])
}

#[tokio::test]
async fn an_invalid_post_shows_the_reports_messages_and_keeps_every_value() {
    let server = demo(1024 * 1024).await;
    let pairs = wrong_application();
    for (lang, content_type, body) in [
        ("nb", URLENCODED.to_owned(), urlencoded(&pairs)),
        (
            "en",
            format!("multipart/form-data; boundary={BOUNDARY}"),
            multipart(&pairs),
        ),
    ] {
        let headers = [("Content-Type", content_type.as_str())];
        let api = server
            .post_json(
                &format!("/api/v1/forms/forsokssoknad/validate?lang={lang}"),
                &headers,
                body.as_bytes(),
            )
            .await
            .json();
        let res = server
            .post_json(
                &format!("/forms/forsokssoknad?lang={lang}"),
                &headers,
                body.as_bytes(),
            )
            .await;
        assert_eq!(res.status, 200, "{}", res.text());
        assert_eq!(res.header("cache-control"), Some("no-store"));
        let html = res.text();
        assert!(
            !html.contains("<script>alert"),
            "the posted script is escaped"
        );
        assert!(!html.contains("<b>co</b>"));
        let doc = Document::from(html);
        let issues = api["issues"].as_array().unwrap();
        let messages = |severity: &str| -> Vec<String> {
            issues
                .iter()
                .filter(|i| i["severity"] == severity)
                .map(|i| i["message"].as_str().unwrap().to_owned())
                .collect()
        };
        let errors = messages("error");
        assert!(errors.len() > 5, "{api}");
        // The summary: the report's errors, in its order, each a link to a control.
        assert_eq!(
            texts(&doc, "[data-skjemasjekk-summary].ds-error-summary li"),
            errors
        );
        let l = skjemasjekk::Lang::parse(lang).unwrap();
        let heading = skjemasjekk::messages::ui(skjemasjekk::messages::Ui::ErrorSummaryHeading, l);
        assert_eq!(
            texts(&doc, "[data-skjemasjekk-summary] h2"),
            vec![heading.to_owned()]
        );
        for a in doc.select("[data-skjemasjekk-summary] a").nodes() {
            let href = a.attr("href").unwrap().to_string();
            let target = doc.select(&format!("[id=\"{}\"]", href.trim_start_matches('#')));
            assert_eq!(target.length(), 1, "{href} names one element");
            let described = target
                .attr("aria-describedby")
                .map(|d| d.to_string())
                .unwrap_or_default();
            assert!(
                described.contains("-msg"),
                "{href}: the control is described by its message"
            );
        }
        // Every message next to its control, after a hidden prefix.
        let shown: Vec<String> = texts(&doc, "[data-skjemasjekk-message] .ds-validation-message");
        for m in errors.iter().chain(messages("warning").iter()) {
            assert!(
                shown.iter().any(|s| s.ends_with(m.as_str())),
                "{m} is shown at its place"
            );
        }
        let email = doc.select("input[name=\"contact.email\"]");
        assert_eq!(
            email.attr("aria-invalid").map(|v| v.to_string()),
            Some("true".into())
        );
        let described = email
            .attr("aria-describedby")
            .map(|v| v.to_string())
            .unwrap_or_default();
        assert!(
            described.split(' ').any(|id| id == "contact-email-msg"),
            "{described}"
        );
        assert_eq!(doc.select("#contact-email-msg").length(), 1);
        // Every value kept, escaped; three applicant rows.
        assert_eq!(
            value_of(&doc, "title").as_deref(),
            Some("<script>alert(1)</script>")
        );
        assert_eq!(
            value_of(&doc, "applicants[2].name").as_deref(),
            Some("Gausdal & <b>co</b>")
        );
        assert_eq!(
            value_of(&doc, "applicants[1].name").as_deref(),
            Some("Innlandet fylkeskommune")
        );
        assert_eq!(
            doc.select("[data-skjemasjekk-list=applicants] > [data-skjemasjekk-row]")
                .length(),
            3
        );
        assert_eq!(
            doc.select("#applicants-2-name").length(),
            1,
            "ids follow the row numbers"
        );
        let checked = |sel: &str| doc.select(sel).attr("checked").is_some();
        assert!(checked("input[name=stage][value=preliminary]"));
        assert!(!checked("input[name=stage][value=final]"));
        assert!(checked(
            "input[name=\"applicants[1].type\"][value=fylkeskommune]"
        ));
        assert!(
            checked("input[name=sectors][value=kultur]")
                && checked("input[name=sectors][value=samferdsel]")
        );
        assert!(!checked("input[name=sectors][value=naering]"));
        let challenge: Vec<String> = texts(&doc, "textarea[name=challenge]")
            .iter()
            .map(|t| t.replace("\r\n", "\n"))
            .collect();
        assert_eq!(
            challenge,
            vec!["Første linje.\nAndre \"linje\".".to_owned()]
        );
        assert_eq!(doc.select("textarea[name=challenge]").length(), 1);
        assert_eq!(doc.select("html").attr("lang").unwrap().as_ref(), lang);
    }
    server.stop().await;
}

#[tokio::test]
async fn a_valid_post_gets_a_receipt_in_its_language() {
    let server = demo(1024 * 1024).await;
    for (id, file, lang, heading) in [
        (
            "pilotplan",
            "pilotplan/strict-valid-no-plans.json",
            "nb",
            "Skjemaet er mottatt",
        ),
        (
            "forsokssoknad",
            "forsokssoknad/strict-valid-document.json",
            "en",
            "The form has been received",
        ),
    ] {
        let pairs = flatten(form(id), &fixture(file));
        let body = urlencoded(&pairs);
        let headers = [("Content-Type", URLENCODED)];
        let api = server
            .post_json(
                &format!("/api/v1/forms/{id}/validate?lang={lang}"),
                &headers,
                body.as_bytes(),
            )
            .await
            .json();
        assert_eq!(api["valid"], true, "{api}");
        let res = server
            .post_json(
                &format!("/forms/{id}?lang={lang}"),
                &headers,
                body.as_bytes(),
            )
            .await;
        assert_eq!(res.status, 200);
        let doc = Document::from(res.text());
        assert_eq!(doc.select("form").length(), 0, "no form on the receipt");
        assert_eq!(
            texts(&doc, "section.receipt h2")
                .first()
                .map(String::as_str),
            Some(heading)
        );
        assert_eq!(doc.select("html").attr("lang").unwrap().as_ref(), lang);
        let warnings: Vec<String> = api["issues"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["message"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(
            texts(&doc, "section.receipt li"),
            warnings,
            "the report's warnings, if any"
        );
        let again = format!("section.receipt a[href=\"/forms/{id}?lang={lang}\"]");
        assert_eq!(doc.select(&again).length(), 1, "a way to an empty form");
    }
    server.stop().await;
}

#[tokio::test]
async fn refusals_are_pages_for_people() {
    let server = demo(2000).await;
    let page = |res: &serve_support::Resp, status: u16, words: &str| {
        assert_eq!(res.status, status, "{}", res.text());
        assert_eq!(res.header("content-type"), Some("text/html; charset=utf-8"));
        assert!(res.text().contains(words), "{}", res.text());
        assert!(res.header("content-security-policy").is_some());
    };
    page(
        &server.get("/forms/nope", &[]).await,
        404,
        "Fant ikke skjemaet",
    );
    page(
        &server.get("/forms/nope?lang=en", &[]).await,
        404,
        "Form not found",
    );
    let post = |body: &'static [u8], content_type: &'static str| {
        let addr = server.addr;
        async move {
            serve_support::send(
                addr,
                "POST",
                "/forms/pilotplan?lang=nn",
                &[("Content-Type", content_type)],
                Some(body),
            )
            .await
        }
    };
    page(
        &post(b"agency.name=%FF", URLENCODED).await,
        400,
        "Skjemaet kunne ikkje lesast",
    );
    page(
        &post(b"{}", "application/json").await,
        415,
        "Skjemaet kunne ikkje lesast",
    );
    let big = vec![b'a'; 5000];
    let big: &'static [u8] = Box::leak(big.into_boxed_slice());
    page(&post(big, URLENCODED).await, 413, "Skjemaet er for stort");
    // The API's refusals stay JSON.
    server
        .get("/api/v1/forms/nope", &[])
        .await
        .expect_error(404, "unknown_form");
    server.stop().await;
}
