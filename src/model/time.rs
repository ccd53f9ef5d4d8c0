//! Points in time read from ISO 8601 (or RFC 2822) text, kept both as ISO 8601 text and as epoch milliseconds.

use std::fmt;

mod calendar;
mod iso;
mod rfc2822;

/// A moment an article was published or updated.
#[derive(Debug, Clone, PartialEq)]
pub struct Timestamp {
    /// The text as the source gave it, for `<time datetime>`; a date the source wrote in
    /// RFC 2822 is written again in ISO 8601, which is what `datetime` takes.
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
        let epoch_millis = iso::parse_epoch_millis(trimmed.as_bytes()).ok_or(NotADate)?;
        Ok(Self {
            iso: trimmed.to_owned(),
            epoch_millis,
            date_only: trimmed.len() == "2025-02-16".len(),
        })
    }

    /// The same, and also RFC 2822's `Sun, 16 Feb 2025 09:30:00 +0000`, which feeds made from
    /// RSS carry where they should have ISO 8601: the reader still gets the article's date.
    /// For others' formats; lede's own says ISO 8601, and only the foreign formats' part of the
    /// program carries this reader.
    pub fn parse_with_rfc2822(text: &str) -> Result<Self, NotADate> {
        Self::parse(text).or_else(|NotADate| {
            let (epoch_millis, iso) = rfc2822::parse(text.trim()).ok_or(NotADate)?;
            Ok(Self {
                iso,
                epoch_millis,
                date_only: false,
            })
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

#[cfg(test)]
mod tests {
    use super::*;

    fn millis(text: &str) -> f64 {
        Timestamp::parse_with_rfc2822(text).unwrap().epoch_millis()
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
    fn reads_rfc_2822_as_feeds_made_from_rss_write_it() {
        let at = 1_739_698_200_000.0;
        assert_eq!(millis("Sun, 16 Feb 2025 09:30:00 +0000"), at);
        assert_eq!(millis("Sun, 16 Feb 2025 09:30:00 GMT"), at);
        assert_eq!(millis("16 Feb 2025 09:30 Z"), at);
        assert_eq!(millis("Sunday, 16 February 2025 04:30:00 EST"), at);
        assert_eq!(millis("Sun, 16 Feb 2025 15:00:00 +0530 (IST)"), at);
        assert_eq!(millis("Sun,  16 Feb 25 01:30:00 -0800"), at);
        assert_eq!(
            millis("16 Sept 2025 09:30 GMT"),
            millis("2025-09-16T09:30:00Z")
        );
        assert_eq!(millis("Sun, 16 Feb 2025 09:30:00"), at);
        assert_eq!(
            Timestamp::parse("Sun, 16 Feb 2025 09:30:00 GMT"),
            Err(NotADate),
            "lede's own format says ISO 8601"
        );
        let stamp = Timestamp::parse_with_rfc2822("Sun, 16 Feb 2025 01:30:00 PST").unwrap();
        assert_eq!(stamp.iso(), "2025-02-16T01:30:00-08:00");
        assert!(!stamp.is_date_only());
        assert_eq!(
            Timestamp::parse_with_rfc2822("Sun, 16 Feb 2025 09:30:00 GMT")
                .unwrap()
                .iso(),
            "2025-02-16T09:30:00Z"
        );
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
            "Fri, 30 Feb 2024 10:00:00 +0000",
            "Funday, 01 Mar 2024 10:00 GMT",
            "01 Mar 2024 25:00 GMT",
            "01 Mar 2024 10:00 +2500",
            "01 Mar 2024 10:00 CET",
            "01 Mrz 2024 10:00 GMT",
            "01 Marchy 2024 10:00 GMT",
            "1 March",
            "Fri, 01 Mar 2024 10:00:00 +0000 junk",
        ] {
            assert_eq!(Timestamp::parse_with_rfc2822(bad), Err(NotADate), "{bad:?}");
        }
    }
}
