//! The schema.org description of what the renderer shows, as JSON-LD: a `NewsArticle` for an
//! article, an `ItemList` for a list. Search engines and link previews read it from the page;
//! it is built from the content model, so it says what the reader shows and no more.

use serde_json::{json, Map, Value};

use crate::components::GATED_CLASS;
use crate::model::{Article, Content, Feed, Image, Inline, Site};

/// The JSON-LD for `content`, published by `site`.
pub fn describe(content: &Content, site: &Site) -> Value {
    match content {
        Content::Article(article) => news_article(article, site),
        Content::Feed(feed) => item_list(feed),
    }
}

fn news_article(article: &Article, site: &Site) -> Value {
    let mut object = Map::new();
    object.insert("@context".into(), "https://schema.org".into());
    object.insert("@type".into(), "NewsArticle".into());
    object.insert("headline".into(), article.headline.as_str().into());
    let mut put = |key: &str, value: Option<Value>| {
        if let Some(value) = value {
            object.insert(key.into(), value);
        }
    };
    put(
        "description",
        article.standfirst.as_deref().map(Value::from),
    );
    put(
        "articleSection",
        article.section.as_deref().map(Value::from),
    );
    put("inLanguage", article.language.as_deref().map(Value::from));
    put("url", article.url.as_deref().map(Value::from));
    put("mainEntityOfPage", article.url.as_deref().map(Value::from));
    put(
        "datePublished",
        article.published.as_ref().map(|t| t.iso().into()),
    );
    put(
        "dateModified",
        article.updated.as_ref().map(|t| t.iso().into()),
    );
    let authors: Vec<Value> = article
        .bylines
        .iter()
        .map(|byline| {
            let mut person = json!({ "@type": "Person", "name": byline.name });
            if let Some(url) = &byline.url {
                person["url"] = url.as_str().into();
            }
            person
        })
        .collect();
    put("author", (!authors.is_empty()).then(|| authors.into()));
    put("image", article.hero.as_ref().map(image_object));
    let mut publisher = json!({ "@type": "Organization", "name": site.name });
    if let Some(url) = &site.url {
        publisher["url"] = url.as_str().into();
    }
    if let Some(logo) = &site.logo {
        publisher["logo"] = json!({ "@type": "ImageObject", "url": logo });
    }
    put("publisher", Some(publisher));
    if article.paywalled {
        // Google's markup for paywalled content: the page says which part is gated, so a
        // crawler that sees less than the article is not misled (no cloaking).
        put("isAccessibleForFree", Some(false.into()));
        put(
            "hasPart",
            Some(json!({
                "@type": "WebPageElement",
                "isAccessibleForFree": false,
                "cssSelector": format!(".{GATED_CLASS}"),
            })),
        );
    }
    object.into()
}

fn image_object(image: &Image) -> Value {
    let mut object = json!({ "@type": "ImageObject", "url": image.src, "contentUrl": image.src });
    if let Some(width) = image.width {
        object["width"] = width.into();
    }
    if let Some(height) = image.height {
        object["height"] = height.into();
    }
    if !image.caption.is_empty() {
        object["caption"] = Inline::plain_text(&image.caption).into();
    }
    let credit = &image.credit;
    if let Some(credit) = &credit.credit {
        object["creditText"] = credit.as_str().into();
    }
    if let Some(licence) = &credit.licence_url {
        object["license"] = licence.as_str().into();
    }
    if let Some(licence) = &credit.licence {
        object["copyrightNotice"] = licence.as_str().into();
    }
    object
}

fn item_list(feed: &Feed) -> Value {
    let items: Vec<Value> = feed
        .items
        .iter()
        .enumerate()
        .map(|(index, article)| {
            let mut item =
                json!({ "@type": "ListItem", "position": index + 1, "name": article.headline });
            if let Some(url) = &article.url {
                item["url"] = url.as_str().into();
            }
            item
        })
        .collect();
    let mut list =
        json!({ "@context": "https://schema.org", "@type": "ItemList", "itemListElement": items });
    if let Some(title) = &feed.title {
        list["name"] = title.as_str().into();
    }
    list
}

/// `value` as the text of a `<script>` element: JSON in which `<`, `>` and `&` are escapes, so
/// that nothing in it can end the element or open a comment, whatever the content says.
pub fn script_text(value: &Value) -> String {
    let mut out = String::new();
    for c in value.to_string().chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}
