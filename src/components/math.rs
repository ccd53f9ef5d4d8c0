//! Formulas as MathML, drawn by the browser itself. Yew creates the elements under `<math>`
//! in MathML's namespace; every name and attribute comes from the model's allow-list.

use yew::prelude::*;
use yew::virtual_dom::VTag;

use crate::model::{Math, MathNode};

pub fn formula(math: &Math) -> Html {
    let mut root = VTag::new("math");
    if math.block {
        root.add_attribute("display", "block");
        // A formula wider than the column scrolls; focusable, so it scrolls from the keyboard.
        root.add_attribute("tabindex", "0");
    }
    if let Some(alttext) = &math.alttext {
        root.add_attribute("alttext", alttext.clone());
    }
    root.add_children(math.content.iter().map(math_node));
    root.into()
}

fn math_node(node: &MathNode) -> Html {
    match node {
        MathNode::Text(text) => html! { { text } },
        MathNode::Element(element) => {
            let mut tag = VTag::new(element.name.tag());
            for (name, value) in &element.attributes {
                tag.add_attribute(name.tag(), value.clone());
            }
            tag.add_children(element.children.iter().map(math_node));
            tag.into()
        }
    }
}
