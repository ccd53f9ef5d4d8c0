//! Where the target of an in-page link goes when it was met before any text (an `id` on a
//! list item, a table, a figure): at the start of the first run of inline content of the
//! block that follows, so that it stands where the element stood.

use crate::model::{Block, Definition, Inline, TableRow};

/// Puts `targets` at the start of `block`'s first run; gives back those it has no place for
/// (a rule, an embed), for the next block.
pub fn prepend(block: &mut Block, targets: Vec<Inline>) -> Vec<Inline> {
    match first_run(block) {
        Some(runs) => {
            runs.splice(0..0, targets);
            Vec::new()
        }
        None => targets,
    }
}

/// Puts `targets` at the end of `block`'s last run, or drops them when it has none (links to
/// them then lose their link, see `formats::in_page`).
pub fn append(block: &mut Block, targets: Vec<Inline>) {
    if let Some(runs) = last_run(block) {
        runs.extend(targets);
    }
}

fn first_run(block: &mut Block) -> Option<&mut Vec<Inline>> {
    match block {
        Block::Paragraph(runs)
        | Block::Heading { content: runs, .. }
        | Block::Preformatted(runs) => Some(runs),
        Block::Quote { content, .. } => content.first_mut().and_then(first_run),
        Block::List { items, .. } => items
            .first_mut()
            .and_then(|item| item.0.first_mut())
            .and_then(first_run),
        Block::Definitions(parts) => match parts.first_mut()? {
            Definition::Term(runs) => Some(runs),
            Definition::Details(blocks) => blocks.first_mut().and_then(first_run),
        },
        Block::Figure(image) => Some(&mut image.caption),
        Block::Gallery(images) => images.first_mut().map(|image| &mut image.caption),
        Block::Table(table) => match &mut table.caption {
            Some(caption) => Some(caption),
            None => table
                .head
                .iter_mut()
                .chain(&mut table.body)
                .find_map(|TableRow(cells)| cells.first_mut())
                .and_then(|cell| cell.content.first_mut())
                .and_then(first_run),
        },
        Block::Rule | Block::Embed(_) => None,
    }
}

fn last_run(block: &mut Block) -> Option<&mut Vec<Inline>> {
    match block {
        Block::Quote { content, .. } => content.last_mut().and_then(last_run),
        Block::List { items, .. } => items
            .last_mut()
            .and_then(|item| item.0.last_mut())
            .and_then(last_run),
        Block::Definitions(parts) => match parts.last_mut()? {
            Definition::Term(runs) => Some(runs),
            Definition::Details(blocks) => blocks.last_mut().and_then(last_run),
        },
        other => first_run(other),
    }
}
