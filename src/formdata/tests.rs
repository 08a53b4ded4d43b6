//! The conversion against the built-in pilot plan: typed text, lists, multiple
//! choices, empty controls, and names that are bad or hostile.

use super::*;
use crate::value::parse_json;

fn pilotplan() -> &'static ObjectSchema {
    crate::builtin_form("pilotplan")
        .map(|f| f.fields())
        .unwrap()
}

fn doc(pairs: &[(&str, &str)]) -> FormDocument {
    to_document(pilotplan(), pairs.iter().copied()).unwrap()
}

fn json(pairs: &[(&str, &str)]) -> String {
    doc(pairs).data.to_json()
}

const INTEGER: FieldKind = FieldKind::Integer {
    minimum: None,
    maximum: None,
};
const DECIMAL: FieldKind = FieldKind::Decimal {
    minimum: None,
    maximum: None,
};
const BOOLEAN: FieldKind = FieldKind::Boolean {
    must_be_true: false,
};

fn typed_json(kind: &FieldKind, raw: &str) -> Option<String> {
    typed(kind, raw).map(|v| v.to_json())
}

#[test]
fn numbers_with_spaces_commas_and_minus_signs() {
    assert_eq!(typed_json(&INTEGER, "120 000").as_deref(), Some("120000"));
    assert_eq!(typed_json(&INTEGER, "1\u{a0}200").as_deref(), Some("1200"));
    assert_eq!(
        typed_json(&INTEGER, "1\u{202f}200").as_deref(),
        Some("1200")
    );
    assert_eq!(typed_json(&INTEGER, "\u{2212}5").as_deref(), Some("-5"));
    assert_eq!(typed_json(&INTEGER, "+7").as_deref(), Some("7"));
    assert_eq!(typed_json(&INTEGER, "12x").as_deref(), Some("\"12x\""));
    assert_eq!(typed_json(&INTEGER, "1,5").as_deref(), Some("\"1,5\""));
    assert_eq!(typed_json(&DECIMAL, "2,5").as_deref(), Some("2.5"));
    assert_eq!(typed_json(&DECIMAL, " 2,0 ").as_deref(), Some("2"));
    assert_eq!(typed_json(&DECIMAL, "-0").as_deref(), Some("0"));
    assert_eq!(typed_json(&DECIMAL, "1,2,3").as_deref(), Some("\"1,2,3\""));
    assert_eq!(typed_json(&DECIMAL, ",5").as_deref(), Some("\",5\""));
    // Beyond 2^53 a number is what JavaScript's Number() makes of it.
    assert_eq!(
        typed_json(&INTEGER, "1234567890123456789").as_deref(),
        Some("1234567890123456800")
    );
    // Digits beyond a finite number stay text, for the engine to report.
    let nines = "9".repeat(400);
    assert_eq!(typed(&INTEGER, &nines), Some(Value::String(nines.clone())));
    let big = format!("1{},5", "0".repeat(309));
    assert_eq!(typed(&DECIMAL, &big), Some(Value::String(big.clone())));
}

#[test]
fn booleans_text_and_no_answer() {
    assert_eq!(typed(&BOOLEAN, "true"), Some(Value::Bool(true)));
    assert_eq!(typed(&BOOLEAN, "false"), Some(Value::Bool(false)));
    assert_eq!(typed_json(&BOOLEAN, "True").as_deref(), Some("\"True\""));
    assert_eq!(typed(&INTEGER, ""), None);
    assert_eq!(typed(&INTEGER, " \u{a0}\u{feff}"), None);
    let text = FieldKind::Id(crate::model::IdKind::ALL[0]);
    assert_eq!(
        typed_json(&text, "988 077 917").as_deref(),
        Some("\"988 077 917\"")
    );
}

#[test]
fn dotted_names_and_pointers_make_the_same_document() {
    let dotted = json(&[
        ("planYear", "2 026"),
        ("pilots[0].economy.totalNok", "120 000"),
    ]);
    let pointer = json(&[
        ("/planYear", "2 026"),
        ("/pilots/0/economy/totalNok", "120 000"),
    ]);
    assert_eq!(
        dotted,
        r#"{"planYear":2026,"pilots":[{"economy":{"totalNok":120000}}]}"#
    );
    assert_eq!(pointer, dotted);
}

#[test]
fn radios_take_the_checked_value_and_a_field_its_first() {
    assert_eq!(
        json(&[
            ("hasPlans", "true"),
            ("planYear", "2030"),
            ("planYear", "2031")
        ]),
        r#"{"hasPlans":true,"planYear":2030}"#
    );
}

