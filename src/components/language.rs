//! Which language each part of the reader is in: lede's own words are English, content is in
//! its own language, or else in the page's.
//!
//! The interface is written in English, whatever language the article is in. Marked so, a
//! screen reader speaks "Share" or "By" in an English voice inside an Arabic article, and the
//! bidirectional algorithm keeps "2–3 min read" and a sentence's final full stop in place inside
//! right-to-left text. Content that does not say its language (a WordPress post never does) is
//! taken to be in the language of the page around the reader, as it was before lede marked its
//! own words.

use yew::prelude::*;

/// The language of lede's interface (`lang`).
pub const UI_LANGUAGE: &str = "en";
/// The direction of lede's interface (`dir`).
pub const UI_DIRECTION: &str = "ltr";

/// A few interface words set in content of another language, isolated from the text around them.
pub fn ui_words(words: &'static str) -> Html {
    html! { <span lang={UI_LANGUAGE} dir={UI_DIRECTION}>{ words }</span> }
}

/// The language of the page around the reader (the nearest `lang` above `<lede-reader>`), given
/// to the components as a context.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageLanguage(pub Option<AttrValue>);

impl PageLanguage {
    /// The `lang` of content whose own language is `own`: its own, else the page's, else
    /// unknown (`lang=""`), which is truer than inheriting the interface's English.
    pub fn for_content(&self, own: Option<&str>) -> AttrValue {
        match own {
            Some(own) => AttrValue::from(own.to_owned()),
            None => self.0.clone().unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PageLanguage;

    #[test]
    fn content_keeps_its_own_language_else_takes_the_pages() {
        let french = PageLanguage(Some("fr".into()));
        assert_eq!(french.for_content(Some("ar")), "ar");
        assert_eq!(french.for_content(None), "fr");
    }

    #[test]
    fn on_a_page_without_a_language_unmarked_content_is_unknown_not_english() {
        assert_eq!(PageLanguage(None).for_content(None), "");
    }
}
