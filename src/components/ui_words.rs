//! lede's own words inside content: marked English and left-to-right, apart from the article's
//! language and direction.
//!
//! The interface is written in English, whatever language the article is in. Marked so, a
//! screen reader speaks "Share" or "By" in an English voice inside an Arabic article, and the
//! bidirectional algorithm keeps "2–3 min read" and a sentence's final full stop in place inside
//! right-to-left text.

use yew::prelude::*;

/// The language of lede's interface (`lang`).
pub const UI_LANGUAGE: &str = "en";
/// The direction of lede's interface (`dir`).
pub const UI_DIRECTION: &str = "ltr";

/// A few interface words set in content of another language, isolated from the text around them.
pub fn ui_words(words: &'static str) -> Html {
    html! { <span lang={UI_LANGUAGE} dir={UI_DIRECTION}>{ words }</span> }
}
