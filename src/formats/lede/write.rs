//! The model written as lede JSON: what the renderer ships beside its HTML for the widget to
//! hydrate from, and a way to convert any format lede reads into its own. Reading what this
//! writes gives the same model back (the round-trip tests hold it to that, over every fixture).

use serde_json::{json, Map, Value};

use super::VERSION;
use crate::model::{
    Article, Block, Byline, Content, Credit, Definition, Direction, Image, ImageSource, Inline,
    InlineStyle, LinkCard, LinkTarget, ListItem, Math, MathNode, RelatedLink, Table, TableCell,
    TableRow,
};

/// `content` as a lede JSON document.
pub fn document(content: &Content) -> Value {
    // `lede` first, as people write it (`preserve_order` keeps insertion order).
    let mut document = Map::new();
    document.insert("lede".into(), VERSION.into());
    match content {
        Content::Article(article) => document.extend(article_object(article)),
        Content::Feed(feed) => {
            document.insert("type".into(), "list".into());
            insert(&mut document, "title", feed.title.as_deref());
            insert(&mut document, "url", feed.url.as_deref());
            document.insert(
                "items".into(),
                feed.items
                    .iter()
                    .map(|item| Value::Object(article_object(item)))
                    .collect::<Value>(),
            );
        }
    }
    document.into()
}

fn article_object(article: &Article) -> Map<String, Value> {
    let mut object = Map::new();
    insert(&mut object, "url", article.url.as_deref());
    insert(&mut object, "section", article.section.as_deref());
    object.insert("headline".into(), article.headline.as_str().into());
    insert(&mut object, "standfirst", article.standfirst.as_deref());
    if !article.bylines.is_empty() {
        object.insert(
            "bylines".into(),
            article.bylines.iter().map(byline).collect(),
        );
    }
    insert(
        &mut object,
        "published",
        article.published.as_ref().map(|t| t.iso()),
    );
    insert(
        &mut object,
        "updated",
        article.updated.as_ref().map(|t| t.iso()),
    );
    insert(&mut object, "language", article.language.as_deref());
    insert(
        &mut object,
        "direction",
        article.direction.map(Direction::as_html),
    );
    if let Some(hero) = &article.hero {
        object.insert("hero".into(), image(hero).into());
    }
    if !article.body.is_empty() {
        object.insert("body".into(), blocks(&article.body));
    }
    if !article.related.is_empty() {
        object.insert(
            "related".into(),
            article.related.iter().map(related).collect(),
        );
    }
    if article.paywalled {
        // The body is the free part already: all of it is free.
        object.insert("paywall".into(), json!({}));
    }
    object
}

fn related(link: &RelatedLink) -> Value {
    let mut object = Map::new();
    object.insert("url".into(), link.url.as_str().into());
    insert(&mut object, "headline", link.headline.as_deref());
    if let Some(picture) = &link.image {
        object.insert("image".into(), image(picture).into());
    }
    object.into()
}

fn insert(object: &mut Map<String, Value>, key: &str, value: Option<&str>) {
    if let Some(value) = value {
        object.insert(key.into(), value.into());
    }
}

fn byline(byline: &Byline) -> Value {
    match &byline.url {
        Some(url) => json!({ "name": byline.name, "url": url }),
        None => byline.name.as_str().into(),
    }
}

fn image(image: &Image) -> Map<String, Value> {
    let Image {
        src,
        srcset,
        sizes,
        sources,
        width,
        height,
        alt,
        caption,
        credit,
        link,
    } = image;
    let mut object = Map::new();
    object.insert("src".into(), src.as_str().into());
    insert(&mut object, "srcset", srcset.as_deref());
    insert(&mut object, "sizes", sizes.as_deref());
    if !sources.is_empty() {
        object.insert("sources".into(), sources.iter().map(image_source).collect());
    }
    if let Some(width) = width {
        object.insert("width".into(), (*width).into());
    }
    if let Some(height) = height {
        object.insert("height".into(), (*height).into());
    }
    if !alt.is_empty() {
        object.insert("alt".into(), alt.as_str().into());
    }
    if !caption.is_empty() {
        object.insert("caption".into(), inlines(caption));
    }
    let Credit {
        credit,
        credit_url,
        licence,
        licence_url,
        via,
        via_url,
    } = credit;
    insert(&mut object, "credit", credit.as_deref());
    insert(&mut object, "credit_url", credit_url.as_deref());
    insert(&mut object, "licence", licence.as_deref());
    insert(&mut object, "licence_url", licence_url.as_deref());
    insert(&mut object, "via", via.as_deref());
    insert(&mut object, "via_url", via_url.as_deref());
    if let Some(link) = link {
        object.insert("link".into(), href(link).into());
    }
    object
}

