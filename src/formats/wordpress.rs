//! WordPress REST API posts (`/wp-json/wp/v2/posts`), single or listed, with or without
//! `?_embed`; media items (`/wp/v2/media/<id>`) read as an article about the picture.

use serde_json::Value;

use super::common::{
    headline_from, html_blocks, html_inlines, html_text, list_items, summary_unless_repeated,
    timestamp, url,
};
use super::json::Field;
use super::{ContentError, Environment};
use crate::model::{Article, Block, Byline, Content, Credit, Feed, Image};

/// A post has `title.rendered` or `content.rendered`; a list is an array of posts.
pub fn claims(document: &Value) -> bool {
    let is_post = |value: &Value| {
        ["title", "content", "guid"]
            .iter()
            .any(|key| value.get(key).and_then(|v| v.get("rendered")).is_some())
    };
    match document {
        Value::Array(items) => items.first().is_some_and(is_post),
        other => is_post(other),
    }
}

#[inline(never)]
pub fn read(document: &Value, env: &dyn Environment) -> Result<Content, ContentError> {
    let root = Field::root(document);
    if document.is_array() {
        let items = list_items(&root.items()?, |item| post(item, env))?;
        return Ok(Content::Feed(Feed {
            title: None,
            url: None,
            items,
        }));
    }
    post(&root, env).map(Content::Article)
}

fn post(post: &Field<'_>, env: &dyn Environment) -> Result<Article, ContentError> {
    post.object()?;
    let title = post.get("title").get("rendered");
    let embedded = post.get("_embedded");
    let is_media = post.get("type").text()? == Some("attachment");
    let body = if is_media {
        html_blocks(&post.get("description").get("rendered"), env)?
    } else {
        html_blocks(&post.get("content").get("rendered"), env)?
    };
    let excerpt = html_text(&post.get("excerpt").get("rendered"), env)?;
    // Untitled posts (asides, status updates) are named by their first words, as JSON Feed's.
    let headline = match html_text(&title, env)?.filter(|title| !title.trim().is_empty()) {
        Some(headline) => headline,
        None => excerpt
            .clone()
            .or_else(|| Block::opening_text(&body))
            .and_then(|text| headline_from(&text))
            .ok_or_else(|| title.missing())?,
    };
    Ok(Article {
        headline,
        section: section(&embedded, env)?,
        standfirst: summary_unless_repeated(excerpt, &body),
        bylines: embedded
            .get("author")
            .items()?
            .iter()
            .filter_map(|author| {
                let name = html_text(&author.get("name"), env).ok()??;
                Some(Byline {
                    name,
                    url: url(&author.get("link"), env).ok()?,
                })
            })
            .collect(),
        published: timestamp(&post.first_of(&["date_gmt", "date"]))?,
        updated: timestamp(&post.first_of(&["modified_gmt", "modified"]))?,
        language: None,
        direction: None,
        url: url(&post.get("link"), env)?,
        hero: if is_media {
            media(post, env)?
        } else {
            match embedded.get("wp:featuredmedia").items()?.first() {
                Some(featured) => media(featured, env)?,
                None => None,
            }
        },
        body,
        // Core has no member saying a post is for subscribers, but a password-protected post
        // arrives with `content.protected` and without its text: the reader meets a wall
        // (whose sign-in is where the password is asked), not an empty article.
        paywalled: post.get("content").get("protected").flag()? == Some(true),
        related: Vec::new(),
    })
}

/// The first category in `_embedded["wp:term"]` (a list of lists of terms, one per taxonomy).
fn section(embedded: &Field<'_>, env: &dyn Environment) -> Result<Option<String>, ContentError> {
    for taxonomy in embedded.get("wp:term").items()? {
        for term in taxonomy.items()? {
            if term.get("taxonomy").text()? == Some("category") {
                return html_text(&term.get("name"), env);
            }
        }
    }
    Ok(None)
}

/// A media item as an image: the largest file, a `srcset` of the sizes that keep its shape
/// (WordPress's square thumbnails are crops), caption, and the credit from its IPTC data.
fn media(media: &Field<'_>, env: &dyn Environment) -> Result<Option<Image>, ContentError> {
    // A featured video or PDF (`media_type: "file"`) is no picture: an <img> of it shows broken.
    if media
        .get("media_type")
        .text()?
        .is_some_and(|kind| kind != "image")
    {
        return Ok(None);
    }
    let Some(src) = url(&media.get("source_url"), env)? else {
        // An embedded error object (`{"code": "rest_forbidden"}`) or a non-image.
        return Ok(None);
    };
    let details = media.get("media_details");
    let (width, height) = (
        details.get("width").count()?,
        details.get("height").count()?,
    );
    let mut candidates = Vec::new();
    if let Some(sizes) = details.get("sizes").object()? {
        for (name, _) in sizes {
            let size = details.get("sizes").get(name);
            let (Some(w), Some(h)) = (size.get("width").count()?, size.get("height").count()?)
            else {
                continue;
            };
            let same_shape = match (width, height) {
                (Some(full_w), Some(full_h)) if full_w > 0 && h > 0 => {
                    let ratio = |w: u32, h: u32| f64::from(w) / f64::from(h);
                    (ratio(w, h) / ratio(full_w, full_h) - 1.0).abs() < 0.02
                }
                _ => false,
            };
            if let (true, Some(file)) = (same_shape, url(&size.get("source_url"), env)?) {
                // Narrowest first, one file a width (a handful of sizes: no sort needed).
                if let Err(at) = candidates.binary_search_by_key(&w, |(width, _)| *width) {
                    candidates.insert(at, (w, file));
                }
            }
        }
    }
    let srcset = (!candidates.is_empty()).then(|| {
        candidates
            .iter()
            .map(|(w, file)| format!("{file} {w}w"))
            .collect::<Vec<_>>()
            .join(", ")
    });
    let meta = details.get("image_meta");
    Ok(Some(Image {
        src,
        srcset,
        sizes: None,
        sources: Vec::new(),
        width,
        height,
        alt: media.get("alt_text").text()?.unwrap_or_default().to_owned(),
        caption: html_inlines(&media.get("caption").get("rendered"), env)?,
        credit: Credit {
            credit: meta.get("credit").text()?.map(str::to_owned),
            licence: meta.get("copyright").text()?.map(str::to_owned),
            ..Credit::default()
        },
        link: None,
    }))
}
