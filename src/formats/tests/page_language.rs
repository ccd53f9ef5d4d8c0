//! An article that does not give its language takes the page's, where the page has one.

use serde_json::json;

use super::super::html::Node;
use super::super::testing::TestEnv;
use super::super::{read_value, Environment};
use crate::model::Content;

/// [`TestEnv`] in a page whose `lang` is `self.0`.
struct InPage(&'static str);

impl Environment for InPage {
    fn resolve_url(&self, raw: &str) -> Option<String> {
        TestEnv.resolve_url(raw)
    }

    fn parse_html(&self, html: &str) -> Vec<Node> {
        TestEnv.parse_html(html)
    }

    fn page_language(&self) -> Option<&str> {
        Some(self.0)
    }
}

fn languages(content: &Content) -> Vec<Option<&str>> {
    match content {
        Content::Article(article) => vec![article.language.as_deref()],
        Content::Feed(feed) => feed.items.iter().map(|a| a.language.as_deref()).collect(),
    }
}

fn feed() -> serde_json::Value {
    json!({
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Mixed",
        "items": [
            { "id": "1", "title": "Sans langue", "content_text": "Un texte." },
            { "id": "2", "title": "عنوان", "content_text": "نص.", "language": "ar" }
        ]
    })
}

#[test]
fn articles_without_a_language_take_the_pages() {
    let content = read_value(&feed(), &InPage("fr")).unwrap();
    assert_eq!(languages(&content), [Some("fr"), Some("ar")]);
    let single = json!({
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": "Titel", "articleBody": "Ein Text."
    });
    let content = read_value(&single, &InPage("de")).unwrap();
    assert_eq!(languages(&content), [Some("de")]);
}

#[test]
fn a_page_without_a_language_leaves_them_unknown() {
    for content in [
        read_value(&feed(), &TestEnv).unwrap(),
        read_value(&feed(), &InPage("")).unwrap(),
        // Not a language tag: `Intl` would throw on it.
        read_value(&feed(), &InPage("en_US.UTF-8 <b>")).unwrap(),
    ] {
        assert_eq!(languages(&content), [None, Some("ar")]);
    }
}
