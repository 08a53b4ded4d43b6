//! The static files as a portal's users get them, over real HTTP requests:
//! precompressed `.br`/`.gz` files by `Accept-Encoding`, gzip on the fly for the
//! rest, a strong `ETag` per encoding with `304` on `If-None-Match`, a year of
//! caching only for file names that carry their hash, the CSP on HTML pages, and
//! gzip for API answers when asked.

mod serve_support;

use flate2::read::GzDecoder;
use serve_support::{forms, scratch_dir, send, Resp, Server};
use skjemasjekk::serve::{ServeConfig, CSP};
use std::io::Read;
use std::path::Path;

/// One line of a script; eight of them are worth gzipping (the service skips files under 256 bytes).
const SCRIPT: &str = "export const greeting = 'hei'; // the same line, padded for compression\n";

fn gunzip(res: &Resp) -> String {
    assert_eq!(
        res.header("content-encoding"),
        Some("gzip"),
        "{:?}",
        res.headers
    );
    let mut text = String::new();
    GzDecoder::new(res.body.as_slice())
        .read_to_string(&mut text)
        .expect("a gzip body");
    text
}

/// www/ with a page, a script and its build-time `.br`/`.gz` (marked bytes, so the
/// test sees which file was sent), a hashed asset; pkg/ with a script.
async fn start(name: &str) -> Server {
    let root = scratch_dir(name);
    let (www, pkg) = (root.join("www"), root.join("pkg"));
    let write = |dir: &Path, file: &str, bytes: &[u8]| {
        let path = dir.join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    };
    write(
        &www,
        "index.html",
        b"<!doctype html><title>Demo</title><p>Hei</p>",
    );
    write(&www, "app.js", SCRIPT.as_bytes());
    write(&www, "app.js.br", b"brotli bytes of app.js");
    write(&www, "app.js.gz", b"gzip bytes of app.js");
    write(&www, "assets/page-1a2b3c4d.js", SCRIPT.as_bytes());
    write(&pkg, "dropin/index.js", SCRIPT.repeat(8).as_bytes());
    Server::start(ServeConfig {
        www_dir: Some(www),
        pkg_dir: Some(pkg),
        ..ServeConfig::default()
    })
    .await
}

#[tokio::test]
async fn precompressed_files_by_accept_encoding() {
    let server = start("precompressed").await;
    let cases = [
        ("br, gzip", Some("br"), "brotli bytes of app.js"),
        ("gzip, deflate", Some("gzip"), "gzip bytes of app.js"),
        ("br;q=0, gzip", Some("gzip"), "gzip bytes of app.js"),
        ("identity", None, SCRIPT),
    ];
    let mut etags = Vec::new();
    for (accept, encoding, body) in cases {
        let res = server.get("/app.js", &[("Accept-Encoding", accept)]).await;
        assert_eq!(res.status, 200, "{accept}");
        assert_eq!(res.header("content-encoding"), encoding, "{accept}");
        assert_eq!(res.text(), body, "{accept}");
        assert!(res.header("content-type").unwrap().contains("javascript"));
        assert_eq!(res.header("vary"), Some("accept-encoding"), "{accept}");
        assert_eq!(res.header("cache-control"), Some("no-cache"), "{accept}");
        etags.push(res.header("etag").expect("an ETag").to_owned());
    }
    // One tag per representation: br, gzip and identity differ; the same gzip agrees.
    assert_ne!(etags[0], etags[1]);
    assert_ne!(etags[1], etags[3]);
    assert_eq!(etags[1], etags[2]);
    server.stop().await;
}

#[tokio::test]
async fn files_without_a_precompressed_copy_are_gzipped_when_asked() {
    let server = start("on-the-fly").await;
    let res = server
        .get("/pkg/dropin/index.js", &[("Accept-Encoding", "gzip")])
        .await;
    assert_eq!(res.status, 200);
    assert_eq!(gunzip(&res), SCRIPT.repeat(8));
    let plain = server.get("/pkg/dropin/index.js", &[]).await;
    assert_eq!(plain.header("content-encoding"), None);
    assert_eq!(plain.text(), SCRIPT.repeat(8));
    assert_ne!(plain.header("etag"), res.header("etag"));
    // The gzip answer is the same bytes each time, so its tag revalidates too.
    let twice = server
        .get("/pkg/dropin/index.js", &[("Accept-Encoding", "gzip")])
        .await;
    assert_eq!(twice.body, res.body);
    assert_eq!(twice.header("etag"), res.header("etag"));
    let again = server
        .get(
            "/pkg/dropin/index.js",
            &[
                ("Accept-Encoding", "gzip"),
                ("If-None-Match", res.header("etag").unwrap()),
            ],
        )
        .await;
    assert_eq!(again.status, 304);
    server.stop().await;
}

