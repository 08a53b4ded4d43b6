//! Number reading in WebAssembly, in Node and in headless Chromium: there
//! `decimal::float::parse_f64` hands the digits to the host's `parseFloat`
//! (core's float parser would add ~14 KB gzip to the package), so it must read
//! every text exactly as core's `str::parse::<f64>` does, which this test binary
//! still links as the reference. Texts: edge cases, halfway and boundary values,
//! long digit strings, and pseudo-random decimals over the whole exponent range.
#![cfg(target_arch = "wasm32")]

use skjemasjekk::decimal::float::parse_f64;
use wasm_bindgen_test::wasm_bindgen_test;

const EDGES: &[&str] = &[
    "", ".", "-", "+", "e5", "1e", "1e+", "1.", ".5", "+.5", "-.5e-3", "00012", "-0", "+0",
    "0.0", "inf", "-inf", "+INF", "infinity", "-Infinity", "InFiNiTy", "nan", "-NaN", "NAN",
    "infinit", "nan1", " 1", "1 ", "1_000", "0x10", "1,5", "--1", "+-1", "1e5.5", "1.2.3",
    "9007199254740993", "9007199254740992.5", "2.2250738585072011e-308",
    "2.2250738585072014e-308", "4.9406564584124654e-324", "2.4703282292062327e-324",
    "2.4703282292062328e-324", "1.7976931348623157e308", "1.7976931348623158e308",
    "1.7976931348623159e308", "1e309", "1e-400", "0.1", "0.30000000000000004",
    "1658206780088562.25", "123456789012345678901234567890", "1e22", "1e23",
    "8.98846567431158e307", "0.000000000000000000000000000001",
    "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.5",
];

/// Core's reading, NaN where it refuses the text.
fn core(text: &str) -> f64 {
    text.parse().unwrap_or(f64::NAN)
}

fn agree(text: &str, failures: &mut Vec<String>) {
    let (ours, reference) = (parse_f64(text), core(text));
    let same = if reference.is_nan() {
        ours.is_nan()
    } else {
        ours.to_bits() == reference.to_bits()
    };
    if !same {
        failures.push(format!("{text:?}: {ours:e} but core reads {reference:e}"));
    }
}

/// Decimal texts from a xorshift generator: 1–40 significant digits, a point
/// anywhere or nowhere, and an exponent from -360 to 340 or none.
fn generated(count: usize) -> Vec<String> {
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move |n: u64| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x % n
    };
    (0..count)
        .map(|_| {
            let mut s = String::new();
            match next(3) {
                0 => s.push('-'),
                1 => s.push('+'),
                _ => {}
            }
            let digits = 1 + next(40);
            let point = next(digits + 2);
            for i in 0..digits {
                if i == point {
                    s.push('.');
                }
                s.push(char::from(b'0' + next(10) as u8));
            }
            if next(2) == 0 {
                s.push_str(&format!("e{}", next(701) as i64 - 360));
            }
            s
        })
        .collect()
}

#[wasm_bindgen_test]
fn host_parse_float_reads_as_core_does() {
    let mut failures = Vec::new();
    for text in EDGES {
        agree(text, &mut failures);
    }
    for text in generated(20_000) {
        agree(&text, &mut failures);
    }
    // The shortest spelling of every power of two reads back exactly.
    for e in -1074..1024 {
        agree(&format!("{:e}", 2f64.powi(e)), &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
