//! lede's own JSON format, version 1 (see `schema/lede-article.schema.json`).

use serde_json::Value;

use super::common::{direction, language, timestamp, url};
use super::json::Field;
use super::{ContentError, Environment};
use crate::model::{Article, Block, Byline, Credit, Image, Inline, InlineStyle, ListItem};

/// The newest version of the format this reader understands.
pub const VERSION: u64 = 1;

/// Whether a document says it is in lede's format: it carries a `"lede"` version member.
pub fn claims(document: &Value) -> bool {
    document.get("lede").is_some()
}

pub fn read(document: &Value, env: &dyn Environment) -> Result<Article, ContentError> {
    let root = Field::root(document);
    let version = root.get("lede");
    match version.value().and_then(Value::as_u64) {
        Some(v) if v > VERSION => return Err(ContentError::UnsupportedVersion(v)),
        Some(v) if v >= 1 => {}
        _ => return Err(version.wrong_type("a format version number such as 1")),
    }
    let reader = Reader { env };
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
        body: reader.blocks(&root.get("body"))?,
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
            srcset: field.get("srcset").text()?.map(str::to_owned),
            sizes: field.get("sizes").text()?.map(str::to_owned),
            sources: Vec::new(),
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
                items: field
                    .get("items")
                    .items()?
                    .iter()
                    .map(|item| self.list_item(item))
                    .collect::<Result<_, _>>()?,
            },
            "figure" => match self.image(field)? {
                Some(image) => Block::Figure(image),
                None => return Ok(None),
            },
            "preformatted" => Block::Preformatted(text.required_text()?.to_owned()),
            "rule" => Block::Rule,
            _ => return Ok(None),
        }))
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
                return Ok(match url(&field.get("href"), self.env)? {
                    Some(href) => vec![Inline::Link { href, content }],
                    None => content,
                })
            }
            "emphasis" => InlineStyle::Emphasis,
            "strong" => InlineStyle::Strong,
            "code" => InlineStyle::Code,
            "underline" => InlineStyle::Underline,
            "strikethrough" => InlineStyle::Strikethrough,
            "small" => InlineStyle::Small,
            "subscript" => InlineStyle::Subscript,
            "superscript" => InlineStyle::Superscript,
            "highlight" => InlineStyle::Highlight,
            _ => return Ok(content),
        };
        Ok(vec![Inline::Styled { style, content }])
    }
}
