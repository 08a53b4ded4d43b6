//! The content hash of a rule set: `sha256:` and the hex SHA-256 of its bytes,
//! with a leading `$schema` member left out.
//!
//! `$schema` only tells an editor where the language's JSON Schema is; adding
//! it, or pointing it elsewhere, must not make every report (which names the
//! hash) and every client's cached rule set stale. When the rule set's first
//! member is `"$schema"` (spelt so) with a string value and another member
//! follows, the bytes from its key's opening quote to the next member's
//! opening quote are not hashed: a file written with `"$schema": "…",` as its
//! first line after `{` hashes exactly as the same file without that line.
//! Anywhere else (or spelt with escapes) `$schema` is hashed like any byte.
//! The check is a few byte comparisons, so the WebAssembly build stays small.

use sha2::{Digest, Sha256};
use std::fmt::Write as _;

/// `sha256:…` of `source` without its leading `$schema` member.
pub fn content_hash(source: &str) -> String {
    let bytes = source.as_bytes();
    let mut sha = Sha256::new();
    match schema_member(bytes) {
        Some((start, end)) => {
            sha.update(bytes.get(..start).unwrap_or_default());
            sha.update(bytes.get(end..).unwrap_or_default());
        }
        None => sha.update(bytes),
    }
    let mut hash = String::from("sha256:");
    for b in sha.finalize() {
        let _ = write!(hash, "{b:02x}");
    }
    hash
}

/// The byte range of a leading `"$schema": "…",` and the white space after it.
fn schema_member(b: &[u8]) -> Option<(usize, usize)> {
    let mut i = skip_ws(b, 0);
    (b.get(i) == Some(&b'{')).then_some(())?;
    let start = skip_ws(b, i + 1);
    b.get(start..)?.starts_with(b"\"$schema\"").then_some(())?;
    i = skip_ws(b, start + 9);
    (b.get(i) == Some(&b':')).then_some(())?;
    i = skip_ws(b, i + 1);
    (b.get(i) == Some(&b'"')).then_some(())?;
    i = skip_ws(b, string_end(b, i)?);
    (b.get(i) == Some(&b',')).then_some(())?;
    Some((start, skip_ws(b, i + 1)))
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

#[cfg(test)]
mod tests {
    use super::content_hash;

    const PLAIN: &str = "{\n  \"id\": \"x\",\n  \"fields\": {\"a\": [1, {\"b\": \"}\"}]}\n}\n";

    #[test]
    fn a_leading_schema_member_does_not_enter_the_hash() {
        let first = PLAIN.replacen(
            "{\n",
            "{\n  \"$schema\": \"../pkg/ruleset.schema.json\",\n",
            1,
        );
        let escaped = PLAIN.replacen("{\n", "{\n  \"$schema\" : \"x\\\"y,\" ,\n", 1);
        assert_eq!(content_hash(&first), content_hash(PLAIN));
        assert_eq!(content_hash(&escaped), content_hash(PLAIN));
    }

    #[test]
    fn everything_else_does() {
        let a = "{\"id\": \"x\", \"n\": 12}";
        assert_ne!(content_hash(a), content_hash("{\"id\": \"x\", \"n\": 13}"));
        assert_ne!(content_hash(a), content_hash("{\"id\": \"x\",  \"n\": 12}"));
        // Not first, spelt with an escape, not a string, or alone: hashed.
        let last = PLAIN.replacen("\n}\n", ",\n  \"$schema\": \"s\"\n}\n", 1);
        let spelt = PLAIN.replacen("{\n", "{\n  \"\\u0024schema\": \"s\",\n", 1);
        let number = PLAIN.replacen("{\n", "{\n  \"$schema\": 1,\n", 1);
        for other in [last, spelt, number] {
            assert_ne!(content_hash(&other), content_hash(PLAIN), "{other}");
        }
        assert_ne!(content_hash("{\"$schema\": \"s\"}"), content_hash("{}"));
        assert_eq!(
            content_hash("{}"),
            "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"
        );
    }
}
