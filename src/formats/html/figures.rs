//! `<figure>` and the links around pictures: a figure keeps its picture, its link and every
//! word it holds (a "Photo" label, a credit in a paragraph of its own) as its caption.

use super::flow::Flow;
use super::tree::{Element, Node};
use super::{embeds, tables};
use crate::model::{Block, Inline, LinkTarget};

/// The blocks a `<figure>` stands for: usually one figure with its caption.
pub fn figure(flow: &Flow<'_>, figure: &Element, depth: usize) -> Vec<Block> {
    let figcaption = figure.elements().find(|child| child.name == "figcaption");
    let caption = figcaption
        .map(|figcaption| flow.element_runs(figcaption, depth))
        .filter(|caption| !caption.is_empty());
    if let Some(card) = embeds::from_wordpress_block(figure, flow.env()) {
        return vec![Block::Embed(card)];
    }
    if let Some(quoted) = figure.elements().find(|child| child.name == "blockquote") {
        let content = flow.sub_blocks(&quoted.children, depth);
        if content.is_empty() {
            return Vec::new();
        }
        return vec![Block::Quote {
            content,
            citation: caption,
        }];
    }
    if let Some(element) = figure.find("table") {
        let mut blocks = tables::table(flow, element, depth);
        if let [Block::Table(table)] = blocks.as_mut_slice() {
            table.caption = table.caption.take().or(caption);
        } else if let Some(caption) = caption {
            blocks.push(Block::Paragraph(caption));
        }
        return blocks;
    }
    let is_caption = |node: &&Node| match (node, figcaption) {
        (Node::Element(e), Some(caption)) => std::ptr::eq(e, caption),
        _ => false,
    };
    let mut blocks = flow.sub_blocks(
        figure.children.iter().filter(|node| !is_caption(node)),
        depth,
    );
    let pictures = blocks
        .iter()
        .filter(|block| matches!(block, Block::Figure(_)))
        .count();
    let only_words_besides = blocks
        .iter()
        .all(|block| matches!(block, Block::Figure(_) | Block::Paragraph(_)));
    if pictures == 1 && only_words_besides {
        // The picture, with the words around it (before the caption) as its caption.
        let mut image = None;
        let mut words: Vec<Vec<Inline>> = Vec::new();
        for block in blocks {
            match block {
                // A figure inside the figure keeps its own caption, before the outer one.
                Block::Figure(mut found) => {
                    words.push(std::mem::take(&mut found.caption));
                    image = Some(found);
                }
                Block::Paragraph(runs) => words.push(runs),
                _ => {}
            }
        }
        words.extend(caption);
        return image
            .map(|mut image| {
                image.caption = join_lines(words);
                Block::Figure(image)
            })
            .into_iter()
            .collect();
    }
    // No single picture (a video's card, several pictures, text): its blocks, then its caption.
    blocks.extend(caption.map(Block::Paragraph));
    blocks
}

/// Blocks that stood inside a link, each keeping it: a figure links its picture, a gallery
/// each of its pictures, a paragraph its words.
pub fn linked(blocks: Vec<Block>, target: Option<&LinkTarget>) -> Vec<Block> {
    let Some(target) = target else {
        return blocks;
    };
    blocks
        .into_iter()
        .map(|block| match block {
            Block::Figure(mut image) => {
                image.link = image.link.or_else(|| Some(target.clone()));
                Block::Figure(image)
            }
            Block::Gallery(mut images) => {
                for image in &mut images {
                    image.link = image.link.take().or_else(|| Some(target.clone()));
                }
                Block::Gallery(images)
            }
            Block::Paragraph(runs) if !has_link(&runs) => Block::Paragraph(vec![Inline::Link {
                target: target.clone(),
                content: runs,
            }]),
            // A list or a table inside a link: what each of its items and cells holds.
            mut other => {
                other.for_each_nested_mut(&mut |nested| {
                    *nested = linked(std::mem::take(nested), Some(target));
                });
                other
            }
        })
        .collect()
}

fn has_link(runs: &[Inline]) -> bool {
    runs.iter()
        .any(|run| matches!(run, Inline::Link { .. }) || has_link(run.content()))
}

/// Runs of several paragraphs as lines of one.
pub fn join_lines(paragraphs: Vec<Vec<Inline>>) -> Vec<Inline> {
    let mut runs = Vec::new();
    for paragraph in paragraphs.into_iter().filter(|p| !p.is_empty()) {
        if !runs.is_empty() {
            runs.push(Inline::LineBreak);
        }
        runs.extend(paragraph);
    }
    runs
}
