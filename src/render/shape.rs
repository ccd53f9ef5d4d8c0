//! The shape of the HTML the renderer wrote, as a browser will parse it (html5ever runs the
//! same algorithm), for the stamp the widget checks before hydrating; and a check that the
//! parser builds what the components rendered, since hydration walks the components' tree
//! over the parser's.

use ego_tree::NodeRef;
use html5ever::driver::{self, ParseOpts};
use html5ever::tendril::TendrilSink;
use scraper::{Html, HtmlTreeSink, Node};

use crate::components::{shape, NodeKind, ShapeNode};

/// Elements without an end tag.
const VOID: [&str; 13] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// The shape of `html` (the content of the widget's root element) as a browser parses it, and
/// whether that is the shape of the markup as written: when it is not, the parser moved
/// something (a block inside `<p>`, a table without its body), and hydration would fail.
pub fn of(html: &str) -> (String, bool) {
    let wrapped = format!("<!doctype html><html><body><div>{html}</div></body></html>");
    let document: Html = driver::parse_document(
        HtmlTreeSink::new(Html::new_document()),
        ParseOpts::default(),
    )
    .one(wrapped);
    let parsed = document
        .tree
        .root()
        .descendants()
        .find(|node| matches!(node.value(), Node::Element(e) if e.name() == "div"))
        .map(|div| div.children().map(Parsed).collect::<Vec<_>>())
        .unwrap_or_default();
    let parsed = shape(&parsed);
    let tree = written_tree(html);
    let written = shape(&tree.iter().collect::<Vec<_>>());
    let as_written = parsed == written;
    (parsed, as_written)
}

struct Parsed<'a>(NodeRef<'a, Node>);

impl ShapeNode for Parsed<'_> {
    fn kind(&self) -> NodeKind<'_> {
        match self.0.value() {
            Node::Element(element) => NodeKind::Element(element.name()),
            Node::Comment(comment) => NodeKind::Comment(comment),
            _ => NodeKind::Other,
        }
    }

    fn children(&self) -> Vec<Self> {
        self.0.children().map(Parsed).collect()
    }
}

/// The tree the markup says, read tag by tag (Yew's output: quoted attributes, escaped text).
#[derive(Debug, Default)]
struct Written {
    name: Option<String>,
    comment: Option<String>,
    children: Vec<Written>,
}

impl ShapeNode for &Written {
    fn kind(&self) -> NodeKind<'_> {
        match (&self.name, &self.comment) {
            (Some(name), _) => NodeKind::Element(name),
            (_, Some(text)) => NodeKind::Comment(text),
            _ => NodeKind::Other,
        }
    }

    fn children(&self) -> Vec<Self> {
        self.children.iter().collect()
    }
}

/// Reads Yew's markup into the tree it says, without any of the parser's repairs.
fn written_tree(html: &str) -> Vec<Written> {
    let mut open: Vec<Written> = vec![Written::default()];
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at..];
        if let Some(body) = rest.strip_prefix("<!--") {
            let end = body.find("-->").unwrap_or(body.len());
            if let Some(parent) = open.last_mut() {
                parent.children.push(Written {
                    comment: Some(body[..end].to_owned()),
                    ..Written::default()
                });
            }
            rest = body.get(end + 3..).unwrap_or_default();
        } else if let Some(body) = rest.strip_prefix("</") {
            if open.len() > 1 {
                if let Some(element) = open.pop() {
                    if let Some(parent) = open.last_mut() {
                        parent.children.push(element);
                    }
                }
            }
            rest = body
                .find('>')
                .and_then(|end| body.get(end + 1..))
                .unwrap_or_default();
        } else {
            let body = &rest[1..];
            let name_end = body
                .find(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>')
                .unwrap_or(body.len());
            let name = body[..name_end].to_ascii_lowercase();
            let (end, self_closing) = tag_end(body);
            let element = Written {
                name: Some(name.clone()),
                ..Written::default()
            };
            if self_closing || VOID.contains(&name.as_str()) {
                if let Some(parent) = open.last_mut() {
                    parent.children.push(element);
                }
            } else {
                open.push(element);
            }
            rest = body.get(end..).unwrap_or_default();
        }
    }
    while open.len() > 1 {
        if let Some(element) = open.pop() {
            if let Some(parent) = open.last_mut() {
                parent.children.push(element);
            }
        }
    }
    open.pop().map(|root| root.children).unwrap_or_default()
}

/// Where a start tag ends (just after its `>`, quotes respected), and whether it closes itself.
fn tag_end(body: &str) -> (usize, bool) {
    let mut quote = None;
    for (at, c) in body.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return (at + 1, body[..at].ends_with('/')),
            (None, _) => {}
        }
    }
    (body.len(), false)
}

#[cfg(test)]
mod tests {
    use super::of;

    #[test]
    fn markup_the_parser_keeps_is_as_written() {
        let (_, as_written) = of(
            r#"<!--<[]>--><p class="a>b">x<br>y<img src="i"></p><table><tbody><tr><td>1</td></tr></tbody></table><!--</[]>-->"#,
        );
        assert!(as_written);
    }

    #[test]
    fn markup_the_parser_repairs_is_caught() {
        for html in [
            "<p><div>block in a paragraph</div></p>",
            "<table><tr><td>no body</td></tr></table>",
            "<a href=\"/\"><a href=\"/\">nested</a></a>",
            "<ul><div>not an item</div></ul><p><figure></figure></p>",
        ] {
            let (_, as_written) = of(html);
            assert!(!as_written, "{html}");
        }
    }

    #[test]
    fn the_shape_follows_comments_and_elements_not_text() {
        assert_eq!(of("<p>one</p>").0, of("<p>two, three</p>").0);
        assert_ne!(
            of("<p>one</p>").0,
            of("<p><!--<[]>-->one<!--</[]>--></p>").0
        );
        assert_ne!(of("<p>one</p>").0, of("<p><b>one</b></p>").0);
    }
}
