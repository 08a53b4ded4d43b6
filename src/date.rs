//! Calendar dates (`YYYY-MM-DD`) for date fields, date rules and date operators.
//!
//! Proleptic Gregorian, years 1–9999; only strings naming a real day parse.

use std::fmt;

/// A calendar day. Orders chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u32,
    day: u32,
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in a month (1–12) of a year.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date from its parts, if that day exists.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let ok = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        ok.then_some(Date { year, month, day })
    }

    /// Parse exactly `YYYY-MM-DD` (ASCII digits, a real day).
    pub fn parse(s: &str) -> Option<Date> {
        let [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = *s.as_bytes() else {
            return None;
        };
        let digit = |b: u8| b.is_ascii_digit().then(|| u32::from(b - b'0'));
        let num = |ds: &[u8]| ds.iter().try_fold(0u32, |n, &b| Some(n * 10 + digit(b)?));
        let year = i32::try_from(num(&[y0, y1, y2, y3])?).ok()?;
        Date::new(year, num(&[m0, m1])?, num(&[d0, d1])?)
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u32 {
        self.month
    }
    pub fn day(self) -> u32 {
        self.day
    }

    /// Days since 0000-03-01 (a monotone day number; only differences matter).
    pub fn day_number(self) -> i64 {
        let (y, m) = if self.month <= 2 {
            (i64::from(self.year) - 1, i64::from(self.month) + 12)
        } else {
            (i64::from(self.year), i64::from(self.month))
        };
        365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + i64::from(self.day)
    }

    /// The date `days` days after 1970-01-01 (the inverse of [`Date::day_number`],
    /// by H. Hinnant's days-to-civil algorithm); `None` outside years 1–9999.
    pub fn from_unix_days(days: i64) -> Option<Date> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(
            i32::try_from(year).ok()?,
            u32::try_from(month).ok()?,
            u32::try_from(day).ok()?,
        )
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    pub fn days_until(self, other: Date) -> i64 {
        other.day_number() - self.day_number()
    }

    /// The date `n` calendar months later (or earlier), clamped to the month's last day.
    pub fn add_months(self, n: i64) -> Option<Date> {
        // n comes from a rule set or the data: a huge one is no date, not an overflow.
        let index = (i64::from(self.year) * 12 + i64::from(self.month) - 1).checked_add(n)?;
        let year = i32::try_from(index.div_euclid(12)).ok()?;
        let month = u32::try_from(index.rem_euclid(12) + 1).ok()?;
        let day = self.day.min(days_in_month(year, month));
        Date::new(year, month, day)
    }

    /// Whole calendar months from `self` to `other`: the largest n with
    /// `self.add_months(n) <= other` (negative when `other` is earlier).
    pub fn months_until(self, other: Date) -> i64 {
        let raw = (i64::from(other.year) - i64::from(self.year)) * 12 + i64::from(other.month)
            - i64::from(self.month);
        // Month `raw` lands in other's month (clamped); month `raw - 1` lands before it.
        match self.add_months(raw) {
            Some(d) if d <= other => raw,
            _ => raw - 1,
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn days_to_dates() {
        let at = |days| Date::from_unix_days(days).map(|x| x.to_string());
        assert_eq!(at(0).as_deref(), Some("1970-01-01"));
        assert_eq!(at(19_723).as_deref(), Some("2024-01-01"));
        assert_eq!(at(19_782).as_deref(), Some("2024-02-29"));
        assert_eq!(at(i64::MAX), None);
        assert_eq!(at(-719_162), Some("0001-01-01".into()));
        assert_eq!(at(-719_163), None);
        let epoch = d("1970-01-01");
        for days in (-719_162..2_932_896).step_by(997) {
            let date = Date::from_unix_days(days).unwrap();
            assert_eq!(epoch.days_until(date), days, "{date}");
        }
    }

    #[test]
    fn parses_only_real_days() {
        assert!(Date::parse("2024-02-29").is_some());
        for bad in [
            "2023-02-29",
            "2023-13-01",
            "2023-1-01",
            "2023-01-00",
            "20230101",
            "２０２３-01-01",
            "0000-01-01",
            "+023-01-01",
            "2023-+1-01",
            "2023-01-0a",
            "2023/01/01",
            "2023-01-01 ",
            "2023-01-\u{660}",
        ] {
            assert!(Date::parse(bad).is_none(), "{bad}");
        }
        assert_eq!(d("2023-09-08").to_string(), "2023-09-08");
        assert_eq!(
            d("9999-12-31").day_number() - d("0001-01-01").day_number(),
            3_652_058
        );
    }

    #[test]
    fn arithmetic() {
        assert_eq!(d("2024-01-01").days_until(d("2024-03-01")), 60);
        assert_eq!(d("2024-01-31").add_months(1), Some(d("2024-02-29")));
        assert_eq!(d("2024-01-31").months_until(d("2024-02-29")), 1);
        assert_eq!(d("2024-01-31").months_until(d("2024-02-28")), 0);
        assert_eq!(d("2024-01-15").months_until(d("2028-01-15")), 48);
        assert_eq!(d("2024-01-15").months_until(d("2028-01-16")), 48);
        assert_eq!(d("2024-01-15").months_until(d("2028-01-14")), 47);
        assert_eq!(d("2024-03-01").months_until(d("2024-01-01")), -2);
        assert_eq!(d("2024-03-01").months_until(d("2024-01-02")), -2);
    }
}
