//! What a document holds: one article, or a list of them (a feed, a section, search results).

use super::Article;

// An article is bigger than a feed's handle, but a `Content` is made once per load and moved
// into an `Rc` at once: boxing would only add an allocation.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Content {
    Article(Article),
    Feed(Feed),
}

/// A list of articles, newest first as the source ordered them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Feed {
    pub title: Option<String>,
    pub url: Option<String>,
    pub items: Vec<Article>,
}
