//! Lint a rule set: every problem the compiler finds, each with its JSON
//! Pointer into the rule set and where that pointer's text stands (1-based
//! line and column of its start and end, columns in bytes as in every JSON
//! position the engine gives), ready for a command line, an HTTP answer or an
//! editor that highlights the place.
//!
//! `skjemasjekk lint` and `POST /api/v1/lint` are thin callers of [`lint`] and
//! [`lint_bytes`].

mod locate;
#[cfg(test)]
mod tests;

pub use locate::{Locator, Span};

use crate::value::Lines;
use crate::Form;
use serde::Serialize;

/// One problem in a rule set, and where it stands in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    /// A JSON Pointer into the rule set (`""` is the whole rule set).
    pub pointer: String,
    pub line: usize,
    pub column: usize,
    /// Where the pointed text ends (just after its last byte).
    pub end_line: usize,
    pub end_column: usize,
    pub message: String,
}

impl Problem {
    /// `FILE:LINE:COL: POINTER: message` (the root pointer written as `/`), the
    /// form compilers use, so editors and terminals jump to the place.
    pub fn to_text(&self, file: &str) -> String {
        let at = if self.pointer.is_empty() {
            "/"
        } else {
            &self.pointer
        };
        format!(
            "{file}:{}:{}: {at}: {}",
            self.line, self.column, self.message
        )
    }
}

/// The form a clean rule set defines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FormInfo {
    pub id: String,
    pub version: String,
    pub hash: String,
}

/// What linting found: the form when the rule set compiles, else every problem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Linted {
    pub form: Option<FormInfo>,
    pub problems: Vec<Problem>,
}

impl Linted {
    /// `{"form": {"id","version","hash"} | null, "problems": [...]}`.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| String::from("{\"form\":null}"))
    }

    /// "1 problem" or "N problems".
    pub fn count_in_words(&self) -> String {
        match self.problems.len() {
            1 => "1 problem".to_string(),
            n => format!("{n} problems"),
        }
    }
}

/// Lint a rule set's text.
pub fn lint(source: &str) -> Linted {
    let e = match Form::compile(source) {
        Ok(form) => {
            return Linted {
                form: Some(FormInfo {
                    id: form.id().to_owned(),
                    version: form.version().to_owned(),
                    hash: form.hash().to_owned(),
                }),
                problems: Vec::new(),
            }
        }
        Err(e) => e,
    };
    if let Err(json) = crate::parse_json(source) {
        // Not JSON: the one problem is where the parser stopped (the place is
        // given apart, so the message does not repeat it).
        let message = format!("the rule set is not valid JSON: {}", json.message);
        return at_one_place(json.line, json.column, message);
    }
    let lines = Lines::new(source.as_bytes());
    let mut locator = Locator::new(source);
    let problems = e
        .diagnostics
        .into_iter()
        .map(|d| {
            let (start, end) = locator.span(&d.path);
            let (line, column) = lines.position(start);
            let (end_line, end_column) = lines.position(end);
            Problem {
                pointer: d.path,
                line,
                column,
                end_line,
                end_column,
                message: d.message,
            }
        })
        .collect();
    Linted {
        form: None,
        problems,
    }
}

/// Lint a rule set given as bytes: text that is not UTF-8 is one problem, at
/// the first byte that is not.
pub fn lint_bytes(bytes: &[u8]) -> Linted {
    match std::str::from_utf8(bytes) {
        Ok(text) => lint(text),
        Err(e) => {
            let (line, column) =
                crate::value::line_column(bytes.get(..e.valid_up_to()).unwrap_or_default());
            at_one_place(line, column, "the rule set is not UTF-8 text".to_string())
        }
    }
}

/// One problem of the whole text, at one place (serde_json gives column 0 for
/// an empty text; positions here are 1-based).
fn at_one_place(line: usize, column: usize, message: String) -> Linted {
    let column = column.max(1);
    Linted {
        form: None,
        problems: vec![Problem {
            pointer: String::new(),
            line,
            column,
            end_line: line,
            end_column: column,
            message,
        }],
    }
}
