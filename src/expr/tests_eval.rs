//! Tests of evaluation: the added operators (dates, `form`, exact `sum`), the
//! JavaScript coercions the official suite leaves open, and hostile input.

use super::{eval_json, parse};
use crate::value::{parse_json, Number, Value};

fn json(text: &str) -> Value {
    parse_json(text).unwrap()
}

/// Evaluates `rule` against `data` (both JSON text).
fn ev(rule: &str, data: &str) -> Value {
    eval_json(&json(rule), &json(data)).unwrap()
}

/// Asserts that each rule (evaluated without data) gives the expected JSON.
fn check(cases: &[(&str, &str)]) {
    for (rule, expected) in cases {
        assert_eq!(ev(rule, "null"), json(expected), "{rule}");
    }
}

#[test]
fn is_date_and_year() {
    check(&[
        (r#"{"is_date":["2024-02-29"]}"#, "true"),
        (r#"{"is_date":["2023-02-29"]}"#, "false"),
        (r#"{"is_date":["2024-2-01"]}"#, "false"),
        (r#"{"is_date":[20240101]}"#, "false"),
        (r#"{"is_date":[null]}"#, "false"),
        (r#"{"is_date":"2024-13-01"}"#, "false"),
        (r#"{"year":["2024-05-06"]}"#, "2024"),
        (r#"{"year":["2024-05-32"]}"#, "null"),
        (r#"{"year":[2024]}"#, "null"),
    ]);
}

#[test]
fn date_comparisons() {
    check(&[
        (r#"{"date_before":["2024-01-01","2024-01-02"]}"#, "true"),
        (r#"{"date_before":["2024-01-02","2024-01-01"]}"#, "false"),
        (r#"{"date_before":["2024-01-01","2024-01-01"]}"#, "false"),
        (r#"{"date_after":["2024-03-01","2024-02-29"]}"#, "true"),
        (r#"{"date_after":["2024-01-01","2024-01-01"]}"#, "false"),
        (r#"{"date_before":["2023-02-29","2024-01-01"]}"#, "null"),
        (r#"{"date_after":["2024-01-01",null]}"#, "null"),
    ]);
}

#[test]
fn days_and_months_between() {
    check(&[
        (r#"{"days_between":["2024-01-01","2024-03-01"]}"#, "60"),
        (r#"{"days_between":["2024-03-01","2024-01-01"]}"#, "-60"),
        (r#"{"days_between":["2023-02-28","2023-03-01"]}"#, "1"),
        (r#"{"days_between":["2024-02-28","2024-03-01"]}"#, "2"),
        (r#"{"days_between":["2024-02-30","2024-03-01"]}"#, "null"),
        (r#"{"months_between":["2024-01-31","2024-02-29"]}"#, "1"),
        (r#"{"months_between":["2024-01-31","2024-02-28"]}"#, "0"),
        (r#"{"months_between":["2024-03-01","2024-01-01"]}"#, "-2"),
        (r#"{"months_between":["2024-01-15","2028-01-14"]}"#, "47"),
        (r#"{"months_between":["2024-01-15","x"]}"#, "null"),
    ]);
}

#[test]
fn add_months_clamps_and_goes_backwards() {
    check(&[
        (r#"{"add_months":["2024-01-31",1]}"#, r#""2024-02-29""#),
        (r#"{"add_months":["2023-01-31",1]}"#, r#""2023-02-28""#),
        (r#"{"add_months":["2024-02-29",12]}"#, r#""2025-02-28""#),
        (r#"{"add_months":["2024-02-29",48]}"#, r#""2028-02-29""#),
        (r#"{"add_months":["2024-03-31",-1]}"#, r#""2024-02-29""#),
        (r#"{"add_months":["2024-01-15",-13]}"#, r#""2022-12-15""#),
        (r#"{"add_months":["2024-01-15",0]}"#, r#""2024-01-15""#),
        (r#"{"add_months":["2024-01-15",2.0]}"#, r#""2024-03-15""#),
        (r#"{"add_months":["2024-01-15",1.5]}"#, "null"),
        (r#"{"add_months":["2024-01-15","1"]}"#, "null"),
        (r#"{"add_months":["9999-12-01",1]}"#, "null"),
        (r#"{"add_months":["0001-01-01",-1]}"#, "null"),
        (
            r#"{"add_months":["2024-01-15",9223372036854775807]}"#,
            "null",
        ),
        (
            r#"{"add_months":["2024-01-15",-9223372036854775808]}"#,
            "null",
        ),
        (r#"{"add_months":["2023-02-29",1]}"#, "null"),
    ]);
}

#[test]
fn sum_is_exact() {
    assert_eq!(
        ev(r#"{"sum":[[0.1,0.2]]}"#, "null"),
        Value::Number(Number::Float(0.3))
    );
    assert_eq!(
        ev(r#"{"sum":[{"var":"l"}]}"#, r#"{"l":[1,2,3]}"#),
        Value::Number(Number::Int(6))
    );
    check(&[
        (r#"{"sum":[[]]}"#, "0"),
        (r#"{"sum":[[0.1,0.2,-0.3]]}"#, "0"),
        (r#"{"sum":[[1,"2"]]}"#, "null"),
        (r#"{"sum":[[1,null]]}"#, "null"),
        (r#"{"sum":["12"]}"#, "null"),
        (r#"{"sum":[null]}"#, "null"),
        (
            r#"{"sum":[[9223372036854775807,9223372036854775807]]}"#,
            "18446744073709551614",
        ),
        (r#"{"==":[{"sum":[[0.1,0.2]]},0.3]}"#, "true"),
        (r#"{"==":[{"+":[0.1,0.2]},0.3]}"#, "false"),
    ]);
}

#[test]
fn sum_over_an_item_field() {
    let data =
        r#"{"rows":[{"amount":{"nok":150}},{"amount":{"nok":2.5}},{"amount":{"nok":0.05}}]}"#;
    assert_eq!(
        ev(r#"{"sum":[{"var":"rows"},"amount.nok"]}"#, data),
        json("152.55")
    );
    let gap = r#"{"rows":[{"amount":1},{"other":2}]}"#;
    assert_eq!(ev(r#"{"sum":[{"var":"rows"},"amount"]}"#, gap), Value::Null);
    let text = r#"{"rows":[{"amount":1},{"amount":"2"}]}"#;
    assert_eq!(
        ev(r#"{"sum":[{"var":"rows"},"amount"]}"#, text),
        Value::Null
    );
}

#[test]
fn form_reads_the_root_while_var_reads_the_scope() {
    let expr = parse(&json(
        r#"{"and":[{"==":[{"var":"kind"},"b"]},{"==":[{"form":"stage"},"final"]},{"form":["nope","dflt"]}]}"#,
    ))
    .unwrap();
    let root = json(r#"{"stage":"final","items":[{"kind":"b"}]}"#);
    let item = json(r#"{"kind":"b"}"#);
    assert_eq!(expr.eval(&item, &root), json(r#""dflt""#));
    let inside = json(r#"{"all":[{"var":"items"},{"==":[{"form":"stage"},"final"]}]}"#);
    assert_eq!(eval_json(&inside, &root).unwrap(), Value::Bool(true));
    assert_eq!(
        ev(r#"{"form":"a.1.b"}"#, r#"{"a":[0,{"b":"x"}]}"#),
        json(r#""x""#)
    );
}

#[test]
fn javascript_text_and_numbers() {
    check(&[
        (
            r#"{"cat":[1.5,true,null,1e21,1e-7,-0.000001,[1,[2,null]],{"var":""}]}"#,
            r#""1.5true1e+211e-7-0.0000011,2,""#,
        ),
        (
            r#"{"cat":[123456789012,0.1,100]}"#,
            r#""1234567890120.1100""#,
        ),
        (r#"{"/":[1,3]}"#, "0.3333333333333333"),
        (r#"{"/":[1,0]}"#, "null"),
        (r#"{"*":[1e300,1e300]}"#, "null"),
        (r#"{"+":["1.5",2,"3abc"," 4"]}"#, "10.5"),
        (r#"{"+":[null]}"#, "null"),
        (r#"{"-":["0x10",1]}"#, "15"),
        (r#"{"%":[-7,3]}"#, "-1"),
        (r#"{"max":[1,"5",3]}"#, "5"),
        (r#"{"max":[1,"x"]}"#, "null"),
        (r#"{"min":[]}"#, "null"),
        (r#"{"<":["10","9"]}"#, "true"),
        (r#"{"<":[10,"9"]}"#, "false"),
        (r#"{"<":["a",1]}"#, "false"),
        (r#"{"<=":[null,0]}"#, "true"),
        (r#"{"==":[[],false]}"#, "true"),
        (r#"{"==":[null,0]}"#, "false"),
        (r#"{"==":["1",true]}"#, "true"),
        (r#"{"==":[[1,2],"1,2"]}"#, "true"),
        (r#"{"===":[1,1.0]}"#, "true"),
        (r#"{"in":[1,["1",2]]}"#, "false"),
        (r#"{"in":["",""]}"#, "false"),
        (r#"{"substr":["æøå😀x",-2]}"#, r#""😀x""#),
        (r#"{"substr":["æøå",1,-1]}"#, r#""ø""#),
        (r#"{"substr":["æøå",1,"-1"]}"#, r#""""#),
        (r#"{"substr":["abc",-10,100]}"#, r#""abc""#),
        (r#"{"merge":[[1,[2]],3,null]}"#, "[1,[2],3,null]"),
    ]);
}

#[test]
fn var_paths_and_scopes() {
    let data = r#"{"a":{"b":[10,{"c":null}]},"":"empty","n":null}"#;
    for (rule, expected) in [
        (r#"{"var":"a.b.0"}"#, "10"),
        (r#"{"var":"a.b.01"}"#, "null"),
        (r#"{"var":["a.b.1.c","d"]}"#, "null"),
        (r#"{"var":["a.b.1.c.x","d"]}"#, r#""d""#),
        (r#"{"var":["n","d"]}"#, "null"),
        (r#"{"var":[{"merge":[]},"d"]}"#, r#""empty""#),
        (
            r#"{"missing":["a.b.1.c","n","a",["zz",1],["zz"]]}"#,
            r#"["a.b.1.c","n",["zz"]]"#,
        ),
        (
            r#"{"reduce":[[1,2],{"var":""},0]}"#,
            r#"{"current":2,"accumulator":{"current":1,"accumulator":0}}"#,
        ),
        (
            r#"{"reduce":[{"var":"n"},{"var":"current"},"init"]}"#,
            r#""init""#,
        ),
    ] {
        assert_eq!(ev(rule, data), json(expected), "{rule}");
    }
}

#[test]
fn a_rule_of_64_levels_works() {
    let text = "{\"!\":".repeat(64) + "true" + &"}".repeat(64);
    assert_eq!(ev(&text, "null"), Value::Bool(true));
    let text = "{\"!!\":[".repeat(32) + "0" + &"]}".repeat(32);
    assert_eq!(ev(&text, "null"), Value::Bool(false));
}

#[test]
fn doubling_in_reduce_is_capped_not_exhausting_memory() {
    let rule =
        r#"{"reduce":[{"var":"l"},{"merge":[{"var":"accumulator"},{"var":"accumulator"}]},[1]]}"#;
    let data = format!("{{\"l\":[{}]}}", vec!["0"; 64].join(","));
    // Each step copies the accumulator twice: the copy budget runs out long
    // before merge's own limit of items (src/expr/budget.rs).
    assert_eq!(ev(rule, &data), Value::Null);
    let data_short = format!("{{\"l\":[{}]}}", ["0"; 10].join(","));
    let Value::Array(items) = ev(rule, &data_short) else {
        panic!("ten doublings fit the budget");
    };
    assert_eq!(items.len(), 1024);
    let rule =
        r#"{"reduce":[{"var":"l"},{"cat":[{"var":"accumulator"},{"var":"accumulator"}]},"ab"]}"#;
    let text = ev(rule, &data);
    assert!(text
        .as_str()
        .is_none_or(|s| s.len() <= super::ops_value::MAX_TEXT));
}
