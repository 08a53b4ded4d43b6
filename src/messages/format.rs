//! Dates and numbers written the way each language writes them in running text.
//!
//! Dates: nb/nn "8. september 2023", en "8 September 2023". Numbers: nb/nn group
//! thousands with a no-break space (U+00A0) and use a decimal comma; en groups with
//! commas and uses a decimal point. Integer parts of four digits or fewer are not
//! grouped (Språkrådet's rule, also used in English here), so a year such as 2024
//! never reads as "2 024".

use crate::date::Date;
use crate::decimal::{float::plain_f64, Decimal};
use crate::lang::Lang;
use crate::value::{Number, Value};

const MONTHS_NO: [&str; 12] = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `2023-09-08` → nb/nn "8. september 2023", en "8 September 2023"; anything that
/// is not a real `YYYY-MM-DD` date is returned unchanged.
pub fn format_date(iso: &str, lang: Lang) -> String {
    let Some(date) = Date::parse(iso) else {
        return iso.to_owned();
    };
    let index = usize::try_from(date.month()).unwrap_or(0).saturating_sub(1);
    let months = match lang {
        Lang::Nb | Lang::Nn => &MONTHS_NO,
        Lang::En => &MONTHS_EN,
    };
    let Some(month) = months.get(index) else {
        return iso.to_owned();
    };
    match lang {
        Lang::Nb | Lang::Nn => format!("{}. {} {}", date.day(), month, date.year()),
        Lang::En => format!("{} {} {}", date.day(), month, date.year()),
    }
}

/// A number as it is written in running text: 1500000 → nb/nn "1 500 000" (no-break
/// spaces), en "1,500,000"; 2.5 → nb/nn "2,5", en "2.5". Strings are returned as
/// they are; other values as compact JSON.
pub fn format_number(value: &Value, lang: Lang) -> String {
    match value {
        Value::Number(n) => format_plain(&plain_spelling(*n), lang),
        Value::String(s) => s.clone(),
        other => other.to_json(),
    }
}

/// A decimal spelling such as `"1500.5"` formatted like [`format_number`]; any
/// other text unchanged. Used for amounts the engine reports as strings.
pub(super) fn format_amount(text: &str, lang: Lang) -> String {
    match Decimal::parse(text) {
        Some(d) => format_plain(&d.to_string(), lang),
        None => text.to_owned(),
    }
}

/// A count (of characters, items, months) formatted like [`format_number`].
pub(super) fn format_count(n: u64, lang: Lang) -> String {
    let mut digits = String::new();
    crate::decimal::push_u64(&mut digits, n);
    if n < 10_000 {
        // No group separator below five digits (format_plain's rule).
        return digits;
    }
    format_plain(&digits, lang)
}

/// The shortest exact spelling of a JSON number: `-12`, `0.1`, `152.5`.
fn plain_spelling(n: Number) -> String {
    match n {
        Number::Int(i) => i.to_string(),
        Number::Float(f) => match Decimal::from_number(n) {
            Some(d) => d.to_string(),
            None => plain_f64(f),
        },
    }
}

/// Groups and punctuates a plain spelling (`-?digits(.digits)?`); anything else
/// is returned unchanged.
fn format_plain(plain: &str, lang: Lang) -> String {
    let (sign, unsigned) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain),
    };
    let (int, frac) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) {
        return plain.to_owned();
    }
    let (group_sep, decimal_sep) = match lang {
        Lang::Nb | Lang::Nn => ('\u{a0}', ','),
        Lang::En => (',', '.'),
    };
    let mut out = String::with_capacity(plain.len() + int.len() / 3 + 1);
    out.push_str(sign);
    let len = int.len();
    for (i, c) in int.chars().enumerate() {
        if len > 4 && i > 0 && (len - i) % 3 == 0 {
            out.push(group_sep);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(decimal_sep);
        out.push_str(frac);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_running_text() {
        assert_eq!(format_date("2023-09-08", Lang::Nb), "8. september 2023");
        assert_eq!(format_date("2023-09-08", Lang::Nn), "8. september 2023");
        assert_eq!(format_date("2023-09-08", Lang::En), "8 September 2023");
        assert_eq!(format_date("2024-01-01", Lang::Nb), "1. januar 2024");
        assert_eq!(format_date("2024-12-31", Lang::En), "31 December 2024");
        assert_eq!(format_date("2024-02-29", Lang::Nn), "29. februar 2024");
        for not_a_date in [
            "2023-02-29",
            "2023-9-8",
            "08.09.2023",
            "",
            "hello",
            "2023-13-01",
        ] {
            assert_eq!(format_date(not_a_date, Lang::Nb), not_a_date);
            assert_eq!(format_date(not_a_date, Lang::En), not_a_date);
        }
    }

    fn int(i: i64) -> Value {
        Value::from(i)
    }

    fn float(f: f64) -> Value {
        Value::Number(Number::Float(f))
    }

    #[test]
    fn numbers_in_running_text() {
        let nb = |v: &Value| format_number(v, Lang::Nb);
        let en = |v: &Value| format_number(v, Lang::En);
        assert_eq!(nb(&int(1_500_000)), "1\u{a0}500\u{a0}000");
        assert_eq!(
            format_number(&int(1_500_000), Lang::Nn),
            "1\u{a0}500\u{a0}000"
        );
        assert_eq!(en(&int(1_500_000)), "1,500,000");
        assert_eq!(nb(&float(2.5)), "2,5");
        assert_eq!(en(&float(2.5)), "2.5");
        assert_eq!(nb(&float(0.1)), "0,1");
        assert_eq!(nb(&float(1_234_567.25)), "1\u{a0}234\u{a0}567,25");
        assert_eq!(en(&float(1_234_567.25)), "1,234,567.25");
        assert_eq!(nb(&float(3.0)), "3");
        // Four digits stay together, so years read as years.
        assert_eq!(nb(&int(2024)), "2024");
        assert_eq!(en(&int(2024)), "2024");
        assert_eq!(nb(&int(12_345)), "12\u{a0}345");
        assert_eq!(en(&int(123_456)), "123,456");
        assert_eq!(nb(&int(-1_234_567)), "-1\u{a0}234\u{a0}567");
        assert_eq!(en(&int(0)), "0");
        assert_eq!(
            nb(&int(i64::MIN)),
            "-9\u{a0}223\u{a0}372\u{a0}036\u{a0}854\u{a0}775\u{a0}808"
        );
        // Strings as they are; other values as JSON.
        assert_eq!(nb(&Value::from("1500000")), "1500000");
        assert_eq!(en(&Value::Bool(true)), "true");
        assert_eq!(en(&Value::Null), "null");
    }

    #[test]
    fn amounts_and_counts() {
        assert_eq!(format_amount("1500000", Lang::Nb), "1\u{a0}500\u{a0}000");
        assert_eq!(format_amount("1500000.50", Lang::En), "1,500,000.5");
        assert_eq!(format_amount("-0.05", Lang::Nn), "-0,05");
        assert_eq!(format_amount("mange", Lang::Nb), "mange");
        assert_eq!(format_count(5000, Lang::Nb), "5000");
        assert_eq!(
            format_count(u64::MAX, Lang::En),
            "18,446,744,073,709,551,615"
        );
    }
}
