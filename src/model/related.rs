//! The articles offered at an article's end: the content's own related links, else the other
//! articles of its section's feed, never the article itself.

use super::{Article, Image};

/// How many related articles an article's end shows.
pub const MAX_RELATED: usize = 4;

/// Another article to read next.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RelatedLink {
    pub url: String,
    /// Its headline; without one, the card shows the address.
    pub headline: Option<String>,
    pub image: Option<Image>,
}

/// What the end of `article` offers: its own related links if it has any, else `feed`'s other
/// articles (those with an address); never the article itself, at most [`MAX_RELATED`].
pub fn related_articles(article: &Article, feed: &[Article]) -> Vec<RelatedLink> {
    let is_itself = |url: &str, headline: Option<&str>| {
        article.url.as_deref() == Some(url) || headline == Some(article.headline.as_str())
    };
    let own = article
        .related
        .iter()
        .filter(|link| !is_itself(&link.url, None))
        .take(MAX_RELATED)
        .cloned()
        .collect::<Vec<_>>();
    if !own.is_empty() {
        return own;
    }
    feed.iter()
        .filter_map(|item| {
            let url = item.url.as_deref()?;
            (!is_itself(url, Some(&item.headline))).then(|| RelatedLink {
                url: url.to_owned(),
                headline: Some(item.headline.clone()),
                image: item.hero.clone(),
            })
        })
        .take(MAX_RELATED)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(url: &str, headline: &str) -> Article {
        Article {
            url: Some(url.into()),
            headline: headline.into(),
            ..Article::default()
        }
    }

    fn link(url: &str) -> RelatedLink {
        RelatedLink {
            url: url.into(),
            ..RelatedLink::default()
        }
    }

    #[test]
    fn its_own_links_come_first_without_itself() {
        let mut this = article("https://n.example/a", "A");
        this.related = vec![link("https://n.example/a"), link("https://n.example/b")];
        let feed = [article("https://n.example/c", "C")];
        let urls: Vec<_> = related_articles(&this, &feed)
            .into_iter()
            .map(|link| link.url)
            .collect();
        assert_eq!(urls, ["https://n.example/b"]);
    }

    #[test]
    fn else_four_of_the_feed_without_itself_or_articles_without_an_address() {
        let this = article("https://n.example/a", "A");
        let mut feed: Vec<_> = ["a", "b", "c", "d", "e", "f"]
            .iter()
            .map(|name| article(&format!("https://n.example/{name}"), &name.to_uppercase()))
            .collect();
        feed.insert(1, Article::default());
        // The same article under another address (a feed's own link to it) is still itself.
        feed.insert(2, article("https://n.example/a?utm=feed", "A"));
        let headlines: Vec<_> = related_articles(&this, &feed)
            .into_iter()
            .filter_map(|link| link.headline)
            .collect();
        assert_eq!(headlines, ["B", "C", "D", "E"]);
        assert!(related_articles(&this, &[]).is_empty());
    }
}
