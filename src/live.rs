//! Live form state: a form's data kept inside the engine while a person types.
//!
//! One keystroke sends one value (`set(pointer, value)`) instead of the whole
//! document; the answer is only what changed: for each path whose issues are
//! now different, its new issues (an empty list clears the field). Used by the
//! wasm package and the drop-in; works the same natively.

use crate::compile::Form;
use crate::report::{Issue, Report};
use crate::validate::paths::{parse_pointer, PathSeg};
use crate::value::Value;
use crate::{Error, Options};
use serde::Serialize;
use std::sync::Arc;

/// The issues now at one path.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathIssues {
    pub path: String,
    pub issues: Vec<Issue>,
}

/// What one change did to the verdict.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Delta {
    /// Whether the whole form is now free of errors.
    pub valid: bool,
    /// Paths whose issues changed, in report order.
    pub changed: Vec<PathIssues>,
}

impl Delta {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| String::from("null"))
    }
}

/// Why a change could not be applied.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SetError {
    #[error("cannot set the whole form with set(); start a new live form instead")]
    Root,
    #[error("{pointer:?} goes through a value that is neither an object nor a list")]
    NotContainer { pointer: String },
    #[error(
        "{pointer:?}: index {index} is past the end of the list (length {len}); add items in order"
    )]
    Index {
        pointer: String,
        index: usize,
        len: usize,
    },
}

/// A form being filled in.
#[derive(Debug, Clone)]
pub struct LiveForm {
    form: Arc<Form>,
    opts: Options,
    data: Value,
    report: Report,
}

impl LiveForm {
    /// Start from `data` (often `{}`) and check it once.
    pub fn new(form: Arc<Form>, data: Value, opts: Options) -> LiveForm {
        let report = form.validate(&data, &opts);
        LiveForm {
            form,
            opts,
            data,
            report,
        }
    }

    pub fn report(&self) -> &Report {
        &self.report
    }

    pub fn data(&self) -> &Value {
        &self.data
    }

    /// Set (or with `None` remove) the value at a JSON Pointer and revalidate.
    /// Missing objects on the way are created; a list grows by one at its end.
    pub fn set(&mut self, pointer: &str, value: Option<Value>) -> Result<Delta, Error> {
        let path = parse_pointer(pointer)?;
        put(&mut self.data, &path, value, pointer).map_err(Error::Live)?;
        let report = self.form.validate(&self.data, &self.opts);
        let delta = diff(&self.report.issues, &report.issues, report.valid);
        self.report = report;
        Ok(delta)
    }
}

fn put(
    data: &mut Value,
    path: &[PathSeg],
    value: Option<Value>,
    pointer: &str,
) -> Result<(), SetError> {
    let Some((last, parents)) = path.split_last() else {
        return Err(SetError::Root);
    };
    let mut at = data;
    for (n, seg) in parents.iter().enumerate() {
        let next_is_index = matches!(path.get(n + 1), Some(PathSeg::Index(_)));
        at = child(
            at,
            seg,
            pointer,
            if next_is_index {
                Value::Array(vec![])
            } else {
                Value::Object(vec![])
            },
        )?;
    }
    match (at, last, value) {
        (Value::Object(members), seg, v) => {
            let key = key_of(seg);
            let pos = members.iter().position(|(k, _)| *k == key);
            match (pos, v) {
                (Some(i), Some(v)) => {
                    if let Some(slot) = members.get_mut(i) {
                        slot.1 = v;
                    }
                }
                (Some(i), None) => {
                    members.remove(i);
                }
                (None, Some(v)) => members.push((key, v)),
                (None, None) => {}
            }
            Ok(())
        }
        (Value::Array(items), PathSeg::Index(i), v) => {
            let len = items.len();
            match v {
                Some(v) if *i < len => {
                    if let Some(slot) = items.get_mut(*i) {
                        *slot = v;
                    }
                }
                Some(v) if *i == len => items.push(v),
                None if *i < len => {
                    items.remove(*i);
                }
                None => {}
                Some(_) => {
                    return Err(SetError::Index {
                        pointer: pointer.to_owned(),
                        index: *i,
                        len,
                    })
                }
            }
            Ok(())
        }
        _ => Err(SetError::NotContainer {
            pointer: pointer.to_owned(),
        }),
    }
}

fn key_of(seg: &PathSeg) -> String {
    match seg {
        PathSeg::Key(k) => k.to_string(),
        PathSeg::Index(i) => i.to_string(),
    }
}

/// The container one step down, created (as `fresh`) when absent or null.
fn child<'v>(
    at: &'v mut Value,
    seg: &PathSeg,
    pointer: &str,
    fresh: Value,
) -> Result<&'v mut Value, SetError> {
    match at {
        Value::Object(members) => {
            let key = key_of(seg);
            let i = match members.iter().position(|(k, _)| *k == key) {
                Some(i) => i,
                None => {
                    members.push((key, fresh.clone()));
                    members.len() - 1
                }
            };
            let slot =
                members
                    .get_mut(i)
                    .map(|(_, v)| v)
                    .ok_or_else(|| SetError::NotContainer {
                        pointer: pointer.to_owned(),
                    })?;
            if slot.is_null() {
                *slot = fresh;
            }
            Ok(slot)
        }
        Value::Array(items) => {
            let PathSeg::Index(i) = seg else {
                return Err(SetError::NotContainer {
                    pointer: pointer.to_owned(),
                });
            };
            let len = items.len();
            if *i == len {
                items.push(fresh);
            }
            items.get_mut(*i).ok_or(SetError::Index {
                pointer: pointer.to_owned(),
                index: *i,
                len,
            })
        }
        _ => Err(SetError::NotContainer {
            pointer: pointer.to_owned(),
        }),
    }
}

/// Paths whose issue lists differ between two reports (both in report order).
fn diff(old: &[Issue], new: &[Issue], valid: bool) -> Delta {
    let mut paths: Vec<&str> = Vec::new();
    for issue in old.iter().chain(new) {
        if !paths.contains(&issue.path.as_str()) {
            paths.push(&issue.path);
        }
    }
    let at = |list: &[Issue], p: &str| -> Vec<Issue> {
        list.iter().filter(|i| i.path == p).cloned().collect()
    };
    let mut changed: Vec<PathIssues> = vec![];
    for p in paths {
        let (before, after) = (at(old, p), at(new, p));
        if before != after {
            changed.push(PathIssues {
                path: p.to_owned(),
                issues: after,
            });
        }
    }
    // Report order: the order of the new report, then paths that were cleared.
    let rank = |p: &str| new.iter().position(|i| i.path == p).unwrap_or(usize::MAX);
    changed.sort_by_key(|c| rank(&c.path));
    Delta { valid, changed }
}
