//! Site-level data: the publication's name, its sections, links, search, market data and the
//! newsletter, shown around the article.

use super::{AdRule, Message, Newsletter, PatternError, PaywallLinks, Provider};

/// The publication the reader is showing articles of.
#[derive(Debug, Clone, PartialEq)]
pub struct Site {
    pub name: String,
    pub url: Option<String>,
    /// The logo's address; the name is its text alternative.
    pub logo: Option<String>,
    pub sections: Vec<Section>,
    /// Other links in the menu ("Market Data").
    pub links: Vec<SiteLink>,
    pub search: Search,
    pub markets: Option<Markets>,
    pub newsletter: Newsletter,
    /// Repeating ad slots in article bodies (`ad-1`, `ad-2`, …), when the site wants them.
    pub ads: Option<AdRule>,
    /// The links on the wall of an article for subscribers.
    pub paywall: PaywallLinks,
    /// The video providers whose players a reader may choose to load.
    pub players: Vec<Provider>,
    /// The language lede's own words are to be in (a BCP 47 tag), before any other wish.
    pub language: Option<String>,
    /// The site's own wording for lede's messages, as compiled patterns.
    pub messages: Vec<(Message, String)>,
    /// The site's messages that could not be used, for the masthead's notice.
    pub message_problems: Vec<MessageProblem>,
}

/// Why a site's wording for a message is not used.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageProblem {
    /// No message of lede's has this id.
    Unknown(String),
    /// The wording names a placeable the message does not have, or is malformed.
    Placeable { id: String, error: PatternError },
}

impl Site {
    /// A site known only by its name: no sections, links, search or market data.
    pub fn named(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            url: None,
            logo: None,
            sections: Vec::new(),
            links: Vec::new(),
            search: Search::default(),
            markets: None,
            newsletter: Newsletter::with_texts(
                format!("Welcome to {name}"),
                "Sign up for daily updates.".to_owned(),
            ),
            ads: None,
            paywall: PaywallLinks::default(),
            players: Vec::new(),
            language: None,
            messages: Vec::new(),
            message_problems: Vec::new(),
        }
    }
}

/// A section of the site and the feed that lists its articles.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub title: String,
    pub feed: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SiteLink {
    pub title: String,
    pub url: String,
}

/// Where search looks: feeds searched in the reader, and the site's own search page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Search {
    pub feeds: Vec<String>,
    /// An address with `{query}` where the words go ("https://example.com/?s={query}").
    pub url_template: Option<String>,
}

impl Search {
    pub fn is_available(&self) -> bool {
        !self.feeds.is_empty() || self.url_template.is_some()
    }

    /// The site's search page for `query`, with the words URL-encoded.
    pub fn site_url(&self, query: &str) -> Option<String> {
        let encoded: String = query
            .bytes()
            .map(|byte| match byte {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                    (byte as char).to_string()
                }
                b' ' => "+".to_owned(),
                other => format!("%{other:02X}"),
            })
            .collect();
        self.url_template
            .as_ref()
            .map(|template| template.replace("{query}", &encoded))
    }

    /// The site's search as a plain form (`GET`), when its address takes the words as one
    /// query parameter (`…/search?q={query}`): what works before lede's program, and without it.
    pub fn form(&self) -> Option<SearchForm> {
        let template = self.url_template.as_deref()?;
        let (action, query) = template.split_once('?')?;
        let mut field = None;
        let mut hidden = Vec::new();
        for (key, value) in super::query_string::parse(query) {
            if value == "{query}" && field.is_none() {
                field = Some(key);
            } else if value.contains("{query}") {
                return None;
            } else {
                hidden.push((key, value));
            }
        }
        Some(SearchForm {
            action: action.to_owned(),
            field: field?,
            hidden,
        })
    }
}

/// A site search as an HTML form: where it goes, the field the words go in, and the other
/// parameters the address has.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchForm {
    pub action: String,
    pub field: String,
    pub hidden: Vec<(String, String)>,
}

/// A strip of market quotes in the header.
#[derive(Debug, Clone, PartialEq)]
pub struct Markets {
    pub quotes: String,
    pub refresh_seconds: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_search_that_takes_one_parameter_is_a_form() {
        let search = |template: &str| Search {
            feeds: vec![],
            url_template: Some(template.to_owned()),
        };
        assert_eq!(
            search("https://news.example/?s={query}&x=1&lang=pt%20BR").form(),
            Some(SearchForm {
                action: "https://news.example/".into(),
                field: "s".into(),
                hidden: vec![("x".into(), "1".into()), ("lang".into(), "pt BR".into())],
            })
        );
        for template in [
            "https://news.example/search/{query}",
            "https://news.example/?q=site:x+{query}",
            "https://news.example/search",
        ] {
            assert_eq!(search(template).form(), None, "{template}");
        }
    }

    #[test]
    fn site_search_urls_encode_the_words() {
        let search = Search {
            feeds: vec![],
            url_template: Some("https://news.example/?s={query}&x=1".into()),
        };
        assert_eq!(
            search.site_url("rare earths & ‘Kyiv’").as_deref(),
            Some("https://news.example/?s=rare+earths+%26+%E2%80%98Kyiv%E2%80%99&x=1")
        );
        assert!(search.is_available());
        assert!(!Search::default().is_available());
    }
}
