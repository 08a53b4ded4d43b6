//! Arbitrary JSON against custom rule sets. The built-in forms use only part of
//! the rule-set language (no unordered `no_overlap`, for one), and a portal may
//! load its own rule set, so clients' data meets every rule kind, condition and
//! field type somewhere.
//!
//! The first byte picks the language (bits 2–3, as in `validate`) and the mode
//! (bit 0):
//! - 0: the next two bytes pick one of the rule sets in tests/fixtures/language
//!   (compiled once, in file order); the rest is the document. Mutations land
//!   in the data.
//! - 1: the rest is `RULE SET \n\0\n DOCUMENT`, both mutated; a rule set that
//!   does not compile ends the run (the `compile` target checks those).
//!
//! Every document is checked by `super::common::check_document`, with the rule
//! set's own text as what messages may show as written.

use skjemasjekk::{Form, Value};
use std::sync::OnceLock;

/// The rule set of each language fixture that has one, in the order of their
/// file names (fuzz/seed.py writes its seeds in the same order), compiled
/// once and kept with its source; `None` where it does not compile.
fn fixture_forms() -> &'static [Option<(Form, Value)>] {
    static FORMS: OnceLock<Vec<Option<(Form, Value)>>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let dir = super::common::project_root().join("tests/fixtures/language");
        let mut files = super::common::files_in(&dir);
        files.retain(|f| f.extension().is_some_and(|x| x == "json"));
        let mut forms = vec![];
        for f in files {
            let Ok(text) = std::fs::read_to_string(&f) else {
                continue;
            };
            let Ok(case) = skjemasjekk::parse_json(&text) else {
                continue;
            };
            if let Some(ruleset @ Value::Object(_)) = case.get("ruleset") {
                let form = Form::compile(&ruleset.to_json()).ok();
                forms.push(form.map(|f| (f, ruleset.clone())));
            }
        }
        assert!(!forms.is_empty(), "no rule sets found in {}", dir.display());
        forms
    })
}

pub fn run(data: &[u8]) {
    let Some((&sel, rest)) = data.split_first() else {
        return;
    };
    let lang = super::common::lang(sel);
    if sel & 1 == 0 {
        let [hi, lo, doc @ ..] = rest else {
            return;
        };
        let forms = fixture_forms();
        let index = usize::from(u16::from_be_bytes([*hi, *lo])) % forms.len();
        let Some(Some((form, source))) = forms.get(index) else {
            return;
        };
        if let Ok(text) = std::str::from_utf8(doc) {
            super::common::check_document(form, text, lang, source);
        }
    } else {
        let Ok(text) = std::str::from_utf8(rest) else {
            return;
        };
        let Some((rules, doc)) = text.split_once("\n\0\n") else {
            return;
        };
        if let (Ok(form), Ok(source)) = (Form::compile(rules), skjemasjekk::parse_json(rules)) {
            super::common::check_document(&form, doc, lang, &source);
        }
    }
}
