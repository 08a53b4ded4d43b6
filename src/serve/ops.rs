//! What an operator needs around the API: one JSON access-log line per request on
//! stderr (a closed stderr never stops the service), a time limit on every request, `GET /healthz`, and honest `ETag`s on
//! answers gzipped on the fly.

use super::{json_response, ApiError, AppState};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Middleware: after each request, writes
/// `{"method":…,"path":…,"status":…,"duration_ms":…}` as one line to stderr.
/// The query string and the body are never logged (they may hold personal data).
pub async fn access_log(req: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = req.method().clone();
    let path = req.uri().path().to_owned();
    let res = next.run(req).await;
    let line = format!(
        "{{\"method\":{},\"path\":{},\"status\":{},\"duration_ms\":{:.3}}}\n",
        json_string(method.as_str()),
        json_string(&path),
        res.status().as_u16(),
        start.elapsed().as_secs_f64() * 1000.0,
    );
    log_line(&line);
    res
}

/// Writes `line` to stderr in one write (so lines from parallel requests never
/// interleave). A closed or full stderr is ignored: the service goes on serving
/// when a process manager stops reading its log, where `eprint!` would panic in
/// every request.
pub(super) fn log_line(line: &str) {
    use std::io::Write;
    let _ = std::io::stderr().write_all(line.as_bytes());
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| String::from("\"\""))
}

/// Middleware: a request not answered within the limit (typically a body that
/// arrives too slowly) gets `408` and the connection is closed.
pub async fn time_limit(State(limit): State<Duration>, req: Request, next: Next) -> Response {
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(res) => res,
        Err(_) => {
            let mut res = ApiError::new(
                StatusCode::REQUEST_TIMEOUT,
                "timeout",
                format!(
                    "The request was not completed within {} ms; send the whole body at once \
                     and try again.",
                    limit.as_millis()
                ),
            )
            .into_response();
            res.headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
            res
        }
    }
}

/// Middleware outside the API's gzip: an answer compressed on the fly is not the
/// bytes its strong `ETag` (the rule set's hash) names, so the tag becomes weak
/// (`W/"…"`), as RFC 9110 §8.8.1 asks; `If-None-Match` compares weakly, so a
/// client's revalidation still gets its `304`.
pub async fn weaken_etag(req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    if !res.headers().contains_key(header::CONTENT_ENCODING) {
        return res;
    }
    let weak = match res
        .headers()
        .get(header::ETAG)
        .and_then(|v| v.to_str().ok())
    {
        Some(tag) if tag.starts_with('"') => HeaderValue::from_str(&format!("W/{tag}")).ok(),
        _ => None,
    };
    if let Some(weak) = weak {
        res.headers_mut().insert(header::ETAG, weak);
    }
    res
}

/// `GET /healthz`: the service is up and has its forms.
pub async fn healthz(State(state): State<Arc<AppState>>) -> Response {
    let body = format!(
        "{{\"status\":\"ok\",\"version\":{},\"forms\":{}}}",
        json_string(env!("CARGO_PKG_VERSION")),
        state.catalog.len()
    );
    json_response(StatusCode::OK, body)
}
