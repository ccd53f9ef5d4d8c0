//! Format adapters: they read the JSON that publishers serve into the content model.
//!
//! Adapters are plain Rust and never touch the DOM: what they need from the browser (resolving
//! links against the content's address) they ask of an [`Environment`].

mod catalogue;
mod common;
mod error;
mod ghost;
pub mod html;
mod in_page;
mod json;
mod json_feed;
mod lede;
#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(not(target_arch = "wasm32"))]
mod native_sink;
mod outline;
mod quotes;
mod schema_org;
mod site;
mod text;
mod wordpress;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

pub use catalogue::{read_catalogue, write_catalogue};
pub use error::{megabytes, ContentError};
#[cfg(not(target_arch = "wasm32"))]
pub use lede::write::document as write_lede;
pub use lede::{DEFAULT_ARTICLE, DEFAULT_ARTICLE_URL};
#[cfg(not(target_arch = "wasm32"))]
pub use native::{parse_body, NativeEnv};
pub use quotes::read_quotes;
pub use site::{read_site, DEFAULT_SITE};
pub use text::language_tag;

use serde_json::Value;

use crate::model::{Article, Content};

/// JSON nested deeper than this is refused (as `serde_json` does on the host).
pub const MAX_DEPTH: usize = 128;
/// The most bytes of content lede reads.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// The most body blocks an article may have.
pub const MAX_BLOCKS: usize = 10_000;

/// What an adapter borrows from wherever it runs.
pub trait Environment {
    /// `raw` made absolute against the content's own address, or `None` when it is not a
    /// web (`http:`, `https:`) or `mailto:` address. Content never gets to link anywhere else.
    fn resolve_url(&self, raw: &str) -> Option<String>;

    /// Parses an HTML fragment inertly (nothing runs, nothing loads) into a plain tree.
    fn parse_html(&self, html: &str) -> Vec<html::Node>;

    /// The language of the page the content is read in (the nearest `lang` around the reader):
    /// the language of an article that does not give its own (a WordPress post never does).
    fn page_language(&self) -> Option<&str> {
        None
    }
}

/// Reads a JSON text in any format lede knows: the renderer's and the host tests' way in (the
/// widget parses with [`parse_json`] too, then reads what its load asked for).
#[cfg(not(target_arch = "wasm32"))]
pub fn read(text: &str, env: &dyn Environment) -> Result<Content, ContentError> {
    read_value(&parse_json(within_size(text)?)?, env)
}

/// `text`, if it is no more than lede reads: checked before anything parses it.
pub fn within_size(text: &str) -> Result<&str, ContentError> {
    if text.len() > MAX_BYTES {
        return Err(ContentError::too_large(text.len() as u64));
    }
    Ok(text)
}

/// Reads an already parsed JSON document in any format lede knows.
///
/// Each format's `read` is `#[inline(never)]`: the browser compiles wasm one function at a time,
/// on its first call, so a page compiles the reader of the format it reads and not all five.
pub fn read_value(document: &Value, env: &dyn Environment) -> Result<Content, ContentError> {
    read_own(document, env).unwrap_or_else(|| read_foreign(document, env))
}

/// Reads a document in lede's own format, or `None` when it is in another. What the widget
/// reads first (its data block, the built-in article) is in lede's own format: this path does
/// not need the other formats' adapters, which the widget loads as a chunk of their own.
pub fn read_own(document: &Value, env: &dyn Environment) -> Option<Result<Content, ContentError>> {
    lede::claims(document)
        .then(|| lede::read(document, env).and_then(|content| finish(content, env)))
}

/// Reads a document that must be in lede's own format (what a server writes into its data
/// block, the built-in article): any other is an unknown format here.
pub fn read_lede(document: &Value, env: &dyn Environment) -> Result<Content, ContentError> {
    read_own(document, env).unwrap_or_else(|| Err(ContentError::UnknownFormat(sketch(document))))
}

