//! Building a [`Value`] through serde, from any deserializer (serde_json for
//! JSON text, serde-wasm-bindgen for JavaScript values): integral numbers
//! become integers, duplicate keys are refused, and nesting deeper than
//! [`MAX_DEPTH`] is refused before it can exhaust the stack.

use super::{Number, Value, MAX_DEPTH};
use crate::hash::HashSet;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

impl<'de> serde::Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        ValueSeed { depth: 0 }.deserialize(d)
    }
}

/// Builds a [`Value`] while counting depth, so that nesting is refused before it
/// can exhaust the stack, whatever the deserializer (serde_json, serde-wasm-bindgen).
pub(super) struct ValueSeed {
    pub(super) depth: usize,
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
                None => members.iter().any(|(k, _)| {
                    crate::work::step();
                    *k == key
                }),
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
