//! schema.org JSON-LD: `NewsArticle`, `Article` and its other subtypes, alone, in a list or in
//! an `@graph`, with references by `@id` followed.

use std::collections::HashMap;

use serde_json::Value;

use super::common::{feed_timestamp, html_blocks, language, list_items, text_blocks, url};
use super::json::Field;
use super::{ContentError, Environment};
use crate::model::{Article, Byline, Content, Credit, Feed, Image, RelatedLink};

/// The Article types of schema.org (Article and everything beneath it).
const ARTICLE_TYPES: [&str; 22] = [
    "Article",
    "NewsArticle",
    "AnalysisNewsArticle",
    "AskPublicNewsArticle",
    "BackgroundNewsArticle",
    "OpinionNewsArticle",
    "ReportageNewsArticle",
    "ReviewNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "SocialMediaPosting",
    "DiscussionForumPosting",
    "TechArticle",
    "APIReference",
    "ScholarlyArticle",
    "MedicalScholarlyArticle",
    "Report",
    "SatiricalArticle",
    "AdvertiserContentArticle",
    "Review",
    "CreativeWork",
    "WebPage",
];

/// The types that are articles for certain; `CreativeWork` and `WebPage` only count when
/// nothing more specific is there.
const FALLBACK_TYPES: [&str; 2] = ["CreativeWork", "WebPage"];

pub fn claims(document: &Value) -> bool {
    let is_json_ld = |value: &Value| {
        value.get("@graph").is_some()
            || value.get("@type").is_some()
            || value.get("@context").is_some_and(names_schema_org)
    };
    match document {
        Value::Array(items) => items.first().is_some_and(is_json_ld),
        other => is_json_ld(other),
    }
}

#[inline(never)]
pub fn read(document: &Value, env: &dyn Environment) -> Result<Content, ContentError> {
    let root = Field::root(document);
    let mut nodes = Vec::new();
    collect_nodes(&root, &mut nodes)?;
    let by_id: HashMap<&str, Field<'_>> = nodes
        .iter()
        .filter_map(|node| Some((node.get("@id").value()?.as_str()?, node.clone())))
        .collect();
    let graph = Graph { by_id, env };
    let mut articles: Vec<&Field<'_>> = nodes.iter().filter(|node| has_type(node, false)).collect();
    if articles.is_empty() {
        articles = nodes
            .iter()
            .filter(|node| has_type(node, true))
            .take(1)
            .collect();
    }
    match articles.as_slice() {
        [] => Err(ContentError::UnknownFormat(format!(
            "schema.org JSON-LD with no Article in it (it has {})",
            types(&nodes)
        ))),
        [one] => graph.article(one).map(Content::Article),
        many => {
            let fields: Vec<Field<'_>> = many.iter().map(|field| (*field).clone()).collect();
            Ok(Content::Feed(Feed {
                title: None,
                url: None,
                items: list_items(&fields, |node| graph.article(node))?,
            }))
        }
    }
}

/// Every object of the document: the document itself, array elements, and `@graph` members.
fn collect_nodes<'a>(field: &Field<'a>, out: &mut Vec<Field<'a>>) -> Result<(), ContentError> {
    match field.value() {
        Some(Value::Array(_)) => {
            for item in field.items()? {
                collect_nodes(&item, out)?;
            }
        }
        Some(Value::Object(_)) => {
            let graph = field.get("@graph");
            if graph.is_present() {
                for item in graph.one_or_many() {
                    collect_nodes(&item, out)?;
                }
            }
            out.push(field.clone());
        }
        _ => {}
    }
    Ok(())
}

/// Whether an `@context` (text, object or list) mentions schema.org.
fn names_schema_org(context: &Value) -> bool {
    match context {
        Value::String(text) => text.contains("schema.org"),
        Value::Array(items) => items.iter().any(names_schema_org),
        Value::Object(map) => map.values().any(names_schema_org),
        _ => false,
    }
}

fn type_names<'a>(node: &Field<'a>) -> Vec<&'a str> {
    node.get("@type")
        .one_or_many()
        .iter()
        .filter_map(|t| t.value()?.as_str())
        .collect()
}

fn has_type(node: &Field<'_>, fallback: bool) -> bool {
    type_names(node).iter().any(|name| {
        let name = name.rsplit([':', '/']).next().unwrap_or(name);
        ARTICLE_TYPES.contains(&name) && FALLBACK_TYPES.contains(&name) == fallback
    })
}

