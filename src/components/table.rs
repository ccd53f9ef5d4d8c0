//! Tables as HTML. A table with headers is data: a labelled region that scrolls sideways on
//! its own (and from the keyboard), header cells with their scopes. A table without headers
//! was laid out for the eye: it keeps its grid, and reads as plain content.

use yew::prelude::*;

use crate::model::{Inline, Message, Table, TableCell, TableRow};

use super::body::single_paragraph;
use super::inline::inlines;
use super::words::Words;

pub fn table_view(table: &Table, words: &Words) -> Html {
    if !table.has_headers() {
        return html! {
            <div class="table-layout">
                <table role="presentation">
                    if let Some(caption) = &table.caption {
                        <caption>{ inlines(caption, words) }</caption>
                    }
                    <tbody>{ for table.body.iter().map(|r| row(r, false, words)) }</tbody>
                </table>
            </div>
        };
    }
    let label = table
        .caption
        .as_deref()
        .map_or_else(|| words.say(Message::Table), Inline::plain_text);
    html! {
        <div class="table-scroll" role="region" aria-label={label} tabindex="0">
            <table>
                if let Some(caption) = &table.caption {
                    <caption>{ inlines(caption, words) }</caption>
                }
                if !table.head.is_empty() {
                    <thead>{ for table.head.iter().map(|r| row(r, true, words)) }</thead>
                }
                <tbody>{ for table.body.iter().map(|r| row(r, false, words)) }</tbody>
            </table>
        </div>
    }
}

fn row(TableRow(cells): &TableRow, in_head: bool, words: &Words) -> Html {
    html! { <tr>{ for cells.iter().map(|c| cell(c, in_head, words)) }</tr> }
}

fn cell(cell: &TableCell, in_head: bool, words: &Words) -> Html {
    let colspan = (cell.colspan > 1).then(|| cell.colspan.to_string());
    let rowspan = (cell.rowspan > 1).then(|| cell.rowspan.to_string());
    let content = single_paragraph(&cell.content, words);
    if cell.header || in_head {
        let scope = cell
            .scope
            .map(|scope| scope.as_html())
            .unwrap_or(if in_head { "col" } else { "row" });
        html! { <th {scope} {colspan} {rowspan}>{ content }</th> }
    } else {
        html! { <td {colspan} {rowspan}>{ content }</td> }
    }
}
