//! Floats to decimal text and back, without core's float formatting (`{}` on
//! `f64`) or parsing (`str::parse::<f64>`): together they are about 25 KB gzip of
//! every WebAssembly download. Spelling uses the shortest round-trip digits from
//! `zmij` (which serde_json links anyway); reading uses core natively and the
//! host's `parseFloat` in WebAssembly (both round correctly).

/// The shortest digits that read back as the finite, non-zero float `f`, sign
/// ignored: `|f| = 0.d₁d₂…d_k × 10^point`, without leading or trailing zeros. The
/// digits Rust's `{}` and JavaScript's `String(x)` print (for the rare exact ties
/// between two shortest spellings, JavaScript's: the even one).
pub fn shortest_digits(f: f64) -> (String, i64) {
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
pub fn plain_f64(f: f64) -> String {
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

/// The length of the decimal number at the start of `s`: an optional sign, digits
/// with an optional `.` (at least one digit in all), then an exponent if it has
/// digits (`1e5`; `1e` is just `1`). 0 when there is none.
pub fn decimal_prefix_len(s: &str) -> usize {
    let b = s.as_bytes();
    let digits_from = |mut i: usize| {
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        i
    };
    let start = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let mut end = digits_from(start);
    let mut digits = end - start;
    if b.get(end) == Some(&b'.') {
        let frac_end = digits_from(end + 1);
        digits += frac_end - (end + 1);
        end = frac_end;
    }
    if digits == 0 {
        return 0;
    }
    if matches!(b.get(end), Some(b'e' | b'E')) {
        let exp_start = end + 1 + usize::from(matches!(b.get(end + 1), Some(b'+' | b'-')));
        let exp_end = digits_from(exp_start);
        if exp_end > exp_start {
            end = exp_end;
        }
    }
    end
}

/// `text` read as a float exactly as `str::parse::<f64>` reads it (a decimal
/// number as in [`decimal_prefix_len`], or `inf`, `infinity`, `nan` in any case,
/// signed or not), correctly rounded; NaN for anything else.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_f64(text: &str) -> f64 {
    text.parse().unwrap_or(f64::NAN)
}

/// `text` read as a float exactly as `str::parse::<f64>` reads it (a decimal
/// number as in [`decimal_prefix_len`], or `inf`, `infinity`, `nan` in any case,
/// signed or not), correctly rounded; NaN for anything else. The digits are read
/// by the host's `parseFloat`, which accepts the same decimal numbers.
#[cfg(target_arch = "wasm32")]
pub fn parse_f64(text: &str) -> f64 {
    if !text.is_empty() && decimal_prefix_len(text) == text.len() {
        return js_sys::Number::parse_float(text);
    }
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    let value = if ["inf", "infinity"]
        .iter()
        .any(|w| unsigned.eq_ignore_ascii_case(w))
    {
        f64::INFINITY
    } else {
        f64::NAN
    };
    if text.starts_with('-') {
        -value
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decimal::Decimal;
    use crate::value::Number;

    #[test]
    fn decimal_prefixes() {
        for (s, n) in [
            ("12", 2),
            ("-1.5e3x", 6),
            (".5", 2),
            ("1.", 2),
            ("+.5e", 3),
            ("1e+", 1),
            (".", 0),
            ("-", 0),
            ("e5", 0),
            ("Infinity", 0),
        ] {
            assert_eq!(decimal_prefix_len(s), n, "{s}");
        }
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
        // Exact powers of ten from the smallest subnormal one to the largest.
        for e in -323..309 {
            let p: f64 = format!("1e{e}").parse().unwrap();
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
