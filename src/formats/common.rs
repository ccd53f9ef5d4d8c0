//! Field readers that every adapter shares: addresses, dates, languages.

use super::json::Field;
use super::text::language_tag;
use super::{html, ContentError, Environment};
use crate::model::{shortened, Block, Byline, Direction, Inline, NotADate, Timestamp};

/// An address, made absolute and checked; an address of a forbidden kind is dropped.
pub fn url(field: &Field<'_>, env: &dyn Environment) -> Result<Option<String>, ContentError> {
    Ok(field.text()?.and_then(|raw| env.resolve_url(raw)))
}

/// An ISO 8601 date, as lede's own format, WordPress and Ghost write them.
pub fn timestamp(field: &Field<'_>) -> Result<Option<Timestamp>, ContentError> {
    read_timestamp(field, Timestamp::parse)
}

/// An ISO 8601 date, or the RFC 2822 one that feeds made from RSS and some sites' templates
/// write where JSON Feed and schema.org ask for ISO 8601.
pub fn feed_timestamp(field: &Field<'_>) -> Result<Option<Timestamp>, ContentError> {
    read_timestamp(field, Timestamp::parse_with_rfc2822)
}

fn read_timestamp(
    field: &Field<'_>,
    parse: fn(&str) -> Result<Timestamp, NotADate>,
) -> Result<Option<Timestamp>, ContentError> {
    match field.text()? {
        None => Ok(None),
        Some(text) => parse(text)
            .map(Some)
            .map_err(|_| field.bad_value("an ISO 8601 date", text)),
    }
}

/// A language tag; a malformed one is ignored rather than failing the article.
pub fn language(field: &Field<'_>) -> Result<Option<String>, ContentError> {
    Ok(field.text()?.and_then(language_tag))
}

pub fn direction(field: &Field<'_>) -> Result<Option<Direction>, ContentError> {
    match field.text()? {
        None => Ok(None),
        Some(text) if text.eq_ignore_ascii_case("ltr") => Ok(Some(Direction::LeftToRight)),
        Some(text) if text.eq_ignore_ascii_case("rtl") => Ok(Some(Direction::RightToLeft)),
        Some(text) if text.eq_ignore_ascii_case("auto") => Ok(None),
        Some(text) => Err(field.bad_value("“ltr”, “rtl” or “auto”", text)),
    }
}

/// HTML shown as text (WordPress titles arrive entity-encoded: `Rock &#038; Roll`).
pub fn html_text(field: &Field<'_>, env: &dyn Environment) -> Result<Option<String>, ContentError> {
    Ok(field
        .text()?
        .map(|html| html::plain_text(&env.parse_html(html)))
        .filter(|text| !text.is_empty()))
}

/// HTML rebuilt as body blocks through the allow-list.
pub fn html_blocks(field: &Field<'_>, env: &dyn Environment) -> Result<Vec<Block>, ContentError> {
    Ok(field
        .text()?
        .map(|html| html::blocks(&env.parse_html(html), env))
        .unwrap_or_default())
}

/// HTML rebuilt as inline runs (captions).
pub fn html_inlines(field: &Field<'_>, env: &dyn Environment) -> Result<Vec<Inline>, ContentError> {
    Ok(field
        .text()?
        .map(|html| html::inlines(&env.parse_html(html), env))
        .unwrap_or_default())
}

/// Plain text as paragraphs: blank lines (or, failing those, line breaks) separate them.
pub fn text_blocks(text: &str) -> Vec<Block> {
    let text = text.replace("\r\n", "\n");
    let separator = if text.contains("\n\n") { "\n\n" } else { "\n" };
    text.split(separator)
        .map(|paragraph| paragraph.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|paragraph| !paragraph.is_empty())
        .map(|paragraph| Block::Paragraph(vec![Inline::Text(paragraph)]))
        .collect()
}

/// A headline for an item that has none (JSON Feed allows untitled posts): its first words.
pub fn headline_from(text: &str) -> Option<String> {
    const MAX_CHARS: usize = 80;
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return None;
    }
    let sentence_end = text.find(". ").map_or(text.len(), |at| at + 1);
    let sentence = text.get(..sentence_end).unwrap_or(&text);
    Some(shortened(sentence, MAX_CHARS))
}

/// A summary that only repeats the body's opening (as WordPress and Ghost generate them) is
/// left out, so the reader does not read the same sentence twice.
pub fn summary_unless_repeated(summary: Option<String>, body: &[Block]) -> Option<String> {
    let summary = summary?;
    let stem = ["[…]", "[...]", "…", "..."]
        .iter()
        .fold(summary.trim_end(), |text, marker| {
            text.trim_end_matches(marker).trim_end()
        });
    match Block::opening_text(body) {
        Some(opening) if !stem.is_empty() && opening.trim().starts_with(stem) => None,
        _ => Some(summary),
    }
}

/// Items of a list; an item that cannot be read is left out, but a list where none can be
/// read fails with the first item's error.
pub fn list_items<'a, T>(
    items: &[Field<'a>],
    read: impl Fn(&Field<'a>) -> Result<T, ContentError>,
) -> Result<Vec<T>, ContentError> {
    let mut first_error = None;
    let mut read_items = Vec::new();
    for item in items {
        match read(item) {
            Ok(article) => read_items.push(article),
            Err(error) => {
                first_error.get_or_insert(error);
            }
        }
    }
    match (read_items.is_empty(), first_error) {
        (true, Some(error)) => Err(error),
        (true, None) => Err(ContentError::NoItems),
        _ => Ok(read_items),
    }
}

/// Items of a feed (a JSON Feed, a lede list): as [`list_items`], but a feed with no items is
/// an empty list, not an error: a new section has nothing in it yet. (An empty WordPress or
/// Ghost answer is another thing: the post asked for was not found.)
pub fn feed_items<'a, T>(
    items: &[Field<'a>],
    read: impl Fn(&Field<'a>) -> Result<T, ContentError>,
) -> Result<Vec<T>, ContentError> {
    if items.is_empty() {
        return Ok(Vec::new());
    }
    list_items(items, read)
}

/// A lede format version: a whole number from 1 to `newest`; `what` describes it in errors.
pub fn version(field: &Field<'_>, newest: u64, what: &'static str) -> Result<u64, ContentError> {
    match field.value().and_then(serde_json::Value::as_u64) {
        Some(v) if v > newest => Err(ContentError::UnsupportedVersion(v)),
        Some(v) if v >= 1 => Ok(v),
        _ => Err(field.wrong_type(what)),
    }
}

/// People with `name` and `url`: the list at `list`, or else the one (or ones) at `single`, as
/// JSON Feed 1.1/1.0 and Ghost name their authors.
pub fn people(
    owner: &Field<'_>,
    list: &str,
    single: &str,
    env: &dyn Environment,
) -> Result<Vec<Byline>, ContentError> {
    let many = owner.get(list);
    let found = if many.is_present() {
        many.items()?
    } else {
        owner.get(single).one_or_many()
    };
    let mut bylines = Vec::new();
    for person in found {
        if let Some(name) = person.get("name").text()? {
            bylines.push(Byline {
                name: name.to_owned(),
                url: url(&person.get("url"), env)?,
            });
        }
    }
    Ok(bylines)
}
