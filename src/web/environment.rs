//! The browser's side of the adapters' [`Environment`]: the WHATWG URL parser resolves links,
//! and `DOMParser` parses HTML into an inert document (scripts never run, nothing loads).

use wasm_bindgen::JsCast;
use web_sys::{DomParser, SupportedType};

use crate::formats::html::{defuse_inline_code, Element, Node};
use crate::formats::Environment;

const XHTML: &str = "http://www.w3.org/1999/xhtml";

/// Deeper markup is cut off (Blink itself stops nesting at 512).
const MAX_DEPTH: usize = 256;

/// Resolves content links the way the browser will follow them, against the content's address.
pub struct BrowserEnv {
    base: String,
    page_language: Option<String>,
}

impl BrowserEnv {
    /// `base` is the address the content was loaded from.
    pub fn new(base: impl Into<String>) -> Self {
        Self {
            base: base.into(),
            page_language: None,
        }
    }

    /// The same, for content read in a page whose language is `language`.
    pub fn in_page(&self, language: Option<&str>) -> Self {
        Self {
            base: self.base.clone(),
            page_language: language.map(str::to_owned),
        }
    }
}

impl Environment for BrowserEnv {
    fn resolve_url(&self, raw: &str) -> Option<String> {
        // The browser's own parser strips the tabs, newlines and control characters that
        // obfuscated schemes hide behind, so checking its result checks what a click would open.
        let url = web_sys::Url::new_with_base(raw, &self.base).ok()?;
        matches!(url.protocol().as_str(), "http:" | "https:" | "mailto:").then(|| url.href())
    }

    fn parse_html(&self, html: &str) -> Vec<Node> {
        let html = defuse_inline_code(html);
        let body = DomParser::new()
            .and_then(|parser| parser.parse_from_string(&html, SupportedType::TextHtml))
            .ok()
            .and_then(|document| document.body());
        body.map_or_else(Vec::new, |body| children(&body, 0))
    }

    fn page_language(&self) -> Option<&str> {
        self.page_language.as_deref()
    }
}

fn children(parent: &web_sys::Node, depth: usize) -> Vec<Node> {
    if depth > MAX_DEPTH {
        return Vec::new();
    }
    let nodes = parent.child_nodes();
    (0..nodes.length())
        .filter_map(|index| nodes.item(index))
        .filter_map(|node| convert(&node, depth))
        .collect()
}

/// Elements and text only: comments and processing instructions are left behind.
///
/// Types are told by `instanceof`, never by properties: a `<form>` lets its fields override
/// its own properties (`<input name="nodeType">` makes `form.nodeType` an element), so forms,
/// which are dropped anyway, are left before anything of theirs is read.
fn convert(node: &web_sys::Node, depth: usize) -> Option<Node> {
    if let Some(text) = node.dyn_ref::<web_sys::Text>() {
        return text.node_value().map(Node::Text);
    }
    if node.has_type::<web_sys::HtmlFormElement>() {
        return None;
    }
    let element = node.dyn_ref::<web_sys::Element>()?;
    let attributes = element.attributes();
    Some(Node::Element(Element {
        name: element.local_name().to_ascii_lowercase(),
        foreign: element.namespace_uri().as_deref() != Some(XHTML),
        attributes: (0..attributes.length())
            .filter_map(|index| attributes.item(index))
            .map(|attr| (attr.name(), attr.value()))
            .collect(),
        children: children(node, depth + 1),
    }))
}
