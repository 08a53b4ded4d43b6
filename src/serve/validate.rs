//! `POST /api/v1/forms/{id}/validate`: the server's own check of a submission.
//!
//! The server never trusts the browser: whatever the client checked, the data is
//! validated again, always strict (keys the form does not define are errors), and
//! the answer is exactly the library's report. A client that validated against a
//! rule set other than the current one (`X-Ruleset-Hash`) is told to reload.
//! The body is JSON, or a form post (`form_body`) turned into the same document
//! the drop-in makes of that form. Checks run cheapest first: form, language,
//! media type, rule-set hash, body size, JSON syntax (or form names).

use super::form_body::{self, BodyKind};
use super::{json_response, negotiate, ApiError, AppState};
use crate::value::line_column;
use crate::{parse_json, Options};
use axum::body::{Body, HttpBody};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use std::sync::Arc;

/// The most memory reserved for a body before its bytes arrive.
const INITIAL_CAPACITY: usize = 64 * 1024;

/// The most a refused body is read (and thrown away) so that its 413 reaches
/// the client. A client that writes its whole body before reading the answer
/// (Python's http.client, many HTTP libraries) gets a connection reset instead of
/// the 413 when the server closes with unread bytes; beyond this bound it does.
const DRAIN_LIMIT: u64 = 16 * 1024 * 1024;

/// The request header naming the rule set the client validated with.
pub const RULESET_HASH: &str = "x-ruleset-hash";

/// `?lang=nb|nn|en`, the one query parameter of the API and of the no-JS pages.
#[derive(serde::Deserialize)]
pub struct LangQuery {
    pub lang: Option<String>,
}

pub async fn validate(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    query: Result<Query<LangQuery>, QueryRejection>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let entry = state.catalog.get(&id)?;
    let form = &entry.form;
    let Query(query) = query.map_err(|e| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "bad_query",
            format!(
                "The query string could not be read ({e}); the only parameter is lang=nb|nn|en."
            ),
        )
    })?;
    let text_header = |name: header::HeaderName| headers.get(name).and_then(|v| v.to_str().ok());
    let lang = negotiate::lang(query.lang.as_deref(), text_header(header::ACCEPT_LANGUAGE))?;
    let kind = form_body::body_kind(text_header(header::CONTENT_TYPE))?;
    if let Some(sent) = headers.get(RULESET_HASH) {
        if sent.as_bytes() != form.hash().as_bytes() {
            return Err(stale(form.id(), form.version(), form.hash()));
        }
    }
    let bytes = read_body(&headers, body, state.body_limit).await?;
    let data = if kind == BodyKind::Json {
        json_body(&bytes)?
    } else {
        let pairs = form_body::pairs(&kind, bytes).await?;
        form_body::document(form, &pairs)?
    };
    let report = form.validate(&data, &Options { lang, strict: true });
    let mut res = json_response(StatusCode::OK, report.to_json());
    // A report may quote what a person submitted: keep it out of every cache.
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}

/// The JSON document of a body; 400 with line and column when it is none.
fn json_body(bytes: &[u8]) -> Result<crate::Value, ApiError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_column(bytes.get(..e.valid_up_to()).unwrap_or_default());
        malformed("the body is not UTF-8 text", line, column)
    })?;
    parse_json(text).map_err(|e| malformed(&e.message, e.line, e.column))
}

fn stale(id: &str, version: &str, hash: &str) -> ApiError {
    ApiError::new(
        StatusCode::CONFLICT,
        "stale_ruleset",
        format!(
            "The data was checked against another version of the rules for {id:?} than the \
             current one ({version}). Reload the form (GET /api/v1/forms/{id}) and check again."
        ),
    )
    .with("form", id)
    .with("version", version)
    .with("hash", hash)
}

fn malformed(reason: &str, line: usize, column: usize) -> ApiError {
    ApiError::new(
        StatusCode::BAD_REQUEST,
        "malformed_json",
        format!("The request body is not valid JSON: {reason} (line {line}, column {column})."),
    )
    .with("line", line)
    .with("column", column)
}

fn too_large(limit: usize) -> ApiError {
    ApiError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "body_too_large",
        format!("The request body is larger than the limit of {limit} bytes."),
    )
    .with("limit", limit)
}

/// Reads the whole body, refusing it (413) as soon as it is known to exceed `limit`:
/// from `Content-Length` before a byte is read, or while it streams in. A refused
/// body is drained first ([`drain`]), unless the client waits for
/// `100 Continue` (`Expect: 100-continue`) and so has not sent it.
pub(super) async fn read_body(
    headers: &HeaderMap,
    mut body: Body,
    limit: usize,
) -> Result<Vec<u8>, ApiError> {
    let text_header = |name: header::HeaderName| headers.get(name).and_then(|v| v.to_str().ok());
    let declared: Option<u64> = text_header(header::CONTENT_LENGTH).and_then(|v| v.parse().ok());
    let expecting =
        text_header(header::EXPECT).is_some_and(|v| v.eq_ignore_ascii_case("100-continue"));
    let limit_u64 = u64::try_from(limit).unwrap_or(u64::MAX);
    if declared.is_some_and(|n| n > limit_u64) {
        // Past the drain bound nothing helps: answer at once and let it close.
        if !expecting && declared.is_some_and(|n| n <= DRAIN_LIMIT) {
            drain(&mut body, 0).await;
        }
        return Err(too_large(limit));
    }
    // Trust a declared length only so far: a client that announces a large body
    // and sends nothing must not make the server reserve the memory up front.
    let capacity = declared
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or(0)
        .min(INITIAL_CAPACITY);
    let mut buf = Vec::with_capacity(capacity);
    while let Some(data) = next_data(&mut body).await? {
        if buf.len().saturating_add(data.len()) > limit {
            let read = u64::try_from(buf.len() + data.len()).unwrap_or(u64::MAX);
            drain(&mut body, read).await;
            return Err(too_large(limit));
        }
        buf.extend_from_slice(&data);
    }
    Ok(buf)
}

/// The next data frame of the body (trailers skipped), or `None` at its end.
async fn next_data(body: &mut Body) -> Result<Option<axum::body::Bytes>, ApiError> {
    while let Some(frame) =
        std::future::poll_fn(|cx| std::pin::Pin::new(&mut *body).poll_frame(cx)).await
    {
        let frame = frame.map_err(|e| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                "unreadable_body",
                format!("The request body could not be read to its end: {e}."),
            )
        })?;
        if let Ok(data) = frame.into_data() {
            return Ok(Some(data));
        }
    }
    Ok(None)
}

/// Reads and discards the rest of a refused body, up to [`DRAIN_LIMIT`] bytes in
/// all (`read` already), so the connection holds no unread bytes when the 413 is
/// sent. Stops at a read error; the request's time limit bounds the wait.
async fn drain(body: &mut Body, mut read: u64) {
    while read <= DRAIN_LIMIT {
        match next_data(body).await {
            Ok(Some(data)) => {
                read = read.saturating_add(u64::try_from(data.len()).unwrap_or(u64::MAX))
            }
            Ok(None) | Err(_) => return,
        }
    }
}
