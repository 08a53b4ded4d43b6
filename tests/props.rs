//! Property tests (proptest): generated identifiers with computed check digits
//! are accepted and every single-digit change to them is rejected; the NFC and
//! NFD spellings of a text get the same report from both built-in forms, with
//! the length verdict the NFC character count gives; and a report does not
//! depend on the order of object members, nor on anything but its input.
//!
//! This file has the identifiers; `props/documents.rs` the documents.
//! The identifiers are built here from their definitions (mod-11 weights, the
//! D/H offsets, Skatteetaten's 2032 rule), not with the engine's own helpers.
//! Native only (proptest is not a wasm dev-dependency).
#![cfg(not(target_arch = "wasm32"))]

#[path = "props/documents.rs"]
mod documents;

use proptest::prelude::*;
use proptest::sample::Index;
use skjemasjekk::no::{check_fodselsnummer, check_kontonummer, check_orgnr, FnrKind, NumberReason};

const ORGNR_W: [u32; 8] = [3, 2, 7, 6, 5, 4, 3, 2];
const KONTO_W: [u32; 10] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const K1_W: [u32; 9] = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2_W: [u32; 10] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

fn weighted(digits: &[u8], weights: &[u32]) -> u32 {
    digits
        .iter()
        .zip(weights)
        .map(|(&d, &w)| u32::from(d) * w)
        .sum()
}

/// The mod-11 check digit: 11 − (sum mod 11), where 11 gives 0 and 10 gives none.
fn check_digit(digits: &[u8], weights: &[u32]) -> Option<u8> {
    match weighted(digits, weights) % 11 {
        0 => Some(0),
        1 => None,
        r => Some((11 - r) as u8),
    }
}

fn text(digits: &[u8]) -> String {
    digits.iter().map(|d| char::from(b'0' + d)).collect()
}

/// `digits` with a space after each position whose flag is set.
fn spaced(digits: &str, spaces: &[bool]) -> String {
    let mut out = String::new();
    for (c, space) in digits
        .chars()
        .zip(spaces.iter().chain(std::iter::repeat(&false)))
    {
        out.push(c);
        if *space {
            out.push(' ');
        }
    }
    out
}

fn orgnr() -> impl Strategy<Value = String> {
    prop::array::uniform8(0u8..10).prop_filter_map("no check digit", |stem| {
        let c = check_digit(&stem, &ORGNR_W)?;
        Some(text(&stem) + &c.to_string())
    })
}

fn kontonummer() -> impl Strategy<Value = String> {
    prop::array::uniform10(0u8..10).prop_filter_map("no check digit", |stem| {
        let c = check_digit(&stem, &KONTO_W)?;
        Some(text(&stem) + &c.to_string())
    })
}

fn days_in_month(yy: u32, month: u32) -> u32 {
    match month {
        2 if yy % 4 == 0 => 29, // 2000 + yy; 1900 + yy is never checked for the century
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A fødselsnummer, D-nummer or H-nummer: a real day (plus 40 on the day or
/// the month), three individual digits, and K1 chosen so that the K1 sum leaves
/// remainder 0 (the old rule) or, with `rule_2032`, any of 0–3.
fn fodselsnummer() -> impl Strategy<Value = (String, FnrKind)> {
    let kinds = prop_oneof![
        Just(FnrKind::Fodselsnummer),
        Just(FnrKind::DNummer),
        Just(FnrKind::HNummer)
    ];
    (
        0u32..100,
        1u32..13,
        1u32..32,
        kinds,
        prop::array::uniform3(0u8..10),
        any::<bool>(),
        0usize..4,
    )
        .prop_filter_map(
            "not a day, or no check digit",
            |(yy, mm, dd, kind, ind, rule_2032, pick)| {
                if dd > days_in_month(yy, mm) {
                    return None;
                }
                let (d, m) = match kind {
                    FnrKind::Fodselsnummer => (dd, mm),
                    FnrKind::DNummer => (dd + 40, mm),
                    FnrKind::HNummer => (dd, mm + 40),
                };
                let two = |n: u32| [(n / 10) as u8, (n % 10) as u8];
                let mut digits: Vec<u8> = [two(d), two(m), two(yy)].concat();
                digits.extend(ind);
                let s1 = weighted(&digits, &K1_W);
                let allowed: Vec<u8> = (0u8..10)
                    .filter(|k| {
                        let r = (s1 + u32::from(*k)) % 11;
                        if rule_2032 {
                            r <= 3
                        } else {
                            r == 0
                        }
                    })
                    .collect();
                let k1 = *allowed.get(pick % allowed.len().max(1))?;
                digits.push(k1);
                let k2 = check_digit(&digits, &K2_W)?;
                digits.push(k2);
                Some((text(&digits), kind))
            },
        )
}

/// `number` with the digit at `pos` replaced by a different one.
fn change_digit(number: &str, pos: Index, delta: u8) -> String {
    let mut digits: Vec<u8> = number.bytes().map(|b| b - b'0').collect();
    let i = pos.index(digits.len());
    digits[i] = (digits[i] + 1 + delta % 9) % 10;
    text(&digits)
}

proptest! {
    #[test]
    fn generated_orgnr_is_accepted(n in orgnr(), spaces in prop::collection::vec(any::<bool>(), 9)) {
        prop_assert_eq!(check_orgnr(&n), Ok(()));
        prop_assert_eq!(check_orgnr(&spaced(&n, &spaces)), Ok(()));
    }

    #[test]
    fn generated_kontonummer_is_accepted(n in kontonummer(), spaces in prop::collection::vec(any::<bool>(), 11)) {
        prop_assert_eq!(check_kontonummer(&n), Ok(()));
        prop_assert_eq!(check_kontonummer(&spaced(&n, &spaces)), Ok(()));
        let dotted = format!("{}.{}.{}", &n[..4], &n[4..6], &n[6..]);
        prop_assert_eq!(check_kontonummer(&dotted), Ok(()));
    }

    #[test]
    fn generated_fodselsnummer_is_accepted_with_its_kind((n, kind) in fodselsnummer(), spaces in prop::collection::vec(any::<bool>(), 11)) {
        prop_assert_eq!(check_fodselsnummer(&n), Ok(kind));
        prop_assert_eq!(check_fodselsnummer(&spaced(&n, &spaces)), Ok(kind));
    }

    #[test]
    fn a_single_digit_change_to_an_orgnr_is_rejected(n in orgnr(), pos: Index, delta in 0u8..9) {
        let changed = change_digit(&n, pos, delta);
        prop_assert_eq!(check_orgnr(&changed), Err(NumberReason::Checksum), "{} → {}", n, changed);
    }

    #[test]
    fn a_single_digit_change_to_a_kontonummer_is_rejected(n in kontonummer(), pos: Index, delta in 0u8..9) {
        let changed = change_digit(&n, pos, delta);
        prop_assert_eq!(check_kontonummer(&changed), Err(NumberReason::Checksum), "{} → {}", n, changed);
    }

    /// K2 weighs every digit (1–7, never 0 mod 11), so any single change is caught.
    #[test]
    fn a_single_digit_change_to_a_fodselsnummer_is_rejected((n, _) in fodselsnummer(), pos: Index, delta in 0u8..9) {
        let changed = change_digit(&n, pos, delta);
        prop_assert!(check_fodselsnummer(&changed).is_err(), "{} → {}", n, changed);
    }
}
