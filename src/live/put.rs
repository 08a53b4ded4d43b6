//! One edit of the live form's data, in place: set or remove the value at a path.
//!
//! `plan` follows the path without changing anything and says whether the edit
//! can be made, and what each step is in the data (a pointer's `/3` is an
//! index in a list but the key "3" in an object). `apply` then makes it, and
//! cannot fail half-way, so a refused edit leaves the data as it was without
//! copying the document first. Missing objects on the way are created (lists
//! where the next step is an index), a `null` on the way is replaced, and a
//! list grows by one item at its end.

use super::SetError;
use crate::validate::PathSeg;
use crate::value::Value;
use std::borrow::Cow;

/// The path as the data names it (its keys borrowed from `path`), or `None`
/// when removing what is not there.
pub fn plan<'p>(
    data: &Value,
    path: &'p [PathSeg<'_>],
    removing: bool,
    pointer: &str,
) -> Result<Option<Vec<PathSeg<'p>>>, SetError> {
    let not_container = || SetError::NotContainer {
        pointer: pointer.to_owned(),
    };
    let Some((_, parents)) = path.split_last() else {
        return Err(SetError::Root);
    };
    if removing && matches!(loose_lookup(data, parents), None | Some(Value::Null)) {
        // Nothing there to remove: create nothing on the way. (Below a text
        // or a number the removal is an error, as a change there would be.)
        return Ok(None);
    }
    // `None`: a container this edit creates (empty); the root is never replaced.
    let mut at: Option<&Value> = Some(data);
    let mut named = Vec::with_capacity(path.len());
    for (n, seg) in path.iter().enumerate() {
        let is_last = n == parents.len();
        let (step, next) = match (at, seg) {
            (Some(Value::Object(_)), seg) => {
                let key = key_of(seg);
                let next = at.and_then(|v| v.get(&key));
                (PathSeg::Key(key), next)
            }
            (Some(Value::Array(items)), PathSeg::Index(i)) => {
                let len = items.len();
                let grows = !removing || !is_last;
                if *i > len || (*i == len && !grows) {
                    if removing && is_last {
                        return Ok(None);
                    }
                    return Err(SetError::Index {
                        pointer: pointer.to_owned(),
                        index: *i,
                        len,
                    });
                }
                (PathSeg::Index(*i), items.get(*i))
            }
            (None, PathSeg::Index(i)) if *i > 0 => {
                return Err(SetError::Index {
                    pointer: pointer.to_owned(),
                    index: *i,
                    len: 0,
                })
            }
            (None, PathSeg::Index(i)) => (PathSeg::Index(*i), None),
            (None, PathSeg::Key(k)) => (PathSeg::Key(Cow::Borrowed(k)), None),
            _ => return Err(not_container()),
        };
        named.push(step);
        // A `null` on the way is replaced by a new container.
        at = next.filter(|v| !v.is_null() || is_last);
    }
    if removing && lookup(data, &named).is_none() {
        return Ok(None);
    }
    Ok(Some(named))
}

/// Make an edit `plan` accepted (`path` is what it returned).
pub fn apply(data: &mut Value, path: &[PathSeg<'_>], value: Option<Value>) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut at = data;
    for (n, seg) in parents.iter().enumerate() {
        let fresh = match path.get(n + 1) {
            Some(PathSeg::Index(_)) => Value::Array(vec![]),
            _ => Value::Object(vec![]),
        };
        let slot = match (at, seg) {
            (Value::Object(members), PathSeg::Key(k)) => {
                let i = match members.iter().position(|(m, _)| m == k) {
                    Some(i) => i,
                    None => {
                        members.push((k.to_string(), Value::Null));
                        members.len() - 1
                    }
                };
                members.get_mut(i).map(|(_, v)| v)
            }
            (Value::Array(items), PathSeg::Index(i)) => {
                if *i == items.len() {
                    items.push(Value::Null);
                }
                items.get_mut(*i)
            }
            _ => None,
        };
        let Some(slot) = slot else { return };
        if slot.is_null() {
            *slot = fresh;
        }
        at = slot;
    }
    match (at, last, value) {
        (Value::Object(members), PathSeg::Key(k), v) => {
            let pos = members.iter().position(|(m, _)| m == k);
            match (pos, v) {
                (Some(i), Some(v)) => {
                    if let Some(slot) = members.get_mut(i) {
                        slot.1 = v;
                    }
                }
                (Some(i), None) => {
                    members.remove(i);
                }
                (None, Some(v)) => members.push((k.to_string(), v)),
                (None, None) => {}
            }
        }
        (Value::Array(items), PathSeg::Index(i), Some(v)) => match items.get_mut(*i) {
            Some(slot) => *slot = v,
            None => items.push(v),
        },
        (Value::Array(items), PathSeg::Index(i), None) if *i < items.len() => {
            items.remove(*i);
        }
        _ => {}
    }
}

/// The value at `path` (as `plan` names it), if there is one.
pub fn lookup<'v>(data: &'v Value, path: &[PathSeg<'_>]) -> Option<&'v Value> {
    crate::validate::lookup(data, path)
}

/// The value at a pointer's path, reading `/3` as the key "3" in an object.
fn loose_lookup<'v>(data: &'v Value, path: &[PathSeg<'_>]) -> Option<&'v Value> {
    path.iter().try_fold(data, |at, seg| match (at, seg) {
        (Value::Object(_), seg) => at.get(&key_of(seg)),
        (Value::Array(items), PathSeg::Index(i)) => items.get(*i),
        _ => None,
    })
}

/// A step as an object's key: `/3` is the key "3".
fn key_of<'p>(seg: &'p PathSeg<'_>) -> Cow<'p, str> {
    match seg {
        PathSeg::Key(k) => Cow::Borrowed(k),
        PathSeg::Index(i) => Cow::Owned(i.to_string()),
    }
}
