//! Crossing the JS boundary: values in, JSON out, errors as JS `Error`s.
//!
//! Data comes in as JSON text: a JS string is taken as the text itself, any
//! other value is turned into text by `JSON.stringify` (called from Rust) and
//! parsed by the core's `parse_json`, which refuses duplicate keys and deep
//! nesting. This was measured faster than walking the JS object field by field
//! with serde-wasm-bindgen (benches/size/RESULTS.md); that route is only in
//! benchmark builds (`serde_input`). Results go out the same way:
//! serialized once in Rust, then `JSON.parse`, so the bytes equal the native ones.
//!
//! What JSON text cannot show is checked on the way in (`host.js`): `NaN` and
//! `±Infinity` are refused rather than written as `null`, and JSON text given as
//! a JS string with a lone surrogate is refused rather than read with U+FFFD.

use crate::{parse_json, CompileError, Error, JsonError, Lang, Options, Value};
use js_sys::{Error as JsError, Reflect, JSON};
use serde::Serialize;
use wasm_bindgen::prelude::*;

// `host.js` (shipped as dist/snippets/…, so kept short): `JSON.stringify`
// that throws on `NaN`/`±Infinity` (which it would write as `null`), and the
// UTF-16 index of the first lone surrogate in a string (`/\p{Cs}/u`), or -1.
// The check is a replacer, which takes V8 off its fast path (it doubled the
// time of a whole validation), so only text that holds a `null` is written
// again through it: text without one held no NaN or ±Infinity.
#[wasm_bindgen(module = "/src/wasm/host.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = stringifyFinite)]
    fn stringify_finite(value: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = loneSurrogateAt)]
    fn lone_surrogate_at(text: &JsValue) -> i32;
}

/// A plain JS `Error` with this message.
pub fn error(message: &str) -> JsValue {
    JsError::new(message).into()
}

/// The message of a caught JS exception (empty when it has none).
pub fn message_of(exception: &JsValue) -> String {
    Reflect::get(exception, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_default()
}

/// Attach a structured field to an error object (best effort: a frozen
/// object simply keeps its message).
fn set_field(err: &JsValue, key: &str, value: &JsValue) {
    let _ = Reflect::set(err, &JsValue::from_str(key), value);
}

/// A core error as a JS `Error` with the same one-line text as the native CLI,
/// plus `.line`/`.column` for malformed JSON, `.diagnostics` for rule sets, and
/// `.code`/`.controlName` for a form post refused by `formData`.
pub fn core_error(e: &Error) -> JsValue {
    let err = error(&e.to_string());
    match e {
        Error::Json(j) => set_position(&err, j),
        Error::RuleSet(c) => set_diagnostics(&err, c),
        Error::FormData(f) => {
            set_field(&err, "code", &JsValue::from_str(f.code()));
            set_field(&err, "controlName", &JsValue::from_str(f.name()));
        }
        _ => {}
    }
    err
}

fn set_position(err: &JsValue, j: &JsonError) {
    set_field(err, "line", &JsValue::from_f64(j.line as f64));
    set_field(err, "column", &JsValue::from_f64(j.column as f64));
}

/// `.diagnostics`: every rule-set problem as `{path, message}`.
fn set_diagnostics(err: &JsValue, c: &CompileError) {
    if let Ok(js) = to_js(&c.diagnostics) {
        set_field(err, "diagnostics", &js);
    }
}

/// Serialize in Rust, parse in JS: the one way results leave the module.
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    let text = serde_json::to_string(value).map_err(|e| error(&e.to_string()))?;
    json_to_js(&text)
}

/// JSON text made in Rust as a JS value.
pub fn json_to_js(text: &str) -> Result<JsValue, JsValue> {
    JSON::parse(text)
}

/// The JSON text of a JS value (a string becomes a JSON string); `NaN` and
/// `±Infinity` anywhere in it are refused.
pub fn stringify(value: &JsValue, what: &str) -> Result<String, JsValue> {
    let text = stringify_finite(value).map_err(|e| {
        let reason = message_of(&e);
        error(&format!("the {what} cannot be turned into JSON: {reason}"))
    })?;
    text.as_string()
        .ok_or_else(|| error(&format!("the {what} is not a JSON value")))
}

/// The JSON text of data: a JS string is taken as JSON text already.
pub fn json_text(data: &JsValue, what: &str) -> Result<String, JsValue> {
    match data.as_string() {
        Some(text) => well_formed(data, text).map_err(|e| core_error(&Error::Json(e))),
        None => stringify(data, what),
    }
}

/// JSON text from a JS string, unless the string held a lone surrogate (the
/// glue turned it into U+FFFD): then the JSON error at its line and column.
pub fn well_formed(js: &JsValue, text: String) -> Result<String, JsonError> {
    let Some(at) = lone_surrogate(js, &text) else {
        return Ok(text);
    };
    let (line, column) = line_column(&text, at);
    Err(JsonError {
        message: "lone surrogate in the text: half of a UTF-16 pair is not a character".into(),
        line,
        column,
    })
}

