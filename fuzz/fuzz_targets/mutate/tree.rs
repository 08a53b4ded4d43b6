//! One structural change to a parsed JSON value: replace a node with a
//! fragment from the pool or from elsewhere in the value, tweak a scalar,
//! drop, duplicate, insert, rename or reorder a member, wrap a node in an
//! operator or lift a child up. Iterative throughout (the values come from
//! the fuzzer and may be deep).

use super::pool::Pool;
use skjemasjekk::value::Number;
use skjemasjekk::Value;

/// SplitMix64: small, and the same sequence for the same seed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u32) -> Self {
        Rng(u64::from(seed) ^ 0x9E37_79B9_7F4A_7C15)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// 0..n (0 when n is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.below(items.len()))
    }
}

/// At most this many nodes are candidates for a change (the first ones, in
/// document order).
const MAX_NODES: usize = 4096;

/// The child indices leading from the root to every node, root first.
fn paths(root: &Value) -> Vec<Vec<usize>> {
    let mut out = vec![];
    let mut stack = vec![(root, vec![])];
    while let Some((v, path)) = stack.pop() {
        if out.len() >= MAX_NODES {
            break;
        }
        let n = match v {
            Value::Array(items) => items.len(),
            Value::Object(members) => members.len(),
            _ => 0,
        };
        for i in (0..n).rev() {
            let child = match v {
                Value::Array(items) => items.get(i),
                Value::Object(members) => members.get(i).map(|(_, c)| c),
                _ => None,
            };
            if let Some(c) = child {
                let mut p = path.clone();
                p.push(i);
                stack.push((c, p));
            }
        }
        out.push(path);
    }
    out
}

fn node_mut<'v>(mut v: &'v mut Value, path: &[usize]) -> Option<&'v mut Value> {
    for &i in path {
        v = match v {
            Value::Array(items) => items.get_mut(i)?,
            Value::Object(members) => &mut members.get_mut(i)?.1,
            _ => return None,
        };
    }
    Some(v)
}

fn node<'v>(mut v: &'v Value, path: &[usize]) -> Option<&'v Value> {
    for &i in path {
        v = match v {
            Value::Array(items) => items.get(i)?,
            Value::Object(members) => &members.get(i)?.1,
            _ => return None,
        };
    }
    Some(v)
}

/// A random node of `root`, cloned (for crossover: material from another input).
pub fn random_subtree(root: &Value, rng: &mut Rng) -> Value {
    let all = paths(root);
    rng.pick(&all)
        .and_then(|p| node(root, p))
        .cloned()
        .unwrap_or(Value::Null)
}

/// Put `with` in place of a random node of `root`.
pub fn replace_random(root: &mut Value, with: Value, rng: &mut Rng) {
    let all = paths(root);
    if let Some(target) = rng.pick(&all).and_then(|p| node_mut(root, p)) {
        *target = with;
    }
}

const NUMBERS: &[Number] = &[
    Number::Int(0),
    Number::Int(1),
    Number::Int(-1),
    Number::Int(2),
    Number::Int(9),
    Number::Int(10),
    Number::Int(11),
    Number::Int(100),
    Number::Int(2024),
    Number::Int(i32::MAX as i64),
    Number::Int(9_007_199_254_740_993),
    Number::Int(i64::MAX),
    Number::Int(i64::MIN),
    Number::Float(0.5),
    Number::Float(-0.0),
    Number::Float(1e300),
    Number::Float(1e-7),
];

