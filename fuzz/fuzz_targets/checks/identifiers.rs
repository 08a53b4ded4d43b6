//! Every identifier check (`no::check_*`) on arbitrary text. A number that is
//! accepted must consist of exactly the right count of ASCII digits once white
//! space (and, in a kontonummer, dots) is removed, and must stay accepted with
//! those removed; no reason text may repeat the number.

use skjemasjekk::model::IdKind;
use skjemasjekk::no;

fn digits_only(s: &str, extra: &[char]) -> Option<String> {
    let kept: String = s
        .chars()
        .filter(|c| !c.is_whitespace() && !extra.contains(c))
        .collect();
    kept.bytes().all(|b| b.is_ascii_digit()).then_some(kept)
}

fn accepted_shape(s: &str, extra: &[char], len: usize) -> String {
    let Some(d) = digits_only(s, extra) else {
        panic!("accepted with a character that is not a digit: {s:?}");
    };
    assert_eq!(d.len(), len, "accepted with {} digits: {s:?}", d.len());
    d
}

/// A reason's text must not repeat the digits that were typed.
fn no_echo(reason: &dyn std::fmt::Display, s: &str) {
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    if digits.len() >= 6 {
        assert!(
            !reason.to_string().contains(&digits),
            "{reason} repeats {s:?}"
        );
    }
}

pub fn run(data: &[u8]) {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    match no::check_orgnr(s) {
        Ok(()) => assert!(no::check_orgnr(&accepted_shape(s, &[], 9)).is_ok()),
        Err(reason) => no_echo(&reason, s),
    }
    match no::check_kontonummer(s) {
        Ok(()) => assert!(no::check_kontonummer(&accepted_shape(s, &['.'], 11)).is_ok()),
        Err(reason) => no_echo(&reason, s),
    }
    match no::check_fodselsnummer(s) {
        Ok(kind) => {
            let d = accepted_shape(s, &[], 11);
            assert_eq!(no::check_fodselsnummer(&d), Ok(kind));
        }
        Err(reason) => no_echo(&reason, s),
    }
    if let Ok(k) = no::check_kommunenummer(s) {
        assert_eq!(k.number.len(), 4);
        assert!(
            k.number.starts_with(k.fylke),
            "{} not in {}",
            k.number,
            k.fylke
        );
        assert!(no::check_fylkesnummer(k.fylke).is_ok());
    }
    if let Ok(f) = no::check_fylkesnummer(s) {
        assert_eq!(f.number.len(), 2);
    }
    let _ = no::check_postnummer(s);
    let _ = no::check_phone(s);
    let _ = no::check_email(s);
    for kind in IdKind::ALL {
        if let Some(issue) = skjemasjekk::check_id(kind, s) {
            assert_eq!(issue.code(), kind.type_name());
        }
    }
}
