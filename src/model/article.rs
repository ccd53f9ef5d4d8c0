//! An article: the headline, who wrote it and when, its hero image and its body.

use super::{Block, Direction, Image, RelatedLink, Timestamp};

/// One article, ready to render. Only the headline is required: everything else a source may lack.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Article {
    pub headline: String,
    /// The section or category the article belongs to ("Politics").
    pub section: Option<String>,
    /// The summary shown under the headline.
    pub standfirst: Option<String>,
    pub bylines: Vec<Byline>,
    pub published: Option<Timestamp>,
    pub updated: Option<Timestamp>,
    /// A BCP 47 language tag ("en", "pt-BR").
    pub language: Option<String>,
    pub direction: Option<Direction>,
    /// The article's canonical web address.
    pub url: Option<String>,
    pub hero: Option<Image>,
    pub body: Vec<Block>,
    /// For subscribers: `body` holds only the free part (what is gated never reaches the
    /// model), and the wall follows it.
    pub paywalled: bool,
    /// Articles the content itself says are related (schema.org `relatedLink`, lede's
    /// `related`), for the cards at its end.
    pub related: Vec<RelatedLink>,
}

/// A person or desk credited with the article.
#[derive(Debug, Clone, PartialEq)]
pub struct Byline {
    pub name: String,
    pub url: Option<String>,
}
