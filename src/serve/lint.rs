//! `POST /api/v1/lint`: the rule-set linter over HTTP, for editors and the demo's
//! playground. The body is a rule set's text (any media type: it is read as
//! text, never validated as data); the answer is always 200 with what
//! [`crate::lint::lint_bytes`] found, `{"form", "problems"}` (an empty list and
//! the form's id, version and hash when it is clean). A body over the limit is
//! refused with 413, as on every route.

use super::validate::read_body;
use super::{json_response, ApiError, AppState};
use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use std::sync::Arc;

pub async fn lint(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let bytes = read_body(&headers, body, state.body_limit).await?;
    let linted = crate::lint::lint_bytes(&bytes);
    let mut res = json_response(StatusCode::OK, linted.to_json());
    // The answer quotes the rule set being written: keep it out of caches.
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}
