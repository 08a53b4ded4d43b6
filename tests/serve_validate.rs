//! `POST /api/v1/forms/{id}/validate` over real HTTP: the answer is exactly the
//! library's strict report, the language comes from `?lang=` or `Accept-Language`,
//! and every refusal (400, 409, 408, 413, 415) is JSON a portal developer can act on.

mod serve_support;

use serve_support::{forms, library_report, send_raw, Server};
use skjemasjekk::serve::ServeConfig;
use skjemasjekk::{parse_json, Lang};
use std::time::{Duration, Instant};
use tokio::io::AsyncWriteExt;

/// A query, request headers, and the language the report must be in.
type LangCase<'a> = (&'a str, &'a [(&'a str, &'a str)], Lang);

fn validate_path(id: &str) -> String {
    format!("/api/v1/forms/{id}/validate")
}

#[tokio::test]
async fn language_from_query_then_accept_language_then_bokmal() {
    let server = Server::with_defaults().await;
    for form in forms() {
        let path = validate_path(form.id());
        let report = |lang| library_report(form, "{}", lang);
        assert_ne!(
            report(Lang::Nb),
            report(Lang::En),
            "messages differ by language"
        );
        let cases: [LangCase; 5] = [
            ("", &[], Lang::Nb),
            ("?lang=nn", &[], Lang::Nn),
            ("?lang=en", &[("Accept-Language", "nn")], Lang::En),
            (
                "",
                &[("Accept-Language", "de, nn-NO;q=0.9, en;q=0.5")],
                Lang::Nn,
            ),
            ("", &[("Accept-Language", "en-GB")], Lang::En),
        ];
        for (query, headers, lang) in cases {
            let res = server
                .post_json(&format!("{path}{query}"), headers, b"{}")
                .await;
            assert_eq!(res.status, 200, "{}", res.text());
            assert_eq!(res.text(), report(lang), "{query} {headers:?}");
            assert_eq!(res.header("content-type"), Some("application/json"));
            assert_eq!(res.header("cache-control"), Some("no-store"));
        }
        let error = server
            .post_json(&format!("{path}?lang=de"), &[], b"{}")
            .await
            .expect_error(400, "unknown_lang");
        assert_eq!(error["allowed"], serde_json::json!(["nb", "nn", "en"]));
        server
            .post_json(&format!("{path}?lang=nb&lang=en"), &[], b"{}")
            .await
            .expect_error(400, "bad_query");
    }
    server.stop().await;
}

/// JSON bodies here; form posts (urlencoded, multipart) in tests/serve_formdata.rs.
#[tokio::test]
async fn only_json_and_form_bodies_are_accepted() {
    let server = Server::with_defaults().await;
    let form = &forms()[0];
    let path = validate_path(form.id());
    for ok in [
        "application/json",
        "application/json; charset=utf-8",
        "APPLICATION/JSON;charset=UTF-8",
        "application/vnd.skjemasjekk+json",
    ] {
        let res = server
            .post_json(&path, &[("Content-Type", ok)], b"{}")
            .await;
        assert_eq!(res.status, 200, "{ok}: {}", res.text());
        assert_eq!(res.text(), library_report(form, "{}", Lang::Nb));
    }
    for bad in [
        "text/plain",
        "application/x-www-form-urlencoded; charset=iso-8859-1",
        "application/json; charset=iso-8859-1",
    ] {
        let res = server
            .post_json(&path, &[("Content-Type", bad)], b"{}")
            .await;
        let error = res.expect_error(415, "unsupported_media_type");
        assert!(error["message"]
            .as_str()
            .unwrap()
            .contains("application/json"));
    }
    let raw = format!(
        "POST {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{{}}"
    );
    send_raw(server.addr, raw.as_bytes())
        .await
        .expect_error(415, "unsupported_media_type");
    server.stop().await;
}

