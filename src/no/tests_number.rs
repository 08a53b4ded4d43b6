//! Tests for organisasjonsnummer, kontonummer and fødselsnummer/D-nummer/H-nummer,
//! with numbers whose check digits were computed independently of this code.

use super::*;

#[test]
fn orgnr_valid_and_typed_forms() {
    for s in [
        "123456785",
        "988077917",
        "974760673",
        " 988 077 917 ",
        "988\u{a0}077\u{a0}917",
    ] {
        assert_eq!(check_orgnr(s), Ok(()), "{s:?}");
    }
}

#[test]
fn orgnr_reasons_in_order() {
    assert_eq!(check_orgnr("988077918"), Err(NumberReason::Checksum));
    assert_eq!(check_orgnr("98807791"), Err(NumberReason::Length));
    assert_eq!(check_orgnr("9880779170"), Err(NumberReason::Length));
    assert_eq!(check_orgnr(""), Err(NumberReason::Length));
    assert_eq!(check_orgnr("988-077-917"), Err(NumberReason::Format));
    // Format wins over Length.
    assert_eq!(check_orgnr("12x"), Err(NumberReason::Format));
    assert_eq!(check_orgnr("１２３４５６７８５"), Err(NumberReason::Format));
    assert_eq!(check_orgnr("988.077.917"), Err(NumberReason::Format));
}

#[test]
fn orgnr_remainder_that_needs_check_digit_ten_is_never_valid() {
    // The weighted sum of 10000013 leaves remainder 1: the check digit would be 10.
    for last in 0..10 {
        assert_eq!(
            check_orgnr(&format!("10000013{last}")),
            Err(NumberReason::Checksum)
        );
    }
}

#[test]
fn kontonummer_valid_and_typed_forms() {
    for s in [
        "86011117947",
        "8601 11 17947",
        "8601.11.17947",
        "12345678903",
        "\t86011117947\n",
    ] {
        assert_eq!(check_kontonummer(s), Ok(()), "{s:?}");
    }
}

#[test]
fn kontonummer_reasons() {
    assert_eq!(
        check_kontonummer("86011117948"),
        Err(NumberReason::Checksum)
    );
    assert_eq!(
        check_kontonummer("15036003330"),
        Err(NumberReason::Checksum)
    );
    assert_eq!(check_kontonummer("8601111794"), Err(NumberReason::Length));
    assert_eq!(
        check_kontonummer("8601-11-17947"),
        Err(NumberReason::Format)
    );
    assert_eq!(
        check_kontonummer("８６０１１１１７９４７"),
        Err(NumberReason::Format)
    );
}

#[test]
fn fodselsnummer_kinds() {
    for s in [
        "01019012480",
        "13097248022",
        "31129912319",
        " 010190 12480 ",
    ] {
        assert_eq!(check_fodselsnummer(s), Ok(FnrKind::Fodselsnummer), "{s:?}");
    }
    assert_eq!(check_fodselsnummer("45019012410"), Ok(FnrKind::DNummer));
    assert_eq!(check_fodselsnummer("45019010167"), Ok(FnrKind::DNummer));
    assert_eq!(check_fodselsnummer("01519012320"), Ok(FnrKind::HNummer));
}

#[test]
fn fodselsnummer_2032_rule_accepts_k1_remainders_up_to_three() {
    // K1 remainders 1, 2 and 3: invalid under the old rule, valid from 2032.
    for s in ["30108299939", "15057510088", "15057510096"] {
        assert_eq!(check_fodselsnummer(s), Ok(FnrKind::Fodselsnummer), "{s}");
    }
    // Remainder 4 is invalid under both rules (K2 is right).
    assert_eq!(check_fodselsnummer("15057510185"), Err(FnrReason::Checksum));
}

