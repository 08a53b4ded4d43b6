//! Reading a number as a person typed it: white space (and given separators)
//! ignored, every other character an ASCII digit, exactly the expected count.
//! Also the weighted modulus-11 sum the check digits share.

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
