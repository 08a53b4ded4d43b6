//! Postnummer, Norwegian phone numbers and e-mail addresses: shape checks only
//! (no register look-ups).

use super::number::digits;

/// Longest local part (before the `@`) of an e-mail address, in characters.
const EMAIL_LOCAL_MAX: usize = 64;
/// Longest e-mail address, in characters.
const EMAIL_MAX: usize = 254;

/// A postnummer: 4 ASCII digits, leading zero kept ("0150"). Surrounding and inner
/// white space is ignored, as in every other number.
pub fn check_postnummer(s: &str) -> bool {
    digits::<4>(s, &[]).is_ok()
}

/// A Norwegian phone number: optionally `+47` or `0047`, then 8 digits starting
/// with 2–9 but not 58 or 59 (those are 12-digit M2M series). Spaces are allowed.
pub fn check_phone(s: &str) -> bool {
    let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let national = compact
        .strip_prefix("+47")
        .or_else(|| compact.strip_prefix("0047"))
        .unwrap_or(&compact);
    national.len() == 8
        && national.bytes().all(|b| b.is_ascii_digit())
        && !national.starts_with(['0', '1'])
        && !national.starts_with("58")
        && !national.starts_with("59")
}

/// An e-mail address, pragmatically: one `@`; a local part of 1–64 characters with
/// no white space or control characters; a domain of at least two dot-separated
/// labels of letters (æøå and other non-ASCII letters too), ASCII digits and
/// hyphens (not first or last in a label); a top-level label of at least two
/// letters; at most 254 characters in all. Surrounding white space is ignored.
pub fn check_email(s: &str) -> bool {
    let s = s.trim();
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.chars().count() <= EMAIL_LOCAL_MAX
        && !local.chars().any(|c| c.is_whitespace() || c.is_control());
    let Some((_, tld)) = domain.rsplit_once('.') else {
        return false;
    };
    local_ok
        && s.chars().count() <= EMAIL_MAX
        && domain.split('.').all(domain_label)
        && tld.chars().count() >= 2
        && tld.chars().all(char::is_alphabetic)
}

/// One label of a domain name: letters, ASCII digits and inner hyphens.
fn domain_label(label: &str) -> bool {
    !label.is_empty()
        && !label.starts_with('-')
        && !label.ends_with('-')
        && label
            .chars()
            .all(|c| c.is_alphabetic() || c.is_ascii_digit() || c == '-')
}
