//! The static files (`--www` at `/`, `--pkg` at `/pkg/`) as a portal would serve
//! them: compressed, revalidated and cached by what their name says.
//!
//! - Compression: a `.br` or `.gz` file next to the requested one, made at build
//!   time (`scripts/precompress.sh`), is sent when `Accept-Encoding` allows it;
//!   other text-like files are gzipped here when asked, in one piece, so the same
//!   file always gives the same bytes. `Vary: Accept-Encoding` always.
//! - `ETag`: a strong tag over the bytes actually sent (so each encoding has its
//!   own); `If-None-Match` with a current tag gets `304 Not Modified`.
//! - `Cache-Control`: a file whose name carries its hash ([`is_hashed_name`]) is
//!   `public, max-age=31536000, immutable`; every other file is `no-cache`
//!   (the browser keeps it, but asks with its `ETag` before each use).
//! - HTML pages get the [`CSP`] policy; every file gets `nosniff`.

use super::negotiate;
use super::ApiError;
use axum::body::{to_bytes, Body};
use axum::extract::Request;
use axum::http::response::Parts;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::{from_fn, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;
use flate2::write::GzEncoder;
use flate2::Compression;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::Path;
use tower_http::services::ServeDir;

/// The Content-Security-Policy of the demo pages: scripts and everything else
/// from this origin only, no inline script or style, and WebAssembly allowed to
/// compile (`'wasm-unsafe-eval'`, which the engine needs and nothing else grants).
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
                       object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Cache-Control of a file whose name carries its hash: its bytes never change.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// The largest file that gets an `ETag` or on-the-fly compression (larger ones
/// are sent as they are); the demo's largest file is the Node wasm, about 1 MiB.
const MAX_TAGGED: u64 = 32 * 1024 * 1024;

/// Files smaller than this are not worth gzipping.
const MIN_GZIP: usize = 256;

/// A directory served with compression, `ETag`s, caching and the CSP.
pub fn service(dir: &Path) -> Router {
    let files = ServeDir::new(dir).precompressed_br().precompressed_gzip();
    Router::new()
        .fallback_service(files)
        .layer(from_fn(revalidate))
}

/// Whether a file name carries its content hash: its last `-` or `.` part before
/// the extension is 8 or more lowercase hex digits (`page-1a2b3c4d.js`,
/// `chunk.0123abcd9f.css`). Only such files are cached for a year without asking.
pub fn is_hashed_name(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or("");
    let Some((stem, _ext)) = name.rsplit_once('.') else {
        return false;
    };
    let tail = stem.rsplit(['-', '.']).next().unwrap_or("");
    tail.len() >= 8
        && tail.len() < stem.len()
        && tail
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Middleware around the file service: `ETag`, `304`, caching, `Vary`, CSP.
async fn revalidate(mut req: Request, next: Next) -> Response {
    let head = req.method() == Method::HEAD;
    if head {
        // The tag is over the body, so read it as for GET and drop it below.
        *req.method_mut() = Method::GET;
    }
    let if_none_match = req.headers().get(header::IF_NONE_MATCH).cloned();
    let gzip = negotiate::accepts_gzip(
        req.headers()
            .get(header::ACCEPT_ENCODING)
            .and_then(|v| v.to_str().ok()),
    );
    if if_none_match.is_some() {
        // RFC 9110 §13.1.3: with If-None-Match, If-Modified-Since is ignored.
        req.headers_mut().remove(header::IF_MODIFIED_SINCE);
    }
    let path = req.uri().path().to_owned();
    let res = next.run(req).await;
    let status = res.status();
    if !(status.is_success() || status == StatusCode::NOT_MODIFIED) {
        return res;
    }
    let (mut parts, mut body) = res.into_parts();
    if status == StatusCode::OK && content_length(&parts.headers).is_none_or(|n| n <= MAX_TAGGED) {
        body = match tag(&mut parts, body, gzip, if_none_match.as_ref()).await {
            Ok(body) => body,
            Err(e) => return unreadable(&path, &e.to_string()),
        };
    }
    let h = &mut parts.headers;
    let cache = if is_hashed_name(&path) {
        IMMUTABLE
    } else {
        "no-cache"
    };
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    if !h
        .get_all(header::VARY)
        .iter()
        .any(|v| v.as_bytes().eq_ignore_ascii_case(b"accept-encoding"))
    {
        h.append(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    let html = h
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
    if html {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        );
    }
    let body = if head { Body::empty() } else { body };
    Response::from_parts(parts, body)
}

/// Reads a 200's body, gzips it when `gzip` is allowed and it is worth it, sets
/// its `ETag`, and turns it into a bodiless `304` when `If-None-Match` names that
/// tag; returns the body to send.
async fn tag(
    parts: &mut Parts,
    body: Body,
    gzip: bool,
    if_none_match: Option<&HeaderValue>,
) -> Result<Body, axum::Error> {
    let mut bytes = to_bytes(body, usize::try_from(MAX_TAGGED).unwrap_or(usize::MAX)).await?;
    if gzip
        && bytes.len() >= MIN_GZIP
        && !parts.headers.contains_key(header::CONTENT_ENCODING)
        && compressible(&parts.headers)
    {
        bytes = gzipped(&bytes).map_err(axum::Error::new)?.into();
        let encoding = HeaderValue::from_static("gzip");
        parts.headers.insert(header::CONTENT_ENCODING, encoding);
        parts.headers.remove(header::ACCEPT_RANGES);
    }
    let etag = etag_of(&bytes);
    let fresh = if_none_match
        .and_then(|v| v.to_str().ok())
        .is_some_and(|inm| negotiate::etag_matches(inm, etag.to_str().unwrap_or("")));
    parts.headers.insert(header::ETAG, etag);
    if !fresh {
        let length = HeaderValue::from(bytes.len());
        parts.headers.insert(header::CONTENT_LENGTH, length);
        return Ok(Body::from(bytes));
    }
    parts.status = StatusCode::NOT_MODIFIED;
    for h in [
        header::CONTENT_LENGTH,
        header::CONTENT_TYPE,
        header::CONTENT_ENCODING,
    ] {
        parts.headers.remove(h);
    }
    Ok(Body::empty())
}

/// Text-like types gain from gzip; images, fonts and archives are compressed already.
fn compressible(h: &HeaderMap) -> bool {
    let Some(t) = h.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let t = t.to_ascii_lowercase();
    t.starts_with("text/")
        || t.starts_with("application/wasm")
        || ["javascript", "json", "xml"].iter().any(|k| t.contains(k))
}

/// The bytes gzipped in one piece (level 6, no name or time in the header).
fn gzipped(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = GzEncoder::new(Vec::with_capacity(bytes.len() / 3), Compression::default());
    out.write_all(bytes)?;
    out.finish()
}

/// `"` + the first 128 bits of the SHA-256 of the bytes, in hex, + `"`.
fn etag_of(bytes: &[u8]) -> HeaderValue {
    let digest = Sha256::digest(bytes);
    let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    HeaderValue::from_str(&format!("\"{hex}\"")).unwrap_or(HeaderValue::from_static("\"\""))
}

fn content_length(h: &HeaderMap) -> Option<u64> {
    h.get(header::CONTENT_LENGTH)?.to_str().ok()?.parse().ok()
}

fn unreadable(path: &str, reason: &str) -> Response {
    ApiError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        format!("The file at {path} could not be read: {reason}."),
    )
    .into_response()
}

#[cfg(test)]
mod tests {
    use super::is_hashed_name;

    #[test]
    fn hashed_names() {
        for yes in [
            "/assets/page-1a2b3c4d.js",
            "chunk.0123abcd9f.css",
            "/x/a-deadbeef00.wasm",
        ] {
            assert!(is_hashed_name(yes), "{yes}");
        }
        for no in [
            "/pkg/dist/skjemasjekk_bg.wasm",
            "/index.html",
            "/a-1a2b3c4.js",
            "/a-1A2B3C4D.js",
            "/1a2b3c4d.js",
            "/a-1a2b3c4d",
            "/js/page-texts.js",
        ] {
            assert!(!is_hashed_name(no), "{no}");
        }
    }
}
