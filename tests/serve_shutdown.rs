//! How connections end. Graceful shutdown in-process (`serve_on` with a oneshot as
//! the shutdown future): the request in flight is answered, new connections are
//! refused, and a client that never finishes its request cannot hold the shutdown
//! up for longer than the request time limit and a second. And clients that send
//! nothing, send their headers too slowly, or idle on a kept-alive connection are
//! cut off after the time limit.

mod serve_support;

use serve_support::{forms, library_report, read_response, Server};
use skjemasjekk::serve::ServeConfig;
use skjemasjekk::Lang;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

#[tokio::test]
async fn the_request_in_flight_is_answered() {
    let form = &forms()[0];
    let mut server = Server::with_defaults().await;
    let body = "{\"notAField\":[1,2,3]}";
    let (first, rest) = body.split_at(7);
    let mut stream = TcpStream::connect(server.addr).await.unwrap();
    let head = format!(
        "POST /api/v1/forms/{}/validate?lang=en HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{first}",
        form.id(),
        body.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    server.signal_stop();
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(
        TcpStream::connect(server.addr).await.is_err(),
        "no new connections once shutting down"
    );
    stream.write_all(rest.as_bytes()).await.unwrap();
    let res = read_response(&mut stream).await;
    assert_eq!(res.status, 200, "{}", res.text());
    assert_eq!(res.text(), library_report(form, body, Lang::En));
    server.stop().await;
}

#[tokio::test]
async fn idle_connections_do_not_delay_the_shutdown() {
    let server = Server::with_defaults().await;
    let _idle = TcpStream::connect(server.addr).await.unwrap();
    let start = Instant::now();
    server.stop().await;
    assert!(
        start.elapsed() < Duration::from_secs(1),
        "{:?}",
        start.elapsed()
    );
}

#[tokio::test]
async fn a_request_that_never_completes_cannot_hold_the_shutdown() {
    let server = Server::start(ServeConfig {
        timeout: Duration::from_millis(300),
        www_dir: None,
        pkg_dir: None,
        ..ServeConfig::default()
    })
    .await;
    let mut stuck = TcpStream::connect(server.addr).await.unwrap();
    stuck
        .write_all(b"POST /api/v1/forms/x/validate HTTP/1.1\r\nHost: x\r\nContent-Le")
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let start = Instant::now();
    server.stop().await;
    let waited = start.elapsed();
    assert!(waited < Duration::from_secs(3), "{waited:?}");
}

#[tokio::test]
async fn silent_slow_and_idle_connections_are_closed_after_the_time_limit() {
    let limit = Duration::from_millis(300);
    let server = Server::start(ServeConfig {
        timeout: limit,
        www_dir: None,
        pkg_dir: None,
        ..ServeConfig::default()
    })
    .await;
    let keep_alive = b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n".as_slice();
    for sent in [b"".as_slice(), b"GET /healthz HTTP/1.1\r\nHo", keep_alive] {
        let mut stream = TcpStream::connect(server.addr).await.unwrap();
        stream.write_all(sent).await.unwrap();
        let start = Instant::now();
        let mut received = Vec::new();
        tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut received))
            .await
            .expect("the server closes the connection")
            .unwrap();
        let waited = start.elapsed();
        assert!(waited >= limit - Duration::from_millis(20), "{waited:?}");
        assert!(waited < Duration::from_secs(2), "{waited:?}");
        if sent == keep_alive {
            assert!(
                received.starts_with(b"HTTP/1.1 200 OK"),
                "answered, then closed when idle"
            );
        } else {
            assert!(
                received.is_empty(),
                "{:?}",
                String::from_utf8_lossy(&received)
            );
        }
    }
    server.stop().await;
}
