//! Exact decimal numbers for sums of money and other amounts.
//!
//! JSON numbers arrive as binary floats or integers; a float is read back through
//! its shortest round-trip spelling (0.1 is "0.1"), so sums are exact for every
//! amount a person can type. Never binary floats for money.
//!
//! Floats are spelled and read back through [`float`], which keeps core's float
//! formatting and parsing out of the WebAssembly module.

pub mod float;

use crate::value::Number;
use float::{parse_f64, shortest_digits};
use std::cmp::Ordering;
use std::fmt;

/// `n` in decimal digits at the end of `out`: what pointers' indexes and the
/// counts in messages need, without the formatting machinery's per-call cost.
pub fn push_u64(out: &mut String, n: u64) {
    let mut place = 1u64;
    while n / place >= 10 {
        place *= 10;
    }
    loop {
        out.push(char::from(b'0' + (n / place % 10) as u8));
        if place == 1 {
            break;
        }
        place /= 10;
    }
}

/// `mantissa × 10^-scale`.
#[derive(Debug, Clone, Copy)]
pub struct Decimal {
    mantissa: i128,
    scale: u32,
}

const MAX_SCALE: u32 = 30;

impl Decimal {
    pub fn from_i64(i: i64) -> Decimal {
        Decimal {
            mantissa: i128::from(i),
            scale: 0,
        }
    }

    /// The exact decimal a JSON number was written as; `None` for non-finite
    /// numbers or ones too large or too fine to hold exactly.
    pub fn from_number(n: Number) -> Option<Decimal> {
        match n {
            Number::Int(i) => Some(Decimal::from_i64(i)),
            Number::Float(f) if f.is_finite() => Decimal::from_float(f),
            Number::Float(_) => None,
        }
    }

    /// A finite float's shortest digits as a decimal; `None` past i128 or
    /// [`MAX_SCALE`] (exactly when its plain spelling would not parse).
    fn from_float(f: f64) -> Option<Decimal> {
        if f == 0.0 {
            return Some(Decimal::from_i64(0));
        }
        let (digits, point) = shortest_digits(f);
        let k = i64::try_from(digits.len()).ok()?;
        let zeros = u32::try_from(point - k).unwrap_or(0);
        let scale = u32::try_from(k - point).unwrap_or(0);
        if scale > MAX_SCALE {
            return None;
        }
        let mut mantissa: i128 = 0;
        for b in digits.bytes() {
            mantissa = mantissa
                .checked_mul(10)?
                .checked_add(i128::from(b - b'0'))?;
        }
        let mantissa = mantissa.checked_mul(10i128.checked_pow(zeros)?)?;
        Some(Decimal {
            mantissa: if f < 0.0 { -mantissa } else { mantissa },
            scale,
        })
    }

    /// Parse a plain decimal spelling: `-12`, `12.50`, `0.001`.
    pub fn parse(s: &str) -> Option<Decimal> {
        let (neg, digits) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
        if int.is_empty()
            || !int.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let scale = u32::try_from(frac.len()).ok().filter(|s| *s <= MAX_SCALE)?;
        let mut mantissa: i128 = 0;
        for b in int.bytes().chain(frac.bytes()) {
            mantissa = mantissa
                .checked_mul(10)?
                .checked_add(i128::from(b - b'0'))?;
        }
        Some(
            Decimal {
                mantissa: if neg { -mantissa } else { mantissa },
                scale,
            }
            .normalized(),
        )
    }

    fn normalized(mut self) -> Decimal {
        while self.scale > 0 && self.mantissa % 10 == 0 {
            self.mantissa /= 10;
            self.scale -= 1;
        }
        self
    }

    fn rescaled(self, scale: u32) -> Option<i128> {
        let factor = 10i128.checked_pow(scale.checked_sub(self.scale)?)?;
        self.mantissa.checked_mul(factor)
    }

    /// The exact sum, or `None` on overflow.
    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        let scale = self.scale.max(other.scale);
        let mantissa = self.rescaled(scale)?.checked_add(other.rescaled(scale)?)?;
        Some(Decimal { mantissa, scale }.normalized())
    }

    /// Back to a JSON number (integers stay integers).
    pub fn to_number(self) -> Number {
        if self.scale == 0 {
            if let Ok(i) = i64::try_from(self.mantissa) {
                return Number::Int(i);
            }
        }
        Number::Float(parse_f64(&self.to_string()))
    }
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Decimal {}
impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        let scale = self.scale.max(other.scale);
        match (self.rescaled(scale), other.rescaled(scale)) {
            (Some(a), Some(b)) => a.cmp(&b),
            // Only reachable near i128's limits: fall back to the float order.
            _ => self.to_f64().total_cmp(&other.to_f64()),
        }
    }
}

impl Decimal {
    fn to_f64(self) -> f64 {
        parse_f64(&self.to_string())
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let digits = self.mantissa.unsigned_abs().to_string();
        let sign = if self.mantissa < 0 { "-" } else { "" };
        let scale = self.scale as usize;
        if scale == 0 {
            return write!(f, "{sign}{digits}");
        }
        let padded = format!("{digits:0>width$}", width = scale + 1);
        let (int, frac) = padded.split_at(padded.len() - scale);
        write!(f, "{sign}{int}.{frac}")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn integers_are_written_in_decimal_digits() {
        for n in [0, 7, 10, 99, 1_234_567_890, u64::MAX] {
            let mut out = String::from("x");
            super::push_u64(&mut out, n);
            assert_eq!(out, format!("x{n}"));
        }
    }

    use super::*;

    #[test]
    fn sums_exactly() {
        let a = Decimal::from_number(Number::Float(0.1)).unwrap();
        let b = Decimal::from_number(Number::Float(0.2)).unwrap();
        let sum = a.checked_add(b).unwrap();
        assert_eq!(sum.to_string(), "0.3");
        assert_eq!(sum, Decimal::parse("0.30").unwrap());
        assert_eq!(Decimal::parse("-0.05").unwrap().to_string(), "-0.05");
        assert_eq!(
            Decimal::from_i64(150)
                .checked_add(Decimal::parse("2.50").unwrap())
                .unwrap()
                .to_string(),
            "152.5"
        );
        assert!(Decimal::from_number(Number::Float(f64::INFINITY)).is_none());
        assert_eq!(
            Decimal::from_number(Number::Float(1e-7))
                .unwrap()
                .to_string(),
            "0.0000001"
        );
    }
}
