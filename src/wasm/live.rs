//! The `LiveForm` class: a form being filled in, re-checked after each edit so a
//! page can update only the messages that changed.

use super::convert::{self, core_error, to_js};
use crate::live::LiveForm as Core;
use crate::{Form, Options, Value};
use std::sync::Arc;
use wasm_bindgen::prelude::*;

/// A form being filled in (made by `Validator.live`).
#[wasm_bindgen]
pub struct LiveForm {
    inner: Core,
}

impl LiveForm {
    pub(crate) fn new(form: Arc<Form>, data: Value, opts: Options) -> LiveForm {
        LiveForm {
            inner: Core::new(form, data, opts),
        }
    }

    fn apply(&mut self, pointer: &JsValue, value: Option<Value>) -> Result<JsValue, JsValue> {
        let pointer = convert::string_arg(pointer, "pointer")?;
        let delta = self
            .inner
            .set(&pointer, value)
            .map_err(|e| core_error(&e))?;
        to_js(&delta)
    }
}

#[wasm_bindgen]
impl LiveForm {
    /// Put `value` at `pointer` (a JSON Pointer into the data); `undefined`
    /// removes it, as JSON would.
    #[wasm_bindgen(unchecked_return_type = "LiveDelta")]
    pub fn set(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] pointer: JsValue,
        #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
    ) -> Result<JsValue, JsValue> {
        if value.is_undefined() {
            return self.apply(&pointer, None);
        }
        let value = convert::plain_value(&value)?;
        self.apply(&pointer, Some(value))
    }

    /// Remove the value at `pointer`.
    #[wasm_bindgen(unchecked_return_type = "LiveDelta")]
    pub fn remove(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] pointer: JsValue,
    ) -> Result<JsValue, JsValue> {
        self.apply(&pointer, None)
    }

    /// The whole current report.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn report(&self) -> Result<JsValue, JsValue> {
        convert::json_to_js(&self.inner.report().to_json())
    }

    /// The current data.
    #[wasm_bindgen(unchecked_return_type = "JsonValue")]
    pub fn data(&self) -> Result<JsValue, JsValue> {
        convert::json_to_js(&self.inner.data().to_json())
    }
}
