//! The `Validator` class: a set of compiled forms and the calls a portal makes.
//! Every method converts its arguments, calls the core once and converts the
//! result; failures become JS `Error`s (see `convert`).

use super::convert::{self, core_error, error, to_js};
use super::live::LiveForm;
use crate::{builtin, parse_json, CompileError, Error, Form, RuleSetError, Value};
use serde::Serialize;
use std::sync::Arc;
use wasm_bindgen::prelude::*;

/// Validates data against compiled rule sets.
#[wasm_bindgen]
pub struct Validator {
    forms: Forms,
}

/// The built-in forms, each compiled the first time it is used (a page with
/// one form never compiles the other), or rule sets compiled by the constructor.
enum Forms {
    Builtin,
    Compiled(Vec<Arc<Form>>),
}

#[derive(Serialize)]
struct FormInfo<'a> {
    id: &'a str,
    version: &'a str,
    hash: &'a str,
    title: &'a crate::model::Text,
}

/// Key-value pairs as a JSON object, in their order.
struct Pairs(Vec<(&'static str, &'static str)>);

impl Serialize for Pairs {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().copied())
    }
}

#[wasm_bindgen]
impl Validator {
    /// The two built-in forms (`forsokssoknad`, `pilotplan`).
    pub fn builtin() -> Validator {
        Validator {
            forms: Forms::Builtin,
        }
    }

    /// Compile one rule set or several (JSON text or parsed objects). Throws an
    /// `Error` whose `.diagnostics` lists every problem with a JSON Pointer into
    /// what was passed (prefixed by the index when an array was given).
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "RuleSetInput | readonly RuleSetInput[]")]
        rulesets: JsValue,
    ) -> Result<Validator, JsValue> {
        let (inputs, indexed) = rule_set_texts(&rulesets)?;
        if inputs.is_empty() {
            return Err(error("no rule set was given"));
        }
        let mut forms: Vec<Arc<Form>> = Vec::with_capacity(inputs.len());
        let mut problems: Vec<RuleSetError> = Vec::new();
        for (i, input) in inputs.iter().enumerate() {
            let prefix = if indexed {
                format!("/{i}")
            } else {
                String::new()
            };
            match Form::compile(input) {
                Ok(form) if forms.iter().any(|f| f.id() == form.id()) => {
                    problems.push(RuleSetError {
                        path: format!("{prefix}/id"),
                        message: format!("another rule set already has the id {:?}", form.id()),
                    });
                }
                Ok(form) => forms.push(Arc::new(form)),
                Err(e) => problems.extend(e.diagnostics.into_iter().map(|d| RuleSetError {
                    path: format!("{prefix}{}", d.path),
                    message: d.message,
                })),
            }
        }
        if !problems.is_empty() {
            let e = Error::RuleSet(CompileError {
                diagnostics: problems,
            });
            return Err(core_error(&e));
        }
        Ok(Validator {
            forms: Forms::Compiled(forms),
        })
    }

    /// `{id, version, hash, title}` of every form, in order.
    #[wasm_bindgen(unchecked_return_type = "FormInfo[]")]
    pub fn forms(&self) -> Result<JsValue, JsValue> {
        let all = match &self.forms {
            Forms::Builtin => builtin(),
            Forms::Compiled(forms) => forms.as_slice(),
        };
        let infos: Vec<FormInfo> = all
            .iter()
            .map(|f| FormInfo {
                id: f.id(),
                version: f.version(),
                hash: f.hash(),
                title: f.titles(),
            })
            .collect();
        to_js(&infos)
    }

    /// The rule set's exact text.
    pub fn ruleset(
        &self,
        #[wasm_bindgen(js_name = formId, unchecked_param_type = "string")] form_id: JsValue,
    ) -> Result<String, JsValue> {
        Ok(self.form(&form_id)?.source().to_owned())
    }

    /// JSON Schema 2020-12 of the form's data.
    #[wasm_bindgen(unchecked_return_type = "JsonSchema")]
    pub fn schema(
        &self,
        #[wasm_bindgen(js_name = formId, unchecked_param_type = "string")] form_id: JsValue,
    ) -> Result<JsValue, JsValue> {
        convert::json_to_js(&self.form(&form_id)?.schema().to_json())
    }

    /// Every field of the form, depth first in form order, for building and
    /// labelling a page: path pattern (list items as `*`), type, labels, help,
    /// options. No check or condition is exposed.
    #[wasm_bindgen(unchecked_return_type = "FieldInfo[]")]
    pub fn fields(
        &self,
        #[wasm_bindgen(js_name = formId, unchecked_param_type = "string")] form_id: JsValue,
    ) -> Result<JsValue, JsValue> {
        convert::json_to_js(&self.form(&form_id)?.field_info_json())
    }

    /// Validate data (a JS value or JSON text) and return the report.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn validate(
        &self,
        #[wasm_bindgen(js_name = formId, unchecked_param_type = "string")] form_id: JsValue,
        #[wasm_bindgen(unchecked_param_type = "unknown")] data: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] options: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let text = convert::json_text(&data, "data")?;
        convert::json_to_js(&self.report_json(&form_id, &text, options)?)
    }

    /// Validate JSON text and return the report's exact JSON text.
    #[wasm_bindgen(js_name = validateJson)]
    pub fn validate_json(
        &self,
        #[wasm_bindgen(js_name = formId, unchecked_param_type = "string")] form_id: JsValue,
        #[wasm_bindgen(js_name = dataJson, unchecked_param_type = "string")] data_json: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] options: Option<JsValue>,
    ) -> Result<String, JsValue> {
        if !data_json.is_string() {
            return Err(error("dataJson must be a string"));
        }
        let text = convert::json_text(&data_json, "dataJson")?;
        self.report_json(&form_id, &text, options)
    }

    /// The issues of one field (a JSON Pointer) and of the rules that depend on it.
    #[wasm_bindgen(js_name = validateField, unchecked_return_type = "Issue[]")]
    pub fn validate_field(
        &self,
        #[wasm_bindgen(js_name = formId, unchecked_param_type = "string")] form_id: JsValue,
        #[wasm_bindgen(unchecked_param_type = "unknown")] data: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] pointer: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] options: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let form = self.form(&form_id)?;
        let opts = convert::options(options)?;
        let value = convert::value(&data)?;
        let pointer = convert::string_arg(&pointer, "pointer")?;
        let issues = form
            .validate_field(&value, &pointer, &opts)
            .map_err(|e| core_error(&e))?;
        to_js(&issues)
    }

    /// Which conditional fields are relevant (shown) for `data` (a JS value or
    /// JSON text): every field with `requiredWhen`/`forbiddenWhen` at each
    /// place it has, in form order. The report is not changed by this.
    #[wasm_bindgen(unchecked_return_type = "Relevance[]")]
    pub fn relevance(
        &self,
        #[wasm_bindgen(js_name = formId, unchecked_param_type = "string")] form_id: JsValue,
        #[wasm_bindgen(unchecked_param_type = "unknown")] data: JsValue,
    ) -> Result<JsValue, JsValue> {
        let form = self.form(&form_id)?;
        to_js(&form.relevance(&convert::value(&data)?))
    }

    /// A form being filled in, re-checked edit by edit; `data` defaults to `{}`.
    pub fn live(
        &self,
        #[wasm_bindgen(js_name = formId, unchecked_param_type = "string")] form_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] options: Option<JsValue>,
        #[wasm_bindgen(unchecked_optional_param_type = "unknown")] data: Option<JsValue>,
    ) -> Result<LiveForm, JsValue> {
        let form = Arc::clone(self.form(&form_id)?);
        let opts = convert::options(options)?;
        let value = match data.filter(|d| !d.is_undefined()) {
            Some(d) => convert::value(&d)?,
            None => crate::Value::Object(Vec::new()),
        };
        Ok(LiveForm::new(form, value, opts))
    }

    /// The fixed texts of the drop-in (error summary heading and the like).
    #[wasm_bindgen(js_name = uiTexts, unchecked_return_type = "Record<UiTextKey, string>")]
    pub fn ui_texts(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Lang")] lang: JsValue,
    ) -> Result<JsValue, JsValue> {
        to_js(&Pairs(crate::messages::ui_all(convert::lang_arg(&lang)?)))
    }
}

