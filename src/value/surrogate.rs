//! Lone UTF-16 surrogate escapes in JSON text, explained.
//!
//! JSON text may spell a character outside the Basic Multilingual Plane as two
//! `\u` escapes (a surrogate pair: `\ud83d\ude00`). An escape in D800–DFFF on its
//! own is half of such a pair and names no character; Rust strings cannot hold
//! it, so the data is refused. serde_json refuses it too but words it as
//! "unexpected end of hex escape" or calls a trailing surrogate "leading"; this
//! scan finds the escape so the error can say what is wrong and where.

/// The first `\uD800`–`\uDFFF` escape inside a string of `text` that is not half
/// of a proper pair: the escape as written, and its line and column (1-based,
/// counted in bytes as serde_json counts them).
pub(super) fn find_lone(text: &str) -> Option<(String, usize, usize)> {
    let b = text.as_bytes();
    let (mut i, mut in_string) = (0usize, false);
    while let Some(&c) = b.get(i) {
        match c {
            b'"' => in_string = !in_string,
            b'\\' if in_string => {
                let Some(unit) = escape_at(b, i) else {
                    i += 2; // `\"`, `\\`, `\n`, … (or a broken `\u`: serde_json explains that)
                    continue;
                };
                let written = || {
                    b.get(i..i + 6)
                        .map(|s| String::from_utf8_lossy(s).into_owned())
                };
                let position = super::line_column(b.get(..i).unwrap_or_default());
                match unit {
                    0xD800..=0xDBFF => match escape_at(b, i + 6) {
                        Some(0xDC00..=0xDFFF) => i += 12,
                        _ => return Some((written().unwrap_or_default(), position.0, position.1)),
                    },
                    0xDC00..=0xDFFF => {
                        return Some((written().unwrap_or_default(), position.0, position.1))
                    }
                    _ => i += 6,
                }
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// The code unit of a `\uXXXX` escape starting at byte `i`.
fn escape_at(b: &[u8], i: usize) -> Option<u32> {
    let rest = b.get(i..i + 6)?;
    let hex = rest.strip_prefix(b"\\u")?;
    let hex = std::str::from_utf8(hex).ok()?;
    if !hex.bytes().all(|h| h.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(hex, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::find_lone;

    #[test]
    fn finds_lone_halves_and_passes_pairs() {
        assert_eq!(
            find_lone(r#"{"a":"\ud800"}"#),
            Some((r"\ud800".into(), 1, 7))
        );
        assert_eq!(
            find_lone(r#"{"a":"\uDC00x"}"#),
            Some((r"\uDC00".into(), 1, 7))
        );
        assert_eq!(
            find_lone("{\n \"\\ud800\": 1}"),
            Some((r"\ud800".into(), 2, 3))
        );
        assert_eq!(
            find_lone(r#"["\ud800\u0041"]"#),
            Some((r"\ud800".into(), 1, 3))
        );
        assert_eq!(
            find_lone(r#"["\ud800\ud800"]"#),
            Some((r"\ud800".into(), 1, 3))
        );
        assert_eq!(find_lone(r#"["\ud83d\ude00", "\\ud800", "é\u00e9"]"#), None);
        assert_eq!(find_lone(r#"["\u12"]"#), None);
    }
}