#[tokio::test]
async fn malformed_json_is_400_with_line_and_column() {
    let server = Server::with_defaults().await;
    let path = validate_path(forms()[0].id());
    let deep = "[".repeat(65) + &"]".repeat(65);
    let bodies = [
        "",
        "{\"a\": 1,,}",
        "{\n  \"a\": tru\n}",
        "{\"a\": 1, \"a\": 2}",
        "{} {}",
        deep.as_str(),
    ];
    for body in bodies {
        let expected = parse_json(body).unwrap_err();
        let res = server.post_json(&path, &[], body.as_bytes()).await;
        let error = res.expect_error(400, "malformed_json");
        assert_eq!(error["line"], expected.line, "{body:?}");
        assert_eq!(error["column"], expected.column, "{body:?}");
        assert!(
            error["message"]
                .as_str()
                .unwrap()
                .contains(&expected.message),
            "{error}"
        );
    }
    // Exactly at the nesting limit is data, and gets a report.
    let ok = "[".repeat(64) + &"]".repeat(64);
    let res = server.post_json(&path, &[], ok.as_bytes()).await;
    assert_eq!(res.status, 200, "{}", res.text());

    let res = server.post_json(&path, &[], b"{\"a\": \"\xff\"}").await;
    let error = res.expect_error(400, "malformed_json");
    assert_eq!(
        (error["line"].as_u64(), error["column"].as_u64()),
        (Some(1), Some(8))
    );
    server.stop().await;
}

#[tokio::test]
async fn a_stale_rule_set_is_409_with_the_current_hash() {
    let server = Server::with_defaults().await;
    for form in forms() {
        let path = validate_path(form.id());
        let current = [("X-Ruleset-Hash", form.hash())];
        let res = server.post_json(&path, &current, b"{}").await;
        assert_eq!(res.status, 200, "{}", res.text());
        assert_eq!(res.text(), library_report(form, "{}", Lang::Nb));

        let res = server
            .post_json(&path, &[("X-Ruleset-Hash", "sha256:0000")], b"{}")
            .await;
        let error = res.expect_error(409, "stale_ruleset");
        assert_eq!(error["hash"], form.hash());
        assert_eq!(error["version"], form.version());
        assert!(
            error["message"].as_str().unwrap().contains("Reload"),
            "{error}"
        );
    }
    server.stop().await;
}

#[tokio::test]
async fn bodies_over_the_limit_are_413() {
    let limit = 1000;
    let server = Server::start(ServeConfig {
        body_limit: limit,
        www_dir: None,
        pkg_dir: None,
        ..ServeConfig::default()
    })
    .await;
    let form = &forms()[0];
    let path = validate_path(form.id());
    let padded = |n: usize| format!("{{}}{}", " ".repeat(n - 2));

    let at_limit = padded(limit);
    let res = server.post_json(&path, &[], at_limit.as_bytes()).await;
    assert_eq!(res.status, 200, "{}", res.text());
    assert_eq!(res.text(), library_report(form, &at_limit, Lang::Nb));

    let res = server
        .post_json(&path, &[], padded(limit + 1).as_bytes())
        .await;
    let error = res.expect_error(413, "body_too_large");
    assert_eq!(error["limit"], limit);

    // Refused from Content-Length alone, before the body is sent.
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\
         Content-Type: application/json\r\nContent-Length: 50000000\r\n\r\n"
    );
    send_raw(server.addr, head.as_bytes())
        .await
        .expect_error(413, "body_too_large");

    // Refused while streaming when the length is not declared.
    let big = padded(limit + 500);
    let chunked = format!(
        "POST {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\
         Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n\
         {:x}\r\n{big}\r\n0\r\n\r\n",
        big.len()
    );
    send_raw(server.addr, chunked.as_bytes())
        .await
        .expect_error(413, "body_too_large");
    server.stop().await;
}

#[tokio::test]
async fn a_body_that_never_arrives_times_out_with_408() {
    let server = Server::start(ServeConfig {
        timeout: Duration::from_millis(300),
        www_dir: None,
        pkg_dir: None,
        ..ServeConfig::default()
    })
    .await;
    let path = validate_path(forms()[0].id());
    let mut stream = tokio::net::TcpStream::connect(server.addr).await.unwrap();
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\
         Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"a\":"
    );
    let start = Instant::now();
    stream.write_all(head.as_bytes()).await.unwrap();
    let res = serve_support::read_response(&mut stream).await;
    let waited = start.elapsed();
    let error = res.expect_error(408, "timeout");
    assert!(error["message"].as_str().unwrap().contains("300 ms"));
    assert!(
        waited >= Duration::from_millis(290) && waited < Duration::from_secs(5),
        "{waited:?}"
    );
    server.stop().await;
}
