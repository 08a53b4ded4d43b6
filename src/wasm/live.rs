//! The `LiveForm` class: a form being filled in, re-checked after each edit so a
//! page can update only the messages that changed.
//!
//! A keystroke is the hot path: `handle(pointer)` reads a pointer once, and a
//! text, `true`/`false` or `null` value is taken straight from the JS value
//! (other values cross as JSON text, as everywhere else in the module).

use super::convert::{self, core_error, to_js};
use crate::live::{Handle, LiveForm as Core};
use crate::{Form, Options, Value};
use std::sync::Arc;
use wasm_bindgen::prelude::*;

/// A form being filled in (made by `Validator.live`).
#[wasm_bindgen]
pub struct LiveForm {
    inner: Core,
    /// The form, for `relevance` (the core keeps its own reference).
    form: Arc<Form>,
}

/// A pointer read once (made by `LiveForm.handle`), for `setAt`.
#[wasm_bindgen]
pub struct LiveHandle {
    inner: Handle,
}

#[wasm_bindgen]
impl LiveHandle {
    /// The JSON Pointer this handle was made from.
    #[wasm_bindgen(getter)]
    pub fn pointer(&self) -> String {
        self.inner.pointer().to_owned()
    }
}

impl LiveForm {
    pub(crate) fn new(form: Arc<Form>, data: Value, opts: Options) -> LiveForm {
        LiveForm {
            inner: Core::new(Arc::clone(&form), data, opts),
            form,
        }
    }
}

/// The value to put: `undefined` removes. A string with no U+FFFD (which a
/// lone surrogate would have become), a boolean or `null` is read directly;
/// anything else goes through the guarded JSON route and its errors.
fn edit_value(value: &JsValue) -> Result<Option<Value>, JsValue> {
    if value.is_undefined() {
        return Ok(None);
    }
    if value.is_null() {
        return Ok(Some(Value::Null));
    }
    if let Some(b) = value.as_bool() {
        return Ok(Some(Value::Bool(b)));
    }
    match value.as_string() {
        Some(text) if !convert::has_replacement_char(&text) => Ok(Some(Value::String(text))),
        _ => convert::plain_value(value).map(Some),
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
        let pointer = convert::string_arg(&pointer, "pointer")?;
        let value = edit_value(&value)?;
        let delta = self
            .inner
            .set(&pointer, value)
            .map_err(|e| core_error(&e))?;
        to_js(&delta)
    }

    /// Remove the value at `pointer`.
    #[wasm_bindgen(unchecked_return_type = "LiveDelta")]
    pub fn remove(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] pointer: JsValue,
    ) -> Result<JsValue, JsValue> {
        self.set(pointer, JsValue::UNDEFINED)
    }

    /// Read `pointer` once, for many `setAt` calls at the same place (one
    /// form control). A malformed pointer is refused here, not at each edit.
    pub fn handle(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] pointer: JsValue,
    ) -> Result<LiveHandle, JsValue> {
        let pointer = convert::string_arg(&pointer, "pointer")?;
        let inner = Handle::new(&pointer).map_err(|e| core_error(&e))?;
        Ok(LiveHandle { inner })
    }

    /// `set` at a pointer read before by `handle`.
    #[wasm_bindgen(js_name = setAt, unchecked_return_type = "LiveDelta")]
    pub fn set_at(
        &mut self,
        handle: &LiveHandle,
        #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
    ) -> Result<JsValue, JsValue> {
        let value = edit_value(&value)?;
        let delta = self
            .inner
            .set_at(&handle.inner, value)
            .map_err(|e| core_error(&e))?;
        to_js(&delta)
    }

    /// The whole current report, in the form's language or in `lang` (worded
    /// again from the issues found, without checking again).
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn report(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "Lang")] lang: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let report = match lang.filter(|l| !l.is_undefined()) {
            Some(lang) => self.inner.report_in(convert::lang_arg(&lang)?),
            None => self.inner.report(),
        };
        convert::json_to_js(&report.to_json())
    }

    /// Word the messages in `lang` from now on; later reports and deltas use it.
    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "Lang")] lang: JsValue,
    ) -> Result<(), JsValue> {
        self.inner.set_lang(convert::lang_arg(&lang)?);
        Ok(())
    }

    /// Which conditional fields are relevant (shown) for the current data, as
    /// `Validator.relevance` gives them.
    #[wasm_bindgen(unchecked_return_type = "Relevance[]")]
    pub fn relevance(&self) -> Result<JsValue, JsValue> {
        to_js(&self.form.relevance(self.inner.data()))
    }

    /// The current data.
    #[wasm_bindgen(unchecked_return_type = "JsonValue")]
    pub fn data(&self) -> Result<JsValue, JsValue> {
        convert::json_to_js(&self.inner.data().to_json())
    }
}
