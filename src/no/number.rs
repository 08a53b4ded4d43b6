//! Organisasjonsnummer (9 digits) and kontonummer (11 digits): modulus-11 check
//! digits with weights 3,2,7,6,5,4,3,2 and 5,4,3,2,7,6,5,4,3,2.
//!
//! The rule "check = 11 − (sum mod 11), 11 → 0, 10 → no valid number" is the same
//! as "the weighted sum including the check digit with weight 1 is divisible by 11".

use super::digits::{digits, mod11, Shape};
use super::NumberReason;

const ORGNR_WEIGHTS: [u8; 9] = [3, 2, 7, 6, 5, 4, 3, 2, 1];
const KONTONUMMER_WEIGHTS: [u8; 11] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

impl From<Shape> for NumberReason {
    fn from(shape: Shape) -> Self {
        match shape {
            Shape::Format => NumberReason::Format,
            Shape::Length => NumberReason::Length,
        }
    }
}

/// The modulus-11 check shared by organisasjonsnummer and kontonummer.
fn check<const N: usize>(
    s: &str,
    separators: &[char],
    weights: &[u8; N],
) -> Result<(), NumberReason> {
    let d: [u8; N] = digits(s, separators)?;
    if mod11(&d, weights) == 0 {
        Ok(())
    } else {
        Err(NumberReason::Checksum)
    }
}

/// An organisasjonsnummer from Enhetsregisteret: 9 digits, spaces allowed.
pub fn check_orgnr(s: &str) -> Result<(), NumberReason> {
    check(s, &[], &ORGNR_WEIGHTS)
}

/// A Norwegian bank account number: 11 digits, spaces and dots allowed
/// ("8601 11 17947", "8601.11.17947").
pub fn check_kontonummer(s: &str) -> Result<(), NumberReason> {
    check(s, &['.'], &KONTONUMMER_WEIGHTS)
}
