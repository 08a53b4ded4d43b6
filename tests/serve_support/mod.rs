//! Shared by the `serve*` tests: start the real service on an ephemeral loopback
//! port (in-process, stopped through its shutdown future) and talk plain HTTP/1.1
//! to it over a TCP stream, so the tests see exactly the bytes a portal would.
#![allow(dead_code)]

use skjemasjekk::serve::{serve_on, ServeConfig};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// The service running in this process.
pub struct Server {
    pub addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<std::io::Result<()>>,
}

impl Server {
    pub async fn start(config: ServeConfig) -> Server {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            serve_on(listener, &config, async {
                let _ = stopped.await;
            })
            .await
        });
        Server {
            addr,
            stop: Some(stop),
            task,
        }
    }

    /// Defaults, with the static directories left out unless a test sets them.
    pub async fn with_defaults() -> Server {
        Server::start(ServeConfig {
            www_dir: None,
            pkg_dir: None,
            ..ServeConfig::default()
        })
        .await
    }

    /// Begins the graceful shutdown without waiting for it.
    pub fn signal_stop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }

    /// Shuts down and waits until the server has returned.
    pub async fn stop(mut self) {
        self.signal_stop();
        tokio::time::timeout(Duration::from_secs(15), self.task)
            .await
            .expect("the server stops")
            .expect("the server task ends")
            .expect("the server returns Ok");
    }

    pub async fn get(&self, path: &str, headers: &[(&str, &str)]) -> Resp {
        send(self.addr, "GET", path, headers, None).await
    }

    /// POST with `Content-Type: application/json` unless `headers` names one.
    pub async fn post_json(&self, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Resp {
        let mut all = headers.to_vec();
        if !headers
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case("content-type"))
        {
            all.push(("Content-Type", "application/json"));
        }
        send(self.addr, "POST", path, &all, Some(body)).await
    }
}

/// A parsed HTTP response.
#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> &str {
        std::str::from_utf8(&self.body).unwrap()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("body is not JSON ({e}): {}", self.text()))
    }

    /// Asserts a JSON error with this status and code; returns the `error` object.
    pub fn expect_error(&self, status: u16, code: &str) -> serde_json::Value {
        assert_eq!(self.status, status, "{}", self.text());
        assert_eq!(self.header("content-type"), Some("application/json"));
        let error = self.json()["error"].clone();
        assert_eq!(error["code"], code, "{}", self.text());
        assert!(
            error["message"].as_str().is_some_and(|m| m.len() > 10),
            "a message a developer can act on: {}",
            self.text()
        );
        error
    }
}

/// One request on a fresh connection (`Connection: close`).
pub async fn send(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<&[u8]>,
) -> Resp {
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    if let Some(body) = body {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(body.unwrap_or_default());
    send_raw(addr, &bytes).await
}

/// Writes raw bytes and reads the response until the server closes.
pub async fn send_raw(addr: SocketAddr, bytes: &[u8]) -> Resp {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream.write_all(bytes).await.unwrap();
    read_response(&mut stream).await
}

/// Reads one response to the end of the connection (10 s at most).
pub async fn read_response(stream: &mut TcpStream) -> Resp {
    let mut raw = Vec::new();
    tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut raw))
        .await
        .expect("a response within 10 s")
        .expect("the response can be read");
    parse_response(&raw)
}

pub fn parse_response(raw: &[u8]) -> Resp {
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no end of head in {:?}", String::from_utf8_lossy(raw)));
    let head = std::str::from_utf8(&raw[..split]).unwrap();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers: Vec<(String, String)> = lines
        .map(|l| {
            let (k, v) = l.split_once(':').unwrap();
            (k.trim().to_owned(), v.trim().to_owned())
        })
        .collect();
    let rest = &raw[split + 4..];
    let chunked = headers
        .iter()
        .any(|(k, v)| k.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    let body = if chunked {
        dechunk(rest)
    } else {
        rest.to_vec()
    };
    Resp {
        status,
        headers,
        body,
    }
}

fn dechunk(mut rest: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    loop {
        let eol = rest.windows(2).position(|w| w == b"\r\n").unwrap();
        let size_text = std::str::from_utf8(&rest[..eol]).unwrap();
        let size = usize::from_str_radix(size_text.split(';').next().unwrap().trim(), 16).unwrap();
        if size == 0 {
            return body;
        }
        body.extend_from_slice(&rest[eol + 2..eol + 2 + size]);
        rest = &rest[eol + 2 + size + 2..];
    }
}

/// A fresh directory under cargo's scratch space for integration tests.
pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("serve-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The engine's strict report for this body: what the service must answer.
pub fn library_report(form: &skjemasjekk::Form, body: &str, lang: skjemasjekk::Lang) -> String {
    let data = skjemasjekk::parse_json(body).unwrap();
    form.validate(&data, &skjemasjekk::Options { lang, strict: true })
        .to_json()
}

/// The built-in forms, which every form test walks: both must be there.
pub fn forms() -> &'static [std::sync::Arc<skjemasjekk::Form>] {
    let forms = skjemasjekk::builtin();
    let ids: Vec<&str> = forms.iter().map(|f| f.id()).collect();
    assert!(
        ids.contains(&"forsokssoknad") && ids.contains(&"pilotplan"),
        "the built-in forms are {ids:?}"
    );
    forms
}
