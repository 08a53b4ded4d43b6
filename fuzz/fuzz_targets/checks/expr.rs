//! Expression text (and, after the first newline, data text) → parse →
//! `expr::eval_json`. Evaluation must never fail once parsing succeeded, must be
//! deterministic, and its result must serialize.

use skjemasjekk::expr::{eval_json, parse};
use skjemasjekk::{parse_json, Value};

pub fn run(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (rule_text, data_text) = text.split_once('\n').unwrap_or((text, "null"));
    let Ok(rule) = parse_json(rule_text) else {
        return;
    };
    let data = parse_json(data_text).unwrap_or(Value::Null);
    match eval_json(&rule, &data) {
        Ok(result) => {
            // Serializing must not fail or recurse without bound (results nest at
            // most as deep as the data and the expression together).
            let _ = result.to_json();
            let Ok(expr) = parse(&rule) else {
                panic!("parse refused what eval_json accepted");
            };
            assert_eq!(
                expr.eval(&data, &data),
                result,
                "evaluation is not deterministic"
            );
            for r in expr.references() {
                assert!(
                    r.pointer.is_empty() || r.pointer.starts_with('/'),
                    "reference pointer {:?}",
                    r.pointer
                );
            }
        }
        Err(errors) => {
            assert!(!errors.is_empty(), "a parse failure with no problem");
            for e in errors {
                assert!(e.path.is_empty() || e.path.starts_with('/'), "{:?}", e.path);
                assert!(!e.message.is_empty());
            }
        }
    }
}
