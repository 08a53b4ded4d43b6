//! The JSON value every part of the engine works on.
//!
//! Unlike `serde_json::Value` it keeps object keys in document order (the report
//! orders issues by the form definition, and unknown keys by where they stand),
//! refuses duplicate keys, and refuses nesting deeper than [`MAX_DEPTH`] while it
//! is being built, so hostile input can neither hide a value behind a duplicate
//! nor overflow the stack. Numbers keep whether they were written as integers.
//!
//! This file has the value itself and its serialization; reading it is in
//! `value/deserialize.rs` (through serde) and `value/json.rs` (from JSON text).

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

mod depth;
mod deserialize;
mod json;
mod position;
mod surrogate;

pub use json::{parse_json, JsonError};
pub use position::{line_column, Lines};

/// How deep arrays and objects may nest in data and rule sets.
pub const MAX_DEPTH: usize = 64;

/// A JSON value with ordered objects.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

/// A JSON number: an integer when it was written (or computed) as one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Number {
    Int(i64),
    Float(f64),
}

impl Number {
    /// The number as a binary float (integers beyond 2^53 round).
    pub fn as_f64(self) -> f64 {
        match self {
            Number::Int(i) => i as f64,
            Number::Float(f) => f,
        }
    }

    /// The number as an integer when it has no fractional part and fits in i64.
    pub fn as_i64(self) -> Option<i64> {
        match self {
            Number::Int(i) => Some(i),
            Number::Float(f) if f.fract() == 0.0 && f.abs() < 9.2e18 => Some(f as i64),
            Number::Float(_) => None,
        }
    }
}

impl Value {
    /// The member `key` of an object, if this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members
                .iter()
                .find(|(k, _)| {
                    crate::work::step();
                    k == key
                })
                .map(|(_, v)| v),
            _ => None,
        }
    }

    /// The item at `index` of an array.
    pub fn at(&self, index: usize) -> Option<&Value> {
        match self {
            Value::Array(items) => items.get(index),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_number(&self) -> Option<Number> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// The JSON type's name as the report names it.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        }
    }

    /// Serialize to compact JSON (the same bytes in every runtime).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| String::from("null"))
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::String(s.to_owned())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::String(s)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Number(Number::Int(i))
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Null => s.serialize_unit(),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Number(Number::Int(i)) => s.serialize_i64(*i),
            Value::Number(Number::Float(f)) if f.is_finite() => s.serialize_f64(*f),
            Value::Number(Number::Float(_)) => s.serialize_unit(),
            Value::String(v) => s.serialize_str(v),
            Value::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Value::Object(members) => {
                let mut map = s.serialize_map(Some(members.len()))?;
                for (k, v) in members {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_and_refuses_duplicates() {
        let v = parse_json(r#"{"b":1,"a":[true,null,"x"]}"#).unwrap();
        assert_eq!(v.to_json(), r#"{"b":1,"a":[true,null,"x"]}"#);
        let e = parse_json(r#"{"a":1,"a":2}"#).unwrap_err();
        assert!(e.message.contains("duplicate key"), "{e}");
    }

    #[test]
    fn refuses_deep_nesting_without_overflow() {
        let deep = "[".repeat(100_000) + &"]".repeat(100_000);
        let e = parse_json(&deep).unwrap_err();
        assert!(e.message.contains("nested deeper than 64"), "{e}");
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse_json(&ok).is_ok());
    }

    #[test]
    fn numbers() {
        assert_eq!(parse_json("2.0").unwrap(), Value::Number(Number::Int(2)));
        assert_eq!(parse_json("-0").unwrap(), Value::Number(Number::Int(0)));
        assert_eq!(
            parse_json("2.5").unwrap(),
            Value::Number(Number::Float(2.5))
        );
        let e = parse_json("1e400").unwrap_err();
        assert_eq!((e.line, e.column), (1, 5));
        assert!(e.message.contains("out of range"), "{e}");
    }
}
