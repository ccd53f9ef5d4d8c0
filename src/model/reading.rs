//! Reading comfort: the reader's display settings, and how long an article takes to read.

/// The reader's choices, kept per site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReadingSettings {
    /// Steps from the normal size: −2 to +4.
    pub text_size: i8,
    pub font: Font,
    pub theme: Theme,
    pub width: Width,
    pub spacing: Spacing,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Font {
    #[default]
    Serif,
    Sans,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// The site's theme, or the system's light or dark.
    #[default]
    Auto,
    Light,
    Dark,
    Sepia,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Width {
    Narrow,
    #[default]
    Medium,
    Wide,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Spacing {
    Compact,
    #[default]
    Normal,
    Loose,
}

impl ReadingSettings {
    pub const TEXT_SIZES: std::ops::RangeInclusive<i8> = -2..=4;

    /// "size=1;font=sans;theme=sepia;width=wide;spacing=loose", as stored.
    pub fn encode(&self) -> String {
        format!(
            "size={};font={};theme={};width={};spacing={}",
            self.text_size,
            self.font.name(),
            self.theme.name(),
            self.width.name(),
            self.spacing.name()
        )
    }

    /// Reads what `encode` wrote; anything unknown keeps its default.
    pub fn decode(text: &str) -> Self {
        let mut settings = Self::default();
        for pair in text.split(';') {
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            match key {
                "size" => {
                    if let Ok(size) = value.parse::<i8>() {
                        settings.text_size =
                            size.clamp(*Self::TEXT_SIZES.start(), *Self::TEXT_SIZES.end());
                    }
                }
                "font" => settings.font = Font::named(value),
                "theme" => settings.theme = Theme::named(value),
                "width" => settings.width = Width::named(value),
                "spacing" => settings.spacing = Spacing::named(value),
                _ => {}
            }
        }
        settings
    }
}

/// A setting with a fixed set of values, each with a name (stored, and in `data-*` attributes)
/// and a label (the message the reader sees).
pub trait Choice: Copy + PartialEq + Default + 'static {
    const ALL: &'static [Self];

    fn name(self) -> &'static str;

    fn label(self) -> super::Message;

    /// The value called `name`; the default for a name it does not know.
    fn named(name: &str) -> Self {
        Self::ALL
            .iter()
            .copied()
            .find(|value| value.name() == name)
            .unwrap_or_default()
    }
}

macro_rules! named {
    ($type:ident { $($variant:ident => $name:literal, $label:ident),+ $(,)? }) => {
        impl Choice for $type {
            const ALL: &'static [Self] = &[$(Self::$variant),+];

            fn name(self) -> &'static str {
                match self { $(Self::$variant => $name),+ }
            }

            fn label(self) -> super::Message {
                match self { $(Self::$variant => super::Message::$label),+ }
            }
        }
    };
}

named!(Font { Serif => "serif", FontSerif, Sans => "sans", FontSans });
named!(Theme { Auto => "auto", ThemeAuto, Light => "light", ThemeLight, Dark => "dark", ThemeDark, Sepia => "sepia", ThemeSepia });
named!(Width { Narrow => "narrow", WidthNarrow, Medium => "medium", WidthMedium, Wide => "wide", WidthWide });
named!(Spacing { Compact => "compact", SpacingCompact, Normal => "normal", SpacingNormal, Loose => "loose", SpacingLoose });

/// Characters a minute, and how much readers vary, by language: the table Firefox Reader View
/// uses (`ReaderMode.sys.mjs`).
const READING_SPEEDS: [(&str, u32, u32); 16] = [
    ("cs", 1000, 110),
    ("de", 920, 86),
    ("en", 987, 118),
    ("es", 1025, 127),
    ("fi", 1078, 121),
    ("fr", 998, 126),
    ("it", 950, 140),
    ("ja", 357, 56),
    ("nl", 978, 143),
    ("pl", 916, 126),
    ("pt", 913, 145),
    ("ru", 986, 175),
    ("sk", 885, 145),
    ("sv", 917, 156),
    ("tr", 1054, 156),
    ("zh", 255, 29),
];

/// The time a text of `characters` takes to read, in whole minutes: the fastest and slowest
/// of usual readers of `language` (English speeds when the language is not in the table).
pub fn reading_minutes(characters: usize, language: Option<&str>) -> (u32, u32) {
    let primary = language
        .and_then(|tag| tag.split(['-', '_']).next())
        .unwrap_or("en")
        .to_ascii_lowercase();
    let (_, cpm, variance) = READING_SPEEDS
        .iter()
        .find(|(code, _, _)| *code == primary)
        .copied()
        .unwrap_or(("en", 987, 118));
    let minutes = |speed: u32| (characters as u32).div_ceil(speed).max(1);
    (minutes(cpm + variance), minutes(cpm - variance))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_survive_storage() {
        let settings = ReadingSettings {
            text_size: 2,
            font: Font::Sans,
            theme: Theme::Sepia,
            width: Width::Wide,
            spacing: Spacing::Loose,
        };
        assert_eq!(ReadingSettings::decode(&settings.encode()), settings);
        assert_eq!(ReadingSettings::decode(""), ReadingSettings::default());
        assert_eq!(
            ReadingSettings::decode("size=99;font=comic;junk").text_size,
            4
        );
        assert_eq!(
            ReadingSettings::decode("size=99;font=comic;junk").font,
            Font::Serif
        );
    }

    #[test]
    fn reading_time_follows_the_language() {
        // 5,000 characters of English: 5000/1105 → 5 min at the fastest, 5000/869 → 6 at the slowest.
        assert_eq!(reading_minutes(5_000, Some("en-GB")), (5, 6));
        // Chinese is read in far fewer characters a minute.
        assert_eq!(reading_minutes(5_000, Some("zh-Hant")), (18, 23));
        assert_eq!(reading_minutes(10, None), (1, 1));
        assert_eq!(
            reading_minutes(5_000, Some("xx")),
            reading_minutes(5_000, Some("en"))
        );
    }
}
