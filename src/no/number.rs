//! Organisasjonsnummer (9 digits) and kontonummer (11 digits): modulus-11 check
//! digits with weights 3,2,7,6,5,4,3,2 and 5,4,3,2,7,6,5,4,3,2.
//!
//! The rule "check = 11 − (sum mod 11), 11 → 0, 10 → no valid number" is the same
//! as "the weighted sum including the check digit with weight 1 is divisible by 11".
//! Also how every number here is read as typed: white space (and given
//! separators) ignored, every other character an ASCII digit, exactly N of them.

use super::NumberReason;

/// What is wrong with the shape of a typed number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    /// A character that is neither a digit nor ignorable (non-ASCII digits included).
    Format,
    /// Only digits, but not `N` of them.
    Length,
}

/// The `N` digit values of `s`, ignoring white space anywhere and the
/// `separators`. Format takes precedence over Length. Allocates nothing.
pub(super) fn digits<const N: usize>(s: &str, separators: &[char]) -> Result<[u8; N], Shape> {
    let mut out = [0u8; N];
    let mut count = 0usize;
    for c in s.chars() {
        if c.is_whitespace() || separators.contains(&c) {
            continue;
        }
        if !c.is_ascii_digit() {
            return Err(Shape::Format);
        }
        if let Some(slot) = out.get_mut(count) {
            *slot = c as u8 - b'0';
        }
        count = count.saturating_add(1);
    }
    if count == N {
        Ok(out)
    } else {
        Err(Shape::Length)
    }
}

/// The sum of `digits` times `weights`, pairwise, modulo 11.
pub(super) fn mod11(digits: &[u8], weights: &[u8]) -> u32 {
    let sum: u32 = digits
        .iter()
        .zip(weights)
        .map(|(&d, &w)| u32::from(d) * u32::from(w))
        .sum();
    sum % 11
}

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