/// Where the JS string that became `text` had a lone surrogate; asked of the
/// host only when `text` holds a U+FFFD, which every lone surrogate became.
fn lone_surrogate(js: &JsValue, text: &str) -> Option<usize> {
    if !has_replacement_char(text) {
        return None;
    }
    usize::try_from(lone_surrogate_at(js)).ok()
}

/// Whether `text` holds a U+FFFD. `str::contains('\u{FFFD}')` searches for its
/// three bytes with the general substring searcher, which took 7 % of a whole
/// `validateJson` in Node (profiled); a scan for the lead byte 0xEF, rare in
/// JSON text, is a tight loop.
pub fn has_replacement_char(text: &str) -> bool {
    const FFFD: &[u8] = "\u{FFFD}".as_bytes();
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(at) = bytes
        .get(from..)
        .and_then(|rest| rest.iter().position(|&b| b == 0xEF))
    {
        let start = from + at;
        if bytes.get(start..start + FFFD.len()) == Some(FFFD) {
            return true;
        }
        from = start + 1;
    }
    false
}

/// Line and column (1-based, bytes, as serde_json counts them) of the UTF-16
/// code unit `unit` of the JS string that became `text`.
fn line_column(text: &str, unit: usize) -> (usize, usize) {
    let mut units = 0usize;
    let byte = text
        .char_indices()
        .find(|(_, c)| {
            let before = units;
            units += c.len_utf16();
            before >= unit
        })
        .map_or(text.len(), |(i, _)| i);
    crate::value::line_column(text.as_bytes().get(..byte).unwrap_or_default())
}

/// Data (a JS value or JSON text) as a core [`Value`].
pub fn value(data: &JsValue) -> Result<Value, JsValue> {
    parse(&json_text(data, "data")?)
}

/// One JS value as a core [`Value`] (a string is a string here, not JSON text).
pub fn plain_value(value: &JsValue) -> Result<Value, JsValue> {
    parse(&stringify(value, "value")?)
}

fn parse(text: &str) -> Result<Value, JsValue> {
    parse_json(text).map_err(|e| core_error(&Error::Json(e)))
}

/// Validation options; absent (`undefined`/`null`) means the defaults. Read by
/// hand from the options' JSON: serde's derived reader would link its error
/// formatting, and with it core's float formatting (~10 KB gzip).
pub fn options(options: Option<JsValue>) -> Result<Options, JsValue> {
    let Some(js) = options.filter(|o| !o.is_undefined() && !o.is_null()) else {
        return Ok(Options::default());
    };
    let invalid = |why: &str| error(&format!("invalid options: {why}"));
    let text = stringify(&js, "options")?;
    let value = parse_json(&text).map_err(|e| invalid(&e.to_string()))?;
    let Value::Object(members) = value else {
        return Err(invalid(
            "expected an object such as { lang: \"nn\", strict: true }",
        ));
    };
    let mut opts = Options::default();
    for (key, value) in members {
        match (key.as_str(), value) {
            ("lang", Value::String(tag)) => {
                opts.lang = Lang::ALL
                    .into_iter()
                    .find(|l| l.as_str() == tag)
                    .ok_or_else(|| {
                        invalid(&format!("unknown language {tag:?}: use nb, nn or en"))
                    })?;
            }
            ("strict", Value::Bool(strict)) => opts.strict = strict,
            ("lang", _) => return Err(invalid("lang must be \"nb\", \"nn\" or \"en\"")),
            ("strict", _) => return Err(invalid("strict must be true or false")),
            (other, _) => {
                return Err(invalid(&format!(
                    "unknown option {other:?}; the options are lang and strict"
                )))
            }
        }
    }
    Ok(opts)
}

/// A language tag argument (`"nb"`, `"nn"` or `"en"`).
pub fn lang_arg(lang: &JsValue) -> Result<Lang, JsValue> {
    let tag = string_arg(lang, "lang")?;
    Lang::parse(&tag).ok_or_else(|| error(&format!("unknown language {tag:?}: use nb, nn or en")))
}

/// A string argument; the generated glue would trap on anything else, so
/// every string parameter arrives as a JS value and is checked here. A lone
/// surrogate would arrive as U+FFFD (another pointer, another key): refused.
pub fn string_arg(value: &JsValue, name: &str) -> Result<String, JsValue> {
    let text = value
        .as_string()
        .ok_or_else(|| error(&format!("{name} must be a string")))?;
    match lone_surrogate(value, &text) {
        None => Ok(text),
        Some(_) => Err(error(&format!(
            "{name} contains a lone surrogate: half of a UTF-16 pair is not a character"
        ))),
    }
}
