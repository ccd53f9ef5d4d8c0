//! lede's own JSON format, version 1 (see `schema/lede-article.schema.json`): an article, or
//! with `"type": "list"`, a list of them (a section's feed).

mod math;
#[cfg(not(target_arch = "wasm32"))]
pub(super) mod write;

use serde_json::Value;

use super::common::{direction, feed_items, language, timestamp, url, version};
use super::html;
use super::json::Field;
use super::{ContentError, Environment};
use crate::model::{
    Article, Block, Byline, Content, Credit, Definition, Feed, HeaderScope, Image, ImageSource,
    Inline, InlineStyle, LinkCard, LinkTarget, ListItem, ListNumbers, RelatedLink, Table,
    TableCell, TableRow,
};

/// lede's built-in article, shown when no `src` is given: the seed page of EconoTimes.
pub const DEFAULT_ARTICLE: &str = include_str!("../../../content/default-article.json");

/// The address the built-in article's relative links resolve against: its publisher's.
pub const DEFAULT_ARTICLE_URL: &str = "https://www.econotimes.com/";

/// The newest version of the format this reader understands.
pub const VERSION: u64 = 1;

/// Whether a document says it is in lede's format: it carries a `"lede"` version member.
pub fn claims(document: &Value) -> bool {
    document.get("lede").is_some()
}

#[inline(never)]
pub fn read(document: &Value, env: &dyn Environment) -> Result<Content, ContentError> {
    let root = Field::root(document);
    version(
        &root.get("lede"),
        VERSION,
        "a format version number such as 1",
    )?;
    match root.get("type").text()? {
        None | Some("article") => article(&root, env).map(Content::Article),
        Some("list") => Ok(Content::Feed(Feed {
            title: root.get("title").text()?.map(str::to_owned),
            url: url(&root.get("url"), env)?,
            items: feed_items(&root.get("items").items()?, |item| article(item, env))?,
        })),
        Some(other) => Err(root.get("type").bad_value("“article” or “list”", other)),
    }
}

/// An article: the document itself, or an item of a list.
fn article(root: &Field<'_>, env: &dyn Environment) -> Result<Article, ContentError> {
    root.object()?;
    let reader = Reader { env };
    let paywall = root.get("paywall");
    let paywalled = paywall.object()?.is_some();
    let free_blocks = paywall.get("free_blocks").count()?;
    let mut body = reader.blocks(&root.get("body"))?;
    if let Some(free) = free_blocks.filter(|_| paywalled) {
        // What is gated never reaches the model, so no rendering of it can show it.
        body.truncate(usize::try_from(free).unwrap_or(usize::MAX));
    }
    Ok(Article {
        headline: root.get("headline").required_text()?.to_owned(),
        section: root.get("section").text()?.map(str::to_owned),
        standfirst: root.get("standfirst").text()?.map(str::to_owned),
        bylines: root
            .get("bylines")
            .items()?
            .iter()
            .map(|item| reader.byline(item))
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .flatten()
            .collect(),
        published: timestamp(&root.get("published"))?,
        updated: timestamp(&root.get("updated"))?,
        language: language(&root.get("language"))?,
        direction: direction(&root.get("direction"))?,
        url: url(&root.get("url"), env)?,
        hero: reader.optional_image(&root.get("hero"))?,
        body,
        paywalled,
        related: reader.related(&root.get("related"))?,
    })
}

struct Reader<'e> {
    env: &'e dyn Environment,
}

