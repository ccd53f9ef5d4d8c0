//! Formulas as MathML, drawn by the browser itself. Yew creates the elements under `<math>`
//! in MathML's namespace; every name and attribute comes from the model's allow-list.

use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes, VTag};

use crate::model::{Math, MathAttribute, MathNode};

pub fn formula(math: &Math) -> Html {
    let mut root = VTag::new("math");
    let value = |value: Option<&str>| {
        value.map(|value| AttributeOrProperty::Attribute(AttrValue::from(value.to_owned())))
    };
    root.set_attributes(Attributes::Dynamic {
        keys: &["display", "alttext", "tabindex"],
        values: Box::new([
            value(math.block.then_some("block")),
            value(math.alttext.as_deref()),
            // A formula wider than the column scrolls; focusable, so it scrolls from the keyboard.
            value(math.block.then_some("0")),
        ]),
    });
    root.add_children(math.content.iter().map(math_node));
    root.into()
}

fn math_node(node: &MathNode) -> Html {
    match node {
        MathNode::Text(text) => html! { { text } },
        MathNode::Element(element) => {
            let mut tag = VTag::new(element.name.tag());
            if !element.attributes.is_empty() {
                // One slot for each attribute of the allow-list, in its order: no map to build.
                let mut values = vec![None; MathAttribute::TAGS.len()].into_boxed_slice();
                for (name, value) in &element.attributes {
                    if let Some(slot) = values.get_mut(*name as usize) {
                        *slot = Some(AttributeOrProperty::Attribute(AttrValue::from(
                            value.clone(),
                        )));
                    }
                }
                tag.set_attributes(Attributes::Dynamic {
                    keys: MathAttribute::TAGS,
                    values,
                });
            }
            tag.add_children(element.children.iter().map(math_node));
            tag.into()
        }
    }
}
