//! `skjemasjekk scaffold` and the service's scaffold routes: every built-in form
//! and a third rule set (tests/scaffold/tilskudd.json) in nb, nn and en, whole
//! pages and fragments, hostile label text escaped, broken rule sets refused
//! the way the other commands and routes refuse them. Every language fixture's
//! rule set gives HTML whose ids are unique and whose references resolve.

mod serve_support;

use serve_support::Server;
use std::process::{Command, Output};
mod html_support;
use html_support::{values, without_templates};

const THIRD: &str = "tests/scaffold/tilskudd.json";

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_skjemasjekk"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn third_source() -> String {
    std::fs::read_to_string(format!("{}/{THIRD}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// The library's HTML for a form, to compare the CLI's and the service's with.
fn library(source: &str, lang: skjemasjekk::Lang, fragment: bool) -> String {
    let form = skjemasjekk::Form::compile(source).unwrap();
    let options = skjemasjekk::scaffold::ScaffoldOptions {
        lang,
        fragment,
        ..Default::default()
    };
    skjemasjekk::scaffold::scaffold(&form, &options)
}

#[test]
fn the_cli_writes_each_form_in_each_language() {
    for form in skjemasjekk::builtin() {
        for lang in skjemasjekk::Lang::ALL {
            let out = run(&["scaffold", "--form", form.id(), "--lang", lang.as_str()]);
            assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
            let html = text(&out.stdout);
            assert_eq!(html, library(form.source(), lang, false));
            assert!(html.starts_with("<!doctype html>"));
            assert!(html.contains(&format!(
                "<title>{}</title>",
                skjemasjekk::scaffold::escape(form.title(lang))
            )));
            assert!(html.contains(&format!("action=\"/forms/{}\"", form.id())));
        }
    }
    let out = run(&["scaffold", "--ruleset", THIRD, "--lang", "nn", "--fragment"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let html = text(&out.stdout);
    assert_eq!(html, library(&third_source(), skjemasjekk::Lang::Nn, true));
    assert!(html.starts_with("<form id=\"tilskudd-form\""));
    assert!(html.contains("<select class=\"ds-input\" id=\"sector\" name=\"sector\">"));
    assert!(html.contains("Legg til partnar"));
}

#[test]
fn the_cli_takes_urls_for_the_page() {
    let out = run(&[
        "scaffold",
        "--ruleset",
        THIRD,
        "--api-url",
        "/api/v1",
        "--pkg-url",
        "/static/pkg/",
        "--css",
        "/a.css",
        "--css",
        "/b.css",
        "--ruleset-url",
        "/rules/tilskudd.json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let html = text(&out.stdout);
    assert!(html.contains("<script type=\"module\" src=\"/static/pkg/dropin/auto.js\"></script>"));
    // The engine's files start downloading with the HTML, from where --pkg-url says.
    assert!(html.contains(
        "<script type=\"module\" src=\"/static/pkg/dropin/auto.js\"></script>\n\
         <link rel=\"modulepreload\" href=\"/static/pkg/dist/skjemasjekk.js\">\n\
         <link rel=\"modulepreload\" href=\"/static/pkg/dropin/index.js\">\n\
         <link rel=\"preload\" href=\"/static/pkg/dist/skjemasjekk_bg.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin>\n\
         </head>"
    ));
    assert!(html.contains("<link rel=\"stylesheet\" href=\"/a.css\">\n<link rel=\"stylesheet\" href=\"/b.css\">\n<script"));
    assert!(html.contains(" data-skjemasjekk-server-url=\"/api/v1\""));
    assert!(html.contains(" data-skjemasjekk-ruleset=\"/rules/tilskudd.json\""));
}

#[test]
fn the_cli_refuses_a_broken_rule_set_as_the_other_commands_do() {
    let dir = std::env::temp_dir().join(format!("skjemasjekk-scaffold-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let broken = dir.join("broken.json");
    std::fs::write(
        &broken,
        r#"{"id":"x","version":"1","title":{"nb":"t"},"fields":{}}"#,
    )
    .unwrap();
    let path = broken.to_str().unwrap();
    let scaffold = run(&["scaffold", "--ruleset", path]);
    let schema = run(&["schema", "--ruleset", path]);
    assert_eq!(scaffold.status.code(), Some(2));
    assert_eq!(scaffold.status.code(), schema.status.code());
    assert_eq!(text(&scaffold.stderr), text(&schema.stderr));
    assert!(
        text(&scaffold.stderr).contains("/title"),
        "{}",
        text(&scaffold.stderr)
    );
    assert!(scaffold.stdout.is_empty());
    let unknown = run(&["scaffold", "--form", "nope"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(&unknown.stderr).contains("unknown form \"nope\""));
    std::fs::remove_dir_all(&dir).ok();
}

#[tokio::test]
async fn the_service_answers_html_for_a_built_in_form() {
    let server = Server::with_defaults().await;
    for form in skjemasjekk::builtin() {
        for lang in skjemasjekk::Lang::ALL {
            for fragment in [false, true] {
                let path = format!(
                    "/api/v1/forms/{}/scaffold?lang={}&fragment={fragment}",
                    form.id(),
                    lang.as_str()
                );
                let res = server.get(&path, &[]).await;
                assert_eq!(res.status, 200, "{path}: {}", res.text());
                assert_eq!(res.header("content-type"), Some("text/html; charset=utf-8"));
                assert!(res
                    .header("content-security-policy")
                    .is_some_and(|c| c.contains("script-src 'self'")));
                assert_eq!(res.text(), library(form.source(), lang, fragment));
            }
        }
    }
    let nn = server
        .get(
            "/api/v1/forms/pilotplan/scaffold",
            &[("Accept-Language", "nn-NO")],
        )
        .await;
    assert!(nn.text().starts_with("<!doctype html>\n<html lang=\"nn\""));
    server
        .get("/api/v1/forms/nope/scaffold", &[])
        .await
        .expect_error(404, "unknown_form");
    server
        .get("/api/v1/forms/pilotplan/scaffold?lang=de", &[])
        .await
        .expect_error(400, "unknown_lang");
    server
        .get("/api/v1/forms/pilotplan/scaffold?fragment=maybe", &[])
        .await
        .expect_error(400, "bad_query");
    server.stop().await;
}

#[tokio::test]
async fn the_service_answers_html_for_a_posted_rule_set() {
    let server = Server::with_defaults().await;
    let source = third_source();
    for lang in skjemasjekk::Lang::ALL {
        let path = format!("/api/v1/scaffold?lang={}&fragment=true", lang.as_str());
        let res = server.post_json(&path, &[], source.as_bytes()).await;
        assert_eq!(res.status, 200, "{}", res.text());
        assert_eq!(res.header("content-type"), Some("text/html; charset=utf-8"));
        assert_eq!(res.text(), library(&source, lang, true));
    }
    let page = server
        .post_json("/api/v1/scaffold", &[], source.as_bytes())
        .await;
    assert!(page.text().starts_with("<!doctype html>"));

    let hostile = r#"{"id":"h","version":"1","title":{"nb":"<script>alert(1)</script>","nn":"t","en":"t"},
      "fields":{"a":{"type":"text","label":{"nb":"<img src=x onerror=alert(1)>","nn":"a","en":"a"}}}}"#;
    let res = server
        .post_json("/api/v1/scaffold?lang=nb", &[], hostile.as_bytes())
        .await;
    assert_eq!(res.status, 200);
    assert!(
        !res.text().contains("<img") && !res.text().contains("<script>alert"),
        "{}",
        res.text()
    );
    assert!(res.text().contains("&lt;img src=x onerror=alert(1)&gt;"));

    let broken = r#"{"id":"x","version":"1","title":{"nb":"t","nn":"t","en":"t"},
      "fields":{"a":{"type":"txt","label":{"nb":"a","nn":"a","en":"a"}}}}"#;
    let body = server
        .post_json("/api/v1/scaffold", &[], broken.as_bytes())
        .await
        .expect_error(422, "invalid_ruleset");
    let diagnostics = body["diagnostics"].as_array().cloned().unwrap_or_default();
    assert!(!diagnostics.is_empty(), "{body}");
    assert_eq!(diagnostics[0]["path"], "/fields/a/type");
    let not_json = server
        .post_json("/api/v1/scaffold", &[], b"{")
        .await
        .expect_error(422, "invalid_ruleset");
    assert_eq!(not_json["diagnostics"][0]["path"], "");
    server
        .post_json("/api/v1/scaffold?lang=xx", &[], source.as_bytes())
        .await
        .expect_error(400, "unknown_lang");
    server
        .get("/api/v1/scaffold", &[])
        .await
        .expect_error(405, "method_not_allowed");
    server.stop().await;
}

#[test]
fn every_language_fixture_scaffolds_with_unique_ids() {
    let dir = format!("{}/tests/fixtures/language", env!("CARGO_MANIFEST_DIR"));
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let case: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let Some(ruleset) = case.get("ruleset") else {
            continue;
        };
        let Ok(form) = skjemasjekk::Form::compile(&ruleset.to_string()) else {
            continue;
        };
        for lang in skjemasjekk::Lang::ALL {
            let options = skjemasjekk::scaffold::ScaffoldOptions {
                lang,
                fragment: true,
                ..Default::default()
            };
            let html = skjemasjekk::scaffold::scaffold(&form, &options);
            // Ids outside templates (a template's ids are row 0's until a row is made).
            let live = without_templates(&html);
            let ids = values(&live, "id");
            let unique: std::collections::HashSet<&str> = ids.iter().copied().collect();
            assert_eq!(unique.len(), ids.len(), "{}: {ids:?}", path.display());
            for r in values(&live, "for")
                .into_iter()
                .chain(values(&live, "aria-describedby"))
            {
                assert!(unique.contains(r), "{}: {r}", path.display());
            }
            count += 1;
        }
    }
    assert!(count > 100, "only {count} rule sets");
}
