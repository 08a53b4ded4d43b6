//! Exact decimal numbers for sums of money and other amounts.
//!
//! JSON numbers arrive as binary floats or integers; a float is read back through
//! its shortest round-trip spelling (0.1 is "0.1"), so sums are exact for every
//! amount a person can type. Never binary floats for money.
//!
//! Floats are spelled from their shortest round-trip digits ([`shortest_digits`],
//! the `zmij` formatter serde_json also uses), not with `{}` on `f64`: that keeps
//! core's second float formatter out of the WebAssembly module.

use crate::value::Number;
use std::cmp::Ordering;
use std::fmt;

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
        Number::Float(self.to_string().parse().unwrap_or(f64::NAN))
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
        self.to_string().parse().unwrap_or(f64::NAN)
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

/// The shortest digits that read back as the finite, non-zero float `f`, sign
/// ignored: `|f| = 0.d₁d₂…d_k × 10^point`, without leading or trailing zeros. The
/// digits Rust's `{}` and JavaScript's `String(x)` print.
pub(crate) fn shortest_digits(f: f64) -> (String, i64) {
    let mut buffer = zmij::Buffer::new();
    let text = buffer.format_finite(f.abs());
    // zmij writes `123.45`, `1.0`, `1e-7` or `1.5e+300`.
    let (mantissa, exp) = text.split_once('e').unwrap_or((text, "0"));
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut point = i64::try_from(int.len()).unwrap_or(0) + exp.parse::<i64>().unwrap_or(0);
    let mut digits = String::with_capacity(int.len() + frac.len());
    for b in int.bytes().chain(frac.bytes()) {
        if digits.is_empty() && b == b'0' {
            point -= 1;
        } else {
            digits.push(char::from(b));
        }
    }
    digits.truncate(digits.trim_end_matches('0').len());
    (digits, point)
}

/// A float spelled out in full, without exponent, as Rust's `{}` spells it:
/// `0.0000001`, `-0`, `1000000000000000000000`, `NaN`, `inf`.
pub(crate) fn plain_f64(f: f64) -> String {
    if f.is_nan() {
        return "NaN".to_owned();
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f.is_infinite() {
        return format!("{sign}inf");
    }
    if f == 0.0 {
        return format!("{sign}0");
    }
    let (digits, point) = shortest_digits(f);
    let k = i64::try_from(digits.len()).unwrap_or(0);
    let zeros = |n: i64| "0".repeat(usize::try_from(n).unwrap_or(0));
    if point >= k {
        format!("{sign}{digits}{}", zeros(point - k))
    } else if point > 0 {
        let (int, frac) = digits
            .split_at_checked(usize::try_from(point).unwrap_or(0))
            .unwrap_or((&digits, ""));
        format!("{sign}{int}.{frac}")
    } else {
        format!("{sign}0.{}{digits}", zeros(-point))
    }
}

#[cfg(test)]
mod tests {
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

    /// Floats spread over the whole range: every bit pattern class, integers,
    /// short decimals, and neighbours of powers of ten.
    fn sample_floats() -> Vec<f64> {
        let mut out = vec![
            0.0,
            -0.0,
            f64::MIN_POSITIVE,
            f64::MAX,
            f64::MIN,
            5e-324,
            1e21,
            1e-7,
        ];
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            out.push(f64::from_bits(x));
            out.push((x % 2_000_000_000) as f64 / 100.0);
            out.push((x % 100_000) as f64 * 10f64.powi((x % 80) as i32 - 40));
        }
        for e in -330..310 {
            let p = 10f64.powi(e);
            out.extend([
                p,
                f64::from_bits(p.to_bits() + 1),
                f64::from_bits(p.to_bits() - 1),
                -p,
            ]);
        }
        out
    }

    /// Where core's `{}` and [`plain_f64`] differ, the float lies exactly halfway
    /// between two shortest spellings: core rounds the last digit up, zmij to even
    /// (as JavaScript's `String(x)` does). Both spellings read back as the float.
    fn is_tie(f: f64, ours: &str, core: &str) -> bool {
        let last = |s: &str| s.bytes().last().map(|b| b - b'0');
        ours.len() == core.len()
            && ours[..ours.len() - 1] == core[..core.len() - 1]
            && ours.parse::<f64>() == Ok(f)
            && core.parse::<f64>() == Ok(f)
            && last(ours).is_some_and(|d| d % 2 == 0)
            && last(core) == last(ours).map(|d| d + 1)
    }

    #[test]
    fn spellings_match_core_formatting() {
        for f in sample_floats() {
            let (ours, core) = (plain_f64(f), format!("{f}"));
            if ours != core {
                assert!(is_tie(f, &ours, &core), "{ours} vs {core}");
                continue;
            }
            let direct = Decimal::from_number(Number::Float(f));
            let via_text = f.is_finite().then(|| Decimal::parse(&core)).flatten();
            assert_eq!(
                direct.map(|d| (d.to_string(), d.scale)),
                via_text.map(|d| (d.to_string(), d.scale)),
                "{core}"
            );
        }
        // 1658206780088562.25 exactly, halfway between …562.2 and …562.3: to even,
        // as JavaScript does.
        let tie = f64::from_bits(0x4317_9085_685d_83c9);
        assert_eq!(plain_f64(tie), "1658206780088562.2");
    }
}