impl Reader<'_> {
    /// A byline is a name, or an object with a name and an address.
    fn byline(&self, field: &Field<'_>) -> Result<Option<Byline>, ContentError> {
        if let Some(Value::String(_)) = field.value() {
            return Ok(field.text()?.map(|name| Byline {
                name: name.to_owned(),
                url: None,
            }));
        }
        field.object()?;
        Ok(Some(Byline {
            name: field.get("name").required_text()?.to_owned(),
            url: url(&field.get("url"), self.env)?,
        }))
    }

    /// `related`: addresses, or `{url, headline, image}`; an address lede cannot link to is
    /// left out.
    fn related(&self, field: &Field<'_>) -> Result<Vec<RelatedLink>, ContentError> {
        let mut links = Vec::new();
        for item in field.items()? {
            let link = match item.value() {
                Some(Value::String(_)) => url(&item, self.env)?.map(|url| RelatedLink {
                    url,
                    ..RelatedLink::default()
                }),
                _ => {
                    item.object()?;
                    let headline = item.get("headline").text()?.map(str::to_owned);
                    let image = self.optional_image(&item.get("image"))?;
                    url(&item.get("url"), self.env)?.map(|url| RelatedLink {
                        url,
                        headline,
                        image,
                    })
                }
            };
            links.extend(link);
        }
        Ok(links)
    }

    fn optional_image(&self, field: &Field<'_>) -> Result<Option<Image>, ContentError> {
        if field.object()?.is_none() {
            return Ok(None);
        }
        self.image(field)
    }

    /// An image whose address is of a forbidden kind is left out.
    fn image(&self, field: &Field<'_>) -> Result<Option<Image>, ContentError> {
        let src_field = field.get("src");
        src_field.required_text()?;
        let Some(src) = url(&src_field, self.env)? else {
            return Ok(None);
        };
        Ok(Some(Image {
            src,
            // Each candidate is an address like any other: resolved, and dropped if forbidden.
            srcset: field
                .get("srcset")
                .text()?
                .and_then(|raw| html::srcset(raw, self.env)),
            sizes: field.get("sizes").text()?.map(str::to_owned),
            sources: field
                .get("sources")
                .items()?
                .iter()
                .map(|source| self.image_source(source))
                .collect::<Result<Vec<_>, _>>()?
                .into_iter()
                .flatten()
                .collect(),
            width: field.get("width").count()?,
            height: field.get("height").count()?,
            alt: field.get("alt").text()?.unwrap_or_default().to_owned(),
            caption: self.inlines(&field.get("caption"))?,
            credit: Credit {
                credit: field.get("credit").text()?.map(str::to_owned),
                credit_url: url(&field.get("credit_url"), self.env)?,
                licence: field.get("licence").text()?.map(str::to_owned),
                licence_url: url(&field.get("licence_url"), self.env)?,
                via: field.get("via").text()?.map(str::to_owned),
                via_url: url(&field.get("via_url"), self.env)?,
            },
            link: self.link_target(&field.get("link"))?,
        }))
    }

    /// Where a link goes: `#id`, a place in the article, or an address like any other.
    fn link_target(&self, field: &Field<'_>) -> Result<Option<LinkTarget>, ContentError> {
        let Some(raw) = field.text()? else {
            return Ok(None);
        };
        if raw.starts_with('#') {
            return Ok(html::fragment(raw).map(LinkTarget::InPage));
        }
        Ok(self.env.resolve_url(raw).map(LinkTarget::Web))
    }

    /// A `<picture>` source: a `srcset` whose forbidden candidates are dropped, and the
    /// conditions it applies under. A source left with no candidate is left out.
    fn image_source(&self, field: &Field<'_>) -> Result<Option<ImageSource>, ContentError> {
        field.object()?;
        let srcset = field.get("srcset");
        srcset.required_text()?;
        let Some(srcset) = srcset.text()?.and_then(|raw| html::srcset(raw, self.env)) else {
            return Ok(None);
        };
        Ok(Some(ImageSource {
            srcset,
            media: field.get("media").text()?.map(str::to_owned),
            mime_type: field.get("type").text()?.map(str::to_owned),
            sizes: field.get("sizes").text()?.map(str::to_owned),
        }))
    }

    fn blocks(&self, field: &Field<'_>) -> Result<Vec<Block>, ContentError> {
        let mut blocks = Vec::new();
        for item in field.items()? {
            blocks.extend(self.block(&item)?);
        }
        Ok(blocks)
    }

    /// One block; a bare string is a paragraph, and a block of an unknown type is skipped so
    /// that documents written for a later reader still show what this one understands.
    fn block(&self, field: &Field<'_>) -> Result<Option<Block>, ContentError> {
        if let Some(Value::String(_)) = field.value() {
            return Ok(Some(Block::Paragraph(self.inlines(field)?)));
        }
        field.object()?;
        let kind = field.get("type").required_text()?;
        let text = field.get("text");
        Ok(Some(match kind {
            "paragraph" => Block::Paragraph(self.inlines(&text)?),
            "heading" => {
                let level_field = field.get("level");
                let level = level_field.count()?.unwrap_or(2);
                let level = u8::try_from(level)
                    .ok()
                    .filter(|level| Block::HEADING_LEVELS.contains(level))
                    .ok_or_else(|| {
                        level_field.bad_value("a heading level from 2 to 6", &level.to_string())
                    })?;
                Block::Heading {
                    level,
                    content: self.inlines(&text)?,
                }
            }
            "quote" => Block::Quote {
                content: if field.get("blocks").is_present() {
                    self.blocks(&field.get("blocks"))?
                } else {
                    vec![Block::Paragraph(self.inlines(&text)?)]
                },
                citation: Some(self.inlines(&field.get("cite"))?).filter(|cite| !cite.is_empty()),
            },
            "list" => Block::List {
                ordered: field.get("ordered").flag()?.unwrap_or(false),
                numbers: ListNumbers {
                    start: field.get("start").count()?,
                    reversed: field.get("reversed").flag()?.unwrap_or(false),
                },
                items: field
                    .get("items")
                    .items()?
                    .iter()
                    .map(|item| self.list_item(item))
                    .collect::<Result<_, _>>()?,
            },
            "figure" => match self.image(field)? {
                Some(image) => Block::Figure(Box::new(image)),
                None => return Ok(None),
            },
            // Spacing is what preformatted text is for: kept as written, only not blank.
            "preformatted" => match text.value() {
                Some(Value::String(raw)) => {
                    text.required_text()?;
                    Block::Preformatted(vec![Inline::Text(raw.clone())])
                }
                Some(Value::Array(_)) => {
                    let runs = self.inlines(&text)?;
                    if Inline::plain_text(&runs).trim().is_empty() {
                        return Ok(None);
                    }
                    Block::Preformatted(runs)
                }
                _ => {
                    text.required_text()?;
                    return Ok(None);
                }
            },
            "definitions" => {
                let parts = self.definitions(&field.get("items"))?;
                if parts.is_empty() {
                    return Ok(None);
                }
                Block::Definitions(parts)
            }
            "rule" => Block::Rule,
            "gallery" => {
                let images = self.images(&field.get("images"))?;
                if images.is_empty() {
                    return Ok(None);
                }
                Block::Gallery(images)
            }
            "table" => Block::Table(Table {
                caption: Some(self.inlines(&field.get("caption"))?)
                    .filter(|caption| !caption.is_empty()),
                head: self.rows(&field.get("head"))?,
                body: self.rows(&field.get("body"))?,
            }),
            "embed" => {
                let Some(url) = url(&field.get("url"), self.env)? else {
                    field.get("url").required_text()?;
                    return Ok(None);
                };
                Block::Embed(LinkCard {
                    url,
                    provider: field.get("provider").required_text()?.to_owned(),
                    title: field.get("title").text()?.map(str::to_owned),
                })
            }
            _ => return Ok(None),
        }))
    }

    /// The images of a gallery; those with a forbidden address are left out.
    fn images(&self, field: &Field<'_>) -> Result<Vec<Image>, ContentError> {
        let mut images = Vec::new();
        for item in field.items()? {
            item.object()?;
            images.extend(self.image(&item)?);
        }
        Ok(images)
    }

    /// Table rows: each a list of cells.
    fn rows(&self, field: &Field<'_>) -> Result<Vec<TableRow>, ContentError> {
        field
            .items()?
            .iter()
            .map(|row| {
                row.items()?
                    .iter()
                    .map(|cell| self.cell(cell))
                    .collect::<Result<Vec<_>, _>>()
                    .map(TableRow)
            })
            .collect()
    }

    /// A cell is inline content (a data cell), or `{"text" or "blocks", "header", "scope",
    /// "colspan", "rowspan"}`.
    fn cell(&self, field: &Field<'_>) -> Result<TableCell, ContentError> {
        // As in HTML tables: a span is 1 to 100.
        let span = |name: &str| -> Result<u16, ContentError> {
            Ok(field
                .get(name)
                .count()?
                .map_or(1, |n| n.clamp(1, 100) as u16))
        };
        if !matches!(field.value(), Some(Value::Object(_))) {
            return Ok(TableCell {
                header: false,
                scope: None,
                content: self.inline_blocks(field)?,
                colspan: 1,
                rowspan: 1,
            });
        }
        let blocks = field.get("blocks");
        let header = field.get("header").flag()?.unwrap_or(false);
        let scope = field.get("scope");
        Ok(TableCell {
            header,
            scope: match scope.text()? {
                Some(value) => Some(HeaderScope::from_html(value).ok_or_else(|| {
                    scope.bad_value("“row”, “col”, “rowgroup” or “colgroup”", value)
                })?)
                .filter(|_| header),
                None => None,
            },
            content: if blocks.is_present() {
                self.blocks(&blocks)?
            } else {
                self.inline_blocks(&field.get("text"))?
            },
            colspan: span("colspan")?,
            rowspan: span("rowspan")?,
        })
    }

    /// Inline content as the one paragraph it makes; no block for none.
    fn inline_blocks(&self, field: &Field<'_>) -> Result<Vec<Block>, ContentError> {
        let runs = self.inlines(field)?;
        let empty =
            runs.is_empty() || matches!(runs.as_slice(), [Inline::Text(text)] if text.is_empty());
        Ok(if empty {
            Vec::new()
        } else {
            vec![Block::Paragraph(runs)]
        })
    }

    /// A definition list's items: `{"term": inline content}` and `{"details": blocks}`.
    fn definitions(&self, field: &Field<'_>) -> Result<Vec<Definition>, ContentError> {
        let mut parts = Vec::new();
        for item in field.items()? {
            item.object()?;
            let (term, details) = (item.get("term"), item.get("details"));
            if term.is_present() {
                parts.push(Definition::Term(self.inlines(&term)?));
            } else if details.is_present() {
                parts.push(Definition::Details(self.blocks(&details)?));
            }
        }
        Ok(parts)
    }

    /// A list item is inline content, or `{"blocks": [...]}` for paragraphs and nested lists.
    fn list_item(&self, field: &Field<'_>) -> Result<ListItem, ContentError> {
        let blocks = field.get("blocks");
        if blocks.is_present() {
            return Ok(ListItem(self.blocks(&blocks)?));
        }
        Ok(ListItem(vec![Block::Paragraph(self.inlines(field)?)]))
    }

    /// Inline content: a string, or a list of strings and inline objects.
    fn inlines(&self, field: &Field<'_>) -> Result<Vec<Inline>, ContentError> {
        match field.value() {
            None => Ok(Vec::new()),
            Some(Value::String(text)) => Ok(vec![Inline::text(text.as_str())]),
            Some(Value::Array(_)) => {
                let mut out = Vec::new();
                for item in field.items()? {
                    out.extend(self.inline(&item)?);
                }
                Ok(out)
            }
            Some(_) => Err(field.wrong_type("text or a list of inline content")),
        }
    }

    /// One inline item, as the runs it stands for: an unknown kind of run, or a link to a
    /// forbidden address, keeps its words and loses its markup.
    fn inline(&self, field: &Field<'_>) -> Result<Vec<Inline>, ContentError> {
        if let Some(Value::String(text)) = field.value() {
            return Ok(vec![Inline::text(text.as_str())]);
        }
        field.object()?;
        let kind = field.get("type").required_text()?;
        let content = self.inlines(&field.get("text"))?;
        let style = match kind {
            "break" => return Ok(vec![Inline::LineBreak]),
            "link" => {
                return Ok(match self.link_target(&field.get("href"))? {
                    Some(target) => vec![Inline::Link { target, content }],
                    None => content,
                })
            }
            "target" => {
                let id = field.get("id");
                id.required_text()?;
                return Ok(id
                    .text()?
                    .and_then(|id| html::fragment(&format!("#{id}")))
                    .map(Inline::Target)
                    .into_iter()
                    .collect());
            }
            "abbreviation" => {
                return Ok(vec![Inline::Abbreviation {
                    title: field.get("title").text()?.map(str::to_owned),
                    content,
                }])
            }
            "time" => {
                return Ok(vec![Inline::Time {
                    datetime: field.get("datetime").text()?.map(str::to_owned),
                    content,
                }])
            }
            "language" => {
                return Ok(vec![Inline::Language {
                    tag: language(&field.get("lang"))?,
                    direction: direction(&field.get("dir"))?,
                    content,
                }])
            }
            "ruby" => return Ok(Inline::ruby(content, field.get("reading").required_text()?)),
            "image" => {
                return Ok(self
                    .image(field)?
                    .map(|image| Inline::Image(Box::new(image)))
                    .into_iter()
                    .collect())
            }
            "math" => {
                return Ok(math::read(field)?
                    .map(|formula| Inline::Math(Box::new(formula)))
                    .into_iter()
                    .collect())
            }
            other => match style_named(other) {
                Some(style) => style,
                None => return Ok(content),
            },
        };
        Ok(vec![Inline::Styled { style, content }])
    }
}

