//! The demo forms for browsers without JavaScript (or where the engine cannot
//! start): `GET /forms/{id}?lang=nb|nn|en` sends the form's page complete, in
//! the language asked for, and `POST /forms/{id}?lang=` takes the browser's own
//! form post (urlencoded or multipart), checks it with the same conversion and
//! the same strict validation as `POST /api/v1/forms/{id}/validate`, and answers
//! with the page again: the error summary, each message at its control, and
//! every value the person typed; or, when nothing is wrong, a receipt.
//! Refusals (an unknown form, a post too large or unreadable) are HTML pages
//! in the person's language. See docs/no-javascript.md.

mod dom;
mod issues;
mod page;
mod receipt;
mod row_buttons;
mod rows;
mod summary;
mod texts;
mod values;

use super::form_body::{self, BodyKind};
use super::validate::LangQuery;
use super::{html_response, validate, ApiError, AppState};
use crate::formdata::Seg;
use crate::{Lang, Options};
use axum::body::Body;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::Response;
use std::sync::Arc;
use texts::{Own, PageTexts};
use values::Posted;

/// `GET /forms/{id}`: the empty form, today's date filled in where the page
/// script would.
pub async fn form_page(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    query: Result<Query<LangQuery>, QueryRejection>,
) -> Response {
    let lang = lang_of(query);
    match render(&state, &id, lang, &Posted::empty(), None).await {
        Ok(doc) => {
            values::fill_today(&doc, &today());
            html_response(StatusCode::OK, dom::html_of(&doc), "no-cache")
        }
        Err(e) => error_page(&e, lang),
    }
}

/// `POST /forms/{id}`: the person's post, checked, on the page or as a receipt.
pub async fn form_post(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    query: Result<Query<LangQuery>, QueryRejection>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let lang = lang_of(query);
    match post(&state, &id, lang, &headers, body).await {
        Ok(page) => html_response(StatusCode::OK, page, "no-store"),
        Err(e) => error_page(&e, lang),
    }
}

async fn post(
    state: &AppState,
    id: &str,
    lang: Lang,
    headers: &HeaderMap,
    body: Body,
) -> Result<String, ApiError> {
    let form = &state.catalog.get(id)?.form;
    let text_header = |name: header::HeaderName| headers.get(name).and_then(|v| v.to_str().ok());
    let kind = form_body::body_kind(text_header(header::CONTENT_TYPE))?;
    if kind == BodyKind::Json {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "A browser's form post is urlencoded or multipart.",
        ));
    }
    let bytes = validate::read_body(headers, body, state.body_limit).await?;
    let pairs = form_body::pairs(&kind, bytes).await?;
    // Names that would make the document unreasonably large are refused first.
    let data = form_body::document(form, &pairs)?;
    let asked = |button: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == button)
            .and_then(|(_, v)| crate::formdata::parse_name(v))
    };
    if let Some(row) = asked(row_buttons::REMOVE) {
        // A row's remove button: the page again without it, nothing checked yet.
        let posted = Posted::new(&row_buttons::without_row(&pairs, &row));
        let doc = render(state, id, lang, &posted, None).await?;
        values::keep(&doc, &posted);
        if let Some((Seg::Index(at), list)) = row.split_last() {
            row_buttons::focus_in(&doc, list, Some(*at));
        }
        return Ok(dom::html_of(&doc));
    }
    if let Some(list) = asked(row_buttons::ADD) {
        let posted = Posted::new(&pairs);
        let doc = render(state, id, lang, &posted, Some(&list)).await?;
        values::keep(&doc, &posted);
        row_buttons::focus_in(&doc, &list, None);
        return Ok(dom::html_of(&doc));
    }
    let report = form.validate(&data, &Options { lang, strict: true });
    let posted = Posted::new(&pairs);
    let doc = render(state, id, lang, &posted, None).await?;
    values::keep(&doc, &posted);
    if report.valid {
        receipt::receipt(&doc, id, &report, lang);
    } else {
        issues::show(&doc, &report, lang);
        if let Some(title) = dom::live(&doc, "title").into_iter().next() {
            let text = format!(
                "{} {}",
                crate::messages::ui(crate::messages::Ui::ErrorPrefix, lang),
                title.text()
            );
            dom::set_text(&doc, &title, &text);
        }
    }
    Ok(dom::html_of(&doc))
}

/// The form's page from the www directory, its words in `lang`, its rows as posted.
async fn render(
    state: &AppState,
    id: &str,
    lang: Lang,
    posted: &Posted,
    extra_row: Option<&[crate::formdata::Seg]>,
) -> Result<dom_query::Document, ApiError> {
    let form = &state.catalog.get(id)?.form;
    let missing = || {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            format!("There is no page for the form {id:?}."),
        )
    };
    let dir = state.www_dir.as_ref().ok_or_else(missing)?;
    // `id` is one of the catalog's own ids, so the path stays in the directory.
    let html = tokio::fs::read_to_string(dir.join(format!("{}.html", form.id())))
        .await
        .map_err(|_| missing())?;
    let texts = tokio::fs::read_to_string(dir.join("js/page-texts.json"))
        .await
        .ok()
        .and_then(|json| PageTexts::parse(&json))
        .unwrap_or_default();
    Ok(page::render(
        &html,
        form,
        lang,
        &texts,
        &posted.segs,
        extra_row,
    ))
}

/// `?lang=` when it names one of the three, else bokmål: the language of the
/// static pages, whose links and form come here without one.
fn lang_of(query: Result<Query<LangQuery>, QueryRejection>) -> Lang {
    query
        .ok()
        .and_then(|Query(q)| q.lang)
        .and_then(|tag| Lang::parse(&tag))
        .unwrap_or_default()
}

/// A refusal as a page for a person, with the refusal's status.
fn error_page(e: &ApiError, lang: Lang) -> Response {
    let (heading, text) = match e.status {
        StatusCode::NOT_FOUND => (Own::NotFound, Own::NotFoundText),
        StatusCode::PAYLOAD_TOO_LARGE => (Own::TooLarge, Own::TooLargeText),
        _ => (Own::Unreadable, Own::UnreadableText),
    };
    html_response(
        e.status,
        receipt::error_page(lang, heading, text),
        "no-store",
    )
}

/// Today's date in UTC as YYYY-MM-DD.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    crate::date::Date::from_unix_days(days).map_or_else(String::new, |d| d.to_string())
}
