//! Lists and definition lists. An item holds blocks: paragraphs, pictures, nested lists and
//! tables. What a list holds besides its items (a nested `<ol>` written straight inside an
//! `<ol>`, as some editors do) belongs to the item before it.

use super::flow::Flow;
use super::text::is_blank;
use super::tree::{Element, Node};
use crate::model::{Block, Definition, ListItem, ListNumbers};

/// `<ul>`, `<ol>` or `<menu>`; `None` when no item shows anything.
pub fn list(flow: &Flow<'_>, e: &Element, depth: usize) -> Option<Block> {
    let mut items: Vec<ListItem> = Vec::new();
    let mut loose: Vec<&Node> = Vec::new();
    let add_loose = |loose: &mut Vec<&Node>, items: &mut Vec<ListItem>| {
        if loose.is_empty() {
            return;
        }
        let blocks = flow.sub_blocks(loose.drain(..), depth);
        match items.last_mut() {
            Some(ListItem(previous)) => previous.extend(blocks),
            None if !blocks.is_empty() => items.push(ListItem(blocks)),
            None => {}
        }
    };
    for node in &e.children {
        match node {
            Node::Element(li) if li.name == "li" && !li.foreign => {
                add_loose(&mut loose, &mut items);
                items.push(ListItem(flow.element_blocks(li, depth)));
            }
            Node::Text(text) if is_blank(text) => {}
            other => loose.push(other),
        }
    }
    add_loose(&mut loose, &mut items);
    items.retain(|ListItem(blocks)| !blocks.is_empty());
    let ordered = e.name == "ol";
    let numbers = ListNumbers {
        start: e
            .attr("start")
            .filter(|_| ordered)
            .and_then(|start| start.trim().parse().ok()),
        reversed: ordered && e.attr("reversed").is_some(),
    };
    (!items.is_empty()).then_some(Block::List {
        ordered,
        numbers,
        items,
    })
}

/// `<dl>`: terms and their details in order, also when grouped in `<div>`s.
pub fn definitions(flow: &Flow<'_>, e: &Element, depth: usize) -> Option<Block> {
    fn walk(flow: &Flow<'_>, nodes: &[Node], depth: usize, parts: &mut Vec<Definition>) {
        let mut loose: Vec<&Node> = Vec::new();
        let flush = |loose: &mut Vec<&Node>, parts: &mut Vec<Definition>| {
            if !loose.is_empty() {
                let blocks = flow.sub_blocks(loose.drain(..), depth);
                if !blocks.is_empty() {
                    parts.push(Definition::Details(blocks));
                }
            }
        };
        for node in nodes {
            match node {
                Node::Element(child) if !child.foreign && child.name == "dt" => {
                    flush(&mut loose, parts);
                    let term = flow.element_runs(child, depth);
                    if super::flow::shows_something(&term) {
                        parts.push(Definition::Term(term));
                    }
                }
                Node::Element(child) if !child.foreign && child.name == "dd" => {
                    flush(&mut loose, parts);
                    let details = flow.element_blocks(child, depth);
                    if !details.is_empty() {
                        parts.push(Definition::Details(details));
                    }
                }
                Node::Element(child)
                    if !child.foreign && child.name == "div" && depth < super::flow::MAX_DEPTH =>
                {
                    flush(&mut loose, parts);
                    walk(flow, &child.children, depth + 1, parts);
                }
                Node::Text(text) if is_blank(text) => {}
                other => loose.push(other),
            }
        }
        flush(&mut loose, parts);
    }
    let mut parts = Vec::new();
    walk(flow, &e.children, depth, &mut parts);
    (!parts.is_empty()).then_some(Block::Definitions(parts))
}
