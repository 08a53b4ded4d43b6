//! A bound on how much one evaluation may copy.
//!
//! `var`, list literals, `map`, `filter`, `merge` and `reduce` copy values, and
//! an expression can make each step copy the last one's result several times: a
//! `reduce` whose body lists the whole scope three times triples the
//! accumulator per item, and nested `map`s that pair each item with itself
//! double it per level. Without a bound a rule of 1 KB could ask for more
//! memory than any machine has (found by fuzzing). Every copy is charged here;
//! past [`LIMIT`] units the evaluation stops and its result is `null`, as
//! `merge` and `cat` are `null` past their size limits. Each operation
//! evaluated costs a unit too, as do text made from lists and long searches,
//! so time is bounded with memory. Copying the data once (a `map` over a list,
//! say) costs less than the limit for any document the service accepts.

use crate::value::Value;
use std::borrow::Cow;
use std::cell::Cell;

/// Units one evaluation may spend: one per operation and per value copied, and
/// one per 64 bytes of text or keys copied, made or searched.
pub(crate) const LIMIT: usize = 1 << 21;

thread_local! {
    /// What is left of the current evaluation's budget; 0 once it ran out.
    static LEFT: Cell<usize> = const { Cell::new(LIMIT) };
}

/// Run `f` with a budget of its own; `None` when it ran out (whatever `f`
/// computed after that point is meaningless).
pub(crate) fn within<T>(f: impl FnOnce() -> T) -> Option<T> {
    let saved = LEFT.with(|l| l.replace(LIMIT));
    let out = f();
    let left = LEFT.with(|l| l.replace(saved));
    (left > 0).then_some(out)
}

/// Pay `units` for work that copies nothing but is not free: each operation
/// evaluated (one unit), text made from a list, a long text or list searched.
pub(crate) fn spend(units: usize) {
    LEFT.with(|l| l.set(l.get().saturating_sub(units.max(1))));
}

/// Whether the current evaluation has run out.
pub(crate) fn exhausted() -> bool {
    LEFT.with(|l| l.get() == 0)
}

/// A copy of `v`, or `null` once the budget cannot pay for it.
pub(crate) fn copy(v: &Value) -> Value {
    let left = LEFT.with(Cell::get);
    match cost(v, left) {
        Some(c) if c < left => {
            LEFT.with(|l| l.set(left - c));
            v.clone()
        }
        _ => {
            LEFT.with(|l| l.set(0));
            Value::Null
        }
    }
}

/// An owned value: computed ones are already paid for, borrowed ones are copied.
pub(crate) fn own(v: Cow<'_, Value>) -> Value {
    match v {
        Cow::Owned(v) => v,
        Cow::Borrowed(v) => copy(v),
    }
}

/// What copying `v` costs, or `None` when it is more than `limit` (found
/// without walking further). A loop with its own stack, not recursion.
fn cost(v: &Value, limit: usize) -> Option<usize> {
    let mut total = 0usize;
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        total = total.saturating_add(1);
        match v {
            Value::String(s) => total = total.saturating_add(s.len() / 64),
            Value::Array(items) => stack.extend(items),
            Value::Object(members) => {
                for (key, value) in members {
                    total = total.saturating_add(key.len() / 64);
                    stack.push(value);
                }
            }
            _ => {}
        }
        if total > limit {
            return None;
        }
    }
    Some(total)
}
