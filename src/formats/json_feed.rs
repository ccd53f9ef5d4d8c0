//! JSON Feed 1.0 and 1.1 (<https://jsonfeed.org>): a feed is a list of articles.

use serde_json::Value;

use super::common::{
    feed_items, feed_timestamp, headline_from, html_blocks, language, people, text_blocks, url,
};
use super::html;
use super::json::Field;
use super::{ContentError, Environment};
use crate::model::{Article, Byline, Content, Feed, Image};

pub fn claims(document: &Value) -> bool {
    document
        .get("version")
        .and_then(Value::as_str)
        .is_some_and(|version| version.starts_with("https://jsonfeed.org/version/"))
}

#[inline(never)]
pub fn read(document: &Value, env: &dyn Environment) -> Result<Content, ContentError> {
    let feed = Field::root(document);
    let defaults = Defaults {
        language: language(&feed.get("language"))?,
        authors: authors(&feed, env)?,
    };
    let items = feed_items(&feed.get("items").items()?, |item| {
        self::item(item, &defaults, env)
    })?;
    Ok(Content::Feed(Feed {
        title: feed.get("title").text()?.map(str::to_owned),
        url: url(&feed.get("home_page_url"), env)?,
        items,
    }))
}

/// What items inherit from their feed.
struct Defaults {
    language: Option<String>,
    authors: Vec<Byline>,
}

fn item(
    item: &Field<'_>,
    defaults: &Defaults,
    env: &dyn Environment,
) -> Result<Article, ContentError> {
    item.object()?;
    let html = item.get("content_html").text()?;
    let text = item.get("content_text").text()?;
    let summary = item.get("summary").text()?.map(str::to_owned);
    let body = match (html, text) {
        (Some(_), _) => html_blocks(&item.get("content_html"), env)?,
        (None, Some(text)) => text_blocks(text),
        (None, None) => Vec::new(),
    };
    // Titles are optional in JSON Feed (microblog posts have none): the first words stand in.
    let headline = match item
        .get("title")
        .text()?
        .filter(|title| !title.trim().is_empty())
    {
        Some(title) => title.to_owned(),
        None => summary
            .clone()
            .or_else(|| text.map(str::to_owned))
            .or_else(|| html.map(|html| html::plain_text(&env.parse_html(html))))
            .and_then(|text| headline_from(&text))
            .ok_or_else(|| item.get("title").missing())?,
    };
    let bylines = authors(item, env)?;
    Ok(Article {
        headline,
        section: None,
        standfirst: summary,
        bylines: if bylines.is_empty() {
            defaults.authors.clone()
        } else {
            bylines
        },
        published: feed_timestamp(&item.get("date_published"))?,
        updated: feed_timestamp(&item.get("date_modified"))?,
        language: language(&item.get("language"))?.or_else(|| defaults.language.clone()),
        direction: None,
        url: url(&item.first_of(&["url", "external_url"]), env)?,
        hero: url(&item.first_of(&["image", "banner_image"]), env)?.map(|src| Image {
            src,
            ..Image::default()
        }),
        body,
        paywalled: false,
        related: Vec::new(),
    })
}

/// `authors` (1.1) or `author` (1.0): objects with `name` and `url`.
fn authors(owner: &Field<'_>, env: &dyn Environment) -> Result<Vec<Byline>, ContentError> {
    people(owner, "authors", "author", env)
}
