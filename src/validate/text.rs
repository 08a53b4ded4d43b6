//! What counts as filled in, text length after NFC, and the identifier checks
//! as issues.

use crate::model::IdKind;
use crate::no;
use crate::report::IssueKind;
use crate::value::Value;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Absent, `null`, and text that is empty after trimming are not filled in;
/// neither is an object whose members are none of them filled in.
pub fn is_filled(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::String(s) => !s.trim().is_empty(),
        // Objects nest at most 64 deep (the parser's limit), so this recursion is bounded.
        Value::Object(members) => members.iter().any(|(_, v)| is_filled(v)),
        _ => true,
    }
}

/// The number of characters after trimming and NFC normalisation, and the
/// normalised text (borrowed when it already is NFC).
pub fn char_count(s: &str) -> (u64, std::borrow::Cow<'_, str>) {
    let t = s.trim();
    if t.is_ascii() {
        return (t.len() as u64, t.into());
    }
    match is_nfc_quick(t.chars()) {
        IsNormalized::Yes => (t.chars().count() as u64, t.into()),
        _ => {
            let n: String = t.nfc().collect();
            (n.chars().count() as u64, n.into())
        }
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

    #[test]
    fn nfc_and_trim() {
        assert_eq!(char_count("  abc ").0, 3);
        assert_eq!(char_count("a\u{030a}r").0, 2);
        assert_eq!(char_count("år").0, 2);
        assert!(!is_filled(&Value::from("   ")));
        assert!(!is_filled(
            &crate::parse_json(r#"{"a":null,"b":{"c":" "}}"#).unwrap()
        ));
        assert!(is_filled(&Value::Array(vec![])));
    }
}
