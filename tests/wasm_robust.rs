//! Hostile calls into the bindings, in Node and in headless Chromium: every one
//! must come back as a JS `Error` with a message (never a trap), and afterwards
//! the module must still give the right answer. The calls through the generated
//! JS glue (wrong argument types) are in tests/node/robust.test.mjs.
#![cfg(target_arch = "wasm32")]

use js_sys::{Function, Reflect};
use skjemasjekk::wasm::Validator;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const RULESET: &str = r#"{"id":"mini","version":"1","title":{"nb":"Mini","nn":"Mini","en":"Mini"},"fields":{"name":{"type":"text","label":{"nb":"Namn","nn":"Namn","en":"Name"}}}}"#;

/// Evaluate a JS expression.
fn js(expr: &str) -> JsValue {
    Function::new_no_args(&format!("return ({expr});"))
        .call0(&JsValue::NULL)
        .unwrap()
}

/// JS values no form data can be.
fn hostile() -> Vec<(&'static str, JsValue)> {
    [
        ("cyclic object", "(() => { const o = {}; o.self = o; return o; })()"),
        ("BigInt", "({ n: 10n ** 30n })"),
        (
            "100 000-deep object",
            "(() => { const o = {}; let c = o; for (let i = 0; i < 100000; i++) { c.a = {}; c = c.a; } return o; })()",
        ),
        (
            "100 000-deep array",
            "(() => { const o = []; let c = o; for (let i = 0; i < 100000; i++) { const n = []; c.push(n); c = n; } return o; })()",
        ),
        ("100 000-deep JSON text", "'['.repeat(100000) + ']'.repeat(100000)"),
        ("malformed JSON text", "'{\"name\": '"),
        ("symbol", "Symbol('x')"),
        ("function", "() => 1"),
        ("undefined", "undefined"),
        ("throwing getter", "({ get name() { throw new Error('getter'); } })"),
        (
            "throwing proxy",
            "new Proxy({}, { ownKeys() { throw new Error('trap'); }, get() { throw new Error('trap'); } })",
        ),
    ]
    .into_iter()
    .map(|(name, expr)| (name, js(expr)))
    .collect()
}

fn assert_error(what: &str, result: Result<JsValue, JsValue>) {
    let err = match result {
        Ok(v) => panic!("{what}: expected an Error, got {v:?}"),
        Err(e) => e,
    };
    assert!(
        err.is_instance_of::<js_sys::Error>(),
        "{what}: not an Error: {err:?}"
    );
    let message = Reflect::get(&err, &"message".into())
        .unwrap()
        .as_string()
        .unwrap();
    assert!(!message.is_empty(), "{what}: empty message");
}

