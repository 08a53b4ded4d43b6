//! Rule-set text → `Form::compile`. A rule set that compiles must also give a
//! JSON Schema and validate an empty document without trouble; one that does
//! not compile must say at least one thing that is wrong, with a pointer.

use skjemasjekk::{Form, Options};

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
                    super::common::check_report(&report, &skjemasjekk::Value::Object(vec![]));
                }
            }
        }
        Err(e) => {
            assert!(!e.diagnostics.is_empty(), "a compile error with no problem");
            for d in &e.diagnostics {
                assert!(
                    d.path.is_empty() || d.path.starts_with('/'),
                    "not a JSON Pointer: {:?}",
                    d.path
                );
            }
        }
    }
}
