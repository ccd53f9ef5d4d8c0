//! Ghost Content API posts and pages: `{"posts": [...]}`; one post is an article, several a list.

use serde_json::Value;

use super::common::{
    html_blocks, html_inlines, list_items, people, summary_unless_repeated, timestamp, url,
};
use super::json::Field;
use super::{ContentError, Environment};
use crate::model::{Article, Content, Feed, Image};

pub fn claims(document: &Value) -> bool {
    ["posts", "pages"]
        .iter()
        .any(|key| document.get(key).is_some_and(Value::is_array))
}

#[inline(never)]
pub fn read(document: &Value, env: &dyn Environment) -> Result<Content, ContentError> {
    let root = Field::root(document);
    let list = root.first_of(&["posts", "pages"]);
    let mut items = list_items(&list.items()?, |post| self::post(post, env))?;
    if items.len() == 1 {
        return Ok(Content::Article(items.remove(0)));
    }
    Ok(Content::Feed(Feed {
        title: None,
        url: None,
        items,
    }))
}

fn post(post: &Field<'_>, env: &dyn Environment) -> Result<Article, ContentError> {
    post.object()?;
    let body = html_blocks(&post.get("html"), env)?;
    let excerpt = post
        .first_of(&["custom_excerpt", "excerpt"])
        .text()?
        .map(str::to_owned);
    let bylines = people(post, "authors", "primary_author", env)?;
    Ok(Article {
        headline: post.get("title").required_text()?.to_owned(),
        section: post
            .get("primary_tag")
            .get("name")
            .text()?
            .map(str::to_owned),
        standfirst: summary_unless_repeated(excerpt, &body),
        bylines,
        published: timestamp(&post.get("published_at"))?,
        updated: timestamp(&post.get("updated_at"))?,
        language: None,
        direction: None,
        url: url(&post.get("url"), env)?,
        hero: match url(&post.get("feature_image"), env)? {
            Some(src) => Some(Image {
                src,
                alt: post
                    .get("feature_image_alt")
                    .text()?
                    .unwrap_or_default()
                    .to_owned(),
                caption: html_inlines(&post.get("feature_image_caption"), env)?,
                ..Image::default()
            }),
            None => None,
        },
        body,
        paywalled: paywalled(&post.get("visibility"))?,
        related: Vec::new(),
    })
}

/// Ghost's `visibility`: anything but `public` (`members`, `paid`, `tiers`) is for members.
/// The Content API sends a visitor only the free part of such a post's `html`: what arrives is
/// what is free.
fn paywalled(visibility: &Field<'_>) -> Result<bool, ContentError> {
    Ok(visibility
        .text()?
        .is_some_and(|visibility| visibility != "public"))
}
