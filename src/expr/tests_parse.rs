//! Tests of parsing: every problem collected with its JSON Pointer, and the
//! references an expression reads.

use super::{parse, Expr, ExprError, Reference};
use crate::value::{parse_json, Value};

fn rule(text: &str) -> Value {
    parse_json(text).unwrap()
}

fn errors(text: &str) -> Vec<ExprError> {
    parse(&rule(text)).unwrap_err()
}

fn paths(errors: &[ExprError]) -> Vec<&str> {
    errors.iter().map(|e| e.path.as_str()).collect()
}

fn reference(from_root: bool, path: &[&str], pointer: &str) -> Reference {
    Reference {
        from_root,
        path: path.iter().map(|s| (*s).to_owned()).collect(),
        pointer: pointer.to_owned(),
    }
}

#[test]
fn unknown_operator_points_at_its_object_and_names_it() {
    let e = errors(r#"{"and":[true,{"nope":[1]}]}"#);
    assert_eq!(paths(&e), ["/and/1"]);
    assert!(e[0].message.contains("\"nope\""), "{}", e[0].message);
    assert_eq!(e[0].to_string(), e[0].message);
}

#[test]
fn collects_every_problem() {
    let e = errors(r#"{"or":[{"nope":1},{"substr":["a"]},{"a":1,"b":2},{"!":[]}]}"#);
    assert_eq!(paths(&e), ["/or/0", "/or/1", "/or/2", "/or/3"]);
    assert_eq!(e[1].message, "\"substr\" takes 2 or 3 values, but has 1");
    assert!(e[2].message.contains("\"a\", \"b\""), "{}", e[2].message);
    assert_eq!(e[3].message, "\"!\" takes 1 value, but has 0");
    // Problems inside the values of an unknown operator are found as well.
    let e = errors(r#"{"nope":[{"bad":1},{"==":[1]}]}"#);
    assert_eq!(paths(&e), ["", "/nope/0", "/nope/1"]);
}

#[test]
fn arity_of_fixed_operators() {
    for (text, message) in [
        (r#"{"==":[1,2,3]}"#, "\"==\" takes 2 values, but has 3"),
        (r#"{"<":[1]}"#, "\"<\" takes 2 or 3 values, but has 1"),
        (
            r#"{"var":["a",1,2]}"#,
            "\"var\" takes at most 2 values, but has 3",
        ),
        (r#"{"form":[]}"#, "\"form\" takes 1 or 2 values, but has 0"),
        (
            r#"{"days_between":["2024-01-01"]}"#,
            "\"days_between\" takes 2 values, but has 1",
        ),
        (
            r#"{"sum":[[],"a","b"]}"#,
            "\"sum\" takes 1 or 2 values, but has 3",
        ),
    ] {
        let e = errors(text);
        assert_eq!(paths(&e), [""], "{text}");
        assert_eq!(e[0].message, message);
    }
    // Variadic operators take any number; a single value needs no array.
    for text in [
        r#"{"if":[]}"#,
        r#"{"cat":"x"}"#,
        r#"{"and":[]}"#,
        r#"{"merge":[]}"#,
        r#"{"!":true}"#,
    ] {
        assert!(parse(&rule(text)).is_ok(), "{text}");
    }
}

#[test]
fn literals_where_a_literal_is_needed() {
    let e =
        errors(r#"{"if":[{"form":{"var":"a"}},{"sum":[{"var":"l"},{"var":"f"}]},{"var":true}]}"#);
    assert_eq!(paths(&e), ["/if/0/form", "/if/1/sum/1", "/if/2/var"]);
    assert!(e[0].message.contains("form"));
    assert!(e[1].message.contains("sum"));
    // A computed `var` path is JsonLogic and allowed.
    assert!(parse(&rule(r#"{"var":{"cat":["a",".b"]}}"#)).is_ok());
}

#[test]
fn pointers_escape_slash_and_tilde() {
    let e = errors(r#"{"/":[1,{"x/y~":1}]}"#);
    assert_eq!(paths(&e), ["/~1/1"]);
    assert!(e[0].message.contains("x/y~"));
}

#[test]
fn nesting_deeper_than_the_value_limit_is_refused_without_overflow() {
    let mut deep = Value::Bool(true);
    for _ in 0..1000 {
        deep = Value::Object(vec![("!".to_owned(), deep)]);
    }
    let e = parse(&deep).unwrap_err();
    assert_eq!(e.len(), 1);
    assert!(e[0].message.contains("64"), "{}", e[0].message);
    assert!(e[0].path.starts_with("/!/!/!"));
}

#[test]
fn non_operations_are_literals() {
    let expr = parse(&rule(r#"[{}, [1, "a", null], {"var":"x"}]"#)).unwrap();
    let data = rule(r#"{"x":7}"#);
    assert_eq!(expr.eval(&data, &data), rule(r#"[{}, [1, "a", null], 7]"#));
}

#[test]
fn references_in_order_with_pointers() {
    let expr = parse(&rule(
        r#"{"and":[
            {"var":"a.b"},
            {"form":"stage"},
            {"map":[{"var":"items"},{"and":[{"var":"qty"},{"form":"x.y"},{"map":[{"var":"sub"},{"var":"z"}]}]}]},
            {"var":["c",{"var":"d"}]},
            {"missing":["e","f.g"]},
            {"missing_some":[1,["h"]]},
            {"var":{"cat":["dyn"]}},
            {"reduce":[{"var":"list"},{"var":"current.qty"},{"var":"init"}]},
            {"sum":[{"var":"rows"},"amount"]},
            {"var":""},
            {"var":1}
        ]}"#,
    ))
    .unwrap();
    assert_eq!(
        expr.references(),
        vec![
            reference(false, &["a", "b"], "/and/0/var"),
            reference(true, &["stage"], "/and/1/form"),
            reference(false, &["items"], "/and/2/map/0/var"),
            reference(true, &["x", "y"], "/and/2/map/1/and/1/form"),
            reference(false, &["c"], "/and/3/var/0"),
            reference(false, &["d"], "/and/3/var/1/var"),
            reference(false, &["e"], "/and/4/missing/0"),
            reference(false, &["f", "g"], "/and/4/missing/1"),
            reference(false, &["h"], "/and/5/missing_some/1/0"),
            reference(false, &["list"], "/and/7/reduce/0/var"),
            reference(false, &["init"], "/and/7/reduce/2/var"),
            reference(false, &["rows"], "/and/8/sum/0/var"),
            reference(false, &[], "/and/9/var"),
            reference(false, &["1"], "/and/10/var"),
        ]
    );
}

#[test]
fn missing_with_one_list_of_keys() {
    let expr = parse(&rule(r#"{"missing":[["a","b.c"]]}"#)).unwrap();
    assert_eq!(
        expr.references(),
        vec![
            reference(false, &["a"], "/missing/0/0"),
            reference(false, &["b", "c"], "/missing/0/1"),
        ]
    );
}

#[test]
fn expr_is_send_and_sync_and_reusable() {
    fn shared<T: Send + Sync + Clone>(_: &T) {}
    let expr: Expr = parse(&rule(r#"{">":[{"var":"n"},2]}"#)).unwrap();
    shared(&expr);
    let results: Vec<Value> = (0..5)
        .map(|n| {
            let data = Value::Object(vec![("n".to_owned(), Value::from(n))]);
            expr.eval(&data, &data)
        })
        .collect();
    let expected: Vec<Value> = [false, false, false, true, true].map(Value::Bool).to_vec();
    assert_eq!(results, expected);
}
