//! `uniqueItems`: which items of a list repeat an earlier one, in linear time.
//!
//! Items are equal when they are equal as JSON values: objects with the same
//! members in any order, numbers by value. Each item is spelled once in a
//! canonical form (members sorted by key) and looked up in a hash map, so
//! 10 000 distinct items cost 10 000 lookups, not 50 million comparisons.

use crate::decimal::float::plain_f64;
use crate::hash::HashMap;
use crate::sort::sort_stable_by;
use crate::value::{Number, Value};

/// Lists of up to this many scalars (texts, numbers, booleans, null) are
/// compared item by item, which allocates nothing; longer ones, and lists
/// holding objects or arrays, go through the hash map, which stays linear.
const SMALL: usize = 16;

/// Which items of a list repeat an earlier one.
pub(super) enum Repeats<'v> {
    /// A short list, compared when asked (none when items need not be unique).
    Small(&'v [Value]),
    /// For each item of a long list, the first earlier item equal to it.
    Large(Vec<Option<usize>>),
}

impl<'v> Repeats<'v> {
    /// The repeats of `list` if its items must be `unique`.
    pub fn of(list: &'v [Value], unique: bool) -> Repeats<'v> {
        if !unique {
            return Repeats::Small(&[]);
        }
        // Objects and arrays go to the hash map even in a short list: compared
        // item by item, objects of many keys would cost keys² steps.
        let nested = list
            .iter()
            .any(|v| matches!(v, Value::Object(_) | Value::Array(_)));
        if list.len() > SMALL || nested {
            return Repeats::Large(repeats(list));
        }
        Repeats::Small(list)
    }

    /// The first earlier item equal to item `i`.
    pub fn get(&self, i: usize) -> Option<usize> {
        match self {
            Repeats::Small(list) => {
                let item = list.get(i)?;
                list.get(..i)?
                    .iter()
                    .position(|earlier| same(earlier, item))
            }
            Repeats::Large(first) => first.get(i).copied().flatten(),
        }
    }
}

/// Whether two scalar values (no object or array: [`Repeats::of`] sends
/// lists holding those to the hash map) have the same [`canonical`] spelling.
fn same(a: &Value, b: &Value) -> bool {
    crate::work::step();
    match (a, b) {
        // A float is spelled from all of its bits (the sign of zero too; JSON
        // has no NaN).
        (Value::Number(Number::Float(f)), Value::Number(Number::Float(g))) => {
            f.to_bits() == g.to_bits()
        }
        _ => a == b,
    }
}

/// The [`canonical`] spelling of `v`.
fn spelled(v: &Value) -> String {
    let mut out = String::new();
    canonical(v, &mut out);
    out
}

/// For each item, the index of the first earlier item equal to it.
pub(super) fn repeats(list: &[Value]) -> Vec<Option<usize>> {
    let mut first: HashMap<String, usize> =
        HashMap::with_capacity_and_hasher(list.len(), Default::default());
    list.iter()
        .enumerate()
        .map(|(i, v)| {
            crate::work::step();
            let key = spelled(v);
            match first.get(&key) {
                Some(&j) => Some(j),
                None => {
                    first.insert(key, i);
                    None
                }
            }
        })
        .collect()
}

/// JSON text of `v` with object members sorted by key. Values nest at most
/// 64 levels (the parser's and the live form's limit), which bounds the recursion.
fn canonical(v: &Value, out: &mut String) {
    match v {
        Value::Object(members) => {
            let sorted: Vec<&(String, Value)> = members.iter().collect();
            let sorted = sort_stable_by(sorted, &mut |a, b| a.0.cmp(&b.0));
            out.push('{');
            for (n, (k, v)) in sorted.into_iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                out.push_str(&Value::from(k.as_str()).to_json());
                out.push(':');
                canonical(v, out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (n, v) in items.iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                canonical(v, out);
            }
            out.push(']');
        }
        // Integral numbers are always `Int`, so 1 and 1.0 have one spelling. A float
        // is spelled in full (not with `{:?}`, which would link core's float
        // formatting into the wasm module) and always with a point, so no float
        // looks like an integer, as with `{:?}`.
        Value::Number(Number::Float(f)) => {
            let plain = plain_f64(*f);
            out.push_str(&plain);
            if !plain.contains('.') {
                out.push_str(".0");
            }
        }
        other => out.push_str(&other.to_json()),
    }
}

#[cfg(test)]
mod tests {
    use super::{repeats, Repeats};
    use crate::value::{parse_json, Value};

