//! Which language each part of the reader is in: lede's own words are in the interface language
//! (see [`Words`]), content is in its own language, or else in the page's.
//!
//! Marked so, a screen reader speaks "Partager" or "Par" in a French voice inside an Arabic
//! article, and the bidirectional algorithm keeps "2–3 min read" and a sentence's final full stop
//! in place inside right-to-left text. Content that does not say its language (a WordPress post
//! never does) is taken to be in the language of the page around the reader when it is read (the
//! formats layer settles that, with each article's direction).

use yew::prelude::*;

use super::words::Words;

/// A few interface words set in content of another language, isolated from the text around them.
pub fn ui_words(words: &Words, text: String) -> Html {
    html! { <span lang={words.language()} dir={words.direction()}>{ text }</span> }
}

/// The `lang` of content in `language`: unknown (`lang=""`) when nobody said, which is truer
/// than inheriting the interface's language.
pub fn content_lang(language: Option<&str>) -> AttrValue {
    AttrValue::from(language.unwrap_or_default().to_owned())
}