/// The style of an inline object's `type`.
fn style_named(kind: &str) -> Option<InlineStyle> {
    Some(match kind {
        "emphasis" => InlineStyle::Emphasis,
        "strong" => InlineStyle::Strong,
        "code" => InlineStyle::Code,
        "underline" => InlineStyle::Underline,
        "strikethrough" => InlineStyle::Strikethrough,
        "small" => InlineStyle::Small,
        "subscript" => InlineStyle::Subscript,
        "superscript" => InlineStyle::Superscript,
        "highlight" => InlineStyle::Highlight,
        "quotation" => InlineStyle::Quotation,
        "citation" => InlineStyle::Citation,
        "keyboard" => InlineStyle::Keyboard,
        "variable" => InlineStyle::Variable,
        "sample" => InlineStyle::Sample,
        "deleted" => InlineStyle::Deleted,
        "inserted" => InlineStyle::Inserted,
        _ => return None,
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::formats::read as read_any;
    use crate::formats::testing::TestEnv;
    use crate::model::Content;

    fn article(document: Value) -> Result<Article, ContentError> {
        match read(&document, &TestEnv)? {
            Content::Article(article) => Ok(article),
            Content::Feed(feed) => panic!("expected an article, got {feed:?}"),
        }
    }

    #[test]
    fn lists_hold_articles() {
        let list = json!({"lede": 1, "type": "list", "title": "Politics", "items": [
            {"headline": "One", "standfirst": "First."}, {"headline": ""}, {"headline": "Two"}
        ]});
        let Content::Feed(feed) = read(&list, &TestEnv).unwrap() else {
            panic!()
        };
        assert_eq!(feed.title.as_deref(), Some("Politics"));
        let headlines: Vec<_> = feed.items.iter().map(|a| a.headline.as_str()).collect();
        assert_eq!(headlines, ["One", "Two"], "the unreadable item is left out");
        assert_eq!(
            read(&json!({"lede": 1, "type": "gallery"}), &TestEnv)
                .unwrap_err()
                .to_string(),
            "has a type of “gallery”, which is not “article” or “list”"
        );
        let Content::Feed(empty) = read(
            &json!({"lede": 1, "type": "list", "title": "New", "items": []}),
            &TestEnv,
        )
        .unwrap() else {
            panic!()
        };
        assert!(empty.items.is_empty(), "a new section, not an error");
        assert_eq!(
            read(
                &json!({"lede": 1, "type": "list", "items": [{"headline": ""}]}),
                &TestEnv
            )
            .unwrap_err()
            .to_string(),
            "has no items[0].headline"
        );
    }

    fn minimal() -> Value {
        json!({"lede": 1, "headline": "A headline"})
    }

    fn with(key: &str, value: Value) -> Value {
        let mut document = minimal();
        document[key] = value;
        document
    }

    #[test]
    fn reads_the_built_in_article() {
        let Ok(Content::Article(article)) = read_any(DEFAULT_ARTICLE, &TestEnv) else {
            panic!()
        };
        assert_eq!(
            article.headline,
            "Zelenskiy Rejects US Minerals Deal Over Security Concerns"
        );
        assert_eq!(article.section.as_deref(), Some("Politics"));
        assert_eq!(article.body.len(), 3);
        assert!(article
            .body
            .iter()
            .all(|block| matches!(block, Block::Paragraph(_))));
        let hero = article.hero.unwrap();
        assert_eq!(
            hero.credit.credit.as_deref(),
            Some("The White House from Washington, DC")
        );
        assert_eq!(hero.credit.licence.as_deref(), Some("Public domain"));
        assert_eq!(hero.credit.via.as_deref(), Some("Wikimedia Commons"));
        assert_eq!((hero.width, hero.height), (Some(3000), Some(2000)));
        assert!(article.published.unwrap().is_date_only());
    }

    #[test]
    fn a_minimal_article_needs_only_a_headline() {
        let article = article(minimal()).unwrap();
        assert_eq!(article.headline, "A headline");
        assert!(article.body.is_empty() && article.hero.is_none() && article.bylines.is_empty());
    }

    #[test]
    fn missing_or_blank_headlines_are_named() {
        let missing = ContentError::Missing {
            field: "headline".into(),
        };
        assert_eq!(article(json!({"lede": 1})), Err(missing.clone()));
        assert_eq!(
            article(with("headline", json!("   "))),
            Err(missing.clone())
        );
        assert_eq!(article(with("headline", Value::Null)), Err(missing.clone()));
        assert_eq!(missing.to_string(), "has no headline");
    }

    #[test]
    fn wrong_types_are_named_with_their_path() {
        let cases = [
            (with("headline", json!(42)), "has a headline that is a number, where text was expected"),
            (with("headline", json!(["a"])), "has a headline that is a list, where text was expected"),
            (with("body", json!({})), "has a body that is an object, where a list was expected"),
            (with("body", json!([7])), "has a body[0] that is a number, where an object was expected"),
            (
                with("body", json!([{"type": "paragraph", "text": 3}])),
                "has a body[0].text that is a number, where text or a list of inline content was expected",
            ),
            (with("hero", json!("x.jpg")), "has a hero that is text, where an object was expected"),
            (with("hero", json!({"alt": "no src"})), "has no hero.src"),
            (
                with("hero", json!({"src": "a.jpg", "width": "wide"})),
                "has a hero.width that is text, where a whole number was expected",
            ),
            (with("bylines", json!([{"url": "https://a.example"}])), "has no bylines[0].name"),
            (
                with("published", json!("last Tuesday")),
                "has a published of “last Tuesday”, which is not an ISO 8601 date",
            ),
            (
                with("direction", json!("sideways")),
                "has a direction of “sideways”, which is not “ltr”, “rtl” or “auto”",
            ),
            (
                with("body", json!([{"type": "heading", "level": 1, "text": "x"}])),
                "has a body[0].level of “1”, which is not a heading level from 2 to 6",
            ),
            (
                json!({"lede": "one", "headline": "x"}),
                "has a lede that is text, where a format version number such as 1 was expected",
            ),
        ];
        for (document, message) in cases {
            assert_eq!(article(document).unwrap_err().to_string(), message);
        }
    }

    #[test]
    fn newer_versions_are_refused_by_name() {
        let error = article(json!({"lede": 2, "headline": "x"})).unwrap_err();
        assert_eq!(error, ContentError::UnsupportedVersion(2));
        assert_eq!(
            error.to_string(),
            "is in lede format version 2, which is newer than this reader"
        );
    }

    #[test]
    fn reads_every_block_and_inline_kind() {
        let document = with(
            "body",
            json!([
                "A bare string is a paragraph.",
                {"type": "paragraph", "text": ["Read ", {"type": "link", "href": "/more", "text": "more"},
                    {"type": "break"}, {"type": "emphasis", "text": [{"type": "strong", "text": "now"}]}]},
                {"type": "heading", "level": 3, "text": "Sub"},
                {"type": "quote", "text": "Words.", "cite": "Someone"},
                {"type": "list", "ordered": true, "items": ["one", {"blocks": ["two", {"type": "list", "items": ["2a"]}]}]},
                {"type": "figure", "src": "https://img.example/a.jpg", "alt": "A", "caption": "Cap", "credit": "Me"},
                {"type": "preformatted", "text": "  x = 1"},
                {"type": "rule"},
                {"type": "video-from-the-future", "src": "x"}
            ]),
        );
        let body = article(document).unwrap().body;
        assert_eq!(body.len(), 8, "the unknown block is skipped");
        assert_eq!(
            body[1],
            Block::Paragraph(vec![
                Inline::text("Read "),
                Inline::web_link("https://news.example/more", vec![Inline::text("more")]),
                Inline::LineBreak,
                Inline::Styled {
                    style: InlineStyle::Emphasis,
                    content: vec![Inline::Styled {
                        style: InlineStyle::Strong,
                        content: vec![Inline::text("now")]
                    }]
                },
            ])
        );
        assert!(matches!(&body[2], Block::Heading { level: 3, .. }));
        assert!(matches!(
            &body[3],
            Block::Quote {
                citation: Some(_),
                ..
            }
        ));
        let Block::List {
            ordered: true,
            items,
            ..
        } = &body[4]
        else {
            panic!("{:?}", body[4])
        };
        assert_eq!(items.len(), 2);
        assert!(matches!(items[1].0[1], Block::List { ordered: false, .. }));
        let Block::Figure(image) = &body[5] else {
            panic!()
        };
        assert_eq!(image.credit.credit.as_deref(), Some("Me"));
        assert_eq!(
            body[6],
            Block::Preformatted(vec![Inline::text("  x = 1")]),
            "spacing is kept"
        );
        assert_eq!(body[7], Block::Rule);
    }

    #[test]
    fn forbidden_addresses_are_dropped_but_words_are_kept() {
        let document = json!({
            "lede": 1,
            "headline": "x",
            "url": "javascript:alert(1)",
            "hero": {"src": "javascript:alert(1)"},
            "bylines": [{"name": "Ann", "url": "vbscript:x"}],
            "body": [
                {"type": "paragraph", "text": [{"type": "link", "href": "data:text/html,<script>", "text": "click"}]},
                {"type": "figure", "src": "data:image/png;base64,AAAA"},
                {"type": "figure", "src": "a.jpg", "srcset": "javascript:alert(1) 1x, big.jpg 2x, data:image/png;base64,AAAA 3x"},
                {"type": "figure", "src": "b.jpg", "srcset": "javascript:alert(1) 2x"}
            ]
        });
        let article = article(document).unwrap();
        assert_eq!(article.url, None);
        assert_eq!(article.hero, None);
        assert_eq!(article.bylines[0].url, None);
        assert_eq!(
            article.body[0],
            Block::Paragraph(vec![Inline::text("click")])
        );
        let srcsets: Vec<_> = article.body[1..]
            .iter()
            .map(|block| match block {
                Block::Figure(image) => image.srcset.as_deref(),
                other => panic!("expected a figure, got {other:?}"),
            })
            .collect();
        assert_eq!(
            srcsets,
            [Some("https://news.example/articles/big.jpg 2x"), None],
            "a srcset keeps only its allowed candidates, resolved like any address"
        );
    }

    #[test]
    fn extra_fields_are_ignored() {
        let mut document = minimal();
        document["$schema"] = json!("../schema/lede-article.schema.json");
        document["tracking"] = json!({"id": [1, 2, 3]});
        assert!(article(document).is_ok());
    }

    #[test]
    fn huge_and_odd_strings_do_not_break_reading() {
        let huge = "word ".repeat(400_000);
        let long = article(json!({"lede": 1, "headline": "x", "body": [huge.clone()]})).unwrap();
        assert_eq!(
            Inline::plain_text(match &long.body[0] {
                Block::Paragraph(runs) => runs,
                _ => unreachable!(),
            })
            .len(),
            huge.len()
        );
        let odd = "\u{0}\u{202e}\u{fffd}😀";
        assert_eq!(article(with("headline", json!(odd))).unwrap().headline, odd);
    }

    #[test]
    fn deep_nesting_is_a_typed_error_not_a_crash() {
        let mut quote = json!("deep");
        for _ in 0..60 {
            quote = json!({"type": "quote", "blocks": [quote]});
        }
        assert!(article(with("body", json!([quote]))).is_ok());
        let deep = format!(
            "{{\"lede\":1,\"headline\":\"x\",\"body\":{}{}}}",
            "[".repeat(5_000),
            "]".repeat(5_000)
        );
        assert_eq!(
            super::super::read(&deep, &TestEnv),
            Err(ContentError::TooDeep)
        );
    }
}
