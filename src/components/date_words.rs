//! The words a server wrote for each date it showed, so that the browser's first render over
//! that HTML says the same; `Intl` writes them in the reader's time zone once it has painted.

use std::rc::Rc;

/// The words for each `(ISO text, language)` a server rendered.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DateWords(Rc<Vec<(String, Option<String>, String)>>);

impl DateWords {
    pub fn new(words: Vec<(String, Option<String>, String)>) -> Self {
        Self(Rc::new(words))
    }

    /// What the server wrote for `iso` in `language`, if it wrote it.
    pub fn get(&self, iso: &str, language: Option<&str>) -> Option<&str> {
        self.0
            .iter()
            .find(|(stamp, lang, _)| stamp == iso && lang.as_deref() == language)
            .map(|(.., words)| words.as_str())
    }

    pub fn entries(&self) -> &[(String, Option<String>, String)] {
        &self.0
    }
}