/// A link's `href`: the address, or `#id` for a place in the article.
fn href(target: &LinkTarget) -> String {
    match target {
        LinkTarget::Web(url) => url.clone(),
        LinkTarget::InPage(id) => format!("#{id}"),
    }
}

fn image_source(source: &ImageSource) -> Value {
    let mut object = Map::new();
    object.insert("srcset".into(), source.srcset.as_str().into());
    insert(&mut object, "media", source.media.as_deref());
    insert(&mut object, "type", source.mime_type.as_deref());
    insert(&mut object, "sizes", source.sizes.as_deref());
    object.into()
}

fn blocks(blocks: &[Block]) -> Value {
    blocks.iter().map(block).collect()
}

fn block(block: &Block) -> Value {
    match block {
        // A paragraph of plain text is a bare string, as people write it.
        Block::Paragraph(runs) => match runs.as_slice() {
            [Inline::Text(text)] => text.as_str().into(),
            _ => json!({ "type": "paragraph", "text": inlines(runs) }),
        },
        Block::Heading { level, content } => {
            json!({ "type": "heading", "level": level, "text": inlines(content) })
        }
        Block::Quote { content, citation } => {
            let mut object = json!({ "type": "quote", "blocks": blocks(content) });
            if let Some(citation) = citation {
                object["cite"] = inlines(citation);
            }
            object
        }
        Block::List {
            ordered,
            numbers,
            items,
        } => {
            let mut object = json!({
                "type": "list",
                "ordered": ordered,
                "items": items.iter().map(list_item).collect::<Vec<_>>(),
            });
            if let Some(start) = numbers.start {
                object["start"] = start.into();
            }
            if numbers.reversed {
                object["reversed"] = true.into();
            }
            object
        }
        Block::Figure(figure) => {
            let mut object = Map::new();
            object.insert("type".into(), "figure".into());
            object.extend(image(figure));
            object.into()
        }
        Block::Gallery(images) => json!({
            "type": "gallery",
            "images": images.iter().map(|i| Value::Object(image(i))).collect::<Vec<_>>(),
        }),
        // Plain text as a string, as people write it (and as readers before inline runs read it).
        Block::Preformatted(runs) => json!({ "type": "preformatted", "text": inlines(runs) }),
        Block::Definitions(parts) => json!({
            "type": "definitions",
            "items": parts.iter().map(|part| match part {
                Definition::Term(runs) => json!({ "term": inlines(runs) }),
                Definition::Details(content) => json!({ "details": blocks(content) }),
            }).collect::<Vec<_>>(),
        }),
        Block::Rule => json!({ "type": "rule" }),
        Block::Table(table) => table_object(table),
        Block::Embed(LinkCard {
            url,
            provider,
            title,
        }) => {
            let mut object = json!({ "type": "embed", "url": url, "provider": provider });
            if let Some(title) = title {
                object["title"] = title.as_str().into();
            }
            object
        }
    }
}

/// A single paragraph is written as its inline content; anything else as its blocks.
fn list_item(ListItem(content): &ListItem) -> Value {
    match content.as_slice() {
        [Block::Paragraph(runs)] => inlines(runs),
        _ => json!({ "blocks": blocks(content) }),
    }
}

fn table_object(table: &Table) -> Value {
    let rows = |rows: &[TableRow]| -> Value {
        rows.iter()
            .map(|TableRow(cells)| cells.iter().map(cell).collect::<Value>())
            .collect()
    };
    let mut object = json!({ "type": "table" });
    if let Some(caption) = &table.caption {
        object["caption"] = inlines(caption);
    }
    if !table.head.is_empty() {
        object["head"] = rows(&table.head);
    }
    object["body"] = rows(&table.body);
    object
}

