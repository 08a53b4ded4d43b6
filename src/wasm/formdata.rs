//! `Validator.formData`: a form's posted `[name, value]` pairs as the typed
//! document, by the core's one conversion (`crate::formdata`); the drop-in
//! reads its controls this way, and `skjemasjekk serve` reads form posts the
//! same way, so both check the same document.

use super::convert::{self, core_error, error, to_js};
use super::validator::Validator;
use crate::formdata::{to_document, NameError};
use crate::{parse_json, Error, Value};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[derive(Serialize)]
struct FormDataResult<'a> {
    data: &'a Value,
    ignored: Vec<Ignored<'a>>,
}

#[derive(Serialize)]
struct Ignored<'a> {
    reason: &'static str,
    name: &'a str,
}

#[wasm_bindgen]
impl Validator {
    /// The typed document for `[name, value]` pairs as a browser submits them
    /// (`[...new FormData(form)]`), and the names left out. Throws an `Error`
    /// with `.code` and `.controlName` for a name that would make the document
    /// unreasonably large (`index_too_large`, `too_many_gaps`).
    #[wasm_bindgen(js_name = formData, unchecked_return_type = "FormDataResult")]
    pub fn form_data(
        &self,
        #[wasm_bindgen(js_name = formId, unchecked_param_type = "string")] form_id: JsValue,
        #[wasm_bindgen(unchecked_param_type = "FormPairs")] pairs: JsValue,
    ) -> Result<JsValue, JsValue> {
        let form = self.form(&form_id)?;
        let text = convert::stringify(&pairs, "pairs")?;
        let parsed = parse_json(&text).map_err(|e| core_error(&Error::Json(e)))?;
        let list = pairs_of(&parsed)
            .ok_or_else(|| error("pairs must be an array of [name, value] pairs of strings"))?;
        let doc = to_document(form.fields(), list).map_err(|e| core_error(&e.into()))?;
        to_js(&FormDataResult {
            data: &doc.data,
            ignored: doc.ignored.iter().map(ignored).collect(),
        })
    }
}

fn ignored(e: &NameError) -> Ignored<'_> {
    Ignored {
        reason: e.reason(),
        name: e.name(),
    }
}

/// `[[name, value], …]` as pairs of strings, or `None` for any other shape.
fn pairs_of(value: &Value) -> Option<Vec<(&str, &str)>> {
    let Value::Array(items) = value else {
        return None;
    };
    items
        .iter()
        .map(|item| match item {
            Value::Array(pair) => match pair.as_slice() {
                [Value::String(name), Value::String(value)] => {
                    Some((name.as_str(), value.as_str()))
                }
                _ => None,
            },
            _ => None,
        })
        .collect()
}
