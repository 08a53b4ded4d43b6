//! `GET /api/v1/forms/{id}/scaffold` and `POST /api/v1/scaffold`: accessible HTML
//! for a built-in form or for a rule set in the body (`crate::scaffold`), as a
//! whole page or, with `?fragment=true`, the `<form>` alone (what a playground
//! puts into its own page). `?lang=nb|nn|en` (else `Accept-Language`).
//!
//! A posted rule set that does not compile gets 422 `invalid_ruleset` with every
//! problem and its JSON Pointer (`diagnostics`, as `skjemasjekk lint --format
//! json` lists them); one whose HTML would pass [`MAX_HTML`] gets 422
//! `scaffold_too_large`. Pages carry the demo's CSP: they load no inline script.

use super::validate::read_body;
use super::{html_response, negotiate, ApiError, AppState};
use crate::compile::{CompileError, RuleSetError};
use crate::form::Form;
use crate::scaffold::{scaffold, try_scaffold, ScaffoldOptions};
use axum::body::Body;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::Response;
use std::sync::Arc;

/// The largest page made from a posted rule set (deeply nested lists repeat rows).
pub const MAX_HTML: usize = 8 * 1024 * 1024;

#[derive(serde::Deserialize)]
pub struct ScaffoldQuery {
    lang: Option<String>,
    fragment: Option<String>,
}

/// The options a request asks for; 400 for an unknown language or a bad flag.
fn options(
    query: Result<Query<ScaffoldQuery>, QueryRejection>,
    headers: &HeaderMap,
) -> Result<ScaffoldOptions, ApiError> {
    let Query(query) = query.map_err(|e| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "bad_query",
            format!(
                "The query string could not be read ({e}); the parameters are \
                 lang=nb|nn|en and fragment=true|false."
            ),
        )
    })?;
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let lang = negotiate::lang(query.lang.as_deref(), accept)?;
    let fragment = match query.fragment.as_deref() {
        None | Some("false") | Some("0") => false,
        Some("true") | Some("1") | Some("") => true,
        Some(other) => {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                "bad_query",
                format!("Unknown value {other:?} for ?fragment=; use true or false."),
            ))
        }
    };
    Ok(ScaffoldOptions {
        lang,
        fragment,
        ..ScaffoldOptions::default()
    })
}

/// `GET /api/v1/forms/{id}/scaffold`
pub async fn builtin(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    query: Result<Query<ScaffoldQuery>, QueryRejection>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let entry = state.catalog.get(&id)?;
    let options = options(query, &headers)?;
    Ok(html_response(
        StatusCode::OK,
        scaffold(&entry.form, &options),
        "no-cache",
    ))
}

/// `POST /api/v1/scaffold` with a rule set (JSON) as the body.
pub async fn posted(
    State(state): State<Arc<AppState>>,
    query: Result<Query<ScaffoldQuery>, QueryRejection>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let options = options(query, &headers)?;
    let bytes = read_body(&headers, body, state.body_limit).await?;
    let source = std::str::from_utf8(&bytes).map_err(|_| {
        invalid(&CompileError {
            diagnostics: vec![RuleSetError {
                path: String::new(),
                message: "the rule set is not UTF-8 text".to_owned(),
            }],
        })
    })?;
    let form = Form::compile(source).map_err(|e| invalid(&e))?;
    let html = try_scaffold(&form, &options, MAX_HTML).map_err(|e| {
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "scaffold_too_large",
            format!(
                "The rule set compiles, but {e}: it nests too many lists with too many fields."
            ),
        )
        .with("limit", e.limit)
    })?;
    Ok(html_response(StatusCode::OK, html, "no-store"))
}

/// 422 `invalid_ruleset` with every problem and its JSON Pointer.
fn invalid(e: &CompileError) -> ApiError {
    let diagnostics = serde_json::to_value(&e.diagnostics).unwrap_or_default();
    ApiError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_ruleset",
        format!("The rule set cannot be used: {e}."),
    )
    .with("diagnostics", diagnostics)
}