/// A plain data cell of one paragraph (or none) is its inline content; any other cell an
/// object, with `blocks` when it holds more than a paragraph.
fn cell(cell: &TableCell) -> Value {
    let runs = match cell.content.as_slice() {
        [] => Some(&[][..]),
        [Block::Paragraph(runs)] => Some(runs.as_slice()),
        _ => None,
    };
    let plain = !cell.header && cell.colspan == 1 && cell.rowspan == 1;
    if let (true, Some(runs)) = (plain, runs) {
        return inlines(runs);
    }
    let mut object = match runs {
        Some(runs) => json!({ "text": inlines(runs) }),
        None => json!({ "blocks": blocks(&cell.content) }),
    };
    if cell.header {
        object["header"] = true.into();
    }
    if let Some(scope) = cell.scope {
        object["scope"] = scope.as_html().into();
    }
    if cell.colspan != 1 {
        object["colspan"] = cell.colspan.into();
    }
    if cell.rowspan != 1 {
        object["rowspan"] = cell.rowspan.into();
    }
    object
}

/// Inline content: one string when it is plain text, else a list of strings and runs.
fn inlines(runs: &[Inline]) -> Value {
    match runs {
        [Inline::Text(text)] => text.as_str().into(),
        _ => runs.iter().map(inline).collect(),
    }
}

fn inline(run: &Inline) -> Value {
    match run {
        Inline::Text(text) => text.as_str().into(),
        Inline::Styled { style, content } => {
            json!({ "type": style_name(*style), "text": inlines(content) })
        }
        Inline::Link { target, content } => {
            json!({ "type": "link", "href": href(target), "text": inlines(content) })
        }
        Inline::Abbreviation { title, content } => {
            let mut object = json!({ "type": "abbreviation", "text": inlines(content) });
            if let Some(title) = title {
                object["title"] = title.as_str().into();
            }
            object
        }
        Inline::Time { datetime, content } => {
            let mut object = json!({ "type": "time", "text": inlines(content) });
            if let Some(datetime) = datetime {
                object["datetime"] = datetime.as_str().into();
            }
            object
        }
        Inline::Language {
            tag,
            direction,
            content,
        } => {
            let mut object = json!({ "type": "language", "text": inlines(content) });
            if let Some(tag) = tag {
                object["lang"] = tag.as_str().into();
            }
            if let Some(direction) = direction {
                object["dir"] = direction.as_html().into();
            }
            object
        }
        Inline::Ruby { base, reading } => {
            json!({ "type": "ruby", "text": inlines(base), "reading": reading })
        }
        Inline::Image(picture) => {
            let mut object = Map::new();
            object.insert("type".into(), "image".into());
            object.extend(image(picture));
            object.into()
        }
        Inline::Math(formula) => math(formula),
        Inline::Target(id) => json!({ "type": "target", "id": id }),
        Inline::LineBreak => json!({ "type": "break" }),
    }
}

fn math(formula: &Math) -> Value {
    fn nodes(list: &[MathNode]) -> Value {
        list.iter()
            .map(|node| match node {
                MathNode::Text(text) => text.as_str().into(),
                MathNode::Element(element) => {
                    let mut object = json!({ "name": element.name.tag() });
                    if !element.attributes.is_empty() {
                        object["attributes"] = element
                            .attributes
                            .iter()
                            .map(|(name, value)| {
                                (name.tag().to_owned(), Value::from(value.as_str()))
                            })
                            .collect::<Map<_, _>>()
                            .into();
                    }
                    if !element.children.is_empty() {
                        object["children"] = nodes(&element.children);
                    }
                    object
                }
            })
            .collect()
    }
    let mut object = json!({ "type": "math" });
    if formula.block {
        object["display"] = "block".into();
    }
    if let Some(alttext) = &formula.alttext {
        object["alttext"] = alttext.as_str().into();
    }
    object["content"] = nodes(&formula.content);
    object
}

fn style_name(style: InlineStyle) -> &'static str {
    match style {
        InlineStyle::Emphasis => "emphasis",
        InlineStyle::Strong => "strong",
        InlineStyle::Code => "code",
        InlineStyle::Underline => "underline",
        InlineStyle::Strikethrough => "strikethrough",
        InlineStyle::Small => "small",
        InlineStyle::Subscript => "subscript",
        InlineStyle::Superscript => "superscript",
        InlineStyle::Highlight => "highlight",
        InlineStyle::Quotation => "quotation",
        InlineStyle::Citation => "citation",
        InlineStyle::Keyboard => "keyboard",
        InlineStyle::Variable => "variable",
        InlineStyle::Sample => "sample",
        InlineStyle::Deleted => "deleted",
        InlineStyle::Inserted => "inserted",
    }
}
