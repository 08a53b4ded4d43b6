//! Regression tests for what the fuzzers (fuzz/) and the property tests found.
//! Each test names the input that broke an invariant and the verdict it must get.

use skjemasjekk::{Form, Lang, Options};

/// A rule set with one optional text field `a` and one optional object `o`
/// holding an optional text `t`.
fn small_form() -> Form {
    let text = r#"{"id":"small","version":"1","title":{"nb":"S","nn":"S","en":"S"},
      "fields":{
        "a":{"type":"text","optional":true,"label":{"nb":"A","nn":"A","en":"A"}},
        "o":{"type":"object","optional":true,"label":{"nb":"O","nn":"O","en":"O"},
             "fields":{"t":{"type":"text","label":{"nb":"T","nn":"T","en":"T"}}}}}}"#;
    Form::compile(text).unwrap()
}

fn strict(lang: Lang) -> Options {
    Options { lang, strict: true }
}

/// fuzz/live: an unknown key made of digits was named in full in the
/// `unknown_field` message; a key holding a fødselsnummer must not be echoed.
#[test]
fn unknown_key_with_a_fodselsnummer_is_not_echoed() {
    let form = small_form();
    for key in [
        "15076500565",
        "x15076500565y",
        "150765 00565",
        "111111111111111111111111111111111055",
    ] {
        let data = format!("{{{}: 1}}", serde_json::to_string(key).unwrap());
        for lang in [Lang::Nb, Lang::Nn, Lang::En] {
            let report = form.validate_json(&data, &strict(lang)).unwrap();
            let issue = &report.issues[0];
            assert_eq!(issue.kind.code(), "unknown_field");
            assert_eq!(issue.path, format!("/{key}"));
            let digits: String = key.chars().filter(char::is_ascii_digit).collect();
            assert!(!issue.message.contains(&digits), "{}", issue.message);
            assert!(
                issue.message.contains(&format!("{}*****", &digits[..6])),
                "{}",
                issue.message
            );
        }
    }
    // Shorter runs of digits are names like any other.
    let report = form
        .validate_json(r#"{"felt2024": 1}"#, &strict(Lang::Nb))
        .unwrap();
    assert!(
        report.issues[0].message.contains("felt2024"),
        "{}",
        report.issues[0].message
    );
}