#[test]
fn check_boxes_and_multi_selects_give_every_value_in_order() {
    let pairs = [
        ("pilots[0].trustRelations", "stat_kommune"),
        ("pilots[0].title", "A"),
        ("pilots[0].trustRelations", ""),
        ("pilots[0].trustRelations", "leder_medarbeider"),
    ];
    assert_eq!(
        json(&pairs),
        r#"{"pilots":[{"trustRelations":["stat_kommune","leder_medarbeider"],"title":"A"}]}"#
    );
}

#[test]
fn empty_controls_leave_fields_out_but_keep_rows() {
    // An empty field of a row keeps the row; an empty item of a list of texts is null.
    let pairs = [
        ("planYear", ""),
        ("pilots[0].title", ""),
        ("pilots[0].time.milestones[0].date", ""),
        ("pilots[0].evaluation.indicators[0]", "x"),
        ("pilots[0].evaluation.indicators[1]", " "),
        ("pilots[1].title", "B"),
    ];
    assert_eq!(
        json(&pairs),
        r#"{"pilots":[{"time":{"milestones":[{}]},"evaluation":{"indicators":["x",null]}},{"title":"B"}]}"#
    );
    assert_eq!(json(&[("agency.name", "")]), "{}");
}

#[test]
fn posted_line_breaks_are_the_pages_own() {
    assert_eq!(
        json(&[("agency.name", "a\r\nb\rc\nd")]),
        r#"{"agency":{"name":"a\nb\nc\nd"}}"#
    );
}

#[test]
fn skipped_rows_are_null() {
    assert_eq!(
        json(&[("pilots[2].title", "C")]),
        r#"{"pilots":[null,null,{"title":"C"}]}"#
    );
}

#[test]
fn names_that_are_no_field_are_left_out_and_listed() {
    let got = doc(&[
        ("_csrf", "t"),
        ("a..b", "x"),
        ("agency", "x"),
        ("pilots[0]", "x"),
        ("pilots.title", "x"),
        ("planYear[0]", "1"),
        ("/", "x"),
        ("pilots[01].title", "x"),
        ("agency.name", "Etat"),
    ]);
    assert_eq!(got.data.to_json(), r#"{"agency":{"name":"Etat"}}"#);
    let reasons: Vec<(&str, &str)> = got.ignored.iter().map(|e| (e.reason(), e.name())).collect();
    assert_eq!(
        reasons,
        [
            ("no_field", "_csrf"),
            ("not_a_path", "a..b"),
            ("not_a_value", "agency"),
            ("not_a_value", "pilots[0]"),
            ("no_field", "pilots.title"),
            ("no_field", "planYear[0]"),
            ("no_field", "/"),
            ("not_a_path", "pilots[01].title"),
        ]
    );
    assert_eq!(
        got.ignored[0].to_string(),
        "the name \"_csrf\" names no field of the form"
    );
}

#[test]
fn hostile_indexes_are_refused_before_anything_is_allocated() {
    let e = to_document(pilotplan(), [("pilots[999999999].title", "x")]).unwrap_err();
    assert_eq!(e.code(), "index_too_large");
    assert_eq!(e.name(), "pilots[999999999].title");
    // Ten digits are no index at all.
    let d = to_document(pilotplan(), [("pilots[1000000000].title", "x")]).unwrap();
    assert_eq!(d.data.to_json(), "{}");
    // The last index allowed works; many gaps in all are refused.
    let last = format!("pilots[{MAX_INDEX}].title");
    assert!(to_document(pilotplan(), [(last.as_str(), "x")]).is_ok());
    let names: Vec<String> = (0..3)
        .map(|i| format!("pilots[{i}].time.milestones[{MAX_INDEX}].title"))
        .collect();
    let e = to_document(pilotplan(), names.iter().map(|n| (n.as_str(), "x"))).unwrap_err();
    assert_eq!(e.code(), "too_many_gaps");
}

#[test]
fn long_and_deep_names_are_read_without_recursion() {
    let deep = "pilots[0].".repeat(20_000) + "title";
    let d = to_document(pilotplan(), [(deep.as_str(), "x")]).unwrap();
    assert_eq!(d.data.to_json(), "{}");
    let pointer = "/a".repeat(50_000);
    let d = to_document(pilotplan(), [(pointer.as_str(), "x")]).unwrap();
    assert!(matches!(d.ignored.as_slice(), [NameError::NoField { .. }]));
}

#[test]
fn the_document_is_what_the_engine_reads_from_json() {
    let d = doc(&[
        ("pilots[0].economy.totalNok", "1 000"),
        ("hasPlans", "false"),
    ]);
    assert_eq!(parse_json(&d.data.to_json()).unwrap(), d.data);
}
