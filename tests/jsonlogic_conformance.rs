//! The official JsonLogic test suite (tests/jsonlogic-tests.json): every
//! `[rule, data, expected]` triple must evaluate to `expected`, compared as JSON
//! values (2 and 2.0 are the same number; object members in any order).
//! The test lists every failing case, not only the first. It runs natively and,
//! through scripts/test-wasm.sh, in WebAssembly (Node and headless Chromium),
//! where numbers are read by the host's `parseFloat`.

use skjemasjekk::expr::eval_json;
use skjemasjekk::value::{parse_json, Number, Value};

/// The number of triples in the suite; a parse that skips any fails the test.
const CASES: usize = 278;

fn same_number(a: Number, b: Number) -> bool {
    match (a, b) {
        (Number::Int(x), Number::Int(y)) => x == y,
        _ => a.as_f64() == b.as_f64(),
    }
}

/// Equality of JSON values.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => same_number(*x, *y),
        (Value::Array(xs), Value::Array(ys)) => {
            xs.len() == ys.len() && xs.iter().zip(ys).all(|(x, y)| same(x, y))
        }
        (Value::Object(xs), Value::Object(ys)) => {
            xs.len() == ys.len() && xs.iter().all(|(k, x)| b.get(k).is_some_and(|y| same(x, y)))
        }
        _ => a == b,
    }
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn official_suite() {
    let suite = parse_json(include_str!("jsonlogic-tests.json")).unwrap();
    let Value::Array(entries) = suite else {
        panic!("the suite is not a JSON array");
    };
    let mut run = 0;
    let mut failures = Vec::new();
    for entry in &entries {
        let Value::Array(triple) = entry else {
            // Comment strings between the cases.
            continue;
        };
        let [rule, data, expected] = triple.as_slice() else {
            panic!("not a [rule, data, expected] triple: {}", entry.to_json());
        };
        run += 1;
        let outcome = match eval_json(rule, data) {
            Ok(actual) if same(&actual, expected) => continue,
            Ok(actual) => actual.to_json(),
            Err(errors) => format!("parse errors {errors:?}"),
        };
        failures.push(format!(
            "rule {} data {}: expected {}, got {outcome}",
            rule.to_json(),
            data.to_json(),
            expected.to_json()
        ));
    }
    assert!(
        failures.is_empty(),
        "{} of {run} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert_eq!(run, CASES, "the suite should have {CASES} cases");
}