    /// The item-by-item comparison of short lists answers as the hash map does.
    #[test]
    fn short_lists_answer_as_the_hash_map() {
        let lists = [
            r#"["a", "b", "a", {"x":1,"y":[2.5,null]}, {"y":[2.5,null],"x":1}, 1, 1.0, "1", "a"]"#,
            "[9007199254740992.0, 9007199254740992, 1e20, 100000000000000000000, 0.5, 5e-1]",
            r#"["a", "b", "a", 1, 1.0, "1", true, true, null, null, -0.0, 0.0, 0, 0.5, 5e-1, "å"]"#,
            r#"[{"a":1}, {"a":1,"b":2}, {"b":2,"a":1}, {"a":[1,{"c":true}]}, {"a":[1,{"c":true}]}]"#,
            r#"[[1,2], [2,1], [1,2], [], {}, [], {}, null, false, null, true, false]"#,
            r#"[{"a":{"b":1}}, {"a":{"b":1.5}}, {"a":{"b":1}}, {"a":{"c":1}}, "\u00e5", "å"]"#,
        ];
        for text in lists {
            let Value::Array(items) = parse_json(text).unwrap() else {
                panic!("{text}")
            };
            let small = Repeats::of(&items, true);
            let scalars = !items
                .iter()
                .any(|v| matches!(v, Value::Object(_) | Value::Array(_)));
            assert_eq!(matches!(small, Repeats::Small(_)), scalars, "{text}");
            let got: Vec<_> = (0..items.len()).map(|i| small.get(i)).collect();
            assert_eq!(got, repeats(&items), "{text}");
            let never = Repeats::of(&items, false);
            assert!((0..items.len()).all(|i| never.get(i).is_none()));
        }
        // Objects, however many keys, are compared by their sorted spellings.
        let object = |reversed: bool, last: i64| {
            let mut members: Vec<(String, Value)> =
                (0..20).map(|k| (format!("k{k}"), Value::from(k))).collect();
            members.push(("z".to_owned(), Value::from(last)));
            if reversed {
                members.reverse();
            }
            Value::Object(members)
        };
        let big = [
            object(false, 1),
            object(true, 2),
            object(true, 1),
            object(false, 2),
        ];
        let small = Repeats::of(&big, true);
        let got: Vec<_> = (0..big.len()).map(|i| small.get(i)).collect();
        assert_eq!(got, [None, None, Some(0), Some(1)]);
        assert_eq!(got, repeats(&big));
        let long: Vec<Value> = (0..40).map(|i| Value::from(i % 7)).collect();
        let large = Repeats::of(&long, true);
        assert!(matches!(large, Repeats::Large(_)));
        assert_eq!(large.get(8), Some(1));
        assert_eq!(large.get(3), None);
    }

    #[test]
    fn finds_the_first_equal_earlier_item() {
        let list = parse_json(
            r#"["a", "b", "a", {"x":1,"y":[2.5,null]}, {"y":[2.5,null],"x":1}, 1, 1.0, "1", "a"]"#,
        )
        .unwrap();
        let crate::value::Value::Array(items) = list else {
            panic!()
        };
        assert_eq!(
            repeats(&items),
            [
                None,
                None,
                Some(0),
                None,
                Some(3),
                None,
                Some(5),
                None,
                Some(0)
            ]
        );
    }

    #[test]
    fn large_floats_are_never_integers() {
        // 2^53 as a float (written with a point) and as an integer differ, as with
        // `Value`'s equality; 1e20 written two ways is one float.
        let list = parse_json(
            "[9007199254740992.0, 9007199254740992, 1e20, 100000000000000000000, 0.5, 5e-1]",
        )
        .unwrap();
        let crate::value::Value::Array(items) = list else {
            panic!()
        };
        assert_eq!(repeats(&items), [None, None, None, Some(2), None, Some(4)]);
    }
}
