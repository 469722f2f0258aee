//! A proleptic Gregorian calendar date with the arithmetic event dates need (days, weekdays).

use std::fmt;

use once_cell::sync::Lazy;
use regex::Regex;

/// A calendar date (proleptic Gregorian), such as an article's publication date.
///
/// ```
/// use news_extract::dates::CivilDate;
/// let d = CivilDate::new(2004, 11, 29).unwrap();
/// assert_eq!(d.to_string(), "2004-11-29");
/// assert_eq!(d.weekday(), 0); // Monday
/// assert!(CivilDate::new(2003, 2, 29).is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    year: i32,
    month: u8,
    day: u8,
}

static ISO: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:\b|T|$)").expect("iso date")
});
static COMPACT: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^\s*(\d{4})(\d{2})(\d{2})\s*$").expect("compact date"));

impl CivilDate {
    /// The date, when `month` and `day` exist in `year` (0 to 9999).
    ///
    /// ```
    /// use news_extract::dates::CivilDate;
    /// assert!(CivilDate::new(2004, 2, 29).is_some());
    /// assert!(CivilDate::new(2004, 13, 1).is_none());
    /// ```
    pub fn new(year: i32, month: u8, day: u8) -> Option<CivilDate> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        if !(0..=9999).contains(&year) {
            return None;
        }
        Some(CivilDate { year, month, day })
    }

    /// Reads a publication date as feeds and dumps write it: ISO 8601 (`2004-11-29`, with or
    /// without a time: `2004-11-29T08:00:00Z`), `2004/11/29`, `20041129`, or written out
    /// (`29 November 2004`, `November 29, 2004`, `Mon, 29 Nov 2004 08:00:00 GMT`).
    ///
    /// ```
    /// use news_extract::dates::CivilDate;
    /// let want = CivilDate::new(2004, 11, 29);
    /// assert_eq!(CivilDate::parse("2004-11-29T08:00:00Z"), want);
    /// assert_eq!(CivilDate::parse("Mon, 29 Nov 2004 08:00:00 GMT"), want);
    /// assert_eq!(CivilDate::parse("November 29, 2004"), want);
    /// assert_eq!(CivilDate::parse("yesterday"), None);
    /// ```
    pub fn parse(s: &str) -> Option<CivilDate> {
        let s = s.get(..s.len().min(200)).unwrap_or(s);
        let from = |c: regex::Captures| {
            CivilDate::new(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)
        };
        if let Some(c) = ISO.captures(s) {
            return from(c);
        }
        if let Some(c) = COMPACT.captures(s) {
            return from(c);
        }
        super::date_expressions(s, None)
            .into_iter()
            .filter_map(|m| m.date)
            .find(|d| d.precision == crate::document::DatePrecision::Day)
            .and_then(|d| CivilDate::parse(&d.value))
    }

    /// The date of a Unix timestamp in seconds (UTC).
    ///
    /// ```
    /// use news_extract::dates::CivilDate;
    /// assert_eq!(CivilDate::from_unix(1_101_686_400).to_string(), "2004-11-29");
    /// ```
    pub fn from_unix(seconds: i64) -> CivilDate {
        from_days(seconds.div_euclid(86_400))
    }

    /// The year.
    ///
    /// ```
    /// let d = news_extract::dates::CivilDate::new(2004, 11, 29).unwrap();
    /// assert_eq!((d.year(), d.month(), d.day()), (2004, 11, 29));
    /// ```
    pub const fn year(&self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    ///
    /// ```
    /// assert_eq!(news_extract::dates::CivilDate::new(2004, 11, 29).unwrap().month(), 11);
    /// ```
    pub const fn month(&self) -> u8 {
        self.month
    }

    /// The day of the month, 1 to 31.
    ///
    /// ```
    /// assert_eq!(news_extract::dates::CivilDate::new(2004, 11, 29).unwrap().day(), 29);
    /// ```
    pub const fn day(&self) -> u8 {
        self.day
    }

    /// Day of the week, 0 = Monday to 6 = Sunday.
    ///
    /// ```
    /// assert_eq!(news_extract::dates::CivilDate::new(2005, 1, 2).unwrap().weekday(), 6);
    /// ```
    pub fn weekday(&self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        (self.days() + 3).rem_euclid(7) as u8
    }

    /// This date moved by `n` days.
    ///
    /// ```
    /// use news_extract::dates::CivilDate;
    /// let d = CivilDate::new(2004, 3, 1).unwrap();
    /// assert_eq!(d.add_days(-1).to_string(), "2004-02-29");
    /// ```
    pub fn add_days(&self, n: i64) -> CivilDate {
        from_days(self.days() + n)
    }

    /// The given weekday (0 = Monday) on or before this date (`inclusive`), or strictly before.
    ///
    /// ```
    /// let tue = news_extract::dates::CivilDate::new(2004, 11, 30).unwrap();
    /// assert_eq!(tue.weekday_before(0, true).to_string(), "2004-11-29");
    /// assert_eq!(tue.weekday_before(1, false).to_string(), "2004-11-23");
    /// ```
    pub fn weekday_before(&self, weekday: u8, inclusive: bool) -> CivilDate {
        let mut back = (i64::from(self.weekday()) - i64::from(weekday)).rem_euclid(7);
        if back == 0 && !inclusive {
            back = 7;
        }
        self.add_days(-back)
    }

    /// The given weekday (0 = Monday) on or after this date (`inclusive`), or strictly after.
    ///
    /// ```
    /// let tue = news_extract::dates::CivilDate::new(2004, 11, 30).unwrap();
    /// assert_eq!(tue.weekday_after(4, true).to_string(), "2004-12-03");
    /// ```
    pub fn weekday_after(&self, weekday: u8, inclusive: bool) -> CivilDate {
        let mut ahead = (i64::from(weekday) - i64::from(self.weekday())).rem_euclid(7);
        if ahead == 0 && !inclusive {
            ahead = 7;
        }
        self.add_days(ahead)
    }

    /// The year of `month` nearest this date in the given direction: this year, or the one
    /// before (looking back) or after (`future`) when the month lies on the other side.
    ///
    /// ```
    /// let d = news_extract::dates::CivilDate::new(2004, 2, 10).unwrap();
    /// assert_eq!((d.nearest_month_year(11, false), d.nearest_month_year(11, true)), (2003, 2004));
    /// ```
    pub fn nearest_month_year(&self, month: u8, future: bool) -> i32 {
        match (future, month.cmp(&self.month)) {
            (false, std::cmp::Ordering::Greater) => self.year - 1,
            (true, std::cmp::Ordering::Less) => self.year + 1,
            _ => self.year,
        }
    }

    /// `day` of `month` in the year nearest this date in the given direction.
    ///
    /// ```
    /// let d = news_extract::dates::CivilDate::new(2004, 11, 30).unwrap();
    /// assert_eq!(d.nearest_month_day(1, 1, true).unwrap().to_string(), "2005-01-01");
    /// assert_eq!(d.nearest_month_day(12, 1, false).unwrap().to_string(), "2003-12-01");
    /// ```
    pub fn nearest_month_day(&self, month: u8, day: u8, future: bool) -> Option<CivilDate> {
        let this = CivilDate::new(self.year, month, day);
        match this {
            Some(d) if future && d < *self => CivilDate::new(self.year + 1, month, day),
            Some(d) if !future && d > *self => CivilDate::new(self.year - 1, month, day),
            Some(d) => Some(d),
            // 29 February of a common year: the nearest leap year in that direction.
            None => (1..=8)
                .map(|k| if future { self.year + k } else { self.year - k })
                .find_map(|y| CivilDate::new(y, month, day)),
        }
    }

    /// Days since 1970-01-01.
    fn days(&self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

fn from_days(z: i64) -> CivilDate {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    CivilDate { year, month, day }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for CivilDate {
    /// ISO 8601: `2004-11-29`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip() {
        for n in [-800_000i64, -1, 0, 1, 12_000, 11_016, 2_932_896] {
            assert_eq!(from_days(n).days(), n);
        }
        assert_eq!(CivilDate::new(1970, 1, 1).unwrap().days(), 0);
        assert_eq!(CivilDate::new(2000, 3, 1).unwrap().weekday(), 2); // Wednesday
    }

    #[test]
    fn weekday_arithmetic() {
        let tue = CivilDate::new(2004, 11, 30).unwrap();
        assert_eq!(tue.weekday_before(1, true), tue);
        assert_eq!(tue.weekday_before(1, false).to_string(), "2004-11-23");
        assert_eq!(tue.weekday_after(0, true).to_string(), "2004-12-06");
        assert_eq!(tue.weekday_before(6, true).to_string(), "2004-11-28");
    }

    #[test]
    fn year_inference() {
        let d = CivilDate::new(2004, 2, 10).unwrap();
        assert_eq!(d.nearest_month_year(11, false), 2003);
        assert_eq!(d.nearest_month_year(11, true), 2004);
        assert_eq!(d.nearest_month_year(1, true), 2005);
        assert_eq!(
            CivilDate::new(2005, 3, 1)
                .unwrap()
                .nearest_month_day(2, 29, false)
                .unwrap()
                .to_string(),
            "2004-02-29"
        );
    }
}
