//! Shared by the tests of the pages without JavaScript (serve_nojs*.rs): the
//! service with the demo's pages, form bodies as a browser writes them, a
//! document as the pairs of its controls, and reading the answered page.
#![allow(dead_code)]

use crate::serve_support::{forms, Server};
use dom_query::Document;
use skjemasjekk::serve::ServeConfig;
use std::path::PathBuf;

pub const URLENCODED: &str = "application/x-www-form-urlencoded";
pub const BOUNDARY: &str = "----nojs0123456789";

pub async fn demo(body_limit: usize) -> Server {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    Server::start(ServeConfig {
        www_dir: Some(root.join("www")),
        pkg_dir: None,
        body_limit,
        ..ServeConfig::default()
    })
    .await
}

pub fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            b' ' => "+".into(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

pub fn urlencoded(pairs: &[(String, String)]) -> String {
    let parts: Vec<String> = pairs
        .iter()
        .map(|(n, v)| format!("{}={}", enc(n), enc(v)))
        .collect();
    parts.join("&")
}

pub fn multipart(pairs: &[(String, String)]) -> String {
    let mut out = String::new();
    for (n, v) in pairs {
        out +=
            &format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{n}\"\r\n\r\n{v}\r\n");
    }
    out + &format!("--{BOUNDARY}--\r\n")
}

pub fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect()
}

/// A document as the pairs a browser posts: dotted names, rows indexed, the
/// options of a multi-choice field repeated under one name.
pub fn flatten(form: &skjemasjekk::Form, data: &serde_json::Value) -> Vec<(String, String)> {
    let multi: Vec<String> = form
        .field_info()
        .into_iter()
        .filter(|f| f.type_name == "multi_enum")
        .map(|f| f.path)
        .collect();
    let mut out = Vec::new();
    // (name, pattern path, value); an explicit stack.
    let mut stack = vec![(String::new(), String::new(), data.clone())];
    while let Some((name, pattern, value)) = stack.pop() {
        match value {
            serde_json::Value::Object(map) => {
                for (k, v) in map.into_iter().rev() {
                    let n = if name.is_empty() {
                        k.clone()
                    } else {
                        format!("{name}.{k}")
                    };
                    stack.push((n, format!("{pattern}/{k}"), v));
                }
            }
            serde_json::Value::Array(items) if multi.contains(&pattern) => {
                for v in items {
                    out.push((name.clone(), v.as_str().unwrap_or_default().to_owned()));
                }
            }
            serde_json::Value::Array(items) => {
                for (i, v) in items.into_iter().enumerate().rev() {
                    stack.push((format!("{name}[{i}]"), format!("{pattern}/*"), v));
                }
            }
            serde_json::Value::String(s) => out.push((name, s)),
            serde_json::Value::Null => out.push((name, String::new())),
            other => out.push((name, other.to_string())),
        }
    }
    out
}

pub fn fixture(path: &str) -> serde_json::Value {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("tests/fixtures").join(path)).unwrap();
    serde_json::from_str::<serde_json::Value>(&text).unwrap()["data"].clone()
}

pub fn form(id: &str) -> &'static skjemasjekk::Form {
    forms().iter().find(|f| f.id() == id).unwrap()
}

/// The text of every element `selector` matches, trimmed.
pub fn texts(doc: &Document, selector: &str) -> Vec<String> {
    doc.select(selector)
        .nodes()
        .iter()
        .map(|n| n.text().trim().to_owned())
        .collect()
}

pub fn value_of(doc: &Document, name: &str) -> Option<String> {
    doc.select(&format!("input[name=\"{name}\"]"))
        .nodes()
        .first()
        .and_then(|n| n.attr("value"))
        .map(|v| v.to_string())
}
