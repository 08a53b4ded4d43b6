//! What counts as filled in, text length after NFC, and the identifier checks
//! as issues.

use crate::model::IdKind;
use crate::no;
use crate::report::IssueKind;
use crate::value::Value;
use std::borrow::Cow;

/// Absent, `null`, and text that is empty after trimming are not filled in;
/// neither is an object whose members are none of them filled in.
pub fn is_filled(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::String(s) => !trim(s).is_empty(),
        // Objects nest at most 64 deep (the parser's limit), so this recursion is bounded.
        Value::Object(members) => members.iter().any(|(_, v)| is_filled(v)),
        _ => true,
    }
}

/// `str::trim`, with a fast answer for the usual text, which starts and ends
/// with an ASCII character that is not white space (no step through Unicode's
/// white-space table then).
pub fn trim(s: &str) -> &str {
    // ASCII's white space to `char::is_whitespace`: U+0009–U+000D and the space.
    let plain = |b: Option<&u8>| matches!(b, Some(b'!'..=b'~'));
    let bytes = s.as_bytes();
    if plain(bytes.first()) && plain(bytes.last()) {
        s
    } else {
        s.trim()
    }
}

/// The text after trimming and NFC normalisation (borrowed when it already is NFC).
pub fn normalize(s: &str) -> Cow<'_, str> {
    let t = trim(s);
    // Below U+0300 every character is NFC on its own and combines with nothing
    // (combining class 0, NFC_Quick_Check Yes), so such text (all of Norwegian,
    // Sami and the rest of Latin-1 and Latin Extended) is already normalised.
    // In UTF-8 exactly those characters start with a byte below 0xCC (U+0300 is
    // CC 80), and a byte test needs no decoding.
    // (The largest byte, not `all`: a loop without an early exit vectorises.)
    if t.bytes().fold(0, u8::max) < 0xCC {
        t.into()
    } else {
        nfc(t)
    }
}

/// A length issue for normalised text: its characters are counted only when
/// its length in bytes leaves the answer open (a character takes 1 to 4
/// bytes in UTF-8, so most texts are decided without counting).
pub fn length_issue(text: &str, min: Option<u64>, max: Option<u64>) -> Option<IssueKind> {
    let bytes = text.len() as u64;
    let (fewest, most) = (bytes.div_ceil(4), bytes);
    let open = min.is_some_and(|m| fewest < m) || max.is_some_and(|m| most > m);
    if !open {
        return None;
    }
    let actual = text.chars().count() as u64;
    match (min, max) {
        (Some(min), _) if actual < min => Some(IssueKind::MinLength { min, actual }),
        (_, Some(max)) if actual > max => Some(IssueKind::MaxLength { max, actual }),
        _ => None,
    }
}

/// Unicode NFC with the `unicode-normalization` crate (native builds).
#[cfg(not(target_arch = "wasm32"))]
fn nfc(t: &str) -> Cow<'_, str> {
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
    match is_nfc_quick(t.chars()) {
        IsNormalized::Yes => t.into(),
        _ => Cow::Owned(t.nfc().collect()),
    }
}

/// Unicode NFC by the host's `String.prototype.normalize` (WebAssembly builds):
/// the same standard algorithm without shipping its tables (about 64 KB gzip)
/// to every browser.
#[cfg(target_arch = "wasm32")]
fn nfc(t: &str) -> Cow<'_, str> {
    let normal = String::from(js_sys::JsString::from(t).normalize("NFC"));
    if normal == t {
        t.into()
    } else {
        normal.into()
    }
}

/// Check an identifier; the issue if it is not valid.
pub fn check_id(kind: IdKind, s: &str) -> Option<IssueKind> {
    match kind {
        IdKind::Orgnr => no::check_orgnr(s).err().map(IssueKind::Orgnr),
        IdKind::Fodselsnummer => no::check_fodselsnummer(s)
            .err()
            .map(IssueKind::Fodselsnummer),
        IdKind::Kontonummer => no::check_kontonummer(s).err().map(IssueKind::Kontonummer),
        IdKind::Kommunenummer => no::check_kommunenummer(s)
            .err()
            .map(IssueKind::Kommunenummer),
        IdKind::Fylkesnummer => no::check_fylkesnummer(s).err().map(IssueKind::Fylkesnummer),
        IdKind::Postnummer => (!no::check_postnummer(s)).then_some(IssueKind::Postnummer),
        IdKind::Phone => (!no::check_phone(s)).then_some(IssueKind::Phone),
        IdKind::Email => (!no::check_email(s)).then_some(IssueKind::Email),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The number of characters after trimming and NFC, and the text.
    fn char_count(s: &str) -> (u64, Cow<'_, str>) {
        let n = normalize(s);
        (n.chars().count() as u64, n)
    }

    /// `length_issue` counts only when the bytes leave the answer open; it must
    /// answer as counting always would.
    #[test]
    fn length_issue_equals_counting() {
        let texts = ["", "a", "ab", "æøå", "Sørøya", "𝄞𝄞", "a𝄞ø", "ŋŋŋŋ"];
        for t in texts {
            let actual = t.chars().count() as u64;
            for min in [None, Some(0), Some(1), Some(2), Some(3), Some(5), Some(7)] {
                for max in [None, Some(0), Some(1), Some(2), Some(3), Some(5), Some(7)] {
                    let want = match (min, max) {
                        (Some(min), _) if actual < min => {
                            Some(IssueKind::MinLength { min, actual })
                        }
                        (_, Some(max)) if actual > max => {
                            Some(IssueKind::MaxLength { max, actual })
                        }
                        _ => None,
                    };
                    assert_eq!(length_issue(t, min, max), want, "{t:?} {min:?} {max:?}");
                }
            }
        }
    }

    /// `normalize`'s byte test: a character is below U+0300 exactly when no
    /// byte of its UTF-8 is 0xCC or more.
    #[test]
    fn byte_test_is_below_u0300() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let narrow = c.encode_utf8(&mut buf).bytes().all(|b| b < 0xCC);
            assert_eq!(narrow, c < '\u{300}', "{c:?}");
        }
    }

    #[test]
    fn nfc_and_trim() {
        assert_eq!(char_count("  abc ").0, 3);
        for s in [
            "",
            " ",
            "a",
            " a",
            "a ",
            "\u{a0}a\u{2003}",
            "a\u{85}",
            "\u{feff}a",
            "ø",
            "\tab\n",
            "\u{b}a\u{b}",
            "a\u{c}",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
        assert_eq!(char_count("a\u{030a}r").0, 2);
        assert_eq!(char_count("år").0, 2);
        assert!(!is_filled(&Value::from("   ")));
        assert!(!is_filled(
            &crate::parse_json(r#"{"a":null,"b":{"c":" "}}"#).unwrap()
        ));
        assert!(is_filled(&Value::Array(vec![])));
    }

    /// The fast path in `char_count` relies on this: every character below
    /// U+0300 is NFC alone and after any other of them.
    #[test]
    fn below_u0300_is_always_nfc() {
        use unicode_normalization::char::canonical_combining_class;
        use unicode_normalization::{is_nfc_quick, IsNormalized};
        for c in ('\0'..'\u{300}').filter(|c| !c.is_ascii()) {
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            assert_eq!(is_nfc_quick([c].into_iter()), IsNormalized::Yes, "{c:?}");
            assert_eq!(nfc(&format!("a{c}")), format!("a{c}"), "{c:?}");
        }
        assert_eq!(char_count(" Sørøya, Čáhcesuolu ŋ ").0, 20);
        assert_eq!(char_count("A\u{30a}s").1, "\u{c5}s");
    }
}
