//! A control's text as the JSON value of its field's type.
//!
//! Only unambiguous spellings are converted: `120 000` and `−5` for integers,
//! `2,5` for decimals, `true`/`false` for yes/no fields. Anything else stays the
//! text as typed, for the engine to report (`type`) in the person's language;
//! so do digits beyond what a binary float can hold (400 nines would be
//! infinite). Text of nothing but white space is no answer at all. The numbers
//! are the ones a browser's `Number(…)` would give, carried as JSON text, so the
//! drop-in and the server build byte-identical documents.

use crate::decimal::float::{parse_f64, plain_f64};
use crate::model::FieldKind;
use crate::value::{parse_json, Value};
use std::borrow::Cow;

/// White space as JavaScript's `\s` and `trim` see it (Unicode's White_Space
/// without U+0085, plus U+FEFF), which includes no-break and thin spaces.
fn js_space(c: char) -> bool {
    c != '\u{85}' && (c.is_whitespace() || c == '\u{feff}')
}

/// Line breaks as a textarea's value has them (`\n`): a browser posts them
/// as `\r\n`, the drop-in reads them from the page as `\n`.
pub fn lines(raw: &str) -> Cow<'_, str> {
    if raw.contains('\r') {
        let mut out = String::with_capacity(raw.len());
        let mut rest = raw;
        while let Some((line, after)) = rest.split_once('\r') {
            out.push_str(line);
            out.push('\n');
            rest = after.strip_prefix('\n').unwrap_or(after);
        }
        out.push_str(rest);
        Cow::Owned(out)
    } else {
        Cow::Borrowed(raw)
    }
}

/// The JSON value `raw` stands for in a field of this kind, or `None` for no answer.
pub fn typed(kind: &FieldKind, raw: &str) -> Option<Value> {
    if raw.chars().all(js_space) {
        return None;
    }
    let number = |decimal: bool| -> Option<Value> {
        let mut t: String = raw.chars().filter(|&c| !js_space(c)).collect();
        if let Some(rest) = t.strip_prefix('\u{2212}') {
            t = String::from("-") + rest;
        }
        if decimal {
            t = t.replacen(',', ".", 1);
        }
        spelled_number(&t, decimal)
    };
    let converted = match kind {
        FieldKind::Integer { .. } => number(false),
        FieldKind::Decimal { .. } => number(true),
        FieldKind::Boolean { .. } => match raw {
            "true" => Some(Value::Bool(true)),
            "false" => Some(Value::Bool(false)),
            _ => None,
        },
        _ => None,
    };
    Some(converted.unwrap_or_else(|| Value::String(raw.to_owned())))
}

/// `[+-]digits` (and `.digits` for decimals) as a finite number, else `None`.
fn spelled_number(t: &str, decimal: bool) -> Option<Value> {
    let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
    let (whole, fraction) = match digits.split_once('.') {
        Some((w, f)) if decimal => (w, Some(f)),
        _ => (digits, None),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(whole) || !fraction.is_none_or(all_digits) {
        return None;
    }
    // Read and spelled by the crate's float code, not core's (`decimal::float`).
    let f = parse_f64(t);
    if !f.is_finite() {
        return None;
    }
    // As JSON.stringify writes a JS number (no negative zero), read back as the
    // engine reads JSON text: an integral number is an integer when it fits.
    let f = if f == 0.0 { 0.0 } else { f };
    parse_json(&plain_f64(f)).ok()
}
