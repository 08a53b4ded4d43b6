//! The read-only side of the HTTP service over real HTTP: the form list, the rule
//! sets (same bytes as the library, ETag revalidation), schemas, health, static
//! files, and JSON errors for unknown paths and wrong methods.

mod serve_support;

use serve_support::{forms, scratch_dir, send, Server};
use skjemasjekk::serve::ServeConfig;

#[tokio::test]
async fn healthz_and_form_list() {
    let server = Server::with_defaults().await;
    let health = server.get("/healthz", &[]).await;
    assert_eq!(health.status, 200);
    assert_eq!(health.json()["status"], "ok");
    assert_eq!(health.json()["forms"], forms().len());

    let list = server.get("/api/v1/forms", &[]).await;
    assert_eq!(list.status, 200);
    assert_eq!(list.header("content-type"), Some("application/json"));
    let list = list.json();
    let items = list.as_array().unwrap();
    assert_eq!(items.len(), forms().len());
    for (item, form) in items.iter().zip(forms()) {
        assert_eq!(item["id"], form.id());
        assert_eq!(item["version"], form.version());
        assert_eq!(item["hash"], form.hash());
        for lang in ["nb", "nn", "en"] {
            let title = item["title"][lang].as_str().unwrap_or_default();
            assert!(!title.is_empty(), "{} has a title in {lang}", form.id());
        }
    }
    let ids: Vec<&str> = items.iter().map(|i| i["id"].as_str().unwrap()).collect();
    assert!(
        ids.contains(&"forsokssoknad") && ids.contains(&"pilotplan"),
        "{ids:?}"
    );
    server.stop().await;
}

#[tokio::test]
async fn the_rule_set_language_schema_is_served_for_editors() {
    let server = Server::with_defaults().await;
    let res = server.get("/api/v1/ruleset.schema.json", &[]).await;
    assert_eq!(res.status, 200);
    let shipped = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/pkg/ruleset.schema.json"
    ));
    assert_eq!(
        res.body,
        shipped.unwrap(),
        "the bytes the npm package ships"
    );
    assert_eq!(res.header("content-type"), Some("application/schema+json"));
    assert_eq!(res.header("cache-control"), Some("no-cache"));
    server.stop().await;
}

#[tokio::test]
async fn rule_set_is_the_library_bytes_with_a_strong_etag() {
    let server = Server::with_defaults().await;
    for form in forms() {
        let path = format!("/api/v1/forms/{}", form.id());
        let res = server.get(&path, &[]).await;
        assert_eq!(res.status, 200);
        assert_eq!(res.body, form.source().as_bytes(), "exactly Form::source()");
        assert_eq!(res.header("content-type"), Some("application/json"));
        assert_eq!(res.header("cache-control"), Some("no-cache"));
        let etag = format!("\"{}\"", form.hash());
        assert_eq!(res.header("etag"), Some(etag.as_str()));

        for current in [etag.clone(), format!("\"old\", W/{etag}"), "*".to_owned()] {
            let again = server.get(&path, &[("If-None-Match", &current)]).await;
            assert_eq!(again.status, 304, "If-None-Match: {current}");
            assert!(again.body.is_empty());
            assert_eq!(again.header("etag"), Some(etag.as_str()));
            assert_eq!(again.header("cache-control"), Some("no-cache"));
        }
        let stale = server
            .get(&path, &[("If-None-Match", "\"sha256:old\"")])
            .await;
        assert_eq!(stale.status, 200);
        assert_eq!(stale.body, form.source().as_bytes());

        let head = send(server.addr, "HEAD", &path, &[], None).await;
        assert_eq!(head.status, 200);
        assert!(head.body.is_empty());
        assert_eq!(head.header("etag"), Some(etag.as_str()));

        let schema = server.get(&format!("{path}/schema"), &[]).await;
        assert_eq!(schema.status, 200);
        assert_eq!(schema.text(), form.schema().to_json());
        assert_eq!(
            schema.header("content-type"),
            Some("application/schema+json")
        );
    }
    server.stop().await;
}

