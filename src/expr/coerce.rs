//! JavaScript's coercions, as JsonLogic inherits them: truthiness, `Number(x)`,
//! `parseFloat(x)`, `String(x)` (with JavaScript's number formatting), loose (`==`)
//! and strict (`===`) equality, and the relational order of `<`.
//!
//! One deliberate difference: two arrays (or two objects) are equal when their
//! contents are equal, where JavaScript would compare their identities.

use crate::decimal::float::{decimal_prefix_len, parse_f64, shortest_digits};
use crate::value::{Number, Value, MAX_DEPTH};
use std::borrow::Cow;
use std::cmp::Ordering;

/// The largest integer a binary float holds exactly (2^53 − 1).
const MAX_SAFE: f64 = 9_007_199_254_740_991.0;

/// JsonLogic truthiness: `null`, `false`, `0`, `""` and `[]` are false.
pub fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => {
            let f = n.as_f64();
            f != 0.0 && !f.is_nan()
        }
        Value::String(s) => !s.is_empty(),
        Value::Array(items) => !items.is_empty(),
        Value::Object(_) => true,
    }
}

/// A computed number as a value: `null` when not finite (JSON has no NaN or ∞), an
/// integer when integral and within ±(2^53 − 1), a float otherwise.
pub(crate) fn number(f: f64) -> Value {
    if !f.is_finite() {
        Value::Null
    } else if f.fract() == 0.0 && f.abs() <= MAX_SAFE {
        Value::Number(Number::Int(f as i64))
    } else {
        Value::Number(Number::Float(f))
    }
}

/// JavaScript's `Number(v)`.
pub(crate) fn to_number(v: &Value) -> f64 {
    match v {
        Value::Null => 0.0,
        Value::Bool(b) => f64::from(u8::from(*b)),
        Value::Number(n) => n.as_f64(),
        Value::String(s) => str_to_number(s),
        Value::Array(_) => str_to_number(&to_js_string(v)),
        Value::Object(_) => f64::NAN,
    }
}

/// JavaScript's `parseFloat(v)`: the longest leading decimal number, NaN if none.
pub(crate) fn parse_float(v: &Value) -> f64 {
    if let Value::Number(n) = v {
        return n.as_f64();
    }
    let text = to_js_string(v);
    let t = text.trim_start_matches(is_js_space);
    let unsigned = t.strip_prefix(['+', '-']).unwrap_or(t);
    if unsigned.starts_with("Infinity") {
        return if t.starts_with('-') {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    let len = decimal_prefix_len(t);
    t.get(..len).map_or(f64::NAN, parse_f64)
}

fn is_js_space(c: char) -> bool {
    (c.is_whitespace() && c != '\u{85}') || c == '\u{feff}'
}

/// JavaScript's `Number(s)` for a string.
fn str_to_number(s: &str) -> f64 {
    let t = s.trim_matches(is_js_space);
    if t.is_empty() {
        return 0.0;
    }
    for (prefix, radix) in [
        ("0x", 16),
        ("0X", 16),
        ("0o", 8),
        ("0O", 8),
        ("0b", 2),
        ("0B", 2),
    ] {
        if let Some(digits) = t.strip_prefix(prefix) {
            return radix_value(digits, radix);
        }
    }
    match t {
        "Infinity" | "+Infinity" => f64::INFINITY,
        "-Infinity" => f64::NEG_INFINITY,
        _ if decimal_prefix_len(t) == t.len() => parse_f64(t),
        _ => f64::NAN,
    }
}

fn radix_value(digits: &str, radix: u32) -> f64 {
    if digits.is_empty() {
        return f64::NAN;
    }
    digits
        .chars()
        .try_fold(0.0_f64, |acc, c| {
            c.to_digit(radix)
                .map(|d| acc * f64::from(radix) + f64::from(d))
        })
        .unwrap_or(f64::NAN)
}

/// JavaScript's `String(v)`: arrays join their items with `,` (null items empty),
/// objects are `[object Object]`.
pub(crate) fn to_js_string(v: &Value) -> Cow<'_, str> {
    match v {
        Value::String(s) => Cow::Borrowed(s),
        _ => {
            let mut out = String::new();
            write_js(v, &mut out, 0);
            super::budget::spend(out.len() / 64);
            Cow::Owned(out)
        }
    }
}

fn write_js(v: &Value, out: &mut String, depth: usize) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&number_to_string(*n)),
        Value::String(s) => out.push_str(s),
        Value::Array(items) if depth < MAX_DEPTH => {
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                if !item.is_null() {
                    write_js(item, out, depth + 1);
                }
            }
        }
        Value::Array(_) => {}
        Value::Object(_) => out.push_str("[object Object]"),
    }
}

