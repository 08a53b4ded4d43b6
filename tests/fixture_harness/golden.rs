//! tests/parity/golden.jsonl: every case's exact output, keyed by case name, one
//! line per case sorted by name, no inputs (every runtime reads those from the case
//! files themselves). A line is either
//!
//! ```text
//! {"case":"pilotplan/valid","report":{…the report's JSON text, byte for byte…}}
//! {"case":"ruleset-errors/x","error":"the one-line error","diagnostics":[{"path":…,"message":…}]}
//! ```
//!
//! (`diagnostics` only when a rule set did not compile). The report is the line's
//! last member, so its exact bytes are the text between `,"report":` and the
//! closing `}`; every reader compares those bytes. tests/parity/cases.rs lists the
//! same names for tests/wasm_parity.rs, which includes each case file at compile
//! time (the browser has no file system).

use super::case::Output;
use skjemasjekk::{parse_json, Value};
use std::collections::HashMap;

/// The golden line for a case's output.
pub fn line(name: &str, output: &Output) -> String {
    let case = Value::from(name).to_json();
    match output {
        Output::Report(_, text) => format!("{{\"case\":{case},\"report\":{text}}}"),
        Output::Error(error, diagnostics) => {
            let mut members = vec![
                ("case".into(), Value::from(name)),
                ("error".into(), Value::from(error.as_str())),
            ];
            members.extend(
                diagnostics
                    .iter()
                    .map(|d| ("diagnostics".into(), d.clone())),
            );
            Value::Object(members).to_json()
        }
    }
}

/// The golden file as read: its case names in file order, and each name's line.
pub struct Golden {
    pub names: Vec<String>,
    pub lines: HashMap<String, String>,
    /// Lines without a `case` name, and names given twice.
    pub malformed: Vec<String>,
}

/// Read the golden file's text (an empty text when there is none yet).
pub fn read(text: &str) -> Golden {
    let mut golden = Golden {
        names: vec![],
        lines: HashMap::new(),
        malformed: vec![],
    };
    for (n, line) in text.lines().enumerate() {
        let name = parse_json(line)
            .ok()
            .and_then(|v| v.get("case").and_then(Value::as_str).map(str::to_owned));
        match name {
            Some(name) if !golden.lines.contains_key(&name) => {
                golden.names.push(name.clone());
                golden.lines.insert(name, line.to_owned());
            }
            Some(name) => golden
                .malformed
                .push(format!("line {}: {name} again", n + 1)),
            None => golden
                .malformed
                .push(format!("line {}: no case name: {line}", n + 1)),
        }
    }
    golden
}

/// The whole golden file for these lines (in the order given: by case name).
pub fn file(lines: &[String]) -> String {
    lines.iter().map(|l| format!("{l}\n")).collect()
}

/// tests/parity/cases.rs for these case names (sorted): the list
/// tests/wasm_parity.rs expands into `(name, the case file's text)` pairs.
pub fn cases_rs(names: &[String]) -> String {
    let mut out = String::from(
        "// Every fixture case, for tests/wasm_parity.rs: it includes each case file at\n\
         // compile time (a browser has no file system). Written with golden.jsonl by\n\
         // `SKJEMASJEKK_BLESS=1 cargo test --test fixtures`; do not edit by hand.\n\
         fixture_cases![\n",
    );
    for name in names {
        out.push_str(&format!("    {},\n", Value::from(name.as_str()).to_json()));
    }
    out.push_str("]\n");
    out
}

/// Where two lines first differ, with some text either side: `…before[now|golden]…`.
pub fn first_difference(now: &str, golden: &str) -> String {
    let at = now
        .char_indices()
        .zip(golden.chars())
        .find(|((_, a), b)| a != b)
        .map_or(now.len().min(golden.len()), |((i, _), _)| i);
    let at = (0..=at)
        .rev()
        .find(|&i| golden.is_char_boundary(i))
        .unwrap_or(0);
    let before: String = now[..at]
        .chars()
        .rev()
        .take(60)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let after = |s: &str| s[at..].chars().take(60).collect::<String>();
    format!(
        "at byte {at}: …{before}[now: {}…| golden: {}…]",
        after(now),
        after(golden)
    )
}
