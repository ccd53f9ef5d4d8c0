//! Which language lede's own words are in: the first of the reader's and publisher's wishes that
//! lede speaks, matched by BCP 47 lookup.

use super::Direction;

/// The languages lede has catalogues for, by the tags their files are named with.
pub const LANGUAGES: [&str; 12] = [
    "en", "es", "fr", "de", "pt", "it", "nl", "pl", "ru", "ar", "zh-Hans", "ja",
];

/// The language spoken when no wish matches.
pub const ENGLISH: &str = "en";

/// The interface language for `wishes`, most wanted first (the site configuration's `language`,
/// the page's `lang` around the reader, the content's language, the browser's preferred
/// languages): the first that lede speaks, else English.
pub fn interface_language<'a>(wishes: impl IntoIterator<Item = &'a str>) -> &'static str {
    wishes.into_iter().find_map(supported).unwrap_or(ENGLISH)
}

/// The language of lede's that `tag` asks for, by lookup: `pt-BR` is Portuguese, `zh-CN` and
/// `zh-Hans-SG` Simplified Chinese; `zh-TW` or `zh-Hant` are Traditional Chinese, which lede does
/// not have, and never get Simplified.
pub fn supported(tag: &str) -> Option<&'static str> {
    let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
    let mut subtags = tag.split('-');
    let primary = subtags.next().filter(|primary| !primary.is_empty())?;
    if primary == "zh" {
        return simplified_chinese(subtags).then_some("zh-Hans");
    }
    LANGUAGES
        .iter()
        .copied()
        .find(|language| language.eq_ignore_ascii_case(primary))
}

/// Whether the rest of a `zh` tag means Simplified characters: its script says so, or, without
/// a script, its region writes them (mainland China, Singapore, Malaysia) or it names none.
fn simplified_chinese<'a>(subtags: impl Iterator<Item = &'a str>) -> bool {
    let mut region = None;
    for subtag in subtags {
        match subtag {
            "hans" => return true,
            "hant" => return false,
            _ if subtag.len() == 4 && subtag.chars().all(|c| c.is_ascii_alphabetic()) => {
                return false
            }
            _ if region.is_none() && (subtag.len() == 2 || subtag.len() == 3) => {
                region = Some(subtag)
            }
            _ => {}
        }
    }
    matches!(region, None | Some("cn" | "sg" | "my"))
}

/// The direction lede's words run in, in `language`.
pub fn direction_of(language: &str) -> Direction {
    if language == "ar" {
        Direction::RightToLeft
    } else {
        Direction::LeftToRight
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_looked_up() {
        assert_eq!(supported("pt-BR"), Some("pt"));
        assert_eq!(supported("FR-ca"), Some("fr"));
        assert_eq!(supported("de_AT"), Some("de"));
        assert_eq!(supported("ar-EG"), Some("ar"));
        assert_eq!(supported("ja-JP"), Some("ja"));
        assert_eq!(supported("sv"), None);
        assert_eq!(supported(""), None);
        assert_eq!(supported("zh-Hans"), Some("zh-Hans"));
    }

    #[test]
    fn chinese_is_simplified_only_when_it_is() {
        for simplified in ["zh", "zh-CN", "zh-Hans-CN", "zh-hans", "zh-SG", "zh_CN"] {
            assert_eq!(supported(simplified), Some("zh-Hans"), "{simplified}");
        }
        for traditional in [
            "zh-TW",
            "zh-HK",
            "zh-MO",
            "zh-Hant",
            "zh-Hant-CN",
            "zh-Hant-TW",
        ] {
            assert_eq!(supported(traditional), None, "{traditional}");
        }
    }

    #[test]
    fn the_first_wish_lede_speaks_wins() {
        assert_eq!(interface_language(["fr", "ar"]), "fr");
        assert_eq!(interface_language(["sv", "zh-TW", "ja-JP", "de"]), "ja");
        assert_eq!(interface_language(["sv", "nb"]), "en");
        assert_eq!(interface_language([]), "en");
        assert_eq!(direction_of("ar"), Direction::RightToLeft);
        assert_eq!(direction_of("ja"), Direction::LeftToRight);
    }
}
