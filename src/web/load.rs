//! Loading content: from an address to an article, or to an error the reader can act on.

use std::time::Duration;

use thiserror::Error;

use web_sys::AbortSignal;

use super::{fetch_text, parse_json, BrowserEnv, FetchError};
use crate::formats::{self, ContentError};
use crate::model::Content;

/// lede's built-in article, shown when no `src` is given: the seed page of EconoTimes.
pub const DEFAULT_ARTICLE: &str = include_str!("../../content/default-article.json");

/// How long a server may take to send the whole article.
const TIME_LIMIT: Duration = Duration::from_secs(15);

/// Why an article could not be shown. The messages are written for the reader.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum LoadError {
    #[error("“{0}” is not a web address lede can load.")]
    BadAddress(String),
    #[error("Couldn't reach {host} to load {url}. Check your connection, then try again.")]
    Network { url: String, host: String },
    #[error("{}", status_message(url, *code, reason))]
    Status {
        url: String,
        code: u16,
        reason: String,
    },
    #[error("{host} took more than {seconds} seconds to send {url}.")]
    Timeout {
        url: String,
        host: String,
        seconds: u64,
    },
    #[error("The article at {url} {source}.")]
    Content { url: String, source: ContentError },
}

impl LoadError {
    /// A stable name for the kind of failure, for `lede:error` listeners and tests.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::BadAddress(_) => "address",
            Self::Network { .. } => "network",
            Self::Status { .. } => "http",
            Self::Timeout { .. } => "timeout",
            Self::Content { .. } => "content",
        }
    }
}

fn status_message(url: &str, code: u16, reason: &str) -> String {
    let answer = if reason.is_empty() {
        code.to_string()
    } else {
        format!("{code} {reason}")
    };
    match code {
        404 | 410 => format!("There is no article at {url} (the server answered “{answer}”)."),
        401 | 403 => format!("The server refused to send {url} (“{answer}”)."),
        500..=599 => format!(
            "The server had a problem sending {url} (“{answer}”). It may work again shortly."
        ),
        _ => format!("The server answered “{answer}” for {url}."),
    }
}

/// Loads and reads the content at `src`, which may be relative to the page.
pub async fn load_content(src: &str, signal: Option<&AbortSignal>) -> Result<Content, LoadError> {
    let url = absolute_http_url(src).ok_or_else(|| LoadError::BadAddress(src.to_owned()))?;
    let text = fetch_text(&url, signal, TIME_LIMIT)
        .await
        .map_err(|error| match error {
            FetchError::Network => LoadError::Network {
                host: host_of(&url),
                url: url.clone(),
            },
            FetchError::Status { code, reason } => LoadError::Status {
                url: url.clone(),
                code,
                reason,
            },
            FetchError::Timeout { seconds } => LoadError::Timeout {
                host: host_of(&url),
                url: url.clone(),
                seconds,
            },
        })?;
    read(&text, &url).map_err(|source| LoadError::Content { url, source })
}

/// The built-in article, read like any other.
pub fn default_content() -> Result<Content, LoadError> {
    const URL: &str = "https://www.econotimes.com/";
    read(DEFAULT_ARTICLE, URL).map_err(|source| LoadError::Content {
        url: "(built in)".into(),
        source,
    })
}

/// Reads content found at `url`, parsed by the browser.
fn read(text: &str, url: &str) -> Result<Content, ContentError> {
    formats::read_value(&parse_json(text)?, &BrowserEnv::new(url))
}

/// `src` resolved against the page, if it is an http(s) address.
fn absolute_http_url(src: &str) -> Option<String> {
    let base = web_sys::window()?.document()?.base_uri().ok()??;
    let url = web_sys::Url::new_with_base(src.trim(), &base).ok()?;
    matches!(url.protocol().as_str(), "http:" | "https:").then(|| url.href())
}

fn host_of(url: &str) -> String {
    web_sys::Url::new(url)
        .map(|url| url.host())
        .unwrap_or_else(|_| url.to_owned())
}
