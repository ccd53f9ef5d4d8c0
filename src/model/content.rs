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

impl Content {
    /// The same content, each article that does not give its language taken to be in
    /// `language` (the page's around the reader): so its dates, reading time, voice and `lang`
    /// follow the page, not lede's English interface.
    pub fn assuming_language(mut self, language: Option<&str>) -> Self {
        let Some(language) = language.filter(|language| !language.is_empty()) else {
            return self;
        };
        let articles = match &mut self {
            Self::Article(article) => std::slice::from_mut(article),
            Self::Feed(feed) => feed.items.as_mut_slice(),
        };
        for article in articles.iter_mut().filter(|a| a.language.is_none()) {
            article.language = Some(language.to_owned());
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::{Article, Content, Feed};

    fn article(language: Option<&str>) -> Article {
        Article {
            language: language.map(str::to_owned),
            ..Article::default()
        }
    }

    fn languages(content: &Content) -> Vec<Option<&str>> {
        match content {
            Content::Article(article) => vec![article.language.as_deref()],
            Content::Feed(feed) => feed.items.iter().map(|a| a.language.as_deref()).collect(),
        }
    }

    #[test]
    fn articles_without_a_language_take_the_pages() {
        let feed = Content::Feed(Feed {
            items: vec![article(None), article(Some("ar"))],
            ..Feed::default()
        });
        let feed = feed.assuming_language(Some("fr"));
        assert_eq!(languages(&feed), [Some("fr"), Some("ar")]);
        let single = Content::Article(article(None)).assuming_language(Some("de"));
        assert_eq!(languages(&single), [Some("de")]);
    }

    #[test]
    fn a_page_without_a_language_leaves_them_unknown() {
        for page in [None, Some("")] {
            let content = Content::Article(article(None)).assuming_language(page);
            assert_eq!(languages(&content), [None]);
        }
    }
}