/// The texts of the rule sets passed to the constructor, and whether they came
/// as an array. One guarded `JSON.stringify` reads the whole argument, so no
/// getter or proxy can throw past Rust frames; a string inside an array is a
/// rule set's text, an object is serialized.
fn rule_set_texts(rulesets: &JsValue) -> Result<(Vec<String>, bool), JsValue> {
    if let Some(text) = rulesets.as_string() {
        let text = convert::well_formed(rulesets, text)
            .map_err(|e| core_error(&Error::RuleSet(CompileError::not_json(&e))))?;
        return Ok((vec![text], false));
    }
    let text = convert::stringify(rulesets, "rule set")?;
    match parse_json(&text) {
        Ok(Value::Array(items)) => {
            let texts = items
                .into_iter()
                .map(|item| match item {
                    Value::String(s) => s,
                    other => other.to_json(),
                })
                .collect();
            Ok((texts, true))
        }
        _ => Ok((vec![text], false)),
    }
}

impl Validator {
    pub(super) fn form(&self, id: &JsValue) -> Result<&Arc<Form>, JsValue> {
        let id = convert::string_arg(id, "formId")?;
        let found = match &self.forms {
            Forms::Builtin => crate::compile::builtin_form(&id),
            Forms::Compiled(forms) => forms.iter().find(|f| f.id() == id),
        };
        found.ok_or_else(|| core_error(&Error::UnknownForm(id)))
    }

    fn report_json(
        &self,
        form_id: &JsValue,
        text: &str,
        options: Option<JsValue>,
    ) -> Result<String, JsValue> {
        let form = self.form(form_id)?;
        let opts = convert::options(options)?;
        let report = form
            .validate_json(text, &opts)
            .map_err(|e| core_error(&e))?;
        Ok(report.to_json())
    }
}