#[tokio::test]
async fn unknown_forms_and_paths_are_json_404() {
    let server = Server::with_defaults().await;
    for path in [
        "/api/v1/forms/nosuchform",
        "/api/v1/forms/nosuchform/schema",
    ] {
        let error = server
            .get(path, &[])
            .await
            .expect_error(404, "unknown_form");
        let known: Vec<&str> = forms().iter().map(|f| f.id()).collect();
        assert_eq!(error["forms"], serde_json::json!(known));
    }
    let res = server
        .post_json("/api/v1/forms/nosuchform/validate", &[], b"{}")
        .await;
    res.expect_error(404, "unknown_form");
    for path in [
        "/api",
        "/api/v2/forms",
        "/api/v1/forms/a/b/c",
        "/index.html",
        "/pkg/x.js",
    ] {
        let error = server.get(path, &[]).await.expect_error(404, "not_found");
        assert!(error["message"].as_str().unwrap().contains(path), "{error}");
    }
    server.stop().await;
}

#[tokio::test]
async fn wrong_methods_are_json_405_with_allow() {
    let server = Server::with_defaults().await;
    let cases = [
        ("POST", "/api/v1/forms", "GET,HEAD"),
        ("DELETE", "/healthz", "GET,HEAD"),
        ("PUT", "/api/v1/forms/pilotplan", "GET,HEAD"),
        ("GET", "/api/v1/forms/pilotplan/validate", "POST"),
    ];
    for (method, path, allow) in cases {
        let res = send(server.addr, method, path, &[], Some(b"{}")).await;
        let error = res.expect_error(405, "method_not_allowed");
        assert_eq!(res.header("allow"), Some(allow), "{method} {path}");
        let listed: Vec<&str> = allow.split(',').collect();
        assert_eq!(error["allow"], serde_json::json!(listed));
    }
    server.stop().await;
}

#[tokio::test]
async fn serves_www_and_pkg_and_nothing_outside() {
    let root = scratch_dir("static");
    let (www, pkg) = (root.join("www"), root.join("pkg"));
    std::fs::create_dir_all(&www).unwrap();
    std::fs::create_dir_all(&pkg).unwrap();
    std::fs::write(www.join("index.html"), "<!doctype html><title>Demo</title>").unwrap();
    std::fs::write(pkg.join("skjemasjekk_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
    std::fs::write(pkg.join("skjemasjekk.js"), "export default 1;").unwrap();
    std::fs::write(root.join("secret.txt"), "not for the web").unwrap();
    let server = Server::start(ServeConfig {
        www_dir: Some(www),
        pkg_dir: Some(pkg),
        ..ServeConfig::default()
    })
    .await;

    let index = server.get("/", &[]).await;
    assert_eq!(index.status, 200);
    assert_eq!(index.text(), "<!doctype html><title>Demo</title>");
    assert!(index
        .header("content-type")
        .unwrap()
        .starts_with("text/html"));
    let wasm = server.get("/pkg/skjemasjekk_bg.wasm", &[]).await;
    assert_eq!(wasm.status, 200);
    assert_eq!(wasm.body, b"\0asm\x01\0\0\0");
    assert_eq!(wasm.header("content-type"), Some("application/wasm"));
    let js = server.get("/pkg/skjemasjekk.js", &[]).await;
    assert!(js.header("content-type").unwrap().contains("javascript"));

    for path in [
        "/secret.txt",
        "/../secret.txt",
        "/pkg/../../secret.txt",
        "/%2e%2e/secret.txt",
    ] {
        let res = server.get(path, &[]).await;
        assert!(matches!(res.status, 400 | 404), "{path}: {}", res.status);
        assert_eq!(
            res.header("content-type"),
            Some("application/json"),
            "{path}"
        );
        assert!(!res.text().contains("not for the web"));
    }
    let res = send(server.addr, "POST", "/index.html", &[], Some(b"x")).await;
    res.expect_error(405, "method_not_allowed");
    // The API wins over a file of the same name.
    assert_eq!(server.get("/healthz", &[]).await.json()["status"], "ok");
    server.stop().await;
}

#[tokio::test]
async fn missing_static_directories_are_json_404() {
    let root = scratch_dir("missing");
    let server = Server::start(ServeConfig {
        www_dir: Some(root.join("no-www")),
        pkg_dir: Some(root.join("no-pkg")),
        ..ServeConfig::default()
    })
    .await;
    for path in ["/", "/index.html", "/pkg/skjemasjekk.js", "/pkg/"] {
        server.get(path, &[]).await.expect_error(404, "not_found");
    }
    server.stop().await;
}
