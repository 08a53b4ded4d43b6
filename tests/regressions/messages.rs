//! Regressions in what a message shows of the data: an unknown key is named in
//! its message, but a fødselsnummer in it is masked and control characters
//! are replaced, so a message can neither leak an identity nor garble a screen.

use super::{small_form, strict};
use skjemasjekk::Form;
use skjemasjekk::Lang;

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

/// Hostile corpus: an unknown key is named in its message, and a key with
/// U+202E (right-to-left override) could flip the rest of the message on a
/// case worker's screen; NUL and line breaks could break logs. They are shown
/// as U+FFFD, and a very long key is cut short. The path keeps the key exactly.
#[test]
fn unknown_keys_with_control_characters_are_shown_safely() {
    let form = small_form();
    let key = "a\u{202E}b\u{0}c\nd";
    let text = format!(
        "{{{}: 1, {}: 2}}",
        serde_json::to_string(key).unwrap(),
        serde_json::to_string(&"k".repeat(300_000)).unwrap()
    );
    let report = form.validate_json(&text, &strict(Lang::Nb)).unwrap();
    assert_eq!(report.issues.len(), 2);
    assert_eq!(report.issues[0].path, format!("/{key}"));
    assert!(
        report.issues[0]
            .message
            .contains("a\u{FFFD}b\u{FFFD}c\u{FFFD}d"),
        "{}",
        report.issues[0].message
    );
    assert!(report.issues[1]
        .message
        .contains(&format!("{}…", "k".repeat(100))));
    assert!(
        report.issues[1].message.len() < 300,
        "{}",
        report.issues[1].message.len()
    );
}

/// fuzz/rulesets (session 5; "no message echoes a fødselsnummer found in the
/// data"): a date field whose label held 11 digits that are a valid
/// fødselsnummer, and data with the same digits, got «label» må være en
/// gyldig dato. The label is the rule-set author's text and is shown as
/// written; the invariant now exempts numbers the rule set itself has
/// (tests/regressions/inputs/fuzz-rulesets-label-with-fodselsnummer). What the
/// user typed into the field is still never repeated.
#[test]
fn a_date_message_shows_the_label_as_written_and_never_the_value() {
    let rules = |label: &str| {
        format!(
            r#"{{"id":"d","version":"1","title":{{"nb":"D","nn":"D","en":"D"}},
              "fields":{{"start":{{"type":"date","label":{{"nb":{l},"nn":{l},"en":{l}}}}}}}}}"#,
            l = serde_json::to_string(label).unwrap()
        )
    };
    let typed = r#"{"start": "15076500565"}"#;
    for lang in [Lang::Nb, Lang::Nn, Lang::En] {
        let form = Form::compile(&rules("Start")).unwrap();
        let report = form.validate_json(typed, &strict(lang)).unwrap();
        assert_eq!(report.issues.len(), 1, "{report:?}");
        assert_eq!(report.issues[0].path, "/start");
        assert!(report.issues[0].message.contains("Start"));
        assert!(
            !report.issues[0].message.contains("15076500565"),
            "{}",
            report.issues[0].message
        );

        let form = Form::compile(&rules("Sak 15076500565")).unwrap();
        let report = form.validate_json(typed, &strict(lang)).unwrap();
        assert!(
            report.issues[0].message.contains("Sak 15076500565"),
            "{}",
            report.issues[0].message
        );
    }
}
