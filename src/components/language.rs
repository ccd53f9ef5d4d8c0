//! Which language each part of the reader is in: lede's own words are English, content is in
//! its own language, or else in the page's.
//!
//! The interface is written in English, whatever language the article is in. Marked so, a
//! screen reader speaks "Share" or "By" in an English voice inside an Arabic article, and the
//! bidirectional algorithm keeps "2–3 min read" and a sentence's final full stop in place inside
//! right-to-left text. Content that does not say its language (a WordPress post never does) is
//! taken to be in the language of the page around the reader when it is read (the formats
//! layer settles that, with each article's direction), as it was before lede marked its own words.

use yew::prelude::*;

/// The language of lede's interface (`lang`).
pub const UI_LANGUAGE: &str = "en";
/// The direction of lede's interface (`dir`).
pub const UI_DIRECTION: &str = "ltr";

/// A few interface words set in content of another language, isolated from the text around them.
pub fn ui_words(words: &'static str) -> Html {
    html! { <span lang={UI_LANGUAGE} dir={UI_DIRECTION}>{ words }</span> }
}

/// The `lang` of content in `language`: unknown (`lang=""`) when nobody said, which is truer
/// than inheriting the interface's English.
pub fn content_lang(language: Option<&str>) -> AttrValue {
    AttrValue::from(language.unwrap_or_default().to_owned())
}