fn types(nodes: &[Field<'_>]) -> String {
    let names: Vec<&str> = nodes.iter().flat_map(type_names).collect();
    if names.is_empty() {
        "no @type".into()
    } else {
        format!("types: {}", names.join(", "))
    }
}

struct Graph<'a, 'e> {
    by_id: HashMap<&'a str, Field<'a>>,
    env: &'e dyn Environment,
}

impl<'a> Graph<'a, '_> {
    /// A node, or the node its `{"@id": …}` points to.
    fn resolve(&self, field: &Field<'a>) -> Field<'a> {
        let is_reference = field
            .value()
            .and_then(Value::as_object)
            .is_some_and(|map| map.len() == 1);
        match field.get("@id").value().and_then(Value::as_str) {
            Some(id) if is_reference => {
                self.by_id.get(id).cloned().unwrap_or_else(|| field.clone())
            }
            _ => field.clone(),
        }
    }

    fn article(&self, node: &Field<'a>) -> Result<Article, ContentError> {
        let headline_field = node.first_of(&["headline", "name", "alternativeHeadline"]);
        let headline = headline_field.required_text()?.to_owned();
        // `text` is CreativeWork's own property for the same, which some sites fill instead.
        let body_field = node.first_of(&["articleBody", "text"]);
        let body = match body_field.text()? {
            // The property is text, but some publishers put their HTML in it.
            Some(text) if text.contains("</p>") || text.contains("<br") => {
                html_blocks(&body_field, self.env)?
            }
            Some(text) => text_blocks(text),
            None => Vec::new(),
        };
        let page = self.resolve(&node.get("mainEntityOfPage"));
        Ok(Article {
            headline,
            section: node
                .get("articleSection")
                .one_or_many()
                .first()
                .map(|s| s.text())
                .transpose()?
                .flatten()
                .map(str::to_owned),
            standfirst: node.get("description").text()?.map(str::to_owned),
            bylines: node
                .get("author")
                .one_or_many()
                .iter()
                .map(|author| self.person(author))
                .collect::<Result<Vec<_>, _>>()?
                .into_iter()
                .flatten()
                .collect(),
            published: feed_timestamp(&node.get("datePublished"))?,
            updated: feed_timestamp(&node.get("dateModified"))?,
            language: self.language(&node.get("inLanguage"))?,
            direction: None,
            url: match url(&node.get("url"), self.env)? {
                Some(address) => Some(address),
                None if page.value().is_some_and(Value::is_string) => url(&page, self.env)?,
                None => url(&page.get("@id"), self.env)?,
            },
            hero: match node.get("image").one_or_many().first() {
                Some(image) => self.image(image)?,
                None => None,
            },
            body,
            paywalled: paywalled(node)?,
            related: related_links(node, self.env)?,
        })
    }

    /// An author: a name, or a Person or Organization.
    fn person(&self, field: &Field<'a>) -> Result<Option<Byline>, ContentError> {
        if let Some(Value::String(name)) = field.value() {
            return Ok(Some(Byline {
                name: name.trim().to_owned(),
                url: None,
            })
            .filter(|byline| !byline.name.is_empty()));
        }
        let person = self.resolve(field);
        // Some sites' templates write the name as a list of one (or of the name's spellings).
        let name = match person.get("name").value() {
            Some(Value::Array(_)) => person
                .get("name")
                .one_or_many()
                .iter()
                .find_map(|name| name.text().ok().flatten()),
            _ => person.get("name").text()?,
        };
        Ok(name.map(|name| Byline {
            name: name.to_owned(),
            url: url(&person.get("url"), self.env).ok().flatten(),
        }))
    }

    /// `inLanguage` is a tag, or a Language with `alternateName` (the tag) or `name`.
    fn language(&self, field: &Field<'a>) -> Result<Option<String>, ContentError> {
        match field.value() {
            Some(Value::Object(_)) => {
                let language_node = self.resolve(field);
                language(&language_node.first_of(&["alternateName", "name"]))
            }
            _ => language(field),
        }
    }

    /// An image: an address, or an ImageObject with its caption and credits.
    fn image(&self, field: &Field<'a>) -> Result<Option<Image>, ContentError> {
        if let Some(Value::String(_)) = field.value() {
            return Ok(url(field, self.env)?.map(|src| Image {
                src,
                ..Image::default()
            }));
        }
        let image = self.resolve(field);
        let Some(src) = url(&image.first_of(&["contentUrl", "url"]), self.env)? else {
            return Ok(None);
        };
        let creator = image
            .get("creator")
            .one_or_many()
            .first()
            .map(|creator| self.person(creator))
            .transpose()?
            .flatten();
        let licence_url = url(&image.get("license"), self.env)?;
        Ok(Some(Image {
            src,
            width: self.size(&image.get("width"))?,
            height: self.size(&image.get("height"))?,
            alt: image
                .first_of(&["description", "name"])
                .text()?
                .unwrap_or_default()
                .to_owned(),
            caption: image
                .get("caption")
                .text()?
                .map(|caption| vec![crate::model::Inline::text(caption)])
                .unwrap_or_default(),
            credit: Credit {
                credit: image
                    .get("creditText")
                    .text()?
                    .map(str::to_owned)
                    .or_else(|| creator.as_ref().map(|c| c.name.clone())),
                credit_url: creator.and_then(|c| c.url),
                licence: image
                    .get("copyrightNotice")
                    .text()?
                    .map(str::to_owned)
                    .or_else(|| licence_url.as_deref().map(licence_name)),
                licence_url,
                ..Credit::default()
            },
            ..Image::default()
        }))
    }

    /// A size: a number, numeric text, or a QuantitativeValue `{"value": 1200}`.
    fn size(&self, field: &Field<'a>) -> Result<Option<u32>, ContentError> {
        match field.value() {
            Some(Value::Object(_)) => field.get("value").count(),
            _ => field.count().or(Ok(None)),
        }
    }
}

/// "CC BY-SA 4.0" for a Creative Commons licence address; otherwise just "Licence".
fn licence_name(url: &str) -> String {
    if let Some(rest) = url.split("creativecommons.org/licenses/").nth(1) {
        let mut parts = rest.trim_end_matches('/').split('/');
        let kind = parts.next().unwrap_or_default().to_ascii_uppercase();
        let version = parts.next().unwrap_or_default();
        return format!("CC {kind} {version}").trim().to_owned();
    }
    if url.contains("creativecommons.org/publicdomain/") {
        return "Public domain".into();
    }
    "Licence".into()
}

/// Whether schema.org says the article is not free: `isAccessibleForFree: false` on it, or on a
/// part of it (`hasPart`, as Google documents for paywalled content). The body that arrives is
/// what the publisher's server chose to send, and is shown as the free part.
fn paywalled(node: &Field<'_>) -> Result<bool, ContentError> {
    if not_free(&node.get("isAccessibleForFree"))? {
        return Ok(true);
    }
    for part in node.get("hasPart").one_or_many() {
        if part.object()?.is_some() && not_free(&part.get("isAccessibleForFree"))? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `false`, or the text "False" many sites write.
fn not_free(field: &Field<'_>) -> Result<bool, ContentError> {
    match field.value() {
        None | Some(Value::Null) => Ok(false),
        Some(Value::Bool(free)) => Ok(!free),
        Some(Value::String(text)) => match text.trim().to_ascii_lowercase().as_str() {
            "false" => Ok(true),
            "true" | "" => Ok(false),
            _ => Err(field.bad_value("true or false", text)),
        },
        Some(_) => Err(field.wrong_type("true or false")),
    }
}

/// `relatedLink` and `significantLink`: addresses (schema.org's range is URL), or objects with
/// a `url` and a `name` or `headline`. An address that is not a web address is left out.
fn related_links(
    node: &Field<'_>,
    env: &dyn Environment,
) -> Result<Vec<RelatedLink>, ContentError> {
    let mut links = Vec::new();
    for key in ["relatedLink", "significantLink"] {
        for field in node.get(key).one_or_many() {
            let (address, headline) = match field.value() {
                Some(Value::Object(_)) => (
                    field.get("url"),
                    field
                        .first_of(&["headline", "name"])
                        .text()?
                        .map(str::to_owned),
                ),
                _ => (field.clone(), None),
            };
            if let Some(url) = url(&address, env)? {
                if !links.iter().any(|link: &RelatedLink| link.url == url) {
                    links.push(RelatedLink {
                        url,
                        headline,
                        image: None,
                    });
                }
            }
        }
    }
    Ok(links)
}
