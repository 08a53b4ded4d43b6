//! JSON text into a [`Value`], and a parse error as a [`JsonError`] with its
//! line and column, in words a person can act on (a byte order mark and a lone
//! surrogate escape are named as such).

use super::deserialize::ValueSeed;
use super::{surrogate, Value};
use serde::de::DeserializeSeed;

/// Why a JSON text could not become a [`Value`].
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{message} at line {line} column {column}")]
pub struct JsonError {
    pub message: String,
    pub line: usize,
    pub column: usize,
}

/// Parse JSON text into a [`Value`], refusing duplicate keys, numbers out of range
/// and nesting deeper than [`MAX_DEPTH`](super::MAX_DEPTH).
pub fn parse_json(text: &str) -> Result<Value, JsonError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = ValueSeed { depth: 0 }
        .deserialize(&mut de)
        .and_then(|v| de.end().map(|()| v))
        .map_err(|e| explain(text, e))?;
    Ok(value)
}

/// The error as a [`JsonError`]; a byte order mark and a lone surrogate escape
/// get their own words.
fn explain(text: &str, e: serde_json::Error) -> JsonError {
    if text.starts_with('\u{feff}') && (e.line(), e.column()) == (1, 1) {
        return JsonError {
            message: "the text starts with a byte order mark (U+FEFF), which JSON does not allow"
                .into(),
            line: 1,
            column: 1,
        };
    }
    if e.is_syntax() {
        if let Some((escape, line, column)) = surrogate::find_lone(text) {
            // serde_json stops at most one escape pair after the lone half.
            if e.line() == line && (column..=column + 12).contains(&e.column()) {
                return JsonError {
                    message: format!(
                        "lone surrogate {escape} in a string: half of a UTF-16 pair is not a character"
                    ),
                    line,
                    column,
                };
            }
        }
    }
    JsonError {
        message: strip_position(&e),
        line: e.line(),
        column: e.column(),
    }
}

/// serde_json appends " at line L column C" to its messages; we report them apart.
/// (Cut as a suffix, not searched for: a substring searcher is kilobytes of
/// WebAssembly that nothing else needs.)
fn strip_position(e: &serde_json::Error) -> String {
    let message = e.to_string();
    let position = format!(" at line {} column {}", e.line(), e.column());
    match message.strip_suffix(position.as_str()) {
        Some(kept) => kept.to_owned(),
        None => message,
    }
}