/// Reads a document in one of the other formats lede knows (WordPress, JSON Feed, Ghost,
/// schema.org), with the HTML allow-list they read bodies through.
#[inline(never)]
pub fn read_foreign(document: &Value, env: &dyn Environment) -> Result<Content, ContentError> {
    let content = if json_feed::claims(document) {
        json_feed::read(document, env)
    } else if ghost::claims(document) {
        ghost::read(document, env)
    } else if wordpress::claims(document) {
        wordpress::read(document, env)
    } else if schema_org::claims(document) {
        schema_org::read(document, env)
    } else {
        Err(ContentError::UnknownFormat(sketch(document)))
    }?;
    finish(content, env)
}

fn finish(mut content: Content, env: &dyn Environment) -> Result<Content, ContentError> {
    let articles: &mut [Article] = match &mut content {
        Content::Article(article) => std::slice::from_mut(article),
        Content::Feed(feed) => &mut feed.items,
    };
    for article in articles.iter_mut() {
        if article.body.len() > MAX_BLOCKS {
            return Err(ContentError::TooManyBlocks {
                count: article.body.len(),
                limit: MAX_BLOCKS,
            });
        }
        settle(article, env);
    }
    Ok(content)
}

/// An HTML fragment read as the body of an article titled `headline`, as every adapter reads
/// one: through the allow-list, then settled. For HTML that comes without a format around it
/// (test pages, the fidelity check).
pub fn html_article(headline: &str, html: &str, env: &dyn Environment) -> Article {
    let mut article = Article {
        headline: headline.to_owned(),
        body: html::blocks(&env.parse_html(html), env),
        ..Article::default()
    };
    settle(&mut article, env);
    article
}

/// What every adapter's article gets the same way: its direction, a language, a sound
/// heading outline, and in-page links that go somewhere.
fn settle(article: &mut Article, env: &dyn Environment) {
    settle_direction(article);
    // After the direction, which comes from what the content itself says or holds, not from
    // the page around it.
    if article.language.is_none() {
        // The page's `lang` is the host's to write, and may be anything: only a well-formed
        // tag gets through, as for the content's own.
        article.language = env.page_language().and_then(text::language_tag);
    }
    outline::settle_headings(&mut article.body);
    in_page::settle_in_page_links(article);
}

/// An article that does not say which way its script runs gets the direction of its language,
/// or failing that, of its text.
fn settle_direction(article: &mut Article) {
    if article.direction.is_none() {
        article.direction = article
            .language
            .as_deref()
            .and_then(text::direction_of_language)
            .or_else(|| text::guess_direction(&article.headline, &article.body));
    }
}

/// Parses JSON, telling "too deeply nested" apart from other syntax errors. In the browser too:
/// `JSON.parse` and then copying its values into Rust one by one, across the bindings, held the
/// main thread over 100 ms for a long article; `serde_json` reads the text in one pass.
pub fn parse_json(text: &str) -> Result<Value, ContentError> {
    // A byte-order mark is not JSON, but editors on some systems write one.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str(text).map_err(|error| {
        if error.to_string().starts_with("recursion limit exceeded") {
            ContentError::TooDeep
        } else {
            ContentError::not_json(text, error.to_string())
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

#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod testing {
    //! An [`Environment`] for host tests: the native one, for content at a fixed address.

    use super::html::Node;
    use super::{Environment, NativeEnv};

    /// Resolves against `https://news.example/articles/today.json`.
    pub struct TestEnv;

    thread_local! {
        static NATIVE: NativeEnv = NativeEnv::new(Some("https://news.example/articles/today.json"));
    }

    impl Environment for TestEnv {
        fn resolve_url(&self, raw: &str) -> Option<String> {
            NATIVE.with(|env| env.resolve_url(raw))
        }

        fn parse_html(&self, html: &str) -> Vec<Node> {
            NATIVE.with(|env| env.parse_html(html))
        }
    }
}
