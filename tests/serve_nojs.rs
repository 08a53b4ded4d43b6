//! The demo forms without JavaScript (`GET`/`POST /forms/{id}`) over real
//! HTTP: every page complete in nb, nn and en; a post answered with the page,
//! whose error summary and messages are the JSON API's report for the same
//! post and whose controls keep every value (escaped), rows included; a valid
//! post answered with a receipt; refusals as HTML pages. The same in Chromium
//! with JavaScript off: tests/e2e/nojs.test.js.

mod nojs_support;
mod serve_support;

use dom_query::Document;
use nojs_support::*;

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
            for placeholder in ["TITLE", "INTRO", "FOOTER", "<script", " style="] {
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
                let want = field.label.get(lang);
                assert!(el.text().starts_with(want), "{id} {l} {key}: {}", el.text());
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
