//! Live form state: a form's data kept inside the engine while a person types.
//!
//! One keystroke sends one value (`set(pointer, value)`) instead of the whole
//! document; the answer is only what changed: for each path whose issues are
//! now different, its new issues (an empty list clears the field). Used by the
//! wasm package and the drop-in; works the same natively.

use crate::compile::Form;
use crate::hash::{HashMap, HashSet};
use crate::report::{Issue, Report};
use crate::sort::sort_stable_by;
use crate::validate::paths::{parse_pointer, PathSeg};
use crate::value::{Value, MAX_DEPTH};
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
    #[error("{pointer:?}: the form's data would nest deeper than {MAX_DEPTH} levels")]
    TooDeep { pointer: String },
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
        // Parsed data nests at most MAX_DEPTH deep; a long pointer must not deepen it.
        if path.len() + value.as_ref().map_or(0, Value::depth) > MAX_DEPTH {
            return Err(Error::Live(SetError::TooDeep {
                pointer: pointer.to_owned(),
            }));
        }
        // On a copy, so that a change that fails half-way leaves the data as it was.
        let mut data = self.data.clone();
        put(&mut data, &path, value, pointer).map_err(Error::Live)?;
        self.data = data;
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
    if value.is_none() && matches!(lookup(data, parents), None | Some(Value::Null)) {
        // Nothing there to remove: create nothing on the way, and leave a
        // `null` the path ends in as it is. (Below a text or a number the
        // removal is an error, as a change there would be.)
        return Ok(());
    }
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

/// The value at `path`, if every step exists.
fn lookup<'v>(data: &'v Value, path: &[PathSeg]) -> Option<&'v Value> {
    path.iter().try_fold(data, |at, seg| match (at, seg) {
        (Value::Object(_), seg) => at.get(&key_of(seg)),
        (Value::Array(_), PathSeg::Index(i)) => at.at(*i),
        _ => None,
    })
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
/// Hash maps keep it linear: a form with thousands of issues answers a
/// keystroke without comparing every path with every other.
fn diff(old: &[Issue], new: &[Issue], valid: bool) -> Delta {
    fn by_path(list: &[Issue]) -> HashMap<&str, Vec<&Issue>> {
        let mut map: HashMap<&str, Vec<&Issue>> = HashMap::default();
        for issue in list {
            map.entry(issue.path.as_str()).or_default().push(issue);
        }
        map
    }
    let (before, after) = (by_path(old), by_path(new));
    let mut seen: HashSet<&str> = HashSet::default();
    let mut changed: Vec<PathIssues> = vec![];
    for issue in old.iter().chain(new) {
        let p = issue.path.as_str();
        if seen.insert(p) && before.get(p) != after.get(p) {
            changed.push(PathIssues {
                path: p.to_owned(),
                issues: after
                    .get(p)
                    .map(|list| list.iter().map(|i| (*i).clone()).collect())
                    .unwrap_or_default(),
            });
        }
    }
    // Report order: the order of the new report, then paths that were cleared.
    let mut rank: HashMap<&str, usize> = HashMap::default();
    for (n, issue) in new.iter().enumerate() {
        rank.entry(issue.path.as_str()).or_insert(n);
    }
    let at = |c: &PathIssues| rank.get(c.path.as_str()).copied().unwrap_or(usize::MAX);
    let changed = sort_stable_by(changed, &mut |a, b| at(a).cmp(&at(b)));
    Delta { valid, changed }
}
