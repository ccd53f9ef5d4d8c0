//! Small checks on text fields that several formats share.

use crate::model::{Block, Direction};

/// A BCP 47 language tag in its usual shape ("en", "pt-BR", "zh-Hant-TW"), or `None`.
/// The browser's `Intl` throws on malformed tags, so only well-formed ones get through.
pub fn language_tag(raw: &str) -> Option<String> {
    let tag = raw.trim().replace('_', "-");
    let mut subtags = tag.split('-');
    let primary = subtags.next()?;
    let primary_ok =
        (2..=8).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_alphabetic());
    let rest_ok =
        subtags.all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()));
    (primary_ok && rest_ok).then_some(tag)
}

/// The direction of languages written right to left; `None` for a tag that does not say.
pub fn direction_of_language(tag: &str) -> Option<Direction> {
    const RIGHT_TO_LEFT: [&str; 12] = [
        "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ps", "sd", "ug", "ur", "yi",
    ];
    let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    let script = tag
        .split(['-', '_'])
        .nth(1)
        .filter(|s| s.len() == 4)
        .map(str::to_ascii_lowercase);
    Some(match script.as_deref() {
        Some("arab" | "hebr" | "thaa" | "syrc" | "nkoo" | "adlm") => Direction::RightToLeft,
        Some(_) => Direction::LeftToRight,
        None if RIGHT_TO_LEFT.contains(&primary.as_str()) => Direction::RightToLeft,
        None => Direction::LeftToRight,
    })
}

/// The direction most of the letters in the headline and opening paragraph run in.
pub fn guess_direction(headline: &str, body: &[Block]) -> Option<Direction> {
    let opening = Block::opening_text(body).unwrap_or_default();
    let text = format!("{headline} {opening}");
    let (mut rtl, mut ltr) = (0usize, 0usize);
    for c in text.chars().take(2_000) {
        match c as u32 {
            // Hebrew, Arabic, Syriac, Thaana, N'Ko, and their presentation forms.
            0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF => rtl += 1,
            // Letters of the left-to-right scripts news is written in: Latin, Greek, Cyrillic,
            // Armenian, the Indic scripts, Thai, Georgian, Ethiopic, kana, CJK, Hangul.
            0x41..=0x5A
            | 0x61..=0x7A
            | 0xC0..=0x24F
            | 0x370..=0x58F
            | 0x900..=0xDFF
            | 0xE00..=0xEFF
            | 0x10A0..=0x137F
            | 0x1E00..=0x1FFF
            | 0x3040..=0x30FF
            | 0x3400..=0x9FFF
            | 0xAC00..=0xD7AF => ltr += 1,
            _ => {}
        }
    }
    match (rtl, ltr) {
        (0, 0) => None,
        _ if rtl > ltr => Some(Direction::RightToLeft),
        _ => Some(Direction::LeftToRight),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Inline;

    #[test]
    fn accepts_well_formed_tags_only() {
        assert_eq!(language_tag("en"), Some("en".into()));
        assert_eq!(language_tag(" pt_BR "), Some("pt-BR".into()));
        assert_eq!(language_tag("zh-Hant-TW"), Some("zh-Hant-TW".into()));
        for bad in [
            "",
            "e",
            "english language",
            "en--US",
            "<script>",
            "en-verylongsubtag",
            "١٢",
        ] {
            assert_eq!(language_tag(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn languages_and_scripts_tell_the_direction() {
        assert_eq!(direction_of_language("ar"), Some(Direction::RightToLeft));
        assert_eq!(direction_of_language("he-IL"), Some(Direction::RightToLeft));
        assert_eq!(direction_of_language("en"), Some(Direction::LeftToRight));
        assert_eq!(
            direction_of_language("az-Arab"),
            Some(Direction::RightToLeft)
        );
        assert_eq!(
            direction_of_language("ar-Latn"),
            Some(Direction::LeftToRight)
        );
    }

    #[test]
    fn text_tells_the_direction_when_the_language_does_not() {
        let body = |text: &str| vec![Block::Paragraph(vec![Inline::text(text)])];
        assert_eq!(
            guess_direction("معارضون يسيطرون", &body("CNN -- أكدت جهات سورية")),
            Some(Direction::RightToLeft)
        );
        assert_eq!(
            guess_direction("שלום עולם", &[]),
            Some(Direction::RightToLeft)
        );
        assert_eq!(
            guess_direction("Hello", &body("plain English")),
            Some(Direction::LeftToRight)
        );
        assert_eq!(guess_direction("2025", &[]), None);
    }
}
