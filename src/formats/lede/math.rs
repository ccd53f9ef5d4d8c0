//! Formulas in lede JSON: `{"type": "math", "display": "block", "alttext": …, "content": [node]}`,
//! a node being text or `{"name": "mfrac", "attributes": {…}, "children": [node]}`. Names and
//! attributes outside MathML's presentation allow-list are left out (an element's children stay).

use serde_json::Value;

use crate::formats::json::Field;
use crate::formats::ContentError;
use crate::model::{Math, MathAttribute, MathElement, MathName, MathNode};

/// A formula; `None` when it holds nothing.
pub fn read(field: &Field<'_>) -> Result<Option<Math>, ContentError> {
    let display = field.get("display");
    let block = match display.text()? {
        None | Some("inline") => false,
        Some("block") => true,
        Some(other) => return Err(display.bad_value("“inline” or “block”", other)),
    };
    let content = nodes(&field.get("content"))?;
    let alttext = field.get("alttext").text()?.map(str::to_owned);
    Ok((!content.is_empty()).then_some(Math {
        block,
        alttext,
        content,
    }))
}

fn nodes(field: &Field<'_>) -> Result<Vec<MathNode>, ContentError> {
    let mut out = Vec::new();
    for item in field.items()? {
        if let Some(Value::String(text)) = item.value() {
            out.push(MathNode::Text(text.clone()));
            continue;
        }
        item.object()?;
        let children = nodes(&item.get("children"))?;
        let name = item.get("name");
        match MathName::from_tag(name.required_text()?) {
            Some(name) => out.push(MathNode::Element(MathElement {
                name,
                attributes: attributes(&item.get("attributes"))?,
                children,
            })),
            None => out.extend(children),
        }
    }
    Ok(out)
}

fn attributes(field: &Field<'_>) -> Result<Vec<(MathAttribute, String)>, ContentError> {
    let Some(map) = field.object()? else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for key in map.keys() {
        let Some(attribute) = MathAttribute::from_tag(key) else {
            continue;
        };
        if let Some(value) = field.get(key).text()? {
            out.push((attribute, value.to_owned()));
        }
    }
    Ok(MathAttribute::in_order(out))
}
