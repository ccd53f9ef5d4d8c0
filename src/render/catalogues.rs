//! lede's catalogues on a server: every `locales/*.ftl`, built into the renderer and compiled
//! when asked for, and each language's rules for numbers from ICU4X (the CLDR data the
//! browser's `Intl` has).

use std::rc::Rc;

use fixed_decimal::Decimal;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRules};

use super::fluent::{compile, FluentError};
use crate::model::{direction_of, Catalogue, EnglishNumbers, Message, Numbers, LANGUAGES};

/// Each language's Fluent file, in the order of [`LANGUAGES`].
const SOURCES: [(&str, &str); 12] = [
    ("en", include_str!("../../locales/en.ftl")),
    ("es", include_str!("../../locales/es.ftl")),
    ("fr", include_str!("../../locales/fr.ftl")),
    ("de", include_str!("../../locales/de.ftl")),
    ("pt", include_str!("../../locales/pt.ftl")),
    ("it", include_str!("../../locales/it.ftl")),
    ("nl", include_str!("../../locales/nl.ftl")),
    ("pl", include_str!("../../locales/pl.ftl")),
    ("ru", include_str!("../../locales/ru.ftl")),
    ("ar", include_str!("../../locales/ar.ftl")),
    ("zh-Hans", include_str!("../../locales/zh-Hans.ftl")),
    ("ja", include_str!("../../locales/ja.ftl")),
];

/// The Fluent source of `language`, one of [`LANGUAGES`].
pub fn source(language: &str) -> Option<&'static str> {
    SOURCES
        .iter()
        .find(|(tag, _)| *tag == language)
        .map(|(_, source)| *source)
}

/// The catalogue of `language` (one of [`LANGUAGES`]); a message its file does not have, or
/// has in a form lede cannot use, is English.
pub fn catalogue(language: &str) -> Result<Catalogue, FluentError> {
    let source = source(language)
        .ok_or_else(|| FluentError::Syntax(format!("lede has no catalogue for {language}")))?;
    let mut catalogue = Catalogue::new(language, direction_of(language));
    for (id, pattern) in compile(source)? {
        if let Some(message) = Message::from_id(&id) {
            catalogue.set(message, pattern);
        }
    }
    Ok(catalogue)
}

/// Every language's catalogue.
pub fn all() -> Result<Vec<Catalogue>, FluentError> {
    LANGUAGES
        .iter()
        .map(|language| catalogue(language))
        .collect()
}

/// The rules for numbers in `language`, as the widget has them: English's built in, any
/// other's from ICU4X.
pub fn numbers_for(language: &str) -> Rc<dyn Numbers> {
    let locale = Locale::try_from_str(language).ok();
    let icu = locale.and_then(|locale| {
        Some(IcuNumbers {
            rules: PluralRules::try_new_cardinal((&locale).into()).ok()?,
            formatter: DecimalFormatter::try_new((&locale).into(), Default::default()).ok()?,
        })
    });
    match icu {
        Some(icu) if language != "en" => Rc::new(icu),
        _ => Rc::new(EnglishNumbers),
    }
}

struct IcuNumbers {
    rules: PluralRules,
    formatter: DecimalFormatter,
}

impl Numbers for IcuNumbers {
    fn category(&self, n: u64) -> &'static str {
        match self.rules.category_for(n) {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
    }

    fn write(&self, n: u64) -> String {
        self.formatter.format(&Decimal::from(n)).to_string()
    }
}
