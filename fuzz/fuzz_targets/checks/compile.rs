//! Rule-set text → `Form::compile`. A rule set that compiles must also give a
//! JSON Schema and validate an empty document without trouble; one that does
//! not compile must say at least one thing that is wrong, each with a pointer
//! to where it is in the rule set.

use super::common::at_pointer;
use skjemasjekk::validate::parse_pointer;
use skjemasjekk::{parse_json, Form, Options, Value};

pub fn run(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Form::compile(text) {
        Ok(form) => {
            let _ = form.schema().to_json();
            for strict in [false, true] {
                let opts = Options {
                    strict,
                    ..Options::default()
                };
                if let Ok(report) = form.validate_json("{}", &opts) {
                    super::common::check_report(&report, &Value::Object(vec![]), &Value::Null);
                }
            }
        }
        Err(e) => {
            assert!(!e.diagnostics.is_empty(), "a compile error with no problem");
            // Text that is not JSON has one problem, at the root; otherwise every
            // problem points at something that is in the rule set.
            let source = parse_json(text).ok();
            for d in &e.diagnostics {
                let path = parse_pointer(&d.path)
                    .unwrap_or_else(|_| panic!("not a JSON Pointer: {:?}", d.path));
                match &source {
                    Some(v) => assert!(
                        at_pointer(v, &path).is_some(),
                        "{:?} points at nothing in the rule set ({})",
                        d.path,
                        d.message
                    ),
                    None => assert!(
                        d.path.is_empty(),
                        "JSON that does not parse, yet a problem at {:?}",
                        d.path
                    ),
                }
            }
        }
    }
}
