//! Crossing the JS boundary: values in, JSON out, errors as JS `Error`s.
//!
//! Data comes in as JSON text: a JS string is taken as the text itself, any
//! other value is turned into text by `JSON.stringify` (called from Rust) and
//! parsed by the core's `parse_json`, which refuses duplicate keys and deep
//! nesting. This was measured faster than walking the JS object field by field
//! with serde-wasm-bindgen (benches/size/RESULTS.md); that route stays reachable
//! through [`value_via_serde`] for the benchmarks. Results go out the same way:
//! serialized once in Rust, then `JSON.parse`, so the bytes equal the native ones.

use crate::{parse_json, CompileError, Error, JsonError, Options, Value};
use js_sys::{Error as JsError, Reflect, JSON};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// A plain JS `Error` with this message.
pub fn error(message: &str) -> JsValue {
    JsError::new(message).into()
}

/// The message of a caught JS exception (empty when it has none).
fn message_of(exception: &JsValue) -> String {
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
/// plus `.line`/`.column` for malformed JSON and `.diagnostics` for rule sets.
pub fn core_error(e: &Error) -> JsValue {
    let err = error(&e.to_string());
    match e {
        Error::Json(j) => set_position(&err, j),
        Error::RuleSet(c) => set_diagnostics(&err, c),
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

/// The JSON text of a JS value (a string becomes a JSON string).
pub fn stringify(value: &JsValue, what: &str) -> Result<String, JsValue> {
    let text = JSON::stringify(value).map_err(|e| {
        let reason = message_of(&e);
        error(&format!("the {what} cannot be turned into JSON: {reason}"))
    })?;
    text.as_string()
        .ok_or_else(|| error(&format!("the {what} is not a JSON value")))
}

/// The JSON text of data: a JS string is taken as JSON text already.
pub fn json_text(data: &JsValue, what: &str) -> Result<String, JsValue> {
    match data.as_string() {
        Some(text) => Ok(text),
        None => stringify(data, what),
    }
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

#[wasm_bindgen]
extern "C" {
    /// The global `structuredClone`: a copy that is plain data (no getters,
    /// proxies or `toJSON`), or an exception for what cannot be copied.
    #[wasm_bindgen(catch, js_name = structuredClone)]
    fn structured_clone(value: &JsValue) -> Result<JsValue, JsValue>;
}

/// The other route into the core: serde-wasm-bindgen walks the JS value
/// directly (depth-limited by `Value`'s deserializer). Kept for benchmarks.
/// It walks a structured clone: serde-wasm-bindgen's property reads are not
/// guarded, and a throwing getter or proxy would unwind through Rust frames.
pub fn value_via_serde(data: &JsValue) -> Result<Value, JsValue> {
    let plain = structured_clone(data).map_err(|e| {
        let reason = message_of(&e);
        error(&format!("the data cannot be copied: {reason}"))
    })?;
    serde_wasm_bindgen::from_value(plain)
        .map_err(|e| error(&format!("the data cannot be read: {e}")))
}

/// Validation options; absent (`undefined`/`null`) means the defaults.
pub fn options(options: Option<JsValue>) -> Result<Options, JsValue> {
    let Some(js) = options.filter(|o| !o.is_undefined() && !o.is_null()) else {
        return Ok(Options::default());
    };
    let text = stringify(&js, "options")?;
    serde_json::from_str(&text).map_err(|e| error(&format!("invalid options: {e}")))
}

/// A string argument; the generated glue would trap on anything else, so
/// every string parameter arrives as a JS value and is checked here.
pub fn string_arg(value: &JsValue, name: &str) -> Result<String, JsValue> {
    value
        .as_string()
        .ok_or_else(|| error(&format!("{name} must be a string")))
}
