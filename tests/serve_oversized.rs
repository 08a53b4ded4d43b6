//! A body over the limit gets a 413 the client can read, whichever way the client
//! sends it: a client that writes its whole body before reading (as Python's
//! http.client does) must not be cut off by a connection reset, a client that
//! waits for `100 Continue` (as curl does for large bodies) gets the 413 at once,
//! and a kept-alive connection stays usable after a drained refusal.

mod serve_support;

use serve_support::{forms, parse_response, read_response, Server};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;
use tokio::io::AsyncWriteExt;

/// 3 MiB of JSON: three times the default limit of 1 MiB.
const BIG: usize = 3 * 1024 * 1024;

fn validate_path() -> String {
    format!("/api/v1/forms/{}/validate", forms()[0].id())
}

fn big_body() -> Vec<u8> {
    let mut body = b"{\"x\":\"".to_vec();
    body.resize(BIG - 2, b'a');
    body.extend_from_slice(b"\"}");
    body
}

/// Like Python's http.client: the head and the whole body are written (every
/// byte, blocking) before a byte of the answer is read. Returns the raw answer,
/// or the I/O error the client saw.
fn write_all_then_read(addr: SocketAddr, body: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    stream.set_write_timeout(Some(Duration::from_secs(10)))?;
    let head = format!(
        "POST {} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        validate_path(),
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    stream.write_all(body)?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    Ok(raw)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_writes_the_whole_body_first_reads_the_413() {
    let server = Server::with_defaults().await;
    let addr = server.addr;
    let body = big_body();
    let outcomes = tokio::task::spawn_blocking(move || {
        (0..20)
            .map(|_| write_all_then_read(addr, &body))
            .collect::<Vec<_>>()
    })
    .await
    .unwrap();
    for (i, outcome) in outcomes.into_iter().enumerate() {
        let raw = outcome.unwrap_or_else(|e| panic!("attempt {i}: the client saw {e}"));
        let error = parse_response(&raw).expect_error(413, "body_too_large");
        assert_eq!(error["limit"], 1024 * 1024, "attempt {i}");
    }
    server.stop().await;
}

#[tokio::test]
async fn a_client_waiting_for_100_continue_gets_the_413_without_sending() {
    let server = Server::with_defaults().await;
    let mut stream = tokio::net::TcpStream::connect(server.addr).await.unwrap();
    let head = format!(
        "POST {} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
         Content-Length: {BIG}\r\nExpect: 100-continue\r\n\r\n",
        validate_path()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    // Nothing of the body is sent: the answer must come anyway, and end the connection.
    read_response(&mut stream)
        .await
        .expect_error(413, "body_too_large");
    server.stop().await;
}

#[tokio::test]
async fn the_connection_is_still_usable_after_a_drained_413() {
    let server = Server::with_defaults().await;
    let mut stream = tokio::net::TcpStream::connect(server.addr).await.unwrap();
    let body = big_body();
    let mut bytes = format!(
        "POST {} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\n\r\n",
        validate_path(),
        body.len()
    )
    .into_bytes();
    bytes.extend_from_slice(&body);
    // A second request on the same connection, after the refused one.
    bytes.extend_from_slice(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    let (mut read, mut write) = stream.split();
    let (_, raw) = tokio::join!(async { write.write_all(&bytes).await.unwrap() }, async {
        let mut raw = Vec::new();
        tokio::time::timeout(
            Duration::from_secs(10),
            tokio::io::AsyncReadExt::read_to_end(&mut read, &mut raw),
        )
        .await
        .expect("answers within 10 s")
        .expect("readable");
        raw
    });
    let text = String::from_utf8_lossy(&raw);
    let second = text
        .find("HTTP/1.1 200")
        .unwrap_or_else(|| panic!("no second answer after the 413: {text}"));
    parse_response(&raw[..second]).expect_error(413, "body_too_large");
    let health = parse_response(&raw[second..]);
    assert_eq!(health.status, 200);
    assert!(
        health.text().contains("\"status\":\"ok\""),
        "{}",
        health.text()
    );
    server.stop().await;
}
