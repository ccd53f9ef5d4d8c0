//! Loading JSON documents (articles, site configurations, market quotes): from an address to
//! the model, or to an error the reader can act on.

use std::cell::RefCell;
use std::rc::Rc;

use serde_json::Value;
use web_sys::AbortSignal;

use super::chunks::{read_foreign, ChunkMissing};
use super::fetch::arrived_text;
use super::{fetch_text, BrowserEnv};
use crate::formats::parse_json;
use crate::formats::{
    self, read_site, ContentError, DEFAULT_ARTICLE, DEFAULT_ARTICLE_URL, DEFAULT_SITE,
};
use crate::load::{FetchError, LoadError, TIME_LIMIT};
use crate::model::{Content, Quotes, Site};

/// Loads and reads the content (an article or a list) at `src`, which may be relative to the
/// page; `page_language` is the language of the page it is read in.
pub async fn load_content(
    src: &str,
    page_language: Option<&str>,
    signal: Option<&AbortSignal>,
) -> Result<Content, LoadError> {
    let what = "article";
    let url = absolute_http_url(src).ok_or_else(|| LoadError::BadAddress(src.to_owned()))?;
    let arrived =
        ARRIVED_FOREIGN.with(|arrived| arrived.borrow_mut().take_if(|(at, _)| *at == url));
    let value = match arrived {
        Some((_, value)) => value,
        None => fetch_value(what, &url, signal).await?,
    };
    let env = BrowserEnv::new(url.clone()).in_page(page_language);
    let read = match formats::read_own(&value, &env) {
        Some(read) => read,
        None => match read_foreign(&value, &env).await {
            Ok(read) => read,
            Err(ChunkMissing) if !online() => return Err(LoadError::Offline { url }),
            Err(ChunkMissing) => return Err(LoadError::ProgramPart { url }),
        },
    };
    read.map_err(|source| LoadError::Content { what, url, source })
}

thread_local! {
    /// Content `lede.js` prefetched in a format other than lede's own, parsed: its adapter is
    /// in a chunk, which cannot be waited for in the first render, so [`load_content`] reads it
    /// once the chunk has come, instead of asking the server again.
    static ARRIVED_FOREIGN: RefCell<Option<(String, Value)>> = const { RefCell::new(None) };
}

/// The content at `src`, if `lede.js` prefetched it and it has all arrived, in lede's own
/// format: read at once, so that the reader shows it in its first render. Content in another
/// format waits for its adapter (see [`ARRIVED_FOREIGN`]).
pub fn arrived_content(
    src: &str,
    page_language: Option<&str>,
) -> Option<Result<Content, LoadError>> {
    let what = "article";
    let url = absolute_http_url(src)?;
    let text = match arrived_text(&url)? {
        Ok(text) => text,
        // Already here, and too big: said now, not downloaded again to be refused again.
        Err(error) => return Some(Err(load_error(what, &url, error))),
    };
    let value = match parse_value(what, &url, &text) {
        Ok(value) => value,
        Err(error) => return Some(Err(error)),
    };
    let env = BrowserEnv::new(url.clone()).in_page(page_language);
    match formats::read_own(&value, &env) {
        Some(read) => Some(read.map_err(|source| LoadError::Content { what, url, source })),
        None => {
            ARRIVED_FOREIGN.with(|arrived| *arrived.borrow_mut() = Some((url, value)));
            None
        }
    }
}

/// Loads a site configuration; its addresses are relative to its own.
pub async fn load_site(src: &str, signal: Option<&AbortSignal>) -> Result<Site, LoadError> {
    load("site configuration", src, signal, |value, env| {
        read_site(value, env)
    })
    .await
}

/// Loads market quotes.
pub async fn load_quotes(src: &str, signal: Option<&AbortSignal>) -> Result<Quotes, LoadError> {
    load("market data", src, signal, |value, _| {
        formats::read_quotes(value)
    })
    .await
}

async fn load<T>(
    what: &'static str,
    src: &str,
    signal: Option<&AbortSignal>,
    read: impl FnOnce(&Value, &BrowserEnv) -> Result<T, ContentError>,
) -> Result<T, LoadError> {
    let url = absolute_http_url(src).ok_or_else(|| LoadError::BadAddress(src.to_owned()))?;
    let value = fetch_value(what, &url, signal).await?;
    read(&value, &BrowserEnv::new(url.clone())).map_err(|source| LoadError::Content {
        what,
        url,
        source,
    })
}

/// The JSON document of the `what` at `url`, fetched and parsed.
async fn fetch_value(
    what: &'static str,
    url: &str,
    signal: Option<&AbortSignal>,
) -> Result<Value, LoadError> {
    let text = fetch_text(url, signal, TIME_LIMIT)
        .await
        .map_err(|error| load_error(what, url, error))?;
    parse_value(what, url, &text)
}

/// What a failed fetch of the `what` at `url` means for the reader.
fn load_error(what: &'static str, url: &str, error: FetchError) -> LoadError {
    LoadError::from_fetch(what, url, host_of(url), error, online())
}

/// The text of the `what` at `url` as JSON, if it is no more than lede reads.
fn parse_value(what: &'static str, url: &str, text: &str) -> Result<Value, LoadError> {
    formats::within_size(text)
        .and_then(parse_json)
        .map_err(|source| LoadError::Content {
            what,
            url: url.to_owned(),
            source,
        })
}

thread_local! {
    /// The built-in article, read once per page however many readers show it.
    static BUILT_IN: Rc<Result<Content, LoadError>> = Rc::new(
        parse_json(DEFAULT_ARTICLE)
            .and_then(|value| {
                formats::read_lede(&value, &BrowserEnv::new(DEFAULT_ARTICLE_URL))
            })
            .map_err(|source| LoadError::Content {
                what: "article",
                url: "(built in)".into(),
                source,
            }),
    );
}

/// The built-in article, read like any other.
pub fn default_content() -> Rc<Result<Content, LoadError>> {
    BUILT_IN.with(Rc::clone)
}

/// The built-in site configuration; its relative addresses are relative to `bundle_url`, the
/// address of `lede.js`, next to which the build puts the built-in feeds. Should they not
/// resolve (a `lede.js` from a `blob:` address), the site keeps its name and texts only.
pub fn default_site(bundle_url: &str) -> Site {
    parse_json(DEFAULT_SITE)
        .and_then(|value| read_site(&value, &BrowserEnv::new(bundle_url)))
        .unwrap_or_else(|_| Site::named("EconoTimes"))
}

/// `src` resolved against the page, if it is an http(s) address.
fn absolute_http_url(src: &str) -> Option<String> {
    let base = web_sys::window()?.document()?.base_uri().ok()??;
    let url = web_sys::Url::new_with_base(src.trim(), &base).ok()?;
    matches!(url.protocol().as_str(), "http:" | "https:").then(|| url.href())
}

/// Whether the browser believes it is online; `false` only when it knows it is not.
pub fn online() -> bool {
    web_sys::window().is_none_or(|window| window.navigator().on_line())
}

fn host_of(url: &str) -> String {
    web_sys::Url::new(url)
        .map(|url| url.host())
        .unwrap_or_else(|_| url.to_owned())
}