/// A number spelled as JavaScript spells it: `1`, `1.5`, `1e+21`, `1e-7`.
pub(crate) fn number_to_string(n: Number) -> String {
    let f = match n {
        Number::Int(i) => return i.to_string(),
        Number::Float(f) => f,
    };
    if f.is_nan() {
        return "NaN".to_owned();
    }
    if f.is_infinite() {
        return if f < 0.0 { "-Infinity" } else { "Infinity" }.to_owned();
    }
    if f == 0.0 {
        return "0".to_owned();
    }
    // Shortest round-trip digits d₁d₂…d_k, and n with |f| = 0.d₁d₂…d_k × 10^n.
    let (digits, n) = shortest_digits(f);
    let k = digits.len() as i64;
    let sign = if f < 0.0 { "-" } else { "" };
    let body = if k <= n && n <= 21 {
        format!("{digits}{}", "0".repeat((n - k) as usize))
    } else if 0 < n && n <= 21 {
        let (int, frac) = digits.split_at_checked(n as usize).unwrap_or((&digits, ""));
        format!("{int}.{frac}")
    } else if -6 < n && n <= 0 {
        format!("0.{}{digits}", "0".repeat((-n) as usize))
    } else {
        let e = n - 1;
        let e = if e >= 0 {
            format!("+{e}")
        } else {
            e.to_string()
        };
        match digits.split_at_checked(1) {
            Some((first, rest)) if !rest.is_empty() => format!("{first}.{rest}e{e}"),
            _ => format!("{digits}e{e}"),
        }
    };
    format!("{sign}{body}")
}

/// JavaScript's `===` (arrays and objects by content).
pub(crate) fn strict_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(Number::Int(x)), Value::Number(Number::Int(y))) => x == y,
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}

/// A value reduced to what JavaScript's `==` and `<` compare: a number or a string.
enum Prim<'a> {
    Num(f64),
    Str(Cow<'a, str>),
}

fn prim(v: &Value) -> Prim<'_> {
    match v {
        Value::Null => Prim::Num(0.0),
        Value::Bool(b) => Prim::Num(f64::from(u8::from(*b))),
        Value::Number(n) => Prim::Num(n.as_f64()),
        _ => Prim::Str(to_js_string(v)),
    }
}

fn prim_number(p: &Prim) -> f64 {
    match p {
        Prim::Num(f) => *f,
        Prim::Str(s) => str_to_number(s),
    }
}

/// JavaScript's `==`: `null` equals only `null`; otherwise booleans become numbers,
/// arrays and objects strings, and a number meets a string as a number.
pub(crate) fn loose_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::Null, _) | (_, Value::Null) => false,
        _ if std::mem::discriminant(a) == std::mem::discriminant(b) => strict_eq(a, b),
        (Value::Array(_) | Value::Object(_), Value::Array(_) | Value::Object(_)) => false,
        _ => match (prim(a), prim(b)) {
            (Prim::Str(x), Prim::Str(y)) => x == y,
            (x, y) => prim_number(&x) == prim_number(&y),
        },
    }
}

/// JavaScript's relational order: two strings compare by UTF-16 code units,
/// anything else as numbers; `None` when a number is NaN.
pub(crate) fn compare(a: &Value, b: &Value) -> Option<Ordering> {
    match (prim(a), prim(b)) {
        (Prim::Str(x), Prim::Str(y)) => Some(x.encode_utf16().cmp(y.encode_utf16())),
        (x, y) => prim_number(&x).partial_cmp(&prim_number(&y)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_spelled_as_javascript_does() {
        // Each right-hand side is what Node prints for `String(x)`.
        for (f, js) in [
            // 1658206780088562.25 exactly: halfway, so to the even digit.
            (f64::from_bits(0x4317_9085_685d_83c9), "1658206780088562.2"),
            (1e21, "1e+21"),
            (1.5e300, "1.5e+300"),
            (123456789012345680000.0, "123456789012345680000"),
            (0.000001, "0.000001"),
            (1.25e-7, "1.25e-7"),
            (-2.5, "-2.5"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (0.1 + 0.2, "0.30000000000000004"),
        ] {
            assert_eq!(number_to_string(Number::Float(f)), js);
        }
    }
}
