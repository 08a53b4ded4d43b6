//! How deeply a value nests, counted without recursion.
//!
//! Parsed values nest at most [`MAX_DEPTH`] levels; values built in the engine
//! (a live form's edits, an expression's `reduce`) are held to the same limit
//! with this count, so that no later walk, serialization or drop can exhaust
//! the stack.

use super::{Value, MAX_DEPTH};

impl Value {
    /// The nesting depth (a scalar is 0, `[]` and `{}` are 1), counted up to
    /// one more than [`MAX_DEPTH`]: the answer is exact up to the limit, and
    /// anything deeper is reported as `MAX_DEPTH + 1`.
    pub fn depth(&self) -> usize {
        if !matches!(self, Value::Array(_) | Value::Object(_)) {
            return 0; // what a person types: no list to keep
        }
        let mut deepest = 0;
        let mut stack = vec![(self, 0usize)];
        while let Some((v, d)) = stack.pop() {
            match v {
                Value::Array(items) => stack.extend(items.iter().map(|c| (c, d + 1))),
                Value::Object(members) => stack.extend(members.iter().map(|(_, c)| (c, d + 1))),
                _ => continue,
            }
            deepest = deepest.max(d + 1);
            if deepest > MAX_DEPTH {
                return MAX_DEPTH + 1;
            }
        }
        deepest
    }
}

#[cfg(test)]
mod tests {
    use crate::value::{parse_json, Value, MAX_DEPTH};

    #[test]
    fn counts_levels_and_stops_past_the_limit() {
        assert_eq!(Value::from(1).depth(), 0);
        assert_eq!(parse_json("[]").unwrap().depth(), 1);
        assert_eq!(
            parse_json(r#"{"a":[1,{"b":[]}],"c":2}"#).unwrap().depth(),
            4
        );
        let mut deep = Value::Null;
        for _ in 0..1000 {
            deep = Value::Array(vec![deep]);
        }
        assert_eq!(deep.depth(), MAX_DEPTH + 1);
        std::mem::forget(deep); // dropping 1000 levels is fine, but not the point here
    }
}
