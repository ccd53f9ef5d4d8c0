//! Format adapters: they read the JSON that publishers serve into the content model.
//!
//! Adapters are plain Rust and never touch the DOM: what they need from the browser (resolving
//! links against the content's address) they ask of an [`Environment`].

mod common;
mod error;
mod json;
mod lede;
mod site;
mod text;

pub use error::ContentError;
pub use site::{read_site, DEFAULT_SITE};
pub use text::language_tag;

use serde_json::Value;

use crate::model::Article;

/// What an adapter borrows from wherever it runs.
pub trait Environment {
    /// `raw` made absolute against the content's own address, or `None` when it is not a
    /// web (`http:`, `https:`) or `mailto:` address. Content never gets to link anywhere else.
    fn resolve_url(&self, raw: &str) -> Option<String>;
}

/// What a document turned out to hold.
#[derive(Debug, Clone, PartialEq)]
pub enum Content {
    Article(Article),
}

/// Reads a JSON text in any format lede knows, parsed by `serde_json`. The widget itself parses
/// with the browser's `JSON.parse` (`web::parse_json`) and calls [`read_value`], which keeps
/// `serde_json`'s parser out of the wasm.
pub fn read(text: &str, env: &dyn Environment) -> Result<Content, ContentError> {
    read_value(&parse_json(text)?, env)
}

/// Reads an already parsed JSON document in any format lede knows.
pub fn read_value(document: &Value, env: &dyn Environment) -> Result<Content, ContentError> {
    if lede::claims(document) {
        return lede::read(document, env).map(Content::Article);
    }
    Err(ContentError::UnknownFormat(sketch(document)))
}

/// Parses JSON, telling "too deeply nested" apart from other syntax errors.
pub fn parse_json(text: &str) -> Result<Value, ContentError> {
    // A byte-order mark is not JSON, but editors on some systems write one.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str(text).map_err(|error| {
        if error.to_string().starts_with("recursion limit exceeded") {
            ContentError::TooDeep
        } else {
            ContentError::NotJson(error.to_string())
        }
    })
}

/// A short description of a document's shape, for "it is a JSON object with keys: foo, bar".
fn sketch(document: &Value) -> String {
    const MAX_KEYS: usize = 8;
    match document {
        Value::Object(map) if map.is_empty() => "an empty JSON object".into(),
        Value::Object(map) => {
            let mut keys: Vec<&str> = map.keys().map(String::as_str).take(MAX_KEYS).collect();
            if map.len() > MAX_KEYS {
                keys.push("…");
            }
            format!("a JSON object with keys: {}", keys.join(", "))
        }
        Value::Array(items) if items.is_empty() => "an empty JSON list".into(),
        Value::Array(items) => format!("a JSON list of {} items", items.len()),
        other => format!("{} on its own", json::describe(other)),
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! An [`Environment`] for host tests: resolves like a browser for the cases tests use.

    use super::Environment;

    /// Resolves against `https://news.example/articles/today.json`.
    pub struct TestEnv;

    pub const BASE_ORIGIN: &str = "https://news.example";

    impl Environment for TestEnv {
        fn resolve_url(&self, raw: &str) -> Option<String> {
            let raw = raw.trim();
            let lower = raw.to_ascii_lowercase();
            if ["http://", "https://", "mailto:"]
                .iter()
                .any(|scheme| lower.starts_with(scheme))
            {
                Some(raw.to_owned())
            } else if lower.contains(':') {
                None
            } else if raw.starts_with('/') {
                Some(format!("{BASE_ORIGIN}{raw}"))
            } else {
                Some(format!("{BASE_ORIGIN}/articles/{raw}"))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::testing::TestEnv;
    use super::*;

    #[test]
    fn unknown_shapes_are_described() {
        let err = |text| read(text, &TestEnv).unwrap_err();
        assert_eq!(
            err(r#"{"foo": 1, "bar": 2}"#),
            ContentError::UnknownFormat("a JSON object with keys: foo, bar".into())
        );
        assert_eq!(
            err("[]"),
            ContentError::UnknownFormat("an empty JSON list".into())
        );
        assert_eq!(
            err("42"),
            ContentError::UnknownFormat("a number on its own".into())
        );
        assert!(err(r#"{"foo": 1}"#)
            .to_string()
            .starts_with("is not in a format lede reads (lede JSON, WordPress REST API"));
    }

    #[test]
    fn syntax_errors_and_depth_are_told_apart() {
        assert!(matches!(read("", &TestEnv), Err(ContentError::NotJson(_))));
        assert!(matches!(
            read("{\"a\":", &TestEnv),
            Err(ContentError::NotJson(_))
        ));
        assert!(matches!(
            read("<html>", &TestEnv),
            Err(ContentError::NotJson(_))
        ));
        let deep = "[".repeat(100_000) + &"]".repeat(100_000);
        assert_eq!(read(&deep, &TestEnv), Err(ContentError::TooDeep));
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        assert_eq!(parse_json("\u{feff}{}"), Ok(serde_json::json!({})));
    }
}
