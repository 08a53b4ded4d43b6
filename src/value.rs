//! The JSON value every part of the engine works on.
//!
//! Unlike `serde_json::Value` it keeps object keys in document order (the report
//! orders issues by the form definition, and unknown keys by where they stand),
//! refuses duplicate keys, and refuses nesting deeper than [`MAX_DEPTH`] while it
//! is being built, so hostile input can neither hide a value behind a duplicate
//! nor overflow the stack. Numbers keep whether they were written as integers.

use crate::hash::HashSet;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use std::fmt;

mod depth;
mod surrogate;

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
            Value::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
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

impl<'de> serde::Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        ValueSeed { depth: 0 }.deserialize(d)
    }
}

/// Builds a [`Value`] while counting depth, so that nesting is refused before it
/// can exhaust the stack, whatever the deserializer (serde_json, serde-wasm-bindgen).
struct ValueSeed {
    depth: usize,
}

impl<'de> DeserializeSeed<'de> for ValueSeed {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl ValueSeed {
    fn child<E: de::Error>(&self) -> Result<ValueSeed, E> {
        if self.depth >= MAX_DEPTH {
            return Err(E::custom(format_args!(
                "nested deeper than {MAX_DEPTH} levels"
            )));
        }
        Ok(ValueSeed {
            depth: self.depth + 1,
        })
    }
}

impl<'de> Visitor<'de> for ValueSeed {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        self.deserialize(d)
    }
    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }
    fn visit_i64<E>(self, i: i64) -> Result<Value, E> {
        Ok(Value::Number(Number::Int(i)))
    }
    fn visit_u64<E>(self, u: u64) -> Result<Value, E> {
        Ok(Value::Number(match i64::try_from(u) {
            Ok(i) => Number::Int(i),
            Err(_) => Number::Float(u as f64),
        }))
    }
    fn visit_f64<E>(self, f: f64) -> Result<Value, E> {
        // A JS number that is integral and safe is an integer, as it is in JSON text.
        if f.fract() == 0.0
            && f.abs() <= 9_007_199_254_740_991.0
            && !(f == 0.0 && f.is_sign_negative())
        {
            return Ok(Value::Number(Number::Int(f as i64)));
        }
        if f == 0.0 {
            return Ok(Value::Number(Number::Int(0)));
        }
        Ok(Value::Number(Number::Float(f)))
    }
    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(Value::String(s.to_owned()))
    }
    fn visit_string<E>(self, s: String) -> Result<Value, E> {
        Ok(Value::String(s))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(self.child()?)? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut members: Vec<(String, Value)> = Vec::new();
        // Past a few keys a set finds duplicates, so 100 000 keys cost linear time.
        let mut index: Option<HashSet<String>> = None;
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(self.child()?)?;
            let duplicate = match &mut index {
                Some(set) => !set.insert(key.clone()),
                None => members.iter().any(|(k, _)| *k == key),
            };
            if duplicate {
                return Err(de::Error::custom(format_args!("duplicate key {key:?}")));
            }
            members.push((key, value));
            if index.is_none() && members.len() >= 16 {
                index = Some(members.iter().map(|(k, _)| k.clone()).collect());
            }
        }
        Ok(Value::Object(members))
    }
}

/// Why a JSON text could not become a [`Value`].
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{message} at line {line} column {column}")]
pub struct JsonError {
    pub message: String,
    pub line: usize,
    pub column: usize,
}

/// Parse JSON text into a [`Value`], refusing duplicate keys, numbers out of range
/// and nesting deeper than [`MAX_DEPTH`].
pub fn parse_json(text: &str) -> Result<Value, JsonError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = ValueSeed { depth: 0 }
        .deserialize(&mut de)
        .and_then(|v| de.end().map(|()| v))
        .map_err(|e| explain(text, e))?;
    Ok(value)
}

/// The error as a [`JsonError`]; a byte order mark and a lone surrogate escape
/// get their own words.
fn explain(text: &str, e: serde_json::Error) -> JsonError {
    if text.starts_with('\u{feff}') && (e.line(), e.column()) == (1, 1) {
        return JsonError {
            message: "the text starts with a byte order mark (U+FEFF), which JSON does not allow"
                .into(),
            line: 1,
            column: 1,
        };
    }
    if e.is_syntax() {
        if let Some((escape, line, column)) = surrogate::find_lone(text) {
            // serde_json stops at most one escape pair after the lone half.
            if e.line() == line && (column..=column + 12).contains(&e.column()) {
                return JsonError {
                    message: format!(
                        "lone surrogate {escape} in a string: half of a UTF-16 pair is not a character"
                    ),
                    line,
                    column,
                };
            }
        }
    }
    JsonError {
        message: strip_position(&e.to_string()),
        line: e.line(),
        column: e.column(),
    }
}

/// serde_json appends " at line L column C" to its messages; we report them apart.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
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