/// Change one node of `root`; `bytes` mutates a string's bytes (libFuzzer's
/// own mutator, with the target's dictionary).
pub fn mutate(root: &mut Value, pool: &Pool, rng: &mut Rng, bytes: &mut dyn FnMut(&str) -> String) {
    let all = paths(root);
    let Some(path) = rng.pick(&all).cloned() else {
        return;
    };
    let other = rng
        .pick(&all)
        .and_then(|p| node(root, p))
        .cloned()
        .unwrap_or(Value::Null);
    let Some(n) = node_mut(root, &path) else {
        return;
    };
    match rng.below(6) {
        0 => *n = rng.pick(&pool.fragments).cloned().unwrap_or(Value::Null),
        1 => *n = other,
        2 => scalar_or_members(n, pool, rng, bytes),
        3 => {
            // Wrap: under a key from the pool (an operator, a rule keyword), or in a list.
            let inner = std::mem::take(n);
            *n = match rng.below(3) {
                0 => Value::Array(vec![inner]),
                1 => {
                    let key = rng.pick(&pool.keys).cloned().unwrap_or_default();
                    Value::Object(vec![(key, Value::Array(vec![inner]))])
                }
                _ => {
                    let key = rng.pick(&pool.keys).cloned().unwrap_or_default();
                    Value::Object(vec![(key, inner)])
                }
            };
        }
        4 => {
            // Lift a child into its parent's place.
            let child = match n {
                Value::Array(items) if !items.is_empty() => {
                    let i = rng.below(items.len());
                    Some(items.swap_remove(i))
                }
                Value::Object(members) if !members.is_empty() => {
                    let i = rng.below(members.len());
                    Some(members.swap_remove(i).1)
                }
                _ => None,
            };
            if let Some(c) = child {
                *n = c;
            }
        }
        _ => scalar_or_members(n, pool, rng, bytes),
    }
}

/// A scalar changes its value; a list or an object loses, gains, repeats,
/// renames or reorders one of its entries.
fn scalar_or_members(
    n: &mut Value,
    pool: &Pool,
    rng: &mut Rng,
    bytes: &mut dyn FnMut(&str) -> String,
) {
    match n {
        Value::Null => *n = rng.pick(&pool.fragments).cloned().unwrap_or(Value::Null),
        Value::Bool(b) => *b = !*b,
        Value::Number(x) => {
            *x = match rng.below(3) {
                0 => rng.pick(NUMBERS).copied().unwrap_or(Number::Int(0)),
                1 => Number::Int(x.as_i64().unwrap_or(0).wrapping_add(1)),
                _ => Number::Int(x.as_i64().unwrap_or(0).wrapping_sub(1)),
            }
        }
        Value::String(s) => {
            *s = match rng.below(3) {
                0 => rng.pick(&pool.strings).cloned().unwrap_or_default(),
                1 => String::new(),
                _ => bytes(s),
            }
        }
        Value::Array(items) => {
            let len = items.len();
            match rng.below(4) {
                0 if len > 0 => {
                    items.remove(rng.below(len));
                }
                1 if len > 0 => {
                    let i = rng.below(len);
                    if let Some(c) = items.get(i).cloned() {
                        items.insert(i, c);
                    }
                }
                2 if len > 1 => items.swap(rng.below(len), rng.below(len)),
                _ => {
                    let f = rng.pick(&pool.fragments).cloned().unwrap_or(Value::Null);
                    items.insert(rng.below(len + 1), f);
                }
            }
        }
        Value::Object(members) => {
            let len = members.len();
            match rng.below(5) {
                0 if len > 0 => {
                    members.remove(rng.below(len));
                }
                1 if len > 0 => {
                    // A member's value again, under a key from the pool (a key
                    // twice would only meet the parser's duplicate-key refusal).
                    let i = rng.below(len);
                    let key = rng.pick(&pool.keys).cloned().unwrap_or_default();
                    let taken = members.iter().any(|(k, _)| *k == key);
                    if let (Some((_, c)), false) = (members.get(i).cloned(), taken) {
                        members.insert(rng.below(len + 1), (key, c));
                    }
                }
                2 if len > 0 => {
                    let key = rng.pick(&pool.keys).cloned().unwrap_or_default();
                    let taken = members.iter().any(|(k, _)| *k == key);
                    if let (Some(m), false) = (members.get_mut(rng.below(len)), taken) {
                        m.0 = key;
                    }
                }
                3 if len > 1 => members.swap(rng.below(len), rng.below(len)),
                _ => {
                    let k = rng.pick(&pool.keys).cloned().unwrap_or_default();
                    let f = rng.pick(&pool.fragments).cloned().unwrap_or(Value::Null);
                    if !members.iter().any(|(key, _)| *key == k) {
                        members.insert(rng.below(len + 1), (k, f));
                    }
                }
            }
        }
    }
}
