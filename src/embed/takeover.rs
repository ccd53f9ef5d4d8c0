//! Server HTML in a reader's shadow root (written by `./scripts/render`): checked against its
//! stamp and read into what the widget starts with, so that the widget hydrates the nodes the
//! server sent instead of rendering them again. HTML that no longer matches what this widget
//! would render is never hydrated (Yew panics on a mismatch): the widget renders afresh, from
//! the server's data when it can.

use serde_json::Value;
use thiserror::Error;
use wasm_bindgen::JsCast;
use web_sys::{Element, ShadowRoot};
use yew::AttrValue;

use crate::components::{
    digest, error_words, shape, AppProps, DateWords, NodeKind, ShapeNode, Shared, Words, BUILD,
};
use crate::formats::{parse_json, read_catalogue, read_lede, read_site, ContentError};
use crate::web::{string_of, BrowserEnv, LoadError};

/// The class of the widget's root element, also in server HTML.
pub const ROOT_CLASS: &str = "lede";
/// The class of the data block a server writes beside the root.
pub const DATA_CLASS: &str = "lede-data";

/// Why server HTML cannot be hydrated; said in the console, for the publisher.
#[derive(Debug, Error)]
pub enum Mismatch {
    /// Only the data is left (the reader was moved, and its rendered nodes went with it).
    #[error("its rendered markup is gone")]
    Missing,
    #[error("it was rendered by another build of lede ({0}; this is {BUILD})")]
    Build(String),
    #[error("its data block does not match it")]
    Data,
    /// The data block comes after the rendered reader, so a page cut short loses it first.
    #[error("its data block is missing")]
    NoData,
    #[error(
        "its markup was changed after it was rendered (comments stripped, elements added or removed)"
    )]
    Shape,
    #[error("the element asks for other content than it was rendered with")]
    Props,
    #[error("its data cannot be read ({0})")]
    Unreadable(String),
}

/// Content in the data block that cannot be read, in the words the reader would be told (see
/// [`error_words`]).
fn unreadable(error: ContentError) -> Mismatch {
    let error = LoadError::Content {
        what: "article",
        url: "the page's data block".into(),
        source: error,
    };
    Mismatch::Unreadable(error_words(&error, &Words::english()))
}

/// What a shadow root holds from a server.
pub enum Found {
    /// Nothing: the widget renders itself, as without a server.
    Nothing,
    /// HTML to hydrate, once its data is read.
    Hydratable(ServerHtml),
    /// HTML that cannot be hydrated; the server's data, when it is still what the element asks
    /// for, so that rendering afresh needs no request.
    Unusable {
        why: Mismatch,
        props: Option<Box<AppProps>>,
    },
}

/// Server HTML whose stamp matches this build and its nodes, and the text of its data block.
pub struct ServerHtml {
    pub root: Element,
    data: String,
}

impl ServerHtml {
    /// What the widget starts with to match the HTML, if its data is what the element's own
    /// `props` ask for. Reading a long article's data is work of its own, so the widget does it
    /// in a task of its own.
    pub fn read(&self, props: &AppProps) -> Result<AppProps, Mismatch> {
        read(&self.data, props)
    }
}

/// Looks for server HTML in `shadow` for a reader whose own props are `props`.
pub fn find(shadow: &ShadowRoot, props: &AppProps) -> Found {
    let child = |selector: &str| {
        let children = shadow.children();
        (0..children.length())
            .filter_map(|index| children.item(index))
            .find(|child| child.matches(selector).unwrap_or(false))
    };
    let root = child(&format!("div.{ROOT_CLASS}[data-lede-build]"));
    let Some(data) = child(&format!("script.{DATA_CLASS}")) else {
        return match root {
            Some(_) => Found::Unusable {
                why: Mismatch::NoData,
                props: None,
            },
            None => Found::Nothing,
        };
    };
    // Read through the platform's encoder: a long article's data block is most of the page.
    let text = js_sys::Reflect::get(&data, &"textContent".into())
        .ok()
        .and_then(|text| string_of(&text))
        .unwrap_or_default();
    let checked = match root {
        Some(root) => check(&root, &text).map(|()| root),
        None => Err(Mismatch::Missing),
    };
    match checked {
        Ok(root) => Found::Hydratable(ServerHtml { root, data: text }),
        Err(why) => Found::Unusable {
            why,
            props: read(&text, props).ok().map(Box::new),
        },
    }
}

