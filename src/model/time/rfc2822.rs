//! Dates as e-mail and RSS write them (`Fri, 01 Mar 2024 10:00:00 +0000`, RFC 2822), which feeds
//! converted from RSS and some sites' templates put where JSON formats ask for ISO 8601.

use super::calendar::{days_from_civil, days_in_month};

/// A moment read from RFC 2822 text: epoch milliseconds, and the same moment in ISO 8601 with
/// the text's own offset (what `<time datetime>` and JSON-LD take).
pub fn parse(text: &str) -> Option<(f64, String)> {
    // The day of the week is optional, and says nothing the date does not.
    let rest = match text.split_once(',') {
        Some((weekday, rest)) if is_weekday(weekday.trim()) => rest,
        Some(_) => return None,
        None => text,
    };
    let mut words = rest.split_whitespace();
    let day = number(words.next()?, 1, 2)?;
    let month = month(words.next()?)?;
    let year = year(words.next()?)?;
    let (hour, minute, second) = clock(words.next()?)?;
    // A zone is required by the RFC; without one, the time is taken as UTC, as ISO 8601's is.
    let offset = match words.next() {
        Some(zone) => offset_minutes(zone)?,
        None => 0,
    };
    // What may follow is a comment naming the zone: `+0000 (UTC)`.
    if !words.all(|word| word.starts_with('(') || word.ends_with(')')) {
        return None;
    }
    if day == 0 || day > days_in_month(year, month) || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let days = days_from_civil(i64::from(year), month, day);
    let seconds_of_day = i64::from(hour * 3_600 + minute * 60 + second.min(59));
    let millis = (days * 86_400 + seconds_of_day - offset * 60) as f64 * 1_000.0;
    let zone = match offset {
        0 => "Z".to_owned(),
        _ => format!(
            "{}{:02}:{:02}",
            if offset < 0 { '-' } else { '+' },
            offset.abs() / 60,
            offset.abs() % 60
        ),
    };
    let iso = format!(
        "{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{:02}{zone}",
        second.min(59)
    );
    Some((millis, iso))
}

/// `text` as a number of `min` to `max` ASCII digits.
fn number(text: &str, min: usize, max: usize) -> Option<u32> {
    if !(min..=max).contains(&text.len()) || !text.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn is_weekday(text: &str) -> bool {
    let prefix = text.get(..3).unwrap_or_default();
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .iter()
        .any(|day| prefix.eq_ignore_ascii_case(day))
        && text.bytes().all(|byte| byte.is_ascii_alphabetic())
}

/// The month from its English name or abbreviation (`Mar`, `March`, `Sept`), 1 to 12.
fn month(text: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let index = MONTHS.iter().position(|name| {
        let short = name.get(..3).unwrap_or_default();
        text.eq_ignore_ascii_case(short)
            || text.eq_ignore_ascii_case(name)
            || (*name == "september" && text.eq_ignore_ascii_case("sept"))
    })?;
    u32::try_from(index + 1).ok()
}

/// A four-digit year, or an obsolete two-digit one (`24` is 2024, `99` 1999, as the RFC says).
fn year(text: &str) -> Option<u32> {
    let year = number(text, 2, 4)?;
    match text.len() {
        4 => Some(year),
        2 if year < 50 => Some(2000 + year),
        2 => Some(1900 + year),
        _ => None,
    }
}

/// `10:00` or `10:00:15`.
fn clock(text: &str) -> Option<(u32, u32, u32)> {
    let mut parts = text.split(':');
    let hour = number(parts.next()?, 1, 2)?;
    let minute = number(parts.next()?, 2, 2)?;
    let second = match parts.next() {
        Some(second) => number(second, 2, 2)?,
        None => 0,
    };
    parts.next().is_none().then_some((hour, minute, second))
}

/// `+0530`, `-0800`, or the zone names the RFC keeps from RFC 822 (`GMT`, `EST`, `PDT`…).
fn offset_minutes(zone: &str) -> Option<i64> {
    let named = [
        ("UT", 0),
        ("UTC", 0),
        ("GMT", 0),
        ("Z", 0),
        ("EST", -5),
        ("EDT", -4),
        ("CST", -6),
        ("CDT", -5),
        ("MST", -7),
        ("MDT", -6),
        ("PST", -8),
        ("PDT", -7),
    ];
    if let Some((_, hours)) = named
        .iter()
        .find(|(name, _)| zone.eq_ignore_ascii_case(name))
    {
        return Some(hours * 60);
    }
    let (sign, digits) = match zone.split_at_checked(1)? {
        ("+", digits) => (1, digits),
        ("-", digits) => (-1, digits),
        _ => return None,
    };
    let value = i64::from(number(digits, 4, 4)?);
    let (hours, minutes) = (value / 100, value % 100);
    (hours <= 23 && minutes <= 59).then_some(sign * (hours * 60 + minutes))
}
