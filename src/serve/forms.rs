//! The forms the service offers and the read-only endpoints over them: the list,
//! each rule set (the very bytes the browser validates with, revalidated by its
//! content hash as a strong `ETag`), each data schema, and the JSON Schema of
//! the rule-set language itself (for editors).
//!
//! Everything a GET answers is computed once, when the router is built.

use super::negotiate::etag_matches;
use super::{json_response, ApiError, AppState};
use crate::{Form, Value};
use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use std::sync::Arc;

/// One form, with its answers prepared.
pub struct Entry {
    pub form: Arc<Form>,
    etag: Option<HeaderValue>,
    source: Bytes,
    schema: Bytes,
}

/// The forms by id, and the list `GET /api/v1/forms` answers.
pub struct Catalog {
    entries: Vec<Entry>,
    list: Bytes,
}

impl Catalog {
    pub fn new(forms: Vec<Arc<Form>>) -> Catalog {
        let list = Value::Array(forms.iter().map(|f| summary(f)).collect()).to_json();
        let entries = forms
            .into_iter()
            .map(|form| Entry {
                etag: HeaderValue::from_str(&format!("\"{}\"", form.hash())).ok(),
                source: Bytes::from(form.source().to_owned()),
                schema: Bytes::from(form.schema().to_json()),
                form,
            })
            .collect();
        Catalog {
            entries,
            list: Bytes::from(list),
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// The form with this id, or a 404 that names the forms there are.
    pub fn get(&self, id: &str) -> Result<&Entry, ApiError> {
        self.entries
            .iter()
            .find(|e| e.form.id() == id)
            .ok_or_else(|| {
                let known: Vec<&str> = self.entries.iter().map(|e| e.form.id()).collect();
                ApiError::new(
                    StatusCode::NOT_FOUND,
                    "unknown_form",
                    format!(
                        "There is no form {id:?}; the forms are: {}.",
                        known.join(", ")
                    ),
                )
                .with("forms", known)
            })
    }
}

/// `{"id", "version", "hash", "title": {"nb", "nn", "en"}}` of one form.
fn summary(form: &Form) -> Value {
    let title = form
        .titles()
        .entries()
        .map(|(tag, text)| (tag.to_owned(), Value::from(text)))
        .collect();
    Value::Object(vec![
        ("id".into(), form.id().into()),
        ("version".into(), form.version().into()),
        ("hash".into(), form.hash().into()),
        ("title".into(), Value::Object(title)),
    ])
}

/// `GET /api/v1/forms`
pub async fn list(State(state): State<Arc<AppState>>) -> Response {
    json_response(StatusCode::OK, state.catalog.list.clone())
}

/// `GET /api/v1/forms/{id}`: the rule set exactly as loaded; `304` when the
/// client's copy (`If-None-Match`) is current.
pub async fn ruleset(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let entry = state.catalog.get(&id)?;
    let fresh = match (&entry.etag, headers.get(header::IF_NONE_MATCH)) {
        (Some(etag), Some(inm)) => inm
            .to_str()
            .is_ok_and(|inm| etag_matches(inm, etag.to_str().unwrap_or(""))),
        _ => false,
    };
    let mut res = if fresh {
        let mut res = Response::new(Body::empty());
        *res.status_mut() = StatusCode::NOT_MODIFIED;
        res
    } else {
        json_response(StatusCode::OK, entry.source.clone())
    };
    let h = res.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if let Some(etag) = &entry.etag {
        h.insert(header::ETAG, etag.clone());
    }
    Ok(res)
}

/// `GET /api/v1/forms/{id}/schema`: JSON Schema 2020-12 of the form's data.
pub async fn schema(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let entry = state.catalog.get(&id)?;
    let mut res = json_response(StatusCode::OK, entry.schema.clone());
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/schema+json"),
    );
    Ok(res)
}

/// The JSON Schema of the rule-set language, as the npm package ships it.
const RULESET_SCHEMA: &str = include_str!("../../pkg/ruleset.schema.json");

/// `GET /api/v1/ruleset.schema.json`: the JSON Schema 2020-12 of the rule-set
/// language, for editors (`"$schema"` in a rule set); revalidated, not cached.
pub async fn ruleset_schema() -> Response {
    let mut res = json_response(
        StatusCode::OK,
        Bytes::from_static(RULESET_SCHEMA.as_bytes()),
    );
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/schema+json"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    res
}
