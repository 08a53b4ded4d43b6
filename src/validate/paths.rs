//! Paths into the submitted data and their JSON Pointer (RFC 6901) spelling.

use crate::value::Value;
use std::borrow::Cow;

/// One step into the data: an object key or a list index.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PathSeg<'a> {
    Key(Cow<'a, str>),
    Index(usize),
}

/// The value one step into `v`: a key of an object, an index of a list.
pub fn step<'v>(v: &'v Value, seg: &PathSeg<'_>) -> Option<&'v Value> {
    match seg {
        PathSeg::Key(k) => v.get(k),
        PathSeg::Index(i) => v.at(*i),
    }
}

/// The value at the end of a path, if the data has one there.
pub fn lookup<'v>(v: &'v Value, path: &[PathSeg<'_>]) -> Option<&'v Value> {
    path.iter().try_fold(v, |at, seg| step(at, seg))
}

/// Why a JSON Pointer could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{pointer:?} is not a JSON Pointer: {reason}")]
pub struct PointerError {
    pub pointer: String,
    pub reason: &'static str,
}

/// Spell a path as a JSON Pointer.
pub fn pointer(path: &[PathSeg]) -> String {
    let mut out = String::with_capacity(16 * path.len());
    for seg in path {
        out.push('/');
        match seg {
            PathSeg::Key(k) => push_token(&mut out, k),
            PathSeg::Index(i) => crate::decimal::push_u64(&mut out, *i as u64),
        }
    }
    out
}

/// Read a JSON Pointer. Tokens of digits become indexes (`/pilots/0`), so a
/// pointer names the same place whether the container is a list or an object
/// key made of digits is meant — the data decides when it is followed.
pub fn parse_pointer(text: &str) -> Result<Vec<PathSeg<'static>>, PointerError> {
    if text.is_empty() {
        return Ok(vec![]);
    }
    let err = |reason| PointerError {
        pointer: text.to_owned(),
        reason,
    };
    let rest = text
        .strip_prefix('/')
        .ok_or_else(|| err("it must be empty or start with '/'"))?;
    let mut out = vec![];
    for token in rest.split('/') {
        let (key, clean) = unescape_token(token);
        if !clean {
            return Err(err("'~' must be followed by 0 or 1"));
        }
        out.push(match index_of(&key) {
            Some(i) => PathSeg::Index(i),
            None => PathSeg::Key(Cow::Owned(key)),
        });
    }
    Ok(out)
}

/// Write `key` as one pointer token (RFC 6901): `~` as `~0`, `/` as `~1`.
pub fn push_token(out: &mut String, key: &str) {
    if !key.bytes().any(|b| b == b'~' || b == b'/') {
        out.push_str(key);
        return;
    }
    for c in key.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
}

/// `key` as one pointer token.
pub fn escape_token(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    push_token(&mut out, key);
    out
}

/// A pointer token read back: `~1` is `/` and `~0` is `~`. The flag is false
/// when a `~` is followed by neither (that `~` is kept as it is).
pub fn unescape_token(token: &str) -> (String, bool) {
    let mut key = String::with_capacity(token.len());
    let mut clean = true;
    let mut rest = token;
    while let Some((text, after)) = rest.split_once('~') {
        key.push_str(text);
        let (c, tail) = match (after.strip_prefix('0'), after.strip_prefix('1')) {
            (Some(tail), _) => ('~', tail),
            (_, Some(tail)) => ('/', tail),
            _ => {
                clean = false;
                ('~', after)
            }
        };
        key.push(c);
        rest = tail;
    }
    key.push_str(rest);
    (key, clean)
}

/// Whether `path` is `target` or lies inside it.
pub fn within(path: &[PathSeg], target: &[PathSeg]) -> bool {
    path.len() >= target.len() && path.iter().zip(target).all(|(a, b)| same(a, b))
}

/// Whether two segments name the same step. A pointer's `/3` is read as an
/// index, but in an object it is the key "3": the two are the same step.
fn same(a: &PathSeg, b: &PathSeg) -> bool {
    match (a, b) {
        (PathSeg::Key(k), PathSeg::Index(i)) | (PathSeg::Index(i), PathSeg::Key(k)) => {
            index_of(k) == Some(*i)
        }
        _ => a == b,
    }
}

/// The index a token spells: digits only, without a leading zero.
fn index_of(token: &str) -> Option<usize> {
    let digits = !token.is_empty() && token.bytes().all(|b| b.is_ascii_digit());
    (digits && (token == "0" || !token.starts_with('0')))
        .then(|| token.parse().ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unescapes_tokens_and_flags_a_stray_tilde() {
        let cases = [
            ("a~1b~0c", "a/b~c", true),
            ("~01", "~1", true),
            ("~10", "/0", true),
            ("plain", "plain", true),
            ("~2", "~2", false),
            ("~", "~", false),
            ("~~1", "~/", false),
            ("å~1ø", "å/ø", true),
        ];
        for (token, key, clean) in cases {
            assert_eq!(unescape_token(token), (key.to_owned(), clean), "{token}");
        }
        assert!(parse_pointer("/a~2").is_err());
    }

    #[test]
    fn round_trip() {
        let p = parse_pointer("/a~1b/0/c~0d/01").unwrap();
        assert_eq!(
            p,
            vec![
                PathSeg::Key("a/b".into()),
                PathSeg::Index(0),
                PathSeg::Key("c~d".into()),
                PathSeg::Key("01".into())
            ]
        );
        assert_eq!(pointer(&p), "/a~1b/0/c~0d/01");
        assert!(parse_pointer("a").is_err());
        assert!(parse_pointer("/a~2").is_err());
        assert!(within(&p, &p[..2]));
        assert!(!within(&p[..1], &p));
    }
}
