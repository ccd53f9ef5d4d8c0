//! Field readers that every adapter shares: addresses, dates, languages.

use super::json::Field;
use super::text::language_tag;
use super::{ContentError, Environment};
use crate::model::{Direction, Timestamp};

/// An address, made absolute and checked; an address of a forbidden kind is dropped.
pub fn url(field: &Field<'_>, env: &dyn Environment) -> Result<Option<String>, ContentError> {
    Ok(field.text()?.and_then(|raw| env.resolve_url(raw)))
}

pub fn timestamp(field: &Field<'_>) -> Result<Option<Timestamp>, ContentError> {
    match field.text()? {
        None => Ok(None),
        Some(text) => Timestamp::parse(text)
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
