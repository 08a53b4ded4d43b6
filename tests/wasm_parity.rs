//! Parity runtimes (2) and (3): every case of tests/parity/golden.jsonl goes through
//! the wasm bindings, in Node (`cargo test --target wasm32-unknown-unknown`) and in
//! headless Chromium (the same with `WASM_BINDGEN_USE_BROWSER=1`), and must give
//! the native output byte for byte: the report's JSON text, or the one-line error.
//! The inputs come from the case files (tests/fixtures/), included at compile time
//! by the names in tests/parity/cases.rs, and are read as the native harness reads
//! them. The data also goes in as a parsed JS object (the default route) and must
//! give the same report, and a rule set that does not compile must give the native
//! problems as the error's `.diagnostics`. The test fails listing every
//! difference. `fields` gives the native `field_info` of each built-in form, byte
//! for byte.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect, JSON};
use skjemasjekk::wasm::Validator;
use skjemasjekk::{parse_json, Value};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

/// `(name, the case file's text)` for each name listed. The path is relative to
/// tests/parity/cases.rs, where the macro is called (as `include_str!` resolves it).
macro_rules! fixture_cases {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../fixtures/", $name, ".json")))),*]
    };
}

/// Every case file, by name (sorted, as golden.jsonl).
const CASES: &[(&str, &str)] = include!("parity/cases.rs");
const GOLDEN: &str = include_str!("parity/golden.jsonl");

/// A case's inputs, as the native harness reads them from the case file, and its
/// golden output.
struct Case {
    name: String,
    form: Option<String>,
    ruleset: Option<String>,
    /// `{"lang", "strict"}` with the defaults (`nb`, not strict), as JSON text.
    options: String,
    data: String,
    ok: bool,
    /// The report's exact JSON text, or the one-line error.
    output: String,
    /// A rule set's problems when it does not compile (JSON text), else None.
    diagnostics: Option<String>,
}

impl Case {
    /// The case of one golden line, its inputs from its case file.
    fn read(line: &str) -> Result<Case, String> {
        let golden = parse_json(line).map_err(|e| e.to_string())?;
        let name = golden
            .get("case")
            .and_then(Value::as_str)
            .ok_or("no case name")?;
        let text = CASES
            .binary_search_by(|(n, _)| n.cmp(&name))
            .map(|i| CASES[i].1)
            .map_err(|_| format!("{name}: not in tests/parity/cases.rs"))?;
        let file = parse_json(text).map_err(|e| format!("{name}: {e}"))?;
        let data = match (file.get("dataText"), file.get("data")) {
            (Some(Value::String(t)), _) => t.clone(),
            (_, Some(d)) => d.to_json(),
            _ => return Err(format!("{name}: needs data or dataText")),
        };
        let opts = file.get("options");
        let opt = |k| opts.and_then(|o| o.get(k)).cloned();
        let options = Value::Object(vec![
            (
                "lang".into(),
                opt("lang").unwrap_or_else(|| Value::from("nb")),
            ),
            ("strict".into(), opt("strict").unwrap_or(Value::from(false))),
        ]);
        let (ok, output) = match (line.split_once(",\"report\":"), golden.get("error")) {
            (Some((_, report)), _) => (true, report.strip_suffix('}').unwrap_or(report).to_owned()),
            (None, Some(Value::String(e))) => (false, e.clone()),
            _ => {
                return Err(format!(
                    "{name}: the golden line has neither report nor error"
                ))
            }
        };
        Ok(Case {
            name: name.to_owned(),
            form: file.get("form").and_then(Value::as_str).map(str::to_owned),
            ruleset: file.get("ruleset").map(Value::to_json),
            options: options.to_json(),
            data,
            ok,
            output,
            diagnostics: golden.get("diagnostics").map(Value::to_json),
        })
    }
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
    let opts = JSON::parse(&case.options).unwrap();
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
    let opts = JSON::parse(&case.options).unwrap();
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
        count += 1;
        let case = match Case::read(line) {
            Ok(case) => case,
            Err(e) => {
                differences.push(format!("line {}: {e}", n + 1));
                continue;
            }
        };
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
    assert_eq!(count, CASES.len(), "golden lines and tests/parity/cases.rs");
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
