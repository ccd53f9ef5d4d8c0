//! MathML through an allow-list: the presentation elements and attributes the model names
//! ([`MathName`], [`MathAttribute`]), text, and nothing else. No `href`, no `xlink:*`, no
//! style, no `annotation-xml` (which can hold HTML or SVG), no element of another namespace.
//!
//! The parsed tree says only whether an element is outside HTML (`foreign`), not whether it is
//! MathML or SVG. The name is enough, because of how the HTML parser builds foreign content:
//! an SVG element is created only as the child of another SVG element, or as an `<svg>`
//! root; the adoption agency moves only formatting elements and "special" ones, whose SVG
//! members are `foreignObject`, `desc` and `title`. So walking down from a foreign `<math>`,
//! every foreign element is MathML unless it is one of those four, whose subtrees are left
//! out whole. A foreign `<math>` is MathML itself: SVG's own `math` cannot be moved out of
//! its `<svg>`. (This is what mXSS "namespace confusion" payloads play with; the tests in
//! `formats/tests/allow_list/math.rs` hold them.)

use super::flow::plain_text;
use super::text::collapse_whitespace;
use super::tree::{Element, Node};
use crate::model::{Math, MathAttribute, MathElement, MathName, MathNode};

/// Formulas nested deeper than this are cut off.
const MAX_DEPTH: usize = 64;

/// Elements that can be SVG inside MathML (see the module's note): left out with their content.
const SVG_ROOTS: [&str; 4] = ["svg", "foreignobject", "desc", "title"];

/// Longer attribute values are not MathML's; dropped.
const MAX_VALUE: usize = 64;

/// A foreign `<math>` element as a formula; `None` when it shows nothing.
pub fn from_element(math: &Element) -> Option<Math> {
    let content = children(&math.children, 0);
    if content.is_empty() {
        return None;
    }
    Some(Math {
        block: math
            .attr("display")
            .is_some_and(|display| display.trim().eq_ignore_ascii_case("block")),
        alttext: math
            .attr("alttext")
            .map(|text| collapse_whitespace(text).trim().to_owned())
            .filter(|text| !text.is_empty()),
        content,
    })
}

/// The TeX of MathJax's `<script type="math/tex">`, and whether it is a displayed formula.
pub fn tex_script(script: &Element) -> Option<(String, bool)> {
    if script.name != "script" {
        return None;
    }
    let kind = script.attr("type")?.trim().to_ascii_lowercase();
    let rest = kind.strip_prefix("math/tex")?;
    let display = rest.contains("mode=display");
    let tex: String = script
        .children
        .iter()
        .filter_map(|node| match node {
            Node::Text(text) => Some(text.as_str()),
            Node::Element(_) => None,
        })
        .collect();
    let tex = tex.trim();
    (!tex.is_empty()).then(|| (tex.to_owned(), display))
}

fn children(nodes: &[Node], depth: usize) -> Vec<MathNode> {
    if depth > MAX_DEPTH {
        return Vec::new();
    }
    let mut out = Vec::new();
    for node in nodes {
        match node {
            Node::Text(text) => push_text(&mut out, text),
            // HTML in a token element (`<mtext><b>…</b></mtext>`): its words, not its markup.
            Node::Element(e) if !e.foreign => push_text(&mut out, &plain_text(&e.children)),
            Node::Element(e) => out.extend(element(e, depth + 1)),
        }
    }
    out
}

fn element(e: &Element, depth: usize) -> Vec<MathNode> {
    let name = e.name.as_str();
    if SVG_ROOTS.contains(&name) || name == "annotation-xml" {
        return Vec::new();
    }
    let Some(known) = MathName::from_tag(name) else {
        return unknown(e, depth);
    };
    vec![MathNode::Element(MathElement {
        name: known,
        attributes: attributes(e),
        children: children(&e.children, depth),
    })]
}

/// An element outside the allow-list keeps what it shows: `mfenced` its fences, `maction` its
/// first child (the one shown), the rest their content in a row.
fn unknown(e: &Element, depth: usize) -> Vec<MathNode> {
    let row = |children| {
        vec![MathNode::Element(MathElement {
            name: MathName::Row,
            attributes: Vec::new(),
            children,
        })]
    };
    match e.name.as_str() {
        "maction" => e
            .children
            .iter()
            .find_map(|node| match node {
                Node::Element(child) if child.foreign => Some(element(child, depth + 1)),
                _ => None,
            })
            .unwrap_or_default(),
        "mfenced" => {
            let operator = |text: &str| {
                MathNode::Element(MathElement {
                    name: MathName::Operator,
                    attributes: Vec::new(),
                    children: vec![MathNode::Text(text.to_owned())],
                })
            };
            let open = e.attr("open").unwrap_or("(").trim();
            let close = e.attr("close").unwrap_or(")").trim();
            let separators: Vec<char> = e
                .attr("separators")
                .unwrap_or(",")
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            let mut inner = Vec::new();
            inner.push(operator(open));
            let items = children(&e.children, depth);
            let count = items.len();
            for (index, item) in items.into_iter().enumerate() {
                inner.push(item);
                if index + 1 < count {
                    let separator = separators
                        .get(index)
                        .or(separators.last())
                        .map(char::to_string);
                    inner.extend(separator.map(|s| operator(&s)));
                }
            }
            inner.push(operator(close));
            row(inner)
        }
        // `math` again (inside a token element's HTML), `menclose`, `mlabeledtr`, `mglyph`…
        _ => row(children(&e.children, depth)),
    }
}

fn attributes(e: &Element) -> Vec<(MathAttribute, String)> {
    let found = e
        .attributes
        .iter()
        .filter_map(|(name, value)| {
            let attribute = MathAttribute::from_tag(name)?;
            let value = value.trim();
            let plain = value.len() <= MAX_VALUE
                && value
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || " .-+%#,:/_".contains(c));
            plain.then(|| (attribute, value.to_owned()))
        })
        .collect();
    MathAttribute::in_order(found)
}

/// Token text as MathML shows it: whitespace collapsed and trimmed.
fn push_text(out: &mut Vec<MathNode>, text: &str) {
    let text = collapse_whitespace(text);
    let text = text.trim();
    match out.last_mut() {
        Some(MathNode::Text(previous)) if !text.is_empty() => {
            previous.push(' ');
            previous.push_str(text);
        }
        _ if text.is_empty() => {}
        _ => out.push(MathNode::Text(text.to_owned())),
    }
}
