//! The accept loop: HTTP/1.1 connections served by hyper, with a deadline for
//! every request head and a graceful shutdown.
//!
//! The head deadline (the request time limit) cuts off a client that connects
//! and sends nothing, sends its headers a byte at a time, or keeps an idle
//! connection open; the router's own time limit covers the rest of a request.
//! On shutdown the listener closes at once, idle connections close, requests in
//! flight finish, and whatever is still open after `grace` is dropped.

use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use std::future::Future;
use std::time::Duration;
use tokio::net::TcpListener;

/// How long to pause after a failed accept (e.g. out of file descriptors).
const ACCEPT_BACKOFF: Duration = Duration::from_millis(100);

/// Serves `app` on `listener` until `shutdown` completes, then shuts down gracefully.
pub async fn accept_until(
    listener: TcpListener,
    app: Router,
    head_timeout: Duration,
    grace: Duration,
    shutdown: impl Future<Output = ()>,
) {
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _peer)) => {
                    let _ = stream.set_nodelay(true);
                    let connection = http1::Builder::new()
                        .timer(TokioTimer::new())
                        .header_read_timeout(head_timeout)
                        .serve_connection(TokioIo::new(stream), TowerToHyperService::new(app.clone()));
                    let connection = graceful.watch(connection);
                    tokio::spawn(async move {
                        // A connection's errors (reset, head timeout) end only that connection.
                        let _ = connection.await;
                    });
                }
                Err(_) => tokio::time::sleep(ACCEPT_BACKOFF).await,
            },
            () = &mut shutdown => break,
        }
    }
    drop(listener);
    super::ops::log_line("shutting down: finishing the requests in flight\n");
    if tokio::time::timeout(grace, graceful.shutdown())
        .await
        .is_err()
    {
        super::ops::log_line(&format!(
            "shutting down: closed the connections still open after {} ms\n",
            grace.as_millis()
        ));
    }
}