fn still_answers(v: &Validator) {
    let report = v
        .validate_json("mini".into(), r#"{"name":"Kari"}"#.into(), None)
        .unwrap();
    let again = v
        .validate_json("mini".into(), r#"{"name":"Kari"}"#.into(), None)
        .unwrap();
    assert_eq!(report, again);
    assert!(report.starts_with(r#"{"valid":"#), "{report}");
    assert_eq!(skjemasjekk::wasm::version(), env!("CARGO_PKG_VERSION"));
}

fn mini() -> Validator {
    Validator::new(RULESET.into()).unwrap()
}

#[wasm_bindgen_test]
fn hostile_data_gives_errors_not_traps() {
    let v = mini();
    let id: JsValue = "mini".into();
    for (name, value) in hostile() {
        if name != "undefined" {
            // `undefined` data is an error for validate, but means `{}` for live.
            let _ = v.live(id.clone(), None, Some(value.clone()));
        }
        assert_error(name, v.validate(id.clone(), value.clone(), None));
        assert_error(
            name,
            v.validate_json(id.clone(), value.clone(), None)
                .map(JsValue::from),
        );
        let field = v.validate_field(id.clone(), value.clone(), "/name".into(), None);
        assert_error(name, field);
        #[cfg(feature = "serde-input")]
        let _ = v.validate_serde(id.clone(), value.clone(), None);
        still_answers(&v);
    }
}

#[wasm_bindgen_test]
fn bad_arguments_give_errors() {
    let v = mini();
    let data: JsValue = js("({ name: 'Kari' })");
    for (name, form_id) in [
        ("number", js("42")),
        ("null", JsValue::NULL),
        ("unknown form", "nope".into()),
    ] {
        assert_error(name, v.validate(form_id.clone(), data.clone(), None));
        assert_error(name, v.schema(form_id.clone()));
        assert_error(name, v.fields(form_id.clone()));
        assert_error(name, v.ruleset(form_id.clone()).map(JsValue::from));
        assert_error(name, v.live(form_id, None, None).map(JsValue::from));
    }
    for (name, opts) in [
        ("string options", js("'nn'")),
        ("unknown language", js("({ lang: 'de' })")),
        ("unknown option", js("({ strict: true, fast: true })")),
        (
            "cyclic options",
            js("(() => { const o = { lang: 'nn' }; o.o = o; return o; })()"),
        ),
    ] {
        assert_error(name, v.validate("mini".into(), data.clone(), Some(opts)));
    }
    assert_error(
        "pointer",
        v.validate_field("mini".into(), data.clone(), js("7"), None),
    );
    assert_error("lang", v.ui_texts("de".into()));
    assert_error("lang type", v.ui_texts(JsValue::NULL));
    for (name, ruleset) in [
        ("number", js("42")),
        ("empty list", js("[]")),
        ("malformed", js("'{'")),
        ("deep text", js("'['.repeat(100000)")),
        (
            "cyclic",
            js("(() => { const o = {}; o.o = o; return o; })()"),
        ),
        ("duplicate id", js(&format!("[{RULESET:?}, {RULESET:?}]"))),
    ] {
        assert_error(name, Validator::new(ruleset).map(JsValue::from));
    }
    let mut live = v.live("mini".into(), None, None).unwrap();
    assert_error("live pointer type", live.set(js("7"), data.clone()));
    assert_error(
        "live cyclic",
        live.set("/name".into(), hostile()[0].1.clone()),
    );
    assert_error("live pointer", live.set("name".into(), data));
    still_answers(&v);
}

#[wasm_bindgen_test]
fn rule_set_errors_carry_diagnostics() {
    let err = match Validator::new(js(&format!("[{RULESET:?}, {RULESET:?}]"))) {
        Err(e) => e,
        Ok(_) => panic!("two rule sets with one id were accepted"),
    };
    let diagnostics = Reflect::get(&err, &"diagnostics".into()).unwrap();
    let first = js_sys::Array::from(&diagnostics).get(0);
    let path = Reflect::get(&first, &"path".into()).unwrap().as_string();
    assert_eq!(path.as_deref(), Some("/1/id"));
}

#[wasm_bindgen_test]
fn malformed_json_carries_position() {
    let v = mini();
    let err = v
        .validate_json("mini".into(), "{\n  \"name\": ]".into(), None)
        .unwrap_err();
    assert_eq!(position(&err), (Some(2.0), Some(11.0)));
}

/// `.line` and `.column` of a JS Error.
fn position(err: &JsValue) -> (Option<f64>, Option<f64>) {
    let get = |key: &str| Reflect::get(err, &key.into()).unwrap().as_f64();
    (get("line"), get("column"))
}

/// The message of a JS Error.
fn message(err: &JsValue) -> String {
    Reflect::get(err, &"message".into())
        .unwrap()
        .as_string()
        .unwrap()
}

#[wasm_bindgen_test]
fn values_json_cannot_show_are_refused_not_changed() {
    let v = mini();
    // JSON.stringify would write them as null: "not filled in".
    for n in ["NaN", "Infinity", "-Infinity"] {
        let err = v
            .validate("mini".into(), js(&format!("({{ name: {n} }})")), None)
            .unwrap_err();
        assert_eq!(
            message(&err),
            format!("the data cannot be turned into JSON: {n} at key \"name\" is not a number JSON can hold")
        );
        let mut live = v.live("mini".into(), None, None).unwrap();
        assert_error(n, live.set("/name".into(), js(n)));
        let data = js_sys::JSON::stringify(&live.data().unwrap()).unwrap();
        assert_eq!(
            data.as_string().as_deref(),
            Some("{}"),
            "a refused set changes nothing"
        );
    }
    // The glue would read a lone surrogate in a JS string as U+FFFD.
    let err = v
        .validate_json("mini".into(), js(r#"'{\n "name": "\uD800"}'"#), None)
        .unwrap_err();
    assert!(
        message(&err).contains("lone surrogate in the text"),
        "{err:?}"
    );
    assert_eq!(position(&err), (Some(2.0), Some(11.0)));
    let mut live = v.live("mini".into(), None, None).unwrap();
    let err = live.set(js(r#"'/name\uDC00'"#), js("1")).unwrap_err();
    assert!(
        message(&err).starts_with("pointer contains a lone surrogate"),
        "{err:?}"
    );
    // A U+FFFD written as such is a character like any other.
    let report = v
        .validate_json("mini".into(), js(r#"'{"name": "\uFFFD"}'"#), None)
        .unwrap();
    assert!(report.starts_with(r#"{"valid":true"#), "{report}");
    still_answers(&v);
}