#[test]
fn fodselsnummer_checksum() {
    assert_eq!(check_fodselsnummer("01019012481"), Err(FnrReason::Checksum));
    assert_eq!(check_fodselsnummer("30108299938"), Err(FnrReason::Checksum));
    assert_eq!(check_fodselsnummer("13097248023"), Err(FnrReason::Checksum));
}

#[test]
fn fodselsnummer_leap_day_without_century() {
    assert_eq!(
        check_fodselsnummer("29020012380"),
        Ok(FnrKind::Fodselsnummer)
    );
    assert_eq!(
        check_fodselsnummer("29020412354"),
        Ok(FnrKind::Fodselsnummer)
    );
    assert_eq!(
        check_fodselsnummer("29029612410"),
        Ok(FnrKind::Fodselsnummer)
    );
    assert_eq!(check_fodselsnummer("29020112345"), Err(FnrReason::Date));
}

#[test]
fn fodselsnummer_dates() {
    for s in [
        "00019012345", // day 0
        "32019012345", // day 32
        "31049012345", // 31 April
        "01009012345", // month 0
        "01139012345", // month 13
        "71029012345", // D-nummer 31 February
        "40019012345", // day 40 is neither a day nor a D-nummer
        "01539012345", // H-nummer month 13
        "41419012345", // both D and H offsets
        "80019012345",
    ] {
        assert_eq!(check_fodselsnummer(s), Err(FnrReason::Date), "{s}");
    }
}

#[test]
fn fodselsnummer_format_and_length_first() {
    assert_eq!(check_fodselsnummer("0101901248"), Err(FnrReason::Length));
    assert_eq!(check_fodselsnummer("010190124800"), Err(FnrReason::Length));
    assert_eq!(check_fodselsnummer("99999"), Err(FnrReason::Length));
    assert_eq!(check_fodselsnummer("010190-12480"), Err(FnrReason::Format));
    assert_eq!(check_fodselsnummer("0101901248O"), Err(FnrReason::Format));
    assert_eq!(
        check_fodselsnummer("０１０１９０１２４８０"),
        Err(FnrReason::Format)
    );
    assert_eq!(
        check_fodselsnummer("01.01.90 12480"),
        Err(FnrReason::Format)
    );
}

/// Whether `shown` repeats any three consecutive digits of the typed `input`.
pub(super) fn echoes(shown: &str, input: &str) -> bool {
    let digits: Vec<char> = input.chars().filter(char::is_ascii_digit).collect();
    digits
        .windows(3)
        .any(|w| shown.contains(&w.iter().collect::<String>()))
}

#[test]
fn echo_detector_finds_echoes() {
    assert!(echoes("the number 01019012481 is wrong", "0101901248 1"));
    assert!(echoes("ends in 481", "01019012481"));
    assert!(!echoes("the number must have 11 digits", "01019012481"));
}

#[test]
fn no_reason_echoes_the_number() {
    let fnr = [
        "01019012481",
        "32019012345",
        "0101901248",
        "0101901248O",
        "30108299938",
    ];
    for s in fnr {
        let reason = check_fodselsnummer(s).err();
        assert!(reason.is_some());
        let shown = format!(
            "{reason:?} {}",
            reason.map(|r| r.to_string()).unwrap_or_default()
        );
        assert!(!echoes(&shown, s), "{shown}");
    }
    for s in ["988077918", "98807791", "86011117948", "8601-11-17947"] {
        let reason = check_orgnr(s).err().or(check_kontonummer(s).err());
        assert!(reason.is_some());
        let shown = format!(
            "{reason:?} {}",
            reason.map(|r| r.to_string()).unwrap_or_default()
        );
        assert!(!echoes(&shown, s), "{shown}");
    }
}

#[test]
fn reason_codes_are_stable() {
    assert_eq!(NumberReason::Checksum.as_str(), "checksum");
    assert_eq!(FnrReason::Date.as_str(), "date");
    assert_eq!(FnrReason::Format.as_str(), "format");
    assert_eq!(FnrReason::Length.as_str(), "length");
}
