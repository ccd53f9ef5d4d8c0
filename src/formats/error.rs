//! What can be wrong with content, worded so that the reader can be told.

use thiserror::Error;

/// Why a JSON document could not be read as content. Each message completes the sentence
/// "The article at <url> …", so the reader learns which address and which field are at fault.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ContentError {
    #[error("is not JSON ({0})")]
    NotJson(String),
    #[error("is empty")]
    Empty,
    /// An HTML page where JSON was expected: an error page, a login wall, a wrong address.
    #[error("is a web page, not the JSON lede reads")]
    WebPage,
    #[error(
        "is nested more than {} levels deep, more than lede reads",
        super::MAX_DEPTH
    )]
    TooDeep,
    #[error("is {} MB, more than the {} MB lede reads", megabytes(*bytes), megabytes(*limit))]
    TooLarge { bytes: u64, limit: u64 },
    #[error("has {count} blocks in its body, more than the {limit} lede shows")]
    TooManyBlocks { count: usize, limit: usize },
    #[error("has no {field}")]
    Missing { field: String },
    #[error("has a {field} that is {found}, where {expected} was expected")]
    WrongType {
        field: String,
        expected: &'static str,
        found: &'static str,
    },
    #[error("has a {field} of “{value}”, which is not {expected}")]
    BadValue {
        field: String,
        expected: &'static str,
        value: String,
    },
    #[error("is a list with no articles in it")]
    NoItems,
    #[error("is in lede format version {0}, which is newer than this reader")]
    UnsupportedVersion(u64),
    #[error(
        "is not in a format lede reads (lede JSON, WordPress REST API, JSON Feed, \
         schema.org JSON-LD or Ghost Content API): it is {0}"
    )]
    UnknownFormat(String),
}

/// Megabytes with one decimal, rounded, written with integers only (no float formatting in the
/// widget).
pub fn megabytes(bytes: u64) -> String {
    // Rounded to the nearest tenth without adding first: a declared size near u64::MAX
    // must not overflow.
    let tenths = bytes / 104_858 + u64::from(bytes % 104_858 >= 52_429);
    format!("{}.{}", tenths / 10, tenths % 10)
}

impl ContentError {
    /// Content of `bytes`, over the [`MAX_BYTES`](super::MAX_BYTES) lede reads.
    pub fn too_large(bytes: u64) -> Self {
        Self::TooLarge {
            bytes,
            limit: super::MAX_BYTES as u64,
        }
    }

    /// A text that did not parse as JSON: said plainly when it is empty or a web page, which a
    /// parser's words ("Unexpected token '<'") do not tell a reader.
    pub fn not_json(text: &str, parser_says: String) -> Self {
        let text = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        if text.is_empty() {
            Self::Empty
        } else if text.starts_with('<') {
            Self::WebPage
        } else {
            Self::NotJson(parser_says)
        }
    }

    /// Keeps a long value short enough to quote in a message.
    pub(crate) fn bad_value(field: String, expected: &'static str, value: &str) -> Self {
        const MAX_CHARS: usize = 40;
        let mut shown: String = value.chars().take(MAX_CHARS).collect();
        if value.chars().nth(MAX_CHARS).is_some() {
            shown.push('…');
        }
        Self::BadValue {
            field,
            expected,
            value: shown,
        }
    }
}
