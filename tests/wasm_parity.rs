//! Parity runtimes (2) and (3): every line of tests/parity/golden.jsonl goes through
//! the wasm bindings, in Node (`cargo test --target wasm32-unknown-unknown`) and in
//! headless Chromium (the same with `WASM_BINDGEN_USE_BROWSER=1`), and must give
//! the native output byte for byte: the report's JSON text, or the one-line error.
//! The data also goes in as a parsed JS object (the default route) and must give
//! the same report, and a rule set that does not compile must give the native
//! problems as the error's `.diagnostics`. The test fails listing every
//! difference. `fields` gives the native `field_info` of each built-in form, byte
//! for byte.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect, JSON};
use skjemasjekk::wasm::Validator;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

const GOLDEN: &str = include_str!("parity/golden.jsonl");

#[derive(serde::Deserialize)]
struct Case {
    name: String,
    form: Option<String>,
    ruleset: Option<String>,
    options: serde_json::Value,
    data: String,
    ok: bool,
    output: String,
    /// A rule set's problems when it does not compile (JSON text), else null.
    diagnostics: Option<String>,
}

fn message(err: JsValue) -> String {
    Reflect::get(&err, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| format!("{err:?}"))
}

/// JSON text of a JSON value, as JS writes it (so two texts compare as values).
fn canonical(value: &JsValue) -> String {
    JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// Why a line's own rule set gave no validator: the error's message, and its
/// `.diagnostics` as JSON text when the rule set did not compile.
struct Refused {
    message: String,
    diagnostics: Option<String>,
}

impl From<JsValue> for Refused {
    fn from(err: JsValue) -> Refused {
        let diagnostics = Reflect::get(&err, &"diagnostics".into())
            .ok()
            .filter(|d| !d.is_undefined())
            .map(|d| canonical(&d));
        Refused {
            message: message(err),
            diagnostics,
        }
    }
}

impl From<&str> for Refused {
    fn from(message: &str) -> Refused {
        Refused {
            message: message.into(),
            diagnostics: None,
        }
    }
}

/// The line's own validator (None: the built-in forms) and its form id.
fn validator_for(case: &Case) -> Result<(Option<Validator>, String), Refused> {
    match (&case.form, &case.ruleset) {
        (Some(id), _) => Ok((None, id.clone())),
        (None, Some(text)) => {
            let v = Validator::new(JsValue::from_str(text))?;
            let forms: Array = v.forms()?.into();
            let id = Reflect::get(&forms.get(0), &"id".into())
                .ok()
                .and_then(|s| s.as_string())
                .ok_or("the rule set gave no form")?;
            Ok((Some(v), id))
        }
        (None, None) => Err("the line has neither form nor ruleset".into()),
    }
}

/// (ok, output, the rule set's diagnostics) for one line, through `validateJson`.
fn run(case: &Case, builtin: &Validator) -> (bool, String, Option<String>) {
    let (own, form) = match validator_for(case) {
        Ok(x) => x,
        Err(e) => return (false, e.message, e.diagnostics),
    };
    let v = own.as_ref().unwrap_or(builtin);
    let opts = JSON::parse(&case.options.to_string()).unwrap();
    match v.validate_json(
        JsValue::from_str(&form),
        JsValue::from_str(&case.data),
        Some(opts),
    ) {
        Ok(text) => (true, text, None),
        Err(e) => (false, message(e), None),
    }
}

/// The report through `validate` with the data as a JS object, as JSON text.
fn run_object(case: &Case, builtin: &Validator) -> Result<String, String> {
    let (own, form) = validator_for(case).map_err(|e| e.message)?;
    let v = own.as_ref().unwrap_or(builtin);
    let data = JSON::parse(&case.data).map_err(message)?;
    let opts = JSON::parse(&case.options.to_string()).unwrap();
    let report = v
        .validate(JsValue::from_str(&form), data, Some(opts))
        .map_err(message)?;
    Ok(canonical(&report))
}

#[wasm_bindgen_test]
fn golden_lines_match_native_output() {
    let builtin = Validator::builtin();
    let mut differences = Vec::new();
    let mut count = 0;
    for (n, line) in GOLDEN
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let case: Case =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}", n + 1));
        count += 1;
        let (ok, output, got) = run(&case, &builtin);
        if (ok, &output) != (case.ok, &case.output) {
            differences.push(format!(
                "line {} {:?}:\n  expected ok={} {}\n  got      ok={ok} {output}",
                n + 1,
                case.name,
                case.ok,
                case.output
            ));
            continue;
        }
        let want = case
            .diagnostics
            .as_ref()
            .map(|d| canonical(&JSON::parse(d).unwrap()));
        if got != want {
            differences.push(format!(
                "line {} {:?} (the rule set's diagnostics):\n  expected {want:?}\n  got      {got:?}",
                n + 1,
                case.name
            ));
        }
        if case.ok {
            let want = canonical(&JSON::parse(&case.output).unwrap());
            match run_object(&case, &builtin) {
                Ok(got) if got == want => {}
                got => differences.push(format!(
                    "line {} {:?} (data as a JS object):\n  expected {want}\n  got      {got:?}",
                    n + 1,
                    case.name
                )),
            }
        }
    }
    assert!(count > 0, "tests/parity/golden.jsonl has no cases");
    assert!(
        differences.is_empty(),
        "{} of {count} golden lines differ from native:\n{}",
        differences.len(),
        differences.join("\n")
    );
}

#[wasm_bindgen_test]
fn fields_are_the_native_field_info() {
    let v = Validator::builtin();
    for form in skjemasjekk::builtin() {
        let fields = v.fields(form.id().into()).unwrap();
        assert!(Array::is_array(&fields), "{}", form.id());
        let text: String = JSON::stringify(&fields).unwrap().into();
        assert_eq!(text, form.field_info_json(), "{}", form.id());
    }
}