/// The stamp on `root` against this build, the data and the nodes under it.
fn check(root: &Element, data: &str) -> Result<(), Mismatch> {
    let attribute = |name| root.get_attribute(name).unwrap_or_default();
    let build = attribute("data-lede-build");
    if build != BUILD {
        return Err(Mismatch::Build(build));
    }
    if attribute("data-lede-data") != digest(data) {
        return Err(Mismatch::Data);
    }
    if attribute("data-lede-shape") != shape_of_children(root) {
        return Err(Mismatch::Shape);
    }
    Ok(())
}

/// The reader's props from a server's data block, if they are what `props` (the element's own)
/// ask for: the same content, site and options.
fn read(text: &str, props: &AppProps) -> Result<AppProps, Mismatch> {
    let data = parse_json(text).map_err(unreadable)?;
    let text_of = |key: &str| data.get(key).and_then(Value::as_str).map(str::to_owned);
    let same_options = text_of("src").as_deref() == props.src.as_deref()
        && text_of("site").as_deref() == props.site.as_deref()
        && data.get("item").and_then(Value::as_u64) == props.item.map(|item| item as u64)
        && data.get("newsletter").and_then(Value::as_bool) == Some(props.newsletter)
        && data.get("standalone").and_then(Value::as_bool) == Some(props.standalone);
    if !same_options {
        return Err(Mismatch::Props);
    }
    let base = text_of("base").unwrap_or_default();
    let env = BrowserEnv::new(base).in_page(props.page_language.as_deref());
    let content = data
        .get("content")
        .ok_or_else(|| Mismatch::Unreadable("no content".into()))
        .and_then(|content| {
            // A server writes lede's own format there: the other formats' adapters, in a
            // chunk of their own, are not needed to hydrate.
            read_lede(content, &env).map_err(unreadable)
        })?;
    let site = match data.get("site_config") {
        None | Some(Value::Null) => None,
        Some(config) => {
            let env = BrowserEnv::new(text_of("site_base").unwrap_or_default());
            let site = read_site(config, &env).map_err(unreadable)?;
            Some(Shared::from(site))
        }
    };
    let dates = data
        .get("dates")
        .and_then(Value::as_array)
        .map(|dates| {
            dates
                .iter()
                .filter_map(|entry| {
                    let entry = entry.as_array()?;
                    let text = |index: usize| entry.get(index)?.as_str().map(str::to_owned);
                    Some((text(0)?, text(1), text(2)?))
                })
                .collect()
        })
        .unwrap_or_default();
    let mut props = props.clone();
    props.given.content = Some(Shared::from(Ok(content)));
    props.given.site = site;
    props.given.date_words = DateWords::new(dates);
    // The server's words, in the language it chose (English when it wrote none): the first
    // render over its HTML must say what it said.
    let catalogue = match data.get("words") {
        None | Some(Value::Null) => Words::english().catalogue().clone(),
        Some(words) => read_catalogue(words)
            .map(Shared::from)
            .map_err(unreadable)?,
    };
    props.given.catalogue = Some(catalogue);
    props.given.body_html = Some(AttrValue::Static(""));
    Ok(props)
}

fn children_of(node: &web_sys::Node) -> Vec<web_sys::Node> {
    let list = node.child_nodes();
    (0..list.length())
        .filter_map(|index| list.item(index))
        .collect()
}

/// The live DOM, as the stamp's shape walks it.
struct LiveNode {
    node: web_sys::Node,
    /// An element's lower-case name, or a comment's text.
    name: Option<String>,
}

impl ShapeNode for LiveNode {
    fn kind(&self) -> NodeKind<'_> {
        match (self.node.node_type(), &self.name) {
            (web_sys::Node::ELEMENT_NODE, Some(name)) => NodeKind::Element(name),
            (web_sys::Node::COMMENT_NODE, Some(text)) => NodeKind::Comment(text),
            _ => NodeKind::Other,
        }
    }

    fn children(&self) -> Vec<Self> {
        children_of(&self.node)
            .into_iter()
            .map(LiveNode::from)
            .collect()
    }
}

impl From<web_sys::Node> for LiveNode {
    fn from(node: web_sys::Node) -> Self {
        let name = match node.node_type() {
            web_sys::Node::ELEMENT_NODE => node
                .dyn_ref::<Element>()
                .map(|element| element.local_name()),
            web_sys::Node::COMMENT_NODE => node.node_value(),
            _ => None,
        };
        Self { node, name }
    }
}

/// The shape of the nodes under `root`, as the stamp's.
fn shape_of_children(root: &Element) -> String {
    let nodes: Vec<LiveNode> = children_of(root).into_iter().map(LiveNode::from).collect();
    shape(&nodes)
}
