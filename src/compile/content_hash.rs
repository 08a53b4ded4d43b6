//! The content hash of a rule set: `sha256:` and the hex SHA-256 of its bytes,
//! with a top-level `$schema` member left out.
//!
//! `$schema` only tells an editor where the language's JSON Schema is; adding
//! it, or pointing it elsewhere, must not make every report (which names the
//! hash) and every client's cached rule set stale. The member is cut from the
//! bytes as written: from its key's opening quote to the next member's opening
//! quote, or, when it is the last member, from the end of the previous member's
//! value to the end of its own. A file written with `"$schema": …,` as its first
//! line after `{` therefore hashes exactly as the same file without that line.
//!
//! The scan runs only on text that has already parsed as a JSON object (whose
//! keys are unique), walks it with a loop and a depth counter (no recursion),
//! and reads each key with the crate's JSON parser, so `"\u0024schema"` counts.

use crate::value::{parse_json, Value};
use sha2::{Digest, Sha256};
use std::fmt::Write as _;

/// `sha256:…` of `source` without its top-level `$schema` member.
pub fn content_hash(source: &str) -> String {
    let hashed = match schema_member(source) {
        Some((start, end)) => {
            let mut s = String::with_capacity(source.len());
            s.push_str(source.get(..start).unwrap_or(""));
            s.push_str(source.get(end..).unwrap_or(""));
            s
        }
        None => source.to_owned(),
    };
    let mut hash = String::from("sha256:");
    for b in Sha256::digest(hashed.as_bytes()) {
        let _ = write!(hash, "{b:02x}");
    }
    hash
}

/// One member of the top-level object: where its key starts and its value ends,
/// and where the next member's key starts (after a comma), if there is one.
struct Member {
    key_start: usize,
    key_end: usize,
    value_end: usize,
    next_key: Option<usize>,
}

/// The byte range to cut for the `$schema` member, if the object has one.
fn schema_member(source: &str) -> Option<(usize, usize)> {
    let members = members(source.as_bytes())?;
    let i = members.iter().position(|m| {
        let key = source.get(m.key_start..m.key_end).map(parse_json);
        matches!(key, Some(Ok(Value::String(k))) if k == "$schema")
    })?;
    let m = members.get(i)?;
    match (m.next_key, i.checked_sub(1).and_then(|p| members.get(p))) {
        (Some(next), _) => Some((m.key_start, next)),
        (None, Some(prev)) => Some((prev.value_end, m.value_end)),
        (None, None) => Some((m.key_start, m.value_end)),
    }
}

/// The members of the top-level object of valid JSON text.
fn members(b: &[u8]) -> Option<Vec<Member>> {
    let mut i = skip_ws(b, 0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i = skip_ws(b, i + 1);
    let mut out = vec![];
    while b.get(i) == Some(&b'"') {
        let key_start = i;
        let key_end = string_end(b, i)?;
        i = skip_ws(b, key_end);
        if b.get(i) != Some(&b':') {
            return None;
        }
        i = skip_ws(b, i + 1);
        let value_end = value_end(b, i)?;
        i = skip_ws(b, value_end);
        let next_key = if b.get(i) == Some(&b',') {
            i = skip_ws(b, i + 1);
            Some(i)
        } else {
            None
        };
        out.push(Member {
            key_start,
            key_end,
            value_end,
            next_key,
        });
        if next_key.is_none() {
            break;
        }
    }
    Some(out)
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while matches!(b.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        i += 1;
    }
    i
}

/// The index after the closing quote of the string that opens at `i`.
fn string_end(b: &[u8], mut i: usize) -> Option<usize> {
    i += 1;
    loop {
        match b.get(i)? {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
}

/// The index after the value that starts at `i`.
fn value_end(b: &[u8], mut i: usize) -> Option<usize> {
    match b.get(i)? {
        b'"' => string_end(b, i),
        b'{' | b'[' => {
            let mut depth = 0usize;
            loop {
                match b.get(i)? {
                    b'"' => i = string_end(b, i)?,
                    b'{' | b'[' => {
                        depth += 1;
                        i += 1;
                    }
                    b'}' | b']' => {
                        depth = depth.checked_sub(1)?;
                        i += 1;
                        if depth == 0 {
                            return Some(i);
                        }
                    }
                    _ => i += 1,
                }
            }
        }
        _ => {
            while !matches!(
                b.get(i),
                None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
            ) {
                i += 1;
            }
            Some(i)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::content_hash;

    #[test]
    fn a_schema_member_does_not_enter_the_hash() {
        let plain = "{\n  \"id\": \"x\",\n  \"fields\": {\"a\": [1, {\"b\": \"}\"}]}\n}\n";
        let first = "{\n  \"$schema\": \"../pkg/ruleset.schema.json\",\n  \"id\": \"x\",\n  \"fields\": {\"a\": [1, {\"b\": \"}\"}]}\n}\n";
        let escaped = "{\n  \"\\u0024schema\": \"x\\\"y\",\n  \"id\": \"x\",\n  \"fields\": {\"a\": [1, {\"b\": \"}\"}]}\n}\n";
        let last = "{\n  \"id\": \"x\",\n  \"fields\": {\"a\": [1, {\"b\": \"}\"}]}, \"$schema\": \"s\"\n}\n";
        assert_eq!(content_hash(first), content_hash(plain));
        assert_eq!(content_hash(escaped), content_hash(plain));
        assert_eq!(content_hash(last), content_hash(plain));
        assert_eq!(content_hash("{\"$schema\": 1}"), content_hash("{}"));
    }

    #[test]
    fn everything_else_does() {
        let a = "{\"id\": \"x\", \"n\": 12}";
        assert_ne!(content_hash(a), content_hash("{\"id\": \"x\", \"n\": 13}"));
        assert_ne!(content_hash(a), content_hash("{\"id\": \"x\",  \"n\": 12}"));
        // Only the top level: a nested "$schema" is hashed (and refused by compile).
        let nested = "{\"f\": {\"$schema\": 1}}";
        assert_ne!(content_hash(nested), content_hash("{\"f\": {}}"));
        assert_eq!(
            content_hash("{}"),
            "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"
        );
    }
}
