//! A small proleptic-Gregorian civil date, enough for limitation periods.
//!
//! We avoid `chrono`/`time` on purpose: the widget ships to cheap phones and
//! needs only parsing `YYYY-MM-DD`, adding years/months and counting days.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar date (no time zone: "today" is supplied by the caller).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Days since 1970-01-01 (may be negative).
    days: i32,
}

/// Why a date string was rejected. Display text lives in the UI catalogue;
/// these are stable keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    Format,
    /// Month or day out of range (e.g. 2023-02-29).
    NoSuchDay,
    /// Outside 1900–2199, which no worker's case needs.
    OutOfRange,
}

impl DateError {
    pub fn key(self) -> &'static str {
        match self {
            DateError::Format => "date_format",
            DateError::NoSuchDay => "date_no_such_day",
            DateError::OutOfRange => "date_out_of_range",
        }
    }
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DateError::Format => "expected a date as YYYY-MM-DD",
            DateError::NoSuchDay => "no such day in the calendar",
            DateError::OutOfRange => "year must be between 1900 and 2199",
        })
    }
}

impl std::error::Error for DateError {}

pub(crate) fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub(crate) fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    pub const MIN_YEAR: i32 = 1900;
    pub const MAX_YEAR: i32 = 2199;

    /// Builds a date, checking that it exists.
    pub fn from_ymd(y: i32, m: u32, d: u32) -> Result<Date, DateError> {
        if !(Self::MIN_YEAR..=Self::MAX_YEAR).contains(&y) {
            return Err(DateError::OutOfRange);
        }
        if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
            return Err(DateError::NoSuchDay);
        }
        Ok(Date { days: days_from_civil(y, m, d) })
    }

    /// Parses `YYYY-MM-DD` (the format of `<input type="date">`).
    pub fn parse(s: &str) -> Result<Date, DateError> {
        let b = s.trim().as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(DateError::Format);
        }
        let num = |r: std::ops::Range<usize>| -> Result<u32, DateError> {
            let mut n = 0u32;
            for &c in &b[r] {
                if !c.is_ascii_digit() {
                    return Err(DateError::Format);
                }
                n = n * 10 + u32::from(c - b'0');
            }
            Ok(n)
        };
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        Date::from_ymd(y as i32, m, d)
    }

    /// The date `days` days after 1970-01-01 (e.g. from the system clock).
    pub fn from_days_since_epoch(days: i32) -> Date {
        Date { days }
    }

    /// The date in China Standard Time (UTC+8, where the hall is) at `secs`
    /// seconds after the Unix epoch.
    pub fn in_china_at_unix_seconds(secs: u64) -> Date {
        Date::from_days_since_epoch(((secs + 8 * 3600) / 86_400) as i32)
    }

    /// Today in China by this machine's clock (the native tools, SSR tests).
    /// Not in the browser: wasm32-unknown-unknown has no system clock, and
    /// the app passes the page's `Date.now()` to [`Date::in_china_at_unix_seconds`].
    #[cfg(not(target_arch = "wasm32"))]
    pub fn today_in_china() -> Date {
        let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        Date::in_china_at_unix_seconds(secs)
    }

    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.days)
    }

    pub fn year(self) -> i32 {
        self.ymd().0
    }

    /// Days from `self` to `other` (positive when `other` is later).
    pub fn days_until(self, other: Date) -> i32 {
        other.days - self.days
    }

    pub fn add_days(self, n: i32) -> Date {
        Date { days: self.days + n }
    }

    /// Adds calendar months. A period counted in months or years ends on the
    /// corresponding day of the final month, or on that month's last day when
    /// it has no such day (so 2024-02-29 + 1 year = 2025-02-28).
    pub fn add_months(self, n: i32) -> Date {
        let (y, m, d) = self.ymd();
        let total = y * 12 + (m as i32 - 1) + n;
        let (ny, nm) = (total.div_euclid(12), (total.rem_euclid(12) + 1) as u32);
        let nd = d.min(days_in_month(ny, nm));
        Date { days: days_from_civil(ny, nm, nd) }
    }

    pub fn add_years(self, n: i32) -> Date {
        self.add_months(n * 12)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Date::parse(&s).map_err(|e| serde::de::Error::custom(format!("{e}: {s:?}")))
    }
}

// Howard Hinnant's algorithms (public domain), valid for all i32 years here.
fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i32) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn parses_and_prints_round_trip() {
        for s in ["1970-01-01", "2000-02-29", "2026-11-26", "1900-03-01", "2199-12-31"] {
            assert_eq!(d(s).to_string(), s);
        }
    }

    #[test]
    fn rejects_bad_dates_with_a_reason() {
        assert_eq!(Date::parse("2023-02-29"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("2023-13-01"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("2023-00-10"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("2023-1-1"), Err(DateError::Format));
        assert_eq!(Date::parse("２０２３-01-01"), Err(DateError::Format));
        assert_eq!(Date::parse("1899-12-31"), Err(DateError::OutOfRange));
        assert_eq!(Date::parse(""), Err(DateError::Format));
    }

    #[test]
    fn epoch_and_known_day_counts() {
        assert_eq!(d("1970-01-01").days, 0);
        assert_eq!(d("2000-03-01").days - d("2000-02-28").days, 2);
        assert_eq!(d("2026-01-01").days_until(d("2027-01-01")), 365);
        assert_eq!(d("2024-01-01").days_until(d("2025-01-01")), 366);
    }

    #[test]
    fn china_date_turns_at_16_00_utc() {
        let midnight_utc = 20_000 * 86_400; // 2024-10-04T00:00Z
        assert_eq!(Date::in_china_at_unix_seconds(midnight_utc), d("2024-10-04"));
        assert_eq!(Date::in_china_at_unix_seconds(midnight_utc + 16 * 3600 - 1), d("2024-10-04"));
        assert_eq!(Date::in_china_at_unix_seconds(midnight_utc + 16 * 3600), d("2024-10-05"));
    }

    #[test]
    fn month_arithmetic_clamps_to_month_end() {
        assert_eq!(d("2024-02-29").add_years(1), d("2025-02-28"));
        assert_eq!(d("2024-02-29").add_years(4), d("2028-02-29"));
        assert_eq!(d("2025-01-31").add_months(1), d("2025-02-28"));
        assert_eq!(d("2025-03-10").add_years(1), d("2026-03-10"));
        assert_eq!(d("2025-11-30").add_months(3), d("2026-02-28"));
        assert_eq!(d("2025-03-31").add_months(-1), d("2025-02-28"));
    }

    proptest::proptest! {
        #[test]
        fn civil_round_trip(z in -25_000i32..80_000) {
            let (y, m, dd) = civil_from_days(z);
            proptest::prop_assert_eq!(days_from_civil(y, m, dd), z);
        }

        #[test]
        fn parse_never_panics(s in "\\PC{0,14}") {
            let _ = Date::parse(&s);
        }
    }
}
