//! `POST /api/v1/lint` over real HTTP: the answer is exactly the library's lint
//! of the body, with each problem's pointer and place; a clean rule set names its
//! form; the body limit holds as on every route.

mod serve_support;

use serve_support::{forms, Server};
use skjemasjekk::serve::ServeConfig;

const BROKEN: &str = "{\n  \"id\": \"x\",\n  \"version\": \"1\",\n  \"title\": {\"nb\": \"a\", \"nn\": \"a\", \"en\": \"a\"},\n  \"fields\": {\"a\": {\"type\": \"dato\", \"label\": {\"nb\": \"A\", \"nn\": \"A\", \"en\": \"A\"}}},\n  \"colour\": \"blue\"\n}\n";

#[tokio::test]
async fn problems_come_with_pointers_and_places() {
    let server = Server::with_defaults().await;
    for content_type in ["application/json", "text/plain; charset=utf-8"] {
        let res = server
            .post_json(
                "/api/v1/lint",
                &[("Content-Type", content_type)],
                BROKEN.as_bytes(),
            )
            .await;
        assert_eq!(res.status, 200, "{}", res.text());
        assert_eq!(res.header("content-type"), Some("application/json"));
        assert_eq!(res.header("cache-control"), Some("no-store"));
        assert_eq!(res.text(), skjemasjekk::lint::lint(BROKEN).to_json());
        let body = res.json();
        assert_eq!(body["form"], serde_json::Value::Null);
        let problems = body["problems"].as_array().cloned().unwrap_or_default();
        let at = |pointer: &str| {
            problems
                .iter()
                .find(|p| p["pointer"] == pointer)
                .cloned()
                .unwrap_or_else(|| panic!("{pointer} in {}", res.text()))
        };
        let colour = at("/colour");
        assert_eq!(
            (
                &colour["line"],
                &colour["column"],
                &colour["endLine"],
                &colour["endColumn"]
            ),
            (&6.into(), &3.into(), &6.into(), &19.into())
        );
        assert!(colour["message"]
            .as_str()
            .is_some_and(|m| m.contains("unknown key \"colour\"")));
        assert_eq!(at("/fields/a/type")["line"], 5);
    }
    server.stop().await;
}

#[tokio::test]
async fn a_clean_rule_set_names_its_form_and_bad_text_is_one_problem() {
    let server = Server::with_defaults().await;
    for form in forms() {
        let res = server
            .post_json("/api/v1/lint", &[], form.source().as_bytes())
            .await;
        assert_eq!(res.status, 200);
        let body = res.json();
        assert_eq!(body["problems"], serde_json::json!([]));
        assert_eq!(body["form"]["id"], form.id());
        assert_eq!(body["form"]["hash"], form.hash());
    }
    for (text, line, column) in [
        (&b"{\n  \"id\": tru"[..], 2, 11),
        (&b"{\"id\": \"\xc3\"}"[..], 1, 9),
        (&b""[..], 1, 1),
    ] {
        let res = server.post_json("/api/v1/lint", &[], text).await;
        assert_eq!(res.status, 200, "{}", res.text());
        let body = res.json();
        let problems = body["problems"].as_array().cloned().unwrap_or_default();
        assert_eq!(problems.len(), 1, "{}", res.text());
        assert_eq!(problems[0]["pointer"], "");
        assert_eq!(
            (&problems[0]["line"], &problems[0]["column"]),
            (&line.into(), &column.into()),
            "{}",
            res.text()
        );
    }
    server
        .get("/api/v1/lint", &[])
        .await
        .expect_error(405, "method_not_allowed");
    server.stop().await;
}

#[tokio::test]
async fn bodies_over_the_limit_are_413() {
    let limit = 2000;
    let server = Server::start(ServeConfig {
        body_limit: limit,
        www_dir: None,
        pkg_dir: None,
        ..ServeConfig::default()
    })
    .await;
    let fits = format!("{}{}", BROKEN, " ".repeat(limit - BROKEN.len()));
    let res = server.post_json("/api/v1/lint", &[], fits.as_bytes()).await;
    assert_eq!(res.status, 200, "{}", res.text());
    let error = server
        .post_json("/api/v1/lint", &[], format!("{fits} ").as_bytes())
        .await
        .expect_error(413, "body_too_large");
    assert_eq!(error["limit"], limit);
    server.stop().await;
}
