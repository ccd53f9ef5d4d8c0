//! Tables: cells hold blocks (paragraphs, pictures, lists, nested tables up to a limit), with
//! their spans and header scopes. A table used only to lay something out is shown as what it
//! lays out: one cell is its content, and a column of a picture and its caption is a figure.

use super::figures::join_lines;
use super::flow::Flow;
use super::tree::Element;
use crate::model::{Block, HeaderScope, Inline, Table, TableCell, TableRow, MAX_TABLE_NESTING};

/// The blocks a `<table>` stands for: a table, or what a layout table lays out.
pub fn table(flow: &Flow<'_>, e: &Element, depth: usize) -> Vec<Block> {
    let mut inner = Flow::new(flow.cx);
    inner.tables = flow.tables + 1;
    // Deeper tables are shown as their cells' content, so nesting cannot grow without end.
    let nested_too_deep = flow.tables >= MAX_TABLE_NESTING;
    let mut table = Table::default();
    let add_rows = |section: &Element, head: bool, table: &mut Table| {
        for tr in section.elements().filter(|child| child.name == "tr") {
            let row = TableRow(
                tr.elements()
                    .filter(|cell| matches!(cell.name.as_str(), "td" | "th"))
                    .map(|cell| table_cell(&inner, cell, depth))
                    .collect(),
            );
            if head {
                table.head.push(row)
            } else {
                table.body.push(row)
            }
        }
    };
    for child in e.elements() {
        match child.name.as_str() {
            "caption" => {
                table.caption = Some(flow.element_runs(child, depth))
                    .filter(|c| super::flow::shows_something(c))
            }
            "thead" => add_rows(child, true, &mut table),
            "tbody" | "tfoot" => add_rows(child, false, &mut table),
            _ => {}
        }
    }
    add_rows(e, false, &mut table);
    if nested_too_deep {
        return contents(table);
    }
    if let Some(blocks) = laid_out(&mut table) {
        return blocks;
    }
    // A first row of header cells, without a <thead>, is the head.
    if table.head.is_empty()
        && table
            .body
            .first()
            .is_some_and(|TableRow(cells)| !cells.is_empty() && cells.iter().all(|c| c.header))
    {
        table.head.push(table.body.remove(0));
    }
    if table.head.is_empty() && table.body.is_empty() {
        return Vec::new();
    }
    vec![Block::Table(table)]
}

fn table_cell(flow: &Flow<'_>, cell: &Element, depth: usize) -> TableCell {
    let span = |name| {
        cell.attr(name)
            .and_then(|raw| raw.trim().parse::<u16>().ok())
            .unwrap_or(1)
            .clamp(1, 100)
    };
    let header = cell.name == "th";
    TableCell {
        header,
        scope: cell
            .attr("scope")
            .filter(|_| header)
            .and_then(HeaderScope::from_html),
        content: flow.element_blocks(cell, depth),
        colspan: span("colspan"),
        rowspan: span("rowspan"),
    }
}

/// What a layout table lays out, when it lays out one thing: the content of its one cell, or
/// the figure of a column holding one picture and the few words that caption it. `None` for a
/// table of data (it has headers or a caption) or a grid.
fn laid_out(table: &mut Table) -> Option<Vec<Block>> {
    if table.has_headers() || table.caption.is_some() {
        return None;
    }
    let cells: usize = table.body.iter().map(|TableRow(cells)| cells.len()).sum();
    let one_column = table.body.iter().all(|TableRow(cells)| cells.len() <= 1);
    if cells == 0 || !one_column {
        return None;
    }
    let blocks: Vec<&Block> = table
        .body
        .iter()
        .flat_map(|TableRow(cells)| cells)
        .flat_map(|cell| &cell.content)
        .collect();
    if is_captioned_picture(&blocks) {
        return Some(vec![captioned_picture(contents(std::mem::take(table)))]);
    }
    (cells == 1).then(|| contents(std::mem::take(table)))
}

/// Captions longer than this are text of their own, not a picture's caption.
const MAX_CAPTION_CHARS: usize = 400;

/// One figure, without other pictures, and a few paragraphs of words.
fn is_captioned_picture(blocks: &[&Block]) -> bool {
    let mut figures = 0;
    let mut words = 0;
    for block in blocks {
        match block {
            Block::Figure(image) => {
                figures += 1;
                words += Inline::plain_text(&image.caption).chars().count();
            }
            Block::Paragraph(runs) => {
                let mut pictures = 0;
                Inline::each_image(runs, &mut |_| pictures += 1);
                if pictures > 0 {
                    return false;
                }
                words += Inline::plain_text(runs).chars().count();
            }
            _ => return false,
        }
    }
    figures == 1 && words <= MAX_CAPTION_CHARS
}

/// The figure of [`is_captioned_picture`] blocks: the words, in order, are its caption.
fn captioned_picture(blocks: Vec<Block>) -> Block {
    let mut image = Box::<crate::model::Image>::default();
    let mut lines: Vec<Vec<Inline>> = Vec::new();
    for block in blocks {
        match block {
            Block::Figure(mut found) => {
                lines.push(std::mem::take(&mut found.caption));
                image = found;
            }
            Block::Paragraph(runs) => lines.push(runs),
            _ => {}
        }
    }
    image.caption = join_lines(lines);
    Block::Figure(image)
}

/// Every cell's blocks in reading order, after the caption.
fn contents(table: Table) -> Vec<Block> {
    let mut blocks: Vec<Block> = table.caption.map(Block::Paragraph).into_iter().collect();
    for TableRow(cells) in table.head.into_iter().chain(table.body) {
        for cell in cells {
            blocks.extend(cell.content);
        }
    }
    blocks
}
