//! Regressions in reading data and building values: what `parse_json` refuses
//! and in which words (lone surrogate escapes, duplicate keys, a byte order
//! mark), and that a value computed by an expression nests no deeper than
//! parsed data may.

use super::{small_form, strict};
use skjemasjekk::Lang;

/// Hostile corpus: a lone surrogate escape was refused with serde_json's words
/// ("unexpected end of hex escape", or a trailing half called "leading"). It is
/// now named, with the position of the escape itself.
#[test]
fn lone_surrogate_escapes_get_a_clear_error() {
    let form = small_form();
    let cases = [
        (r#"{"a": "\ud800"}"#, r"\ud800", 1, 8),
        (r#"{"a": "x\uDC00"}"#, r"\uDC00", 1, 9),
        (r#"{"a": "\ud800\u0041"}"#, r"\ud800", 1, 8),
        ("{\n  \"\\udbff\": 1}", r"\udbff", 2, 4),
        (r#"{"o": {"t": "\udfff\ud800"}}"#, r"\udfff", 1, 14),
    ];
    for (text, escape, line, column) in cases {
        match form.validate_json(text, &strict(Lang::Nb)) {
            Err(skjemasjekk::Error::Json(e)) => {
                assert!(
                    e.message.contains(&format!("lone surrogate {escape}")),
                    "{text}: {e}"
                );
                assert_eq!((e.line, e.column), (line, column), "{text}");
            }
            other => panic!("{text}: {other:?}"),
        }
    }
    // A proper pair is one character; an escaped backslash is no escape.
    let report = form
        .validate_json(r#"{"a": "\ud83d\ude00 \\ud800"}"#, &strict(Lang::Nb))
        .unwrap();
    assert!(report.valid);
    // An earlier syntax error keeps its own message.
    let e = skjemasjekk::parse_json(r#"{"a" "\ud800"}"#).unwrap_err();
    assert!(e.message.contains("expected `:`"), "{e}");
}

/// The duplicate-key check was a scan of the keys so far: 100 000 keys took
/// 15 s (tests/hostile_time.rs checks it is linear now). Past 16 keys a set
/// does the check; duplicates must still be found on both sides of that switch.
#[test]
fn duplicate_keys_are_found_in_large_objects() {
    for (n, dup) in [
        (3, 1),
        (15, 0),
        (16, 15),
        (17, 16),
        (40, 0),
        (40, 39),
        (1000, 500),
    ] {
        let mut members: Vec<String> = (0..n).map(|i| format!("\"k{i}\": {i}")).collect();
        members.push(format!("\"k{dup}\": true"));
        let text = format!("{{{}}}", members.join(", "));
        let e = skjemasjekk::parse_json(&text).unwrap_err();
        assert!(
            e.message.contains(&format!("duplicate key \"k{dup}\"")),
            "{n}/{dup}: {e}"
        );
        members.pop();
        let ok = format!("{{{}}}", members.join(", "));
        let v = skjemasjekk::parse_json(&ok).unwrap();
        assert_eq!(v.to_json().len(), ok.replace(' ', "").len());
    }
}

/// Hostile corpus: a document saved with a byte order mark (Notepad's UTF-8)
/// was refused as "expected value at line 1 column 1". It is still refused (as
/// JavaScript's JSON.parse refuses it), with words that say why.
#[test]
fn a_byte_order_mark_gets_a_clear_error() {
    let e = skjemasjekk::parse_json("\u{feff}{\"a\": 1}").unwrap_err();
    assert!(e.message.contains("byte order mark"), "{e}");
    assert_eq!((e.line, e.column), (1, 1));
    let e = skjemasjekk::parse_json("{\"a\": \u{feff}1}").unwrap_err();
    assert!(!e.message.contains("byte order mark"), "{e}");
}

/// A `reduce` that wraps its accumulator once per item built a value as deep
/// as the list was long (200 000 levels), and serializing or dropping it
/// overflowed the stack. Past the data's own depth limit the result is null,
/// as `merge` and `cat` give null past their size limits.
#[test]
fn reduce_cannot_nest_deeper_than_data() {
    use skjemasjekk::expr::eval_json;
    use skjemasjekk::{parse_json, Value};
    let rule = parse_json(r#"{"reduce":[{"var":"l"},[{"var":"accumulator"}],null]}"#).unwrap();
    let long: Vec<String> = (0..200_000).map(|i| i.to_string()).collect();
    let data = parse_json(&format!("{{\"l\":[{}]}}", long.join(","))).unwrap();
    assert_eq!(eval_json(&rule, &data).unwrap(), Value::Null);
    // Up to the limit it works as before: 63 items wrap null 63 times.
    let data = parse_json(&format!("{{\"l\":[{}]}}", vec!["0"; 63].join(","))).unwrap();
    let result = eval_json(&rule, &data).unwrap();
    assert_eq!(result.depth(), 63);
    assert_eq!(result.to_json(), "[".repeat(63) + "null" + &"]".repeat(63));
}

/// Fuzz `expr` (out of memory at 2 GB): a `reduce` whose body is a list that
/// holds the whole scope (`{"var": ""}`, i.e. current and accumulator) several
/// times triples the accumulator per item: 1.4 KB of rule asked for 3^80 values.
/// Nested `map`s that pair each item with itself double it per level in the
/// same way. Every copy is now charged to a budget (src/expr/budget.rs); past
/// it the result is `null`, quickly and the same every time.
#[test]
fn expressions_cannot_copy_without_bound() {
    use skjemasjekk::expr::eval_json;
    use skjemasjekk::{parse_json, Value};
    use std::time::Instant;
    let found = include_str!("inputs/expr-oom-reduce-scope.json");
    let rule = parse_json(found.trim_end()).unwrap();
    let started = Instant::now();
    assert_eq!(eval_json(&rule, &Value::Null).unwrap(), Value::Null);
    assert_eq!(eval_json(&rule, &Value::Null).unwrap(), Value::Null);
    // Generous: about a millisecond on the project machine; unbounded before.
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());

    let pair = |inner: String| format!(r#"{{"map":[{inner},[{{"var":""}},{{"var":""}}]]}}"#);
    let mut rule = r#"{"var":"l"}"#.to_owned();
    for _ in 0..25 {
        rule = pair(rule);
    }
    let rule = parse_json(&rule).unwrap();
    let data = parse_json(r#"{"l":[1,2,3]}"#).unwrap();
    assert_eq!(eval_json(&rule, &data).unwrap(), Value::Null);
    // A few levels fit: the same rule with 3 levels gives 3 × 2^3 values.
    let mut small = r#"{"var":"l"}"#.to_owned();
    for _ in 0..3 {
        small = pair(small);
    }
    let small = eval_json(&parse_json(&small).unwrap(), &data).unwrap();
    assert_eq!(small.to_json().matches(['1', '2', '3']).count(), 3 * 8);
}
