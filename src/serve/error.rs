//! Every refusal of the HTTP service is JSON: `{"error": {"code", "message", …}}`.
//!
//! [`ApiError`] is what handlers return. [`json_errors`] is the one place that turns
//! the bare error responses made by the router and the static file service (404 for
//! an unknown path, 405 with `Allow`, rejections of malformed paths or queries) into
//! the same JSON shape, so a portal developer never has to parse two kinds of error.

use super::json_response;
use axum::body::{to_bytes, Body};
use axum::extract::Request;
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

/// A refusal: an HTTP status, a stable code, a message for the developer who
/// integrates a portal, and details (e.g. `line` and `column`) in a fixed order.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{status} {code}: {message}")]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
    pub details: Vec<(&'static str, serde_json::Value)>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            message: message.into(),
            details: Vec::new(),
        }
    }

    /// Adds a detail member next to `code` and `message`.
    pub fn with(mut self, key: &'static str, value: impl Into<serde_json::Value>) -> Self {
        self.details.push((key, value.into()));
        self
    }

    /// The body: `{"error":{"code":…,"message":…,…details}}`.
    pub fn to_json(&self) -> String {
        serde_json::to_string(&Envelope(self))
            .unwrap_or_else(|_| String::from(r#"{"error":{"code":"internal","message":"error"}}"#))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        json_response(self.status, self.to_json())
    }
}

struct Envelope<'a>(&'a ApiError);

impl Serialize for Envelope<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut outer = s.serialize_map(Some(1))?;
        outer.serialize_entry("error", &Inner(self.0))?;
        outer.end()
    }
}

struct Inner<'a>(&'a ApiError);

impl Serialize for Inner<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let e = self.0;
        let mut map = s.serialize_map(Some(2 + e.details.len()))?;
        map.serialize_entry("code", e.code)?;
        map.serialize_entry("message", &e.message)?;
        for (k, v) in &e.details {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// Middleware: gives every error response that is not JSON yet a JSON body
/// (the HTML pages of the routes for people, `nojs`, stay as they are).
pub async fn json_errors(req: Request, next: Next) -> Response {
    let method = req.method().clone();
    let path = req.uri().path().to_owned();
    let res = next.run(req).await;
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error())
        || is_json(res.headers())
        || is_html(res.headers())
    {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    // Rejections from extractors carry a short text saying what was wrong: keep it.
    let text = to_bytes(body, 4096)
        .await
        .ok()
        .and_then(|b| String::from_utf8(b.to_vec()).ok())
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty());
    let error = describe(status, &method, &path, &parts.headers, text);
    parts.headers.remove(header::CONTENT_LENGTH);
    let mut res = Response::from_parts(parts, Body::from(error.to_json()));
    if let Ok(v) = header::HeaderValue::from_str("application/json") {
        res.headers_mut().insert(header::CONTENT_TYPE, v);
    }
    res
}

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"))
}

fn is_html(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"))
}

fn describe(
    status: StatusCode,
    method: &Method,
    path: &str,
    headers: &HeaderMap,
    text: Option<String>,
) -> ApiError {
    match status {
        StatusCode::NOT_FOUND if path == "/api" || path.starts_with("/api/") => ApiError::new(
            status,
            "not_found",
            format!(
                "There is no endpoint {path}. The API lives under /api/v1/; \
                 GET /api/v1/forms lists the forms."
            ),
        ),
        StatusCode::NOT_FOUND => ApiError::new(
            status,
            "not_found",
            format!("There is no page or file at {path}."),
        ),
        StatusCode::METHOD_NOT_ALLOWED => {
            let allow: Vec<String> = headers
                .get(header::ALLOW)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .split(',')
                .map(|m| m.trim().to_owned())
                .filter(|m| !m.is_empty())
                .collect();
            ApiError::new(
                status,
                "method_not_allowed",
                format!(
                    "{method} is not allowed on {path}; use {}.",
                    allow.join(" or ")
                ),
            )
            .with("allow", allow)
        }
        _ => {
            let reason = status.canonical_reason().unwrap_or("error");
            let code = match status {
                StatusCode::BAD_REQUEST => "bad_request",
                StatusCode::REQUEST_TIMEOUT => "timeout",
                StatusCode::LENGTH_REQUIRED => "length_required",
                StatusCode::PAYLOAD_TOO_LARGE => "body_too_large",
                StatusCode::URI_TOO_LONG => "uri_too_long",
                s if s.is_server_error() => "internal",
                _ => "http_error",
            };
            ApiError::new(status, code, text.unwrap_or_else(|| reason.to_owned()))
        }
    }
}
