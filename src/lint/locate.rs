//! Where a JSON Pointer's value stands in the JSON text it points into.
//!
//! The compiler reports problems by pointer; a person editing the text wants
//! the place. [`Locator`] finds the byte span of the value at a pointer, or of
//! the whole member (`"key": value`) when the pointer ends in an object key, so
//! an unknown or misspelt key is shown with its value. A pointer that does not
//! resolve (a missing key is reported at its object) gets the span of the
//! deepest part of it that does.
//!
//! The text is scanned without recursion, and each object or array is indexed
//! at most once, so locating many problems costs at most one pass over the text
//! per nesting level, however many problems there are.

use crate::compile::escape_pointer_token;
use std::collections::HashMap;

/// A byte range `start..end` of the text.
pub type Span = (usize, usize);

/// One member of an object or one item of an array.
#[derive(Debug, Clone, Copy)]
struct Child {
    /// The member with its key (for array items: the item).
    whole: Span,
    /// The value alone.
    value: Span,
}

/// Locates pointers in one text; remembers the containers it has indexed.
pub struct Locator<'t> {
    text: &'t str,
    /// Children of each indexed container by escaped pointer token, keyed by
    /// the container's start offset.
    containers: HashMap<usize, HashMap<String, Child>>,
    /// The whole value of the text.
    root: Span,
}

impl<'t> Locator<'t> {
    pub fn new(text: &'t str) -> Locator<'t> {
        let bytes = text.as_bytes();
        let start = skip_ws(bytes, 0);
        Locator {
            text,
            containers: HashMap::new(),
            root: (start, value_end(bytes, start)),
        }
    }

    /// How many objects and arrays have been indexed so far.
    pub fn indexed(&self) -> usize {
        self.containers.len()
    }

    /// The span of the value (or member) at `pointer` (RFC 6901, `""` is the
    /// whole text), or of its deepest ancestor in the text.
    pub fn span(&mut self, pointer: &str) -> Span {
        let mut best = self.root;
        let mut at = self.root;
        for token in pointer.split('/').skip(1) {
            let children = self
                .containers
                .entry(at.0)
                .or_insert_with(|| index(self.text, at.0));
            match children.get(token) {
                Some(child) => {
                    best = child.whole;
                    at = child.value;
                }
                None => break,
            }
        }
        best
    }
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while b
        .get(i)
        .is_some_and(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r'))
    {
        i += 1;
    }
    i
}

/// The end of the string whose opening quote is at `i`.
fn string_end(b: &[u8], mut i: usize) -> usize {
    i += 1;
    while let Some(&c) = b.get(i) {
        match c {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

/// The end of the value that starts at `start` (nested containers are skipped
/// with a depth count, not by recursion).
fn value_end(b: &[u8], start: usize) -> usize {
    match b.get(start) {
        Some(b'"') => string_end(b, start),
        Some(b'{' | b'[') => {
            let (mut depth, mut i) = (0usize, start);
            while let Some(&c) = b.get(i) {
                match c {
                    b'"' => {
                        i = string_end(b, i);
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            return i + 1;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            b.len()
        }
        Some(_) => {
            let mut i = start;
            while b
                .get(i)
                .is_some_and(|c| !matches!(c, b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r'))
            {
                i += 1;
            }
            i
        }
        None => start,
    }
}

/// The children of the object or array at `start`, by escaped pointer token
/// (an empty map for anything else, or where the text stops making sense).
fn index(text: &str, start: usize) -> HashMap<String, Child> {
    let b = text.as_bytes();
    let mut children = HashMap::new();
    let object = match b.get(start) {
        Some(b'{') => true,
        Some(b'[') => false,
        _ => return children,
    };
    let close = if object { b'}' } else { b']' };
    let mut i = skip_ws(b, start + 1);
    let mut item = 0usize;
    while b.get(i).is_some_and(|&c| c != close) {
        let whole_start = i;
        let token = if object {
            let key_end = string_end(b, i);
            let key = text
                .get(i..key_end)
                .and_then(|k| serde_json::from_str::<String>(k).ok());
            let Some(key) = key else { break };
            i = skip_ws(b, key_end);
            if b.get(i) != Some(&b':') {
                break;
            }
            i = skip_ws(b, i + 1);
            escape_pointer_token(&key)
        } else {
            item += 1;
            (item - 1).to_string()
        };
        let value = (i, value_end(b, i));
        children.insert(
            token,
            Child {
                whole: (whole_start, value.1),
                value,
            },
        );
        i = skip_ws(b, value.1);
        if b.get(i) != Some(&b',') {
            break;
        }
        i = skip_ws(b, i + 1);
    }
    children
}
