//! `Validator.validateSerde`: data read field by field with serde-wasm-bindgen
//! instead of as JSON text. The slower route (benches/size/RESULTS.md), so it is
//! only in builds with the cargo feature `serde-input` (the data-in benchmark);
//! the published package leaves it and serde-wasm-bindgen out.

use super::convert::{self, error, message_of};
use super::Validator;
use crate::Value;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The global `structuredClone`: a copy that is plain data (no getters,
    /// proxies or `toJSON`), or an exception for what cannot be copied.
    #[wasm_bindgen(catch, js_name = structuredClone)]
    fn structured_clone(value: &JsValue) -> Result<JsValue, JsValue>;
}

/// serde-wasm-bindgen walks the JS value directly (depth-limited by `Value`'s
/// deserializer). It walks a structured clone: serde-wasm-bindgen's property
/// reads are not guarded, and a throwing getter or proxy would unwind through
/// Rust frames.
fn value_via_serde(data: &JsValue) -> Result<Value, JsValue> {
    let plain = structured_clone(data).map_err(|e| {
        let reason = message_of(&e);
        error(&format!("the data cannot be copied: {reason}"))
    })?;
    serde_wasm_bindgen::from_value(plain)
        .map_err(|e| error(&format!("the data cannot be read: {e}")))
}

#[wasm_bindgen]
impl Validator {
    /// Like `validate`, but the data crosses field by field (serde-wasm-bindgen)
    /// instead of as JSON text: the slower route, kept for benchmarks.
    #[wasm_bindgen(js_name = validateSerde, unchecked_return_type = "Report")]
    pub fn validate_serde(
        &self,
        #[wasm_bindgen(js_name = formId, unchecked_param_type = "string")] form_id: JsValue,
        #[wasm_bindgen(unchecked_param_type = "unknown")] data: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] options: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let form = self.form(&form_id)?;
        let opts = convert::options(options)?;
        let value = value_via_serde(&data)?;
        convert::json_to_js(&form.validate(&value, &opts).to_json())
    }
}
