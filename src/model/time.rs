//! Points in time read from ISO 8601 text, kept both as the source wrote them and as epoch milliseconds.

use std::fmt;

/// A moment an article was published or updated.
#[derive(Debug, Clone, PartialEq)]
pub struct Timestamp {
    /// The text as the source gave it, for `<time datetime>`.
    iso: String,
    /// Milliseconds since 1970-01-01T00:00:00Z, for formatting and relative dates.
    epoch_millis: f64,
    /// A date without a time names a calendar day, not a moment: shown without a time and
    /// without moving it into the reader's time zone.
    date_only: bool,
}

/// Why a text is not an ISO 8601 date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotADate;

impl fmt::Display for NotADate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not an ISO 8601 date")
    }
}

impl Timestamp {
    /// Reads `2025-02-16`, `2025-02-16T09:30`, `2025-02-16T09:30:15.250+01:00` and the like.
    /// A time without an offset is taken as UTC, which is what WordPress's `*_gmt` fields mean.
    pub fn parse(text: &str) -> Result<Self, NotADate> {
        let trimmed = text.trim();
        let epoch_millis = parse_epoch_millis(trimmed.as_bytes()).ok_or(NotADate)?;
        Ok(Self {
            iso: trimmed.to_owned(),
            epoch_millis,
            date_only: trimmed.len() == "2025-02-16".len(),
        })
    }

    /// The source's own text.
    pub fn iso(&self) -> &str {
        &self.iso
    }

    pub fn epoch_millis(&self) -> f64 {
        self.epoch_millis
    }

    pub fn is_date_only(&self) -> bool {
        self.date_only
    }
}

/// A cursor over ASCII digits and separators.
struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Cursor<'_> {
    fn digits(&mut self, count: usize) -> Option<u32> {
        let slice = self.bytes.get(self.at..self.at + count)?;
        if !slice.iter().all(u8::is_ascii_digit) {
            return None;
        }
        self.at += count;
        Some(slice.iter().fold(0, |n, b| n * 10 + u32::from(b - b'0')))
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.bytes.get(self.at) == Some(&byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn at_end(&self) -> bool {
        self.at == self.bytes.len()
    }
}

fn parse_epoch_millis(bytes: &[u8]) -> Option<f64> {
    let mut c = Cursor { bytes, at: 0 };
    let year = c.digits(4)?;
    let month = c.eat(b'-').then(|| c.digits(2))??;
    let day = c.eat(b'-').then(|| c.digits(2))??;
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    let mut millis_of_day = 0.0;
    let mut offset_minutes = 0i64;
    if c.eat(b'T') || c.eat(b't') || c.eat(b' ') {
        let hour = c.digits(2)?;
        let minute = c.eat(b':').then(|| c.digits(2))??;
        let mut second = 0;
        let mut millis = 0;
        if c.eat(b':') {
            second = c.digits(2)?;
            if c.eat(b'.') || c.eat(b',') {
                // Milliseconds from the first three digits; finer ones do not change a date.
                let mut scale = 100;
                let start = c.at;
                while let Some(digit) = c.peek().filter(u8::is_ascii_digit) {
                    millis += u32::from(digit - b'0') * scale;
                    scale /= 10;
                    c.at += 1;
                }
                if c.at == start {
                    return None;
                }
            }
        }
        if hour > 23 || minute > 59 || second > 60 {
            return None;
        }
        // A leap second (:60) is read as :59.
        millis_of_day = f64::from((hour * 3_600 + minute * 60 + second.min(59)) * 1_000 + millis);
        offset_minutes = parse_offset(&mut c)?;
    }
    if !c.at_end() {
        return None;
    }
    let days = days_from_civil(i64::from(year), month, day);
    Some(days as f64 * 86_400_000.0 + millis_of_day - offset_minutes as f64 * 60_000.0)
}

/// Reads `Z`, `+01:00`, `-0530`, or nothing (UTC).
fn parse_offset(c: &mut Cursor<'_>) -> Option<i64> {
    if c.at_end() || c.eat(b'Z') || c.eat(b'z') {
        return Some(0);
    }
    let sign = match c.peek()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    c.at += 1;
    let hours = c.digits(2)?;
    c.eat(b':');
    let minutes = if c.at_end() { 0 } else { c.digits(2)? };
    if hours > 23 || minutes > 59 {
        return None;
    }
    Some(sign * i64::from(hours * 60 + minutes))
}

fn is_leap(year: u32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year =
        (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    fn millis(text: &str) -> f64 {
        Timestamp::parse(text).unwrap().epoch_millis()
    }

    #[test]
    fn reads_dates_times_and_offsets() {
        assert_eq!(millis("1970-01-01"), 0.0);
        assert_eq!(millis("1970-01-01T00:00:01Z"), 1_000.0);
        assert_eq!(millis("2025-02-16T09:30:00Z"), 1_739_698_200_000.0);
        assert_eq!(millis("2025-02-16T10:30:00+01:00"), 1_739_698_200_000.0);
        assert_eq!(millis("2025-02-16T04:00:00-0530"), 1_739_698_200_000.0);
        assert_eq!(millis("2025-02-16 09:30"), 1_739_698_200_000.0);
        assert_eq!(millis("2025-02-16T09:30:00.250Z"), 1_739_698_200_250.0);
        assert_eq!(millis("2025-02-16T09:30:00.2509999Z"), 1_739_698_200_250.0);
        assert_eq!(
            millis("2016-12-31T23:59:60Z"),
            millis("2016-12-31T23:59:59Z")
        );
        assert_eq!(millis("2000-02-29"), 951_782_400_000.0);
    }

    #[test]
    fn keeps_the_source_text() {
        let stamp = Timestamp::parse(" 2016-11-25T18:31:40 ").unwrap();
        assert_eq!(stamp.iso(), "2016-11-25T18:31:40");
        assert_eq!(stamp.epoch_millis(), 1_480_098_700_000.0);
        assert!(!stamp.is_date_only());
        assert!(Timestamp::parse("2025-02-16").unwrap().is_date_only());
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        for bad in [
            "",
            "yesterday",
            "2025",
            "2025-13-01",
            "2025-02-30",
            "2023-02-29",
            "2025-02-16T25:00",
            "2025-02-16T09:30:00+",
            "2025-02-16T09:30:00Zjunk",
            "٢٠٢٥-٠٢-١٦",
            "2025-02-16T09",
        ] {
            assert_eq!(Timestamp::parse(bad), Err(NotADate), "{bad:?}");
        }
    }
}