#[tokio::test]
async fn if_none_match_gets_304_and_head_gets_the_tag() {
    let server = start("etag").await;
    let first = server.get("/index.html", &[]).await;
    let etag = first.header("etag").expect("an ETag").to_owned();
    assert!(etag.starts_with('"') && etag.len() == 34, "{etag}");

    let res = server.get("/index.html", &[("If-None-Match", &etag)]).await;
    assert_eq!(res.status, 304);
    assert!(res.body.is_empty());
    assert_eq!(res.header("etag"), Some(etag.as_str()));
    assert_eq!(res.header("cache-control"), Some("no-cache"));
    let listed = format!("\"0000\", W/{etag}");
    let res = server
        .get("/index.html", &[("If-None-Match", &listed)])
        .await;
    assert_eq!(res.status, 304);

    // A stale tag gets the file, even when If-Modified-Since alone would say 304.
    let stale = [
        ("If-None-Match", "\"0123456789abcdef0123456789abcdef\""),
        ("If-Modified-Since", "Fri, 01 Jan 2100 00:00:00 GMT"),
    ];
    let res = server.get("/index.html", &stale).await;
    assert_eq!(res.status, 200);
    assert_eq!(res.body, first.body);

    let head = send(server.addr, "HEAD", "/index.html", &[], None).await;
    assert_eq!(head.status, 200);
    assert_eq!(head.header("etag"), Some(etag.as_str()));
    assert_eq!(
        head.header("content-length"),
        Some(first.body.len().to_string().as_str())
    );
    assert!(head.body.is_empty());
    server.stop().await;
}

#[tokio::test]
async fn only_hashed_names_are_cached_for_a_year_and_pages_carry_the_csp() {
    let server = start("caching").await;
    let hashed = server.get("/assets/page-1a2b3c4d.js", &[]).await;
    assert_eq!(hashed.status, 200);
    assert_eq!(
        hashed.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    assert!(hashed.header("etag").is_some());
    assert_eq!(hashed.header("content-security-policy"), None);
    assert_eq!(hashed.header("x-content-type-options"), Some("nosniff"));

    let page = server.get("/", &[]).await;
    assert_eq!(page.header("cache-control"), Some("no-cache"));
    assert_eq!(page.header("content-security-policy"), Some(CSP));
    assert!(CSP.starts_with("default-src 'self'; script-src 'self' 'wasm-unsafe-eval';"));
    assert!(!CSP.contains("unsafe-inline"));
    server.stop().await;
}

#[tokio::test]
async fn api_answers_are_gzipped_when_asked() {
    let server = Server::with_defaults().await;
    let plain = server.get("/api/v1/forms", &[]).await;
    assert_eq!(plain.header("content-encoding"), None);
    let zipped = server
        .get("/api/v1/forms", &[("Accept-Encoding", "gzip")])
        .await;
    assert_eq!(zipped.status, 200);
    assert_eq!(gunzip(&zipped), plain.text());
    assert_eq!(zipped.header("vary"), Some("accept-encoding"));

    let form = &forms()[0];
    // The rule set gzipped is not the bytes its strong tag names: the tag turns
    // weak, and revalidating with it still gets a 304.
    let ruleset = format!("/api/v1/forms/{}", form.id());
    let zipped = server.get(&ruleset, &[("Accept-Encoding", "gzip")]).await;
    assert_eq!(gunzip(&zipped), form.source());
    let weak = format!("W/\"{}\"", form.hash());
    assert_eq!(zipped.header("etag"), Some(weak.as_str()));
    let plain = server.get(&ruleset, &[]).await;
    assert_eq!(plain.header("etag"), Some(&weak[2..]));
    let again = [
        ("Accept-Encoding", "gzip"),
        ("If-None-Match", weak.as_str()),
    ];
    assert_eq!(server.get(&ruleset, &again).await.status, 304);

    let path = format!("/api/v1/forms/{}/validate?lang=en", form.id());
    let report = server
        .post_json(&path, &[("Accept-Encoding", "gzip")], b"{}")
        .await;
    assert_eq!(report.status, 200);
    let text = gunzip(&report);
    assert_eq!(
        text,
        serve_support::library_report(form, "{}", skjemasjekk::Lang::En)
    );
    assert_eq!(report.header("cache-control"), Some("no-store"));
    server.stop().await;
}
