//! `skjemasjekk serve`: the HTTP service that checks submissions on the server with
//! the very rule sets the browser uses, so a portal in Java, .NET or Node never has
//! to trust the browser (README.md, "The HTTP service").
//!
//! Routes: `GET /api/v1/forms`, `GET /api/v1/forms/{id}` (the rule set's bytes,
//! `ETag` = its hash), `GET /api/v1/forms/{id}/schema`,
//! `POST /api/v1/forms/{id}/validate?lang=nb|nn|en`, `POST /api/v1/lint` (a rule
//! set's problems with their places), the HTML of a form
//! (`GET /api/v1/forms/{id}/scaffold`, `POST /api/v1/scaffold` with a rule set:
//! `scaffold`), `GET /healthz`, the demo forms for browsers without JavaScript
//! (`GET` and `POST /forms/{id}?lang=`, HTML: `nojs`), and the demo's
//! static files: `www/` at `/` and `pkg/` at `/pkg/` (compressed, with `ETag`s,
//! cache rules and the pages' CSP: `statics`). Every error is JSON
//! ([`ApiError`]), but on the HTML routes for people. Around every request: a time limit (for its head, and for the
//! whole request), one access-log line on stderr, and on SIGTERM/SIGINT a graceful
//! shutdown that finishes what is in flight.

mod error;
mod form_body;
mod forms;
mod lint;
mod listen;
mod negotiate;
mod nojs;
mod ops;
mod scaffold;
mod statics;
mod validate;

pub use error::ApiError;
pub use statics::{is_hashed_name, CSP};
pub use validate::RULESET_HASH;

use axum::body::Body;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{from_fn, from_fn_with_state};
use axum::response::Response;
use axum::routing::{any, get, post};
use axum::Router;
use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tower_http::compression::CompressionLayer;

/// How the service runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServeConfig {
    /// Where to listen (port 0: any free port; the first stderr line names it).
    pub addr: SocketAddr,
    /// The largest request body accepted, in bytes.
    pub body_limit: usize,
    /// The longest a request may take, body upload included; also the longest a
    /// connection may wait for a request head (idle kept-alive ones included).
    pub timeout: Duration,
    /// The demo pages, served at `/` (absent or missing: 404).
    pub www_dir: Option<PathBuf>,
    /// The npm package as built, served at `/pkg/` (absent or missing: 404).
    pub pkg_dir: Option<PathBuf>,
    /// Forms offered besides the built-in ones (`serve --ruleset FILE`); their
    /// ids must differ from the built-in ones' and from each other's.
    pub rulesets: Vec<Arc<crate::Form>>,
}

impl Default for ServeConfig {
    fn default() -> Self {
        ServeConfig {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            body_limit: 1024 * 1024,
            timeout: Duration::from_secs(10),
            www_dir: Some(PathBuf::from("www")),
            pkg_dir: Some(PathBuf::from("pkg")),
            rulesets: Vec::new(),
        }
    }
}

/// What every handler shares.
struct AppState {
    catalog: forms::Catalog,
    body_limit: usize,
    /// The demo pages, which the routes without JavaScript fill in.
    www_dir: Option<PathBuf>,
}

/// The whole service as a router (the built-in forms are compiled here, once).
pub fn router(config: &ServeConfig) -> Router {
    let state = Arc::new(AppState {
        catalog: forms::Catalog::new(all_forms(&config.rulesets)),
        body_limit: config.body_limit,
        www_dir: config.www_dir.clone(),
    });
    let mut app = Router::new()
        .route("/healthz", get(ops::healthz))
        .route("/api/v1/forms", get(forms::list))
        .route("/api/v1/ruleset.schema.json", get(forms::ruleset_schema))
        .route("/api/v1/forms/{id}", get(forms::ruleset))
        .route("/api/v1/forms/{id}/schema", get(forms::schema))
        .route("/api/v1/forms/{id}/validate", post(validate::validate))
        .route("/api/v1/forms/{id}/scaffold", get(scaffold::builtin))
        .route("/api/v1/scaffold", post(scaffold::posted))
        .route("/forms/{id}", get(nojs::form_page).post(nojs::form_post))
        .route("/api/v1/lint", post(lint::lint))
        .route("/api", any(StatusCode::NOT_FOUND))
        .route("/api/{*rest}", any(StatusCode::NOT_FOUND))
        .with_state(state)
        // API answers are gzipped when the client asks (`Accept-Encoding: gzip`).
        .layer(CompressionLayer::new())
        .layer(from_fn(ops::weaken_etag));
    if let Some(dir) = &config.pkg_dir {
        app = app.nest_service("/pkg", statics::service(dir));
    }
    if let Some(dir) = &config.www_dir {
        app = app.fallback_service(statics::service(dir));
    }
    // Wrapped as a whole, so the layers see the final response of every route
    // (axum adds `Allow` to a 405 outside the route's own layers).
    Router::new()
        .fallback_service(app)
        .layer(from_fn_with_state(config.timeout, ops::time_limit))
        .layer(from_fn(error::json_errors))
        .layer(from_fn(ops::access_log))
}

/// The built-in forms, then `extra`.
fn all_forms(extra: &[Arc<crate::Form>]) -> Vec<Arc<crate::Form>> {
    crate::builtin().iter().chain(extra).cloned().collect()
}

/// Listens on `config.addr` and serves until `shutdown` completes.
pub async fn serve(
    config: ServeConfig,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|e| {
            std::io::Error::new(e.kind(), format!("cannot listen on {}: {e}", config.addr))
        })?;
    serve_on(listener, &config, shutdown).await
}

/// Serves on a bound listener until `shutdown` completes, then stops accepting,
/// lets the requests in flight finish (for at most the request time limit plus a
/// second) and returns. Writes `listening on http://ADDR` to stderr first.
pub async fn serve_on(
    listener: tokio::net::TcpListener,
    config: &ServeConfig,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let addr = listener.local_addr()?;
    let app = router(config);
    ops::log_line(&format!("listening on http://{addr}\n"));
    let grace = config.timeout + Duration::from_secs(1);
    listen::accept_until(listener, app, config.timeout, grace, shutdown).await;
    Ok(())
}

/// Runs the service on its own tokio runtime until SIGTERM or SIGINT.
pub fn run(config: ServeConfig) -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let stop = termination()?;
        serve(config, stop).await
    })
}

/// Completes on SIGTERM or SIGINT; the handlers are installed before it returns,
/// so a signal that arrives right after `listening on …` is never lost.
#[cfg(unix)]
fn termination() -> std::io::Result<impl Future<Output = ()> + Send + 'static> {
    use tokio::signal::unix::{signal, SignalKind};
    let mut term = signal(SignalKind::terminate())?;
    let mut int = signal(SignalKind::interrupt())?;
    Ok(async move {
        tokio::select! {
            _ = term.recv() => {}
            _ = int.recv() => {}
        }
    })
}

#[cfg(not(unix))]
fn termination() -> std::io::Result<impl Future<Output = ()> + Send + 'static> {
    Ok(async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    })
}

/// A response with a JSON body.
fn json_response(status: StatusCode, body: impl Into<Body>) -> Response {
    let mut res = Response::new(body.into());
    *res.status_mut() = status;
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    res
}

/// An HTML page (the scaffold, the pages for browsers without JavaScript) with
/// the demo pages' policy ([`CSP`]) and the given `Cache-Control`.
fn html_response(status: StatusCode, body: String, cache: &'static str) -> Response {
    let mut res = Response::new(Body::from(body));
    *res.status_mut() = status;
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    res
}
