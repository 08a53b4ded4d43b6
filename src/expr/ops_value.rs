//! The JsonLogic operations on numbers, text and lists: `+ - * / %`, `max`, `min`,
//! `cat`, `substr`, `in` and `merge`, with JavaScript's coercions. Results that would
//! grow past [`MAX_ITEMS`] items or [`MAX_TEXT`] bytes are `null`, so a rule cannot
//! make the engine run out of memory.

use super::coerce::{compare, number, parse_float, strict_eq, to_js_string, to_number};
use super::ops::Op;
use crate::value::Value;
use std::borrow::Cow;
use std::cmp::Ordering;

/// The most items `merge` builds.
pub(crate) const MAX_ITEMS: usize = 1 << 20;
/// The most bytes `cat` builds.
pub(crate) const MAX_TEXT: usize = 1 << 24;

/// `-a` or `a - b`.
pub(crate) fn sub(a: &Value, b: Option<&Value>) -> Value {
    match b {
        None => number(-to_number(a)),
        Some(b) => number(to_number(a) - to_number(b)),
    }
}

pub(crate) fn div(a: &Value, b: &Value) -> Value {
    number(to_number(a) / to_number(b))
}

/// JavaScript's `%`: the remainder has the sign of the dividend.
pub(crate) fn rem(a: &Value, b: &Value) -> Value {
    number(to_number(a) % to_number(b))
}

/// The operations that take any number of values.
pub(crate) fn variadic(op: Op, values: Vec<Cow<'_, Value>>) -> Value {
    match op {
        // `+` and `*` read text with parseFloat, as json-logic-js does.
        Op::Add => number(values.iter().map(|v| parse_float(v)).sum()),
        // json-logic-js reduces without a start value: one value comes back as it is.
        Op::Mul if values.len() == 1 => values
            .into_iter()
            .next()
            .map_or(Value::Null, super::budget::own),
        Op::Mul if values.is_empty() => Value::Null,
        Op::Mul => number(values.iter().map(|v| parse_float(v)).product()),
        Op::Max => extreme(&values, Ordering::Greater),
        Op::Min => extreme(&values, Ordering::Less),
        Op::Cat => cat(&values),
        Op::Merge => merge(values),
        _ => Value::Null,
    }
}

/// `Math.max` / `Math.min`: null for no values or one that is not a number.
fn extreme(values: &[Cow<'_, Value>], keep: Ordering) -> Value {
    let mut best: Option<f64> = None;
    for v in values {
        let n = to_number(v);
        if n.is_nan() {
            return Value::Null;
        }
        best = match best {
            Some(b) if b.partial_cmp(&n) != Some(keep.reverse()) => Some(b),
            _ => Some(n),
        };
    }
    best.map_or(Value::Null, number)
}

/// `cat` joins its values as JavaScript's `join("")` does: `null` adds nothing.
fn cat(values: &[Cow<'_, Value>]) -> Value {
    let mut out = String::new();
    for v in values.iter().filter(|v| !v.is_null()) {
        let text = to_js_string(v);
        if out.len() + text.len() > MAX_TEXT {
            return Value::Null;
        }
        out.push_str(&text);
    }
    Value::String(out)
}

/// One list of all values, arrays flattened one level.
fn merge(values: Vec<Cow<'_, Value>>) -> Value {
    let mut out = Vec::new();
    for v in values {
        let adding = match v.as_ref() {
            Value::Array(items) => items.len(),
            _ => 1,
        };
        if out.len() + adding > MAX_ITEMS {
            return Value::Null;
        }
        match v {
            Cow::Owned(Value::Array(items)) => out.extend(items),
            Cow::Borrowed(Value::Array(items)) => out.extend(items.iter().map(super::budget::copy)),
            other => out.push(super::budget::own(other)),
        }
    }
    Value::Array(out)
}

/// `in`: an item of a list (compared with `===`), or a piece of a text.
pub(crate) fn contains(needle: &Value, haystack: &Value) -> Value {
    Value::Bool(match haystack {
        Value::Array(items) => {
            super::budget::spend(items.len());
            items.iter().any(|item| strict_eq(item, needle))
        }
        Value::String(s) if !s.is_empty() => {
            super::budget::spend(s.len() / 64);
            s.contains(to_js_string(needle).as_ref())
        }
        _ => false,
    })
}

/// JavaScript's ToIntegerOrInfinity: NaN is 0, fractions truncate.
fn integer(v: &Value) -> f64 {
    let n = to_number(v);
    if n.is_nan() {
        0.0
    } else {
        n.trunc()
    }
}

/// The characters of `s` from `start` (a character index), at most `count` of them.
fn chars(s: &str, start: usize, count: usize) -> &str {
    let byte = |k: usize| s.char_indices().nth(k).map_or(s.len(), |(i, _)| i);
    let from = byte(start);
    let rest = s.get(from..).unwrap_or("");
    let to = rest
        .char_indices()
        .nth(count)
        .map_or(rest.len(), |(i, _)| i);
    rest.get(..to).unwrap_or("")
}

/// `substr`: `start` counts from the end when negative; a negative `length` leaves
/// that many characters off the end. Counts Unicode characters.
pub(crate) fn substr(source: &Value, start: &Value, length: Option<&Value>) -> Value {
    let text = to_js_string(source);
    let len = text.chars().count() as f64;
    let start = integer(start);
    let from = if start < 0.0 {
        (len + start).max(0.0)
    } else {
        start.min(len)
    };
    let available = len - from; // a whole number, 0 ≤ available ≤ len
    let count = match length {
        None => available,
        // json-logic-js adds a negative length to the rest's length with `+`, which
        // joins text instead of adding when the length is not a number: nothing is left.
        Some(Value::Number(l)) if l.as_f64() < 0.0 => (available + l.as_f64()).trunc().max(0.0),
        Some(l) if compare(l, &Value::from(0)) == Some(Ordering::Less) => 0.0,
        // Not `clamp`: its panic message would link core's float formatting.
        Some(l) => integer(l).max(0.0).min(available),
    };
    // Both are whole numbers in 0..=len here.
    Value::String(chars(&text, from as usize, count as usize).to_owned())
}
