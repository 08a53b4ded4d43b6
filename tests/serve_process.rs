//! The `skjemasjekk serve` binary as an operator runs it: the first stderr line
//! names the address, each request logs one JSON line, bad options exit 2, and
//! SIGTERM lets the request in flight finish before the process exits 0.
#![cfg(unix)]

mod serve_support;

use serve_support::{forms, library_report, read_response, scratch_dir, send};
use skjemasjekk::Lang;
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use tokio::io::AsyncWriteExt;

/// The binary, running on an ephemeral port, with its stderr read line by line.
struct Service {
    child: Child,
    addr: SocketAddr,
    lines: mpsc::Receiver<String>,
    first: String,
}

impl Service {
    fn start(extra: &[&str]) -> Service {
        Service::start_reading(extra, true)
    }

    /// With `keep_reading` false, stderr's read end is closed after the first line.
    fn start_reading(extra: &[&str], keep_reading: bool) -> Service {
        let dir = scratch_dir("process");
        let mut child = Command::new(env!("CARGO_BIN_EXE_skjemasjekk"))
            .args(["serve", "--addr", "127.0.0.1:0", "--www"])
            .arg(dir.join("www"))
            .arg("--pkg")
            .arg(dir.join("pkg"))
            .args(extra)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines() {
                if tx.send(line.unwrap()).is_err() || !keep_reading {
                    break;
                }
            }
        });
        let first = lines.recv_timeout(Duration::from_secs(20)).unwrap();
        let addr = first
            .strip_prefix("listening on http://")
            .unwrap_or_else(|| panic!("first line: {first:?}"))
            .parse()
            .unwrap();
        Service {
            child,
            addr,
            lines,
            first,
        }
    }

    fn terminate(&self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Waits for the exit (10 s at most) and returns every later stderr line.
    fn wait(mut self) -> (std::process::ExitStatus, Vec<String>) {
        let start = Instant::now();
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            if start.elapsed() > Duration::from_secs(10) {
                let _ = self.child.kill();
                panic!("the service did not exit within 10 s of SIGTERM");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let lines = self.lines.iter().collect();
        (status, lines)
    }
}

impl Drop for Service {
    /// A failed test does not leave its service running.
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn access_lines(lines: &[String]) -> Vec<serde_json::Value> {
    lines
        .iter()
        .filter(|l| l.starts_with('{'))
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[tokio::test]
async fn logs_one_json_line_per_request_and_exits_0_on_sigterm() {
    let service = Service::start(&[]);
    assert!(service.first.starts_with("listening on http://127.0.0.1:"));
    let ok = send(service.addr, "GET", "/healthz?token=secret", &[], None).await;
    assert_eq!(ok.status, 200);
    let missing = send(service.addr, "GET", "/nope", &[], None).await;
    assert_eq!(missing.status, 404);
    service.terminate();
    let (status, lines) = service.wait();
    assert!(status.success(), "{status:?}");
    let log = access_lines(&lines);
    assert_eq!(log.len(), 2, "{lines:?}");
    assert_eq!(log[0]["method"], "GET");
    assert_eq!(log[0]["path"], "/healthz", "the query is never logged");
    assert_eq!(log[0]["status"], 200);
    assert!(log[0]["duration_ms"].as_f64().is_some_and(|d| d >= 0.0));
    assert_eq!(
        (&log[1]["path"], &log[1]["status"]),
        (&"/nope".into(), &404.into())
    );
    assert!(
        lines.iter().any(|l| l.starts_with("shutting down")),
        "{lines:?}"
    );
}

#[tokio::test]
async fn sigterm_lets_the_request_in_flight_finish() {
    let form = &forms()[0];
    let service = Service::start(&[]);
    let path = format!("/api/v1/forms/{}/validate?lang=nn", form.id());
    let body = "{\"notAField\":true}";
    let (first, rest) = body.split_at(5);
    let mut stream = tokio::net::TcpStream::connect(service.addr).await.unwrap();
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{first}",
        body.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    service.terminate();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        tokio::net::TcpStream::connect(service.addr).await.is_err(),
        "no new connections once shutting down"
    );
    stream.write_all(rest.as_bytes()).await.unwrap();
    let res = read_response(&mut stream).await;
    assert_eq!(res.status, 200, "{}", res.text());
    assert_eq!(res.text(), library_report(form, body, Lang::Nn));

    let (status, lines) = service.wait();
    assert!(status.success(), "{status:?}");
    let log = access_lines(&lines);
    assert_eq!(log.len(), 1, "{lines:?}");
    assert_eq!(log[0]["method"], "POST");
    assert_eq!(log[0]["status"], 200);
    assert!(
        log[0]["duration_ms"].as_f64().unwrap() >= 400.0,
        "{}",
        log[0]
    );
}

#[tokio::test]
async fn a_closed_stderr_does_not_stop_the_service() {
    let service = Service::start_reading(&[], false);
    // The first access-log line may still fit the pipe's buffer before the reader
    // is gone; every later one meets a closed pipe.
    tokio::time::sleep(Duration::from_millis(200)).await;
    for _ in 0..3 {
        let ok = send(service.addr, "GET", "/healthz", &[], None).await;
        assert_eq!(ok.status, 200);
    }
    let form = &forms()[0];
    let path = format!("/api/v1/forms/{}/validate", form.id());
    let json = [("Content-Type", "application/json")];
    let res = send(service.addr, "POST", &path, &json, Some(b"{}")).await;
    assert_eq!(res.status, 200, "{}", res.text());
    service.terminate();
    let (status, _) = service.wait();
    assert!(status.success(), "{status:?}");
}

#[test]
fn bad_options_and_busy_addresses_exit_2() {
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_skjemasjekk"))
            .args(args)
            .output()
            .unwrap();
        (out.status.code(), String::from_utf8(out.stderr).unwrap())
    };
    let (code, err) = run(&["serve", "--body-limit", "lots"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("--body-limit"), "{err}");
    let (code, err) = run(&["serve", "--addr"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("--addr"), "{err}");
    let (code, err) = run(&["serve", "--colour", "blue"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("--colour"), "{err}");

    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = busy.local_addr().unwrap().to_string();
    let (code, err) = run(&["serve", "--addr", &addr]);
    assert_eq!(code, Some(2));
    assert!(err.contains(&format!("cannot listen on {addr}")), "{err}");
}
