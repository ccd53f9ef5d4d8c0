//! Dates in server HTML, in the words the browser's `Intl` writes for the article's language.

use icu_datetime::fieldsets::YMD;
use icu_datetime::input::{DateTime, UtcOffset, ZonedDateTime};
use icu_datetime::{DateTimeFormatter, DateTimeFormatterPreferences};
use icu_locale_core::{locale, Locale};

use crate::model::Timestamp;

/// The words the renderer writes for `stamp` in `language` (a BCP 47 tag; None or one without data → English).
pub fn date_words(stamp: &Timestamp, language: Option<&str>) -> String {
    let requested = language
        .and_then(|tag| Locale::try_from_str(tag).ok())
        .and_then(|locale| words(stamp, &locale))
        // ICU4X falls back to its root data ("2025 M02 16") for a language it has no data for,
        // where Intl falls back to a real language.
        .filter(|text| Some(text) != words(stamp, &Locale::UNKNOWN).as_ref());
    requested
        .or_else(|| words(stamp, &locale!("en")))
        .unwrap_or_else(|| stamp.iso().to_owned())
}

/// `toLocaleString(locale, { dateStyle: "long", timeZone: "UTC" })` for a calendar day; for a
/// moment, `{ dateStyle: "long", timeStyle: "short", timeZone: "UTC" }` and " UTC".
///
/// The zone is said after Intl's words rather than by a pattern with a zone field, so that
/// the words are the very ones the widget writes for a reader in UTC: Intl's patterns with a
/// zone (`timeZoneName: "short"`) change more than the zone, such as "UTC 23:59" in Chinese,
/// "08:30" for "8:30" in Hebrew, "下午" for "晚上" in Taiwanese Chinese; and `timeStyle: "long"`
/// adds seconds.
fn words(stamp: &Timestamp, locale: &Locale) -> Option<String> {
    let utc = ZonedDateTime::from_epoch_milliseconds_and_utc_offset(
        stamp.epoch_millis() as i64,
        UtcOffset::zero(),
    );
    let prefs = DateTimeFormatterPreferences::from(locale);
    let text = if stamp.is_date_only() {
        let formatter = DateTimeFormatter::try_new(prefs, YMD::long()).ok()?;
        formatter.format(&utc.date).to_string()
    } else {
        let formatter = DateTimeFormatter::try_new(prefs, YMD::long().with_time_hm()).ok()?;
        let moment = DateTime {
            date: utc.date,
            time: utc.time,
        };
        format!("{} UTC", formatter.format(&moment))
    };
    // CLDR puts a narrow no-break space before "AM" and in "2025 г."; V8, in Chromium and in
    // Node alike, writes a plain space there, since pages that read dates back broke on it.
    Some(text.replace('\u{202f}', " "))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What Intl writes, made once with Node, whose V8 and ICU are those of Chromium (Debian's
    /// Chromium 156 carries ICU 78 data, icudt78l, like this Node), on a machine whose default
    /// locale is en-US (so the rows for no language, a malformed tag and languages without data
    /// are English), with:
    ///
    /// ```text
    /// node -e 'for (const l of ["en", "en-GB", "es", "fr", "de", "pt-BR", "pt-PT", "it", "nl", "pl", "ru", "ar", "he", "fa", "zh-Hans", "zh-CN", "zh-TW", "ja", "ko", "tr", undefined, "not a tag!", "xx", "und"]) for (const s of ["2025-02-16", "2025-03-01", "2024-12-31T23:59:00Z", "2025-02-16T09:30:00+01:00"]) { const o = s.length > 10 ? { dateStyle: "long", timeStyle: "short", timeZone: "UTC" } : { dateStyle: "long", timeZone: "UTC" }; let t; try { t = new Date(s).toLocaleString(l, o) } catch { t = new Date(s).toLocaleString(undefined, o) } console.log(`(${l ? `Some(${JSON.stringify(l)})` : "None"}, "${s}", ${JSON.stringify(t)}),`) }'
    /// ```
    ///
    /// `node --version`: v20.20.2; `process.versions.icu`: 78.2; `process.versions.cldr`: 48.0.
    /// The renderer says " UTC" after a moment's words, which Intl does not: the test adds it.
    const INTL: &[(Option<&str>, &str, &str)] = &[
        (Some("en"), "2025-02-16", "February 16, 2025"),
        (Some("en"), "2025-03-01", "March 1, 2025"),
        (
            Some("en"),
            "2024-12-31T23:59:00Z",
            "December 31, 2024 at 11:59 PM",
        ),
        (
            Some("en"),
            "2025-02-16T09:30:00+01:00",
            "February 16, 2025 at 8:30 AM",
        ),
        (Some("en-GB"), "2025-02-16", "16 February 2025"),
        (Some("en-GB"), "2025-03-01", "1 March 2025"),
        (
            Some("en-GB"),
            "2024-12-31T23:59:00Z",
            "31 December 2024 at 23:59",
        ),
        (
            Some("en-GB"),
            "2025-02-16T09:30:00+01:00",
            "16 February 2025 at 08:30",
        ),
        (Some("es"), "2025-02-16", "16 de febrero de 2025"),
        (Some("es"), "2025-03-01", "1 de marzo de 2025"),
        (
            Some("es"),
            "2024-12-31T23:59:00Z",
            "31 de diciembre de 2024 a las 23:59",
        ),
        (
            Some("es"),
            "2025-02-16T09:30:00+01:00",
            "16 de febrero de 2025 a las 8:30",
        ),
        (Some("fr"), "2025-02-16", "16 février 2025"),
        (Some("fr"), "2025-03-01", "1 mars 2025"),
        (
            Some("fr"),
            "2024-12-31T23:59:00Z",
            "31 décembre 2024 à 23:59",
        ),
        (
            Some("fr"),
            "2025-02-16T09:30:00+01:00",
            "16 février 2025 à 08:30",
        ),
        (Some("de"), "2025-02-16", "16. Februar 2025"),
        (Some("de"), "2025-03-01", "1. März 2025"),
        (
            Some("de"),
            "2024-12-31T23:59:00Z",
            "31. Dezember 2024 um 23:59",
        ),
        (
            Some("de"),
            "2025-02-16T09:30:00+01:00",
            "16. Februar 2025 um 08:30",
        ),
        (Some("pt-BR"), "2025-02-16", "16 de fevereiro de 2025"),
        (Some("pt-BR"), "2025-03-01", "1 de março de 2025"),
        (
            Some("pt-BR"),
            "2024-12-31T23:59:00Z",
            "31 de dezembro de 2024 às 23:59",
        ),
        (
            Some("pt-BR"),
            "2025-02-16T09:30:00+01:00",
            "16 de fevereiro de 2025 às 08:30",
        ),
        (Some("pt-PT"), "2025-02-16", "16 de fevereiro de 2025"),
        (Some("pt-PT"), "2025-03-01", "1 de março de 2025"),
        (
            Some("pt-PT"),
            "2024-12-31T23:59:00Z",
            "31 de dezembro de 2024 às 23:59",
        ),
        (
            Some("pt-PT"),
            "2025-02-16T09:30:00+01:00",
            "16 de fevereiro de 2025 às 08:30",
        ),
        (Some("it"), "2025-02-16", "16 febbraio 2025"),
        (Some("it"), "2025-03-01", "1 marzo 2025"),
        (
            Some("it"),
            "2024-12-31T23:59:00Z",
            "31 dicembre 2024 alle ore 23:59",
        ),
        (
            Some("it"),
            "2025-02-16T09:30:00+01:00",
            "16 febbraio 2025 alle ore 08:30",
        ),
        (Some("nl"), "2025-02-16", "16 februari 2025"),
        (Some("nl"), "2025-03-01", "1 maart 2025"),
        (
            Some("nl"),
            "2024-12-31T23:59:00Z",
            "31 december 2024 om 23:59",
        ),
        (
            Some("nl"),
            "2025-02-16T09:30:00+01:00",
            "16 februari 2025 om 08:30",
        ),
        (Some("pl"), "2025-02-16", "16 lutego 2025"),
        (Some("pl"), "2025-03-01", "1 marca 2025"),
        (Some("pl"), "2024-12-31T23:59:00Z", "31 grudnia 2024 23:59"),
        (
            Some("pl"),
            "2025-02-16T09:30:00+01:00",
            "16 lutego 2025 08:30",
        ),
        (Some("ru"), "2025-02-16", "16 февраля 2025 г."),
        (Some("ru"), "2025-03-01", "1 марта 2025 г."),
        (
            Some("ru"),
            "2024-12-31T23:59:00Z",
            "31 декабря 2024 г. в 23:59",
        ),
        (
            Some("ru"),
            "2025-02-16T09:30:00+01:00",
            "16 февраля 2025 г. в 08:30",
        ),
        (Some("ar"), "2025-02-16", "16 فبراير 2025"),
        (Some("ar"), "2025-03-01", "1 مارس 2025"),
        (
            Some("ar"),
            "2024-12-31T23:59:00Z",
            "31 ديسمبر 2024 في 11:59 م",
        ),
        (
            Some("ar"),
            "2025-02-16T09:30:00+01:00",
            "16 فبراير 2025 في 8:30 ص",
        ),
        (Some("he"), "2025-02-16", "16 בפברואר 2025"),
        (Some("he"), "2025-03-01", "1 במרץ 2025"),
        (
            Some("he"),
            "2024-12-31T23:59:00Z",
            "31 בדצמבר 2024 בשעה 23:59",
        ),
        (
            Some("he"),
            "2025-02-16T09:30:00+01:00",
            "16 בפברואר 2025 בשעה 8:30",
        ),
        (Some("fa"), "2025-02-16", "۲۸ بهمن ۱۴۰۳"),
        (Some("fa"), "2025-03-01", "۱۱ اسفند ۱۴۰۳"),
        (Some("fa"), "2024-12-31T23:59:00Z", "۱۱ دی ۱۴۰۳ ساعت ۲۳:۵۹"),
        (
            Some("fa"),
            "2025-02-16T09:30:00+01:00",
            "۲۸ بهمن ۱۴۰۳ ساعت ۸:۳۰",
        ),
        (Some("zh-Hans"), "2025-02-16", "2025年2月16日"),
        (Some("zh-Hans"), "2025-03-01", "2025年3月1日"),
        (
            Some("zh-Hans"),
            "2024-12-31T23:59:00Z",
            "2024年12月31日 23:59",
        ),
        (
            Some("zh-Hans"),
            "2025-02-16T09:30:00+01:00",
            "2025年2月16日 08:30",
        ),
        (Some("zh-CN"), "2025-02-16", "2025年2月16日"),
        (Some("zh-CN"), "2025-03-01", "2025年3月1日"),
        (
            Some("zh-CN"),
            "2024-12-31T23:59:00Z",
            "2024年12月31日 23:59",
        ),
        (
            Some("zh-CN"),
            "2025-02-16T09:30:00+01:00",
            "2025年2月16日 08:30",
        ),
        (Some("zh-TW"), "2025-02-16", "2025年2月16日"),
        (Some("zh-TW"), "2025-03-01", "2025年3月1日"),
        (
            Some("zh-TW"),
            "2024-12-31T23:59:00Z",
            "2024年12月31日 晚上11:59",
        ),
        (
            Some("zh-TW"),
            "2025-02-16T09:30:00+01:00",
            "2025年2月16日 上午8:30",
        ),
        (Some("ja"), "2025-02-16", "2025年2月16日"),
        (Some("ja"), "2025-03-01", "2025年3月1日"),
        (Some("ja"), "2024-12-31T23:59:00Z", "2024年12月31日 23:59"),
        (
            Some("ja"),
            "2025-02-16T09:30:00+01:00",
            "2025年2月16日 8:30",
        ),
        (Some("ko"), "2025-02-16", "2025년 2월 16일"),
        (Some("ko"), "2025-03-01", "2025년 3월 1일"),
        (
            Some("ko"),
            "2024-12-31T23:59:00Z",
            "2024년 12월 31일 PM 11:59",
        ),
        (
            Some("ko"),
            "2025-02-16T09:30:00+01:00",
            "2025년 2월 16일 AM 8:30",
        ),
        (Some("tr"), "2025-02-16", "16 Şubat 2025"),
        (Some("tr"), "2025-03-01", "1 Mart 2025"),
        (Some("tr"), "2024-12-31T23:59:00Z", "31 Aralık 2024 23:59"),
        (
            Some("tr"),
            "2025-02-16T09:30:00+01:00",
            "16 Şubat 2025 08:30",
        ),
        (None, "2025-02-16", "February 16, 2025"),
        (None, "2025-03-01", "March 1, 2025"),
        (
            None,
            "2024-12-31T23:59:00Z",
            "December 31, 2024 at 11:59 PM",
        ),
        (
            None,
            "2025-02-16T09:30:00+01:00",
            "February 16, 2025 at 8:30 AM",
        ),
        (Some("not a tag!"), "2025-02-16", "February 16, 2025"),
        (Some("not a tag!"), "2025-03-01", "March 1, 2025"),
        (
            Some("not a tag!"),
            "2024-12-31T23:59:00Z",
            "December 31, 2024 at 11:59 PM",
        ),
        (
            Some("not a tag!"),
            "2025-02-16T09:30:00+01:00",
            "February 16, 2025 at 8:30 AM",
        ),
        (Some("xx"), "2025-02-16", "February 16, 2025"),
        (Some("xx"), "2025-03-01", "March 1, 2025"),
        (
            Some("xx"),
            "2024-12-31T23:59:00Z",
            "December 31, 2024 at 11:59 PM",
        ),
        (
            Some("xx"),
            "2025-02-16T09:30:00+01:00",
            "February 16, 2025 at 8:30 AM",
        ),
        (Some("und"), "2025-02-16", "February 16, 2025"),
        (Some("und"), "2025-03-01", "March 1, 2025"),
        (
            Some("und"),
            "2024-12-31T23:59:00Z",
            "December 31, 2024 at 11:59 PM",
        ),
        (
            Some("und"),
            "2025-02-16T09:30:00+01:00",
            "February 16, 2025 at 8:30 AM",
        ),
    ];

    /// Where ICU4X 2.4 (CLDR 49) writes other words than Intl, with ICU4X's, which are asserted so
    /// that a new ICU4X or CLDR that agrees with Intl shows here.
    const DIFFERENCES: &[(Option<&str>, &str, &str)] = &[
        // Intl: "16 de febrero de 2025 a las 8:30". ICU4X pads a Spanish hour below 10, where
        // CLDR's pattern (H:mm) and ICU do not; ICU4X 2.1 to 2.4 (CLDR 48.0 to 49) all do, so no
        // choice of version helps.
        (
            Some("es"),
            "2025-02-16T09:30:00+01:00",
            "16 de febrero de 2025 a las 08:30 UTC",
        ),
        // Intl: "2024년 12월 31일 PM 11:59" and "2025년 2월 16일 AM 8:30". CLDR 48.2 replaced
        // Korean's abbreviated day periods "AM"/"PM" with "오전"/"오후"; Node's ICU has CLDR 48.0
        // (ICU4X 2.1, with 48.0, agrees with it here but writes Persian dates in the Gregorian
        // calendar and Taiwanese day periods as "B").
        (
            Some("ko"),
            "2024-12-31T23:59:00Z",
            "2024년 12월 31일 오후 11:59 UTC",
        ),
        (
            Some("ko"),
            "2025-02-16T09:30:00+01:00",
            "2025년 2월 16일 오전 8:30 UTC",
        ),
    ];

    #[test]
    fn writes_what_intl_writes() {
        for &(language, stamp, intl) in INTL {
            let parsed = Timestamp::parse(stamp).unwrap();
            let expected = DIFFERENCES
                .iter()
                .find(|&&(l, s, _)| (l, s) == (language, stamp))
                .map_or_else(
                    || {
                        if parsed.is_date_only() {
                            intl.to_owned()
                        } else {
                            format!("{intl} UTC")
                        }
                    },
                    |&(_, _, icu4x)| icu4x.to_owned(),
                );
            assert_eq!(
                date_words(&parsed, language),
                expected,
                "{language:?} {stamp}"
            );
        }
    }

    #[test]
    fn every_difference_is_a_row_of_the_table() {
        for &(language, stamp, _) in DIFFERENCES {
            assert!(INTL.iter().any(|&(l, s, _)| (l, s) == (language, stamp)));
        }
    }

    #[test]
    fn a_region_without_data_is_its_language() {
        let day = Timestamp::parse("2025-02-16").unwrap();
        assert_eq!(date_words(&day, Some("en-XX")), "February 16, 2025");
        assert_eq!(date_words(&day, Some("de-XX")), "16. Februar 2025");
    }
}
