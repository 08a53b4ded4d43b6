//! Fødselsnummer, D-nummer and H-nummer: 11 digits, a birth date and two
//! modulus-11 check digits, accepting both the old rule and the 2032 rule.
//!
//! D-nummer adds 40 to the day, H-nummer adds 40 to the month. No century or
//! gender is inferred: 29 February is accepted when the two-digit year could be a
//! leap year in 1900–2099. K1: weights 3,7,6,1,8,9,4,5,2,1 over digits 1–10 give a
//! sum ≡ 0 (mod 11) under the old rule, and ≡ 0, 1, 2 or 3 under Skatteetaten's rule
//! for numbers issued from 2032. K2: weights 5,4,3,2,7,6,5,4,3,2,1 over all 11
//! digits give a sum ≡ 0 (mod 11), under both rules.

use super::number::{digits, mod11, Shape};
use super::FnrReason;
use crate::date::days_in_month;

const K1_WEIGHTS: [u8; 10] = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1];
const K2_WEIGHTS: [u8; 11] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
/// The D-nummer (day) and H-nummer (month) offset.
const OFFSET: u32 = 40;

/// Which kind of national identity number a valid number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FnrKind {
    Fodselsnummer,
    DNummer,
    HNummer,
}

/// What may be shown of a text that is or could be a fødselsnummer: its first
/// six digits (a birth date, as printed on letters), then `*****` for the rest.
pub fn write_masked(out: &mut String, text: &str) {
    out.extend(text.chars().filter(char::is_ascii_digit).take(6));
    out.push_str("*****");
}

/// Checks a fødselsnummer, D-nummer or H-nummer (spaces allowed). Reasons come in
/// the order Format, Length, Date, Checksum.
pub fn check_fodselsnummer(s: &str) -> Result<FnrKind, FnrReason> {
    let d: [u8; 11] = digits(s, &[]).map_err(|shape| match shape {
        Shape::Format => FnrReason::Format,
        Shape::Length => FnrReason::Length,
    })?;
    let kind = birth_date_kind(&d).ok_or(FnrReason::Date)?;
    if mod11(&d, &K1_WEIGHTS) <= 3 && mod11(&d, &K2_WEIGHTS) == 0 {
        Ok(kind)
    } else {
        Err(FnrReason::Checksum)
    }
}

/// The kind of number, if its first six digits name a day that exists.
fn birth_date_kind(d: &[u8; 11]) -> Option<FnrKind> {
    let [d1, d2, m1, m2, y1, y2, ..] = d.map(u32::from);
    let (mut day, mut month, year) = (d1 * 10 + d2, m1 * 10 + m2, y1 * 10 + y2);
    let mut kind = FnrKind::Fodselsnummer;
    if day > OFFSET {
        day -= OFFSET;
        kind = FnrKind::DNummer;
    }
    if month > OFFSET {
        if kind == FnrKind::DNummer {
            return None;
        }
        month -= OFFSET;
        kind = FnrKind::HNummer;
    }
    // 2000 + yy is a leap year exactly when yy % 4 == 0 (2000 itself included).
    let year = i32::try_from(2000 + year).ok()?;
    (day >= 1 && day <= days_in_month(year, month)).then_some(kind)
}
