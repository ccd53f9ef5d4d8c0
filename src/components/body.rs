//! Body blocks and inline runs as HTML: one pass over the model, no component per paragraph.

use yew::prelude::*;

use crate::model::{Block, Inline, LinkCard, ListItem, Table, TableRow};

use super::figure::figure;

pub fn blocks(blocks: &[Block]) -> Html {
    blocks.iter().map(block).collect()
}

fn block(block: &Block) -> Html {
    match block {
        Block::Paragraph(content) => html! { <p>{ inlines(content) }</p> },
        Block::Heading { level, content } => {
            let tag = format!("h{}", level.clamp(&2, &6));
            html! { <@{tag}>{ inlines(content) }</@> }
        }
        Block::Quote { content, citation } => match citation {
            // A quote with its source: the pattern the HTML standard recommends.
            Some(citation) => html! {
                <figure class="quote">
                    <blockquote>{ blocks(content) }</blockquote>
                    <figcaption>{ "— " }{ inlines(citation) }</figcaption>
                </figure>
            },
            None => html! { <blockquote>{ blocks(content) }</blockquote> },
        },
        Block::List {
            ordered: true,
            items,
        } => html! { <ol>{ for items.iter().map(list_item) }</ol> },
        Block::List {
            ordered: false,
            items,
        } => html! { <ul>{ for items.iter().map(list_item) }</ul> },
        Block::Figure(image) => figure(image, false),
        Block::Gallery(images) => html! {
            <div class="gallery">{ for images.iter().map(|image| figure(image, false)) }</div>
        },
        Block::Preformatted(text) => html! { <pre>{ text }</pre> },
        Block::Rule => html! { <hr /> },
        Block::Table(table) => table_view(table),
        Block::Embed(card) => embed_card(card),
    }
}

/// A wide table scrolls sideways on its own, and can be scrolled from the keyboard.
fn table_view(table: &Table) -> Html {
    let label = table
        .caption
        .as_deref()
        .map_or_else(|| "Table".to_owned(), Inline::plain_text);
    let row = |TableRow(cells): &TableRow, in_head: bool| {
        html! {
            <tr>
                { for cells.iter().map(|cell| {
                    let colspan = (cell.colspan > 1).then(|| cell.colspan.to_string());
                    let rowspan = (cell.rowspan > 1).then(|| cell.rowspan.to_string());
                    if cell.header || in_head {
                        let scope = if in_head { "col" } else { "row" };
                        html! { <th {scope} {colspan} {rowspan}>{ inlines(&cell.content) }</th> }
                    } else {
                        html! { <td {colspan} {rowspan}>{ inlines(&cell.content) }</td> }
                    }
                }) }
            </tr>
        }
    };
    html! {
        <div class="table-scroll" role="region" aria-label={label} tabindex="0">
            <table>
                if let Some(caption) = &table.caption {
                    <caption>{ inlines(caption) }</caption>
                }
                if !table.head.is_empty() {
                    <thead>{ for table.head.iter().map(|r| row(r, true)) }</thead>
                }
                <tbody>{ for table.body.iter().map(|r| row(r, false)) }</tbody>
            </table>
        </div>
    }
}

/// An embedded player or post, as a link to where it lives.
fn embed_card(card: &LinkCard) -> Html {
    let title = card.title.clone().unwrap_or_else(|| card.url.clone());
    html! {
        <p class="embed-card">
            { link(&card.url, html! {
                <>
                    <span class="embed-provider">{ &card.provider }</span>
                    { ": " }
                    <span class="embed-title">{ title }</span>
                </>
            }) }
        </p>
    }
}

/// An item that is a single paragraph is written without the `<p>`, as lists usually are.
fn list_item(ListItem(content): &ListItem) -> Html {
    match content.as_slice() {
        [Block::Paragraph(runs)] => html! { <li>{ inlines(runs) }</li> },
        _ => html! { <li>{ blocks(content) }</li> },
    }
}

pub fn inlines(runs: &[Inline]) -> Html {
    runs.iter().map(inline).collect()
}

fn inline(run: &Inline) -> Html {
    match run {
        Inline::Text(text) => html! { { text } },
        Inline::Styled { style, content } => html! { <@{style.tag()}>{ inlines(content) }</@> },
        Inline::Link { href, content } => link(href, inlines(content)),
        Inline::LineBreak => html! { <br /> },
    }
}

/// A link out of the widget: web links open in a new tab, so the host page stays where it is.
pub fn link(href: &str, content: Html) -> Html {
    if href.starts_with("http:") || href.starts_with("https:") {
        html! { <a href={href.to_owned()} target="_blank" rel="noopener noreferrer">{ content }</a> }
    } else {
        html! { <a href={href.to_owned()}>{ content }</a> }
    }
}
