//! The operators skjemasjekk adds to JsonLogic: calendar dates (`is_date`,
//! `date_before`, `date_after`, `days_between`, `months_between`, `add_months`,
//! `year`) and the exact decimal `sum`. A value that is not a real `YYYY-MM-DD`
//! day, or not a number where one is needed, gives `null`.

use super::ops::Op;
use super::tree::{segments, walk};
use crate::date::Date;
use crate::decimal::Decimal;
use crate::value::{Number, Value};

/// Months that still land in years 1–9999 from any date (larger shifts give null).
const MAX_MONTHS: i64 = 12 * 10_000;

fn date(v: &Value) -> Option<Date> {
    v.as_str().and_then(Date::parse)
}

/// `is_date` and `year`.
pub(crate) fn unary(op: Op, a: &Value) -> Value {
    match op {
        Op::IsDate => Value::Bool(date(a).is_some()),
        Op::Year => date(a).map_or(Value::Null, |d| Value::from(i64::from(d.year()))),
        _ => Value::Null,
    }
}

/// `date_before`, `date_after`, `days_between`, `months_between`, `add_months`.
pub(crate) fn binary(op: Op, a: &Value, b: &Value) -> Value {
    let Some(first) = date(a) else {
        return Value::Null;
    };
    if op == Op::AddMonths {
        return add_months(first, b);
    }
    let Some(second) = date(b) else {
        return Value::Null;
    };
    match op {
        Op::DateBefore => Value::Bool(first < second),
        Op::DateAfter => Value::Bool(first > second),
        Op::DaysBetween => Value::from(first.days_until(second)),
        Op::MonthsBetween => Value::from(first.months_until(second)),
        _ => Value::Null,
    }
}

/// The date `n` months after `d` (n a whole number), clamped to the month's last day.
fn add_months(d: Date, n: &Value) -> Value {
    let months = n
        .as_number()
        .and_then(Number::as_i64)
        .filter(|m| (-MAX_MONTHS..=MAX_MONTHS).contains(m));
    months
        .and_then(|m| d.add_months(m))
        .map_or(Value::Null, |d| Value::String(d.to_string()))
}

/// The exact sum of the numbers in `list` (or of each item's `field`, a dotted path);
/// null when `list` is not a list, when any of them is not a number, or on overflow.
pub(crate) fn sum(list: &Value, field: Option<&str>) -> Value {
    let Value::Array(items) = list else {
        return Value::Null;
    };
    let mut total = Decimal::from_i64(0);
    for item in items {
        let value = match field {
            Some(f) => walk(item, segments(f)),
            None => Some(item),
        };
        let next = value
            .and_then(Value::as_number)
            .and_then(Decimal::from_number)
            .and_then(|d| total.checked_add(d));
        match next {
            Some(t) => total = t,
            None => return Value::Null,
        }
    }
    match total.to_number() {
        Number::Float(f) if !f.is_finite() => Value::Null,
        n => Value::Number(n),
    }
}
