//! The adapters' [`Environment`] off the browser, for the renderer and the host tests: the
//! WHATWG URL parser (the `url` crate, the standard the browser's `URL` follows) resolves links,
//! and html5ever (the HTML standard's parsing algorithm, as the browser's `DOMParser` runs it)
//! parses content into the same plain tree, so that both give the same model.

use html5ever::driver::{self, ParseOpts};
use html5ever::tendril::TendrilSink;
use html5ever::tree_builder::TreeBuilderOpts;
use scraper::Html;
use url::Url;

use super::html::{defuse_inline_code, Element, Node};
use super::native_sink::BrowserLikeSink;
use super::Environment;

/// Deeper markup is cut off, as the browser's walker does.
const MAX_DEPTH: usize = 256;

const XHTML: &str = "http://www.w3.org/1999/xhtml";

/// Resolves and parses as the browser would for content loaded from `base`.
pub struct NativeEnv {
    base: Option<Url>,
    page_language: Option<String>,
}

impl NativeEnv {
    /// `base` is the address the content was loaded from; without one (a local file, or an
    /// address that does not parse), only absolute addresses resolve.
    pub fn new(base: Option<&str>) -> Self {
        Self {
            base: base.and_then(|base| Url::parse(base).ok()),
            page_language: None,
        }
    }

    /// The same, for content read in a page whose language is `language`.
    pub fn in_page(mut self, language: Option<&str>) -> Self {
        self.page_language = language.map(str::to_owned);
        self
    }
}

impl Environment for NativeEnv {
    fn resolve_url(&self, raw: &str) -> Option<String> {
        // As the browser's `new URL(raw, base)`: leading and trailing spaces and C0 controls
        // are stripped and tabs and newlines removed by the parser itself.
        let url = Url::options()
            .base_url(self.base.as_ref())
            .parse(raw)
            .ok()?;
        matches!(url.scheme(), "http" | "https" | "mailto").then(|| url.into())
    }

    fn parse_html(&self, html: &str) -> Vec<Node> {
        parse_body(&defuse_inline_code(html))
    }

    fn page_language(&self) -> Option<&str> {
        self.page_language.as_deref()
    }
}

/// The children of the body of `html` parsed as a whole document, as `DOMParser` parses it
/// (`text/html`, scripting disabled, so `<noscript>` holds markup).
pub fn parse_body(html: &str) -> Vec<Node> {
    let opts = ParseOpts {
        tree_builder: TreeBuilderOpts {
            scripting_enabled: false,
            ..Default::default()
        },
        ..Default::default()
    };
    let document: Html =
        driver::parse_document(BrowserLikeSink::new(Html::new_document()), opts).one(html);
    let body = document
        .root_element()
        .children()
        .find(|node| matches!(node.value(), scraper::Node::Element(e) if e.name() == "body"));
    body.map_or_else(Vec::new, |body| {
        body.children()
            .filter_map(|node| convert(node, 0))
            .collect()
    })
}

/// Elements and text only: comments and processing instructions are left behind.
fn convert(node: ego_tree::NodeRef<'_, scraper::Node>, depth: usize) -> Option<Node> {
    match node.value() {
        scraper::Node::Text(text) => Some(Node::Text(text.to_string())),
        scraper::Node::Element(element) => Some(Node::Element(Element {
            name: element.name().to_ascii_lowercase(),
            foreign: &*element.name.ns != XHTML,
            attributes: element
                .attrs()
                .map(|(name, value)| (name.to_owned(), value.to_owned()))
                .collect(),
            children: if depth >= MAX_DEPTH {
                Vec::new()
            } else {
                node.children()
                    .filter_map(|child| convert(child, depth + 1))
                    .collect()
            },
        })),
        _ => None,
    }
}
