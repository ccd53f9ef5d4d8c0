//! ISO 8601 dates and times (`2025-02-16T09:30:15.250+01:00`), as JSON formats write them.

use super::calendar::{days_from_civil, days_in_month};

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

pub fn parse_epoch_millis(bytes: &[u8]) -> Option<f64> {
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
