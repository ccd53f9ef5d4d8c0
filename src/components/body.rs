//! Body blocks as HTML: one pass over the model, no component per paragraph. Only markup the
//! HTML parser builds back as it is written (no block inside a paragraph, no link inside a
//! link, a `<tbody>` in every table), so that server HTML hydrates.

use yew::prelude::*;

use crate::model::{Arg, Block, Definition, Inline, LinkCard, ListItem, Message, Player};

use super::figure::figure;
use super::table::table_view;
use super::words::Words;

pub use super::inline::{inlines, link};

pub fn blocks(blocks: &[Block], words: &Words) -> Html {
    blocks.iter().map(|one| block(one, words)).collect()
}

pub fn block(block: &Block, words: &Words) -> Html {
    match block {
        Block::Paragraph(content) => html! { <p>{ inlines(content, words) }</p> },
        Block::Heading { level, content } => {
            let tag = format!("h{}", level.clamp(&2, &6));
            html! { <@{tag}>{ inlines(content, words) }</@> }
        }
        Block::Quote { content, citation } => match citation {
            // A quote with its source: the pattern the HTML standard recommends.
            Some(citation) => html! {
                <figure class="quote">
                    <blockquote>{ blocks(content, words) }</blockquote>
                    <figcaption>{ "— " }{ inlines(citation, words) }</figcaption>
                </figure>
            },
            None => html! { <blockquote>{ blocks(content, words) }</blockquote> },
        },
        Block::List {
            ordered: true,
            numbers,
            items,
        } => html! {
            <ol start={numbers.start.map(|start| start.to_string())} reversed={numbers.reversed}>
                { for items.iter().map(|item| list_item(item, words)) }
            </ol>
        },
        Block::List {
            ordered: false,
            items,
            ..
        } => html! { <ul>{ for items.iter().map(|item| list_item(item, words)) }</ul> },
        Block::Definitions(parts) => definitions(parts, words),
        Block::Figure(image) => figure(image, false, words),
        // A list of pictures, as galleries are written.
        Block::Gallery(images) => html! {
            <ul class="gallery">{ for images.iter().map(|image| html! { <li>{ figure(image, false, words) }</li> }) }</ul>
        },
        // Focusable, so that a line wider than the column can be scrolled from the keyboard.
        Block::Preformatted(runs) => {
            html! { <pre tabindex="0">{ leading_newline(runs) }{ inlines(runs, words) }</pre> }
        }
        Block::Rule => html! { <hr /> },
        Block::Table(table) => table_view(table, words),
        Block::Embed(card) => embed_card(card, None, words),
    }
}

/// A definition list. Details before any term (`<dl><dd>`, which sites use to indent) define
/// nothing: they are shown as the blocks they hold, and a `<dl>` holds only what follows a term.
fn definitions(parts: &[Definition], words: &Words) -> Html {
    let first_term = parts
        .iter()
        .position(|part| matches!(part, Definition::Term(_)))
        .unwrap_or(parts.len());
    let (loose, defined) = parts.split_at(first_term);
    let loose = loose.iter().map(|part| match part {
        Definition::Details(content) => blocks(content, words),
        Definition::Term(_) => Html::default(),
    });
    html! {
        <>
            { for loose }
            if !defined.is_empty() {
                <dl>
                    { for defined.iter().map(|part| match part {
                        Definition::Term(runs) => html! { <dt>{ inlines(runs, words) }</dt> },
                        Definition::Details(content) => html! { <dd>{ single_paragraph(content, words) }</dd> },
                    }) }
                </dl>
            }
        </>
    }
}

/// The parser drops a newline just after `<pre>`, so text that starts with one gets another
/// in front (as HTML serializers write it), or server HTML would lose it.
fn leading_newline(runs: &[Inline]) -> Option<&'static str> {
    matches!(runs.first(), Some(Inline::Text(text)) if text.starts_with('\n')).then_some("\n")
}

/// An embedded player or post, as a link to where it lives; with `player`, a video the site
/// lets the reader play here, also the offer to (which the program carries out).
pub fn embed_card(card: &LinkCard, player: Option<&Player>, words: &Words) -> Html {
    let title = card.title.clone().unwrap_or_else(|| card.url.clone());
    html! {
        <p class="embed-card" data-provider={player.map(|player| player.provider.key())}>
            { link(&card.url, html! {
                <>
                    <span class="embed-provider">{ &card.provider }</span>
                    { ": " }
                    <span class="embed-title">{ title }</span>
                </>
            }) }
            if let Some(player) = player {
                <span class="player-offer scripted" lang={words.language()} dir={words.direction()}>
                    <button type="button" class="button play-video">
                        { words.with(Message::VideoPlay, &[("provider", Arg::Text(player.provider.name()))]) }
                    </button>
                    <label class="player-remember">
                        <input type="checkbox" class="remember-player" />{ " " }{ words.say(Message::VideoRemember) }
                    </label>
                </span>
            }
        </p>
    }
}

fn list_item(ListItem(content): &ListItem, words: &Words) -> Html {
    html! { <li>{ single_paragraph(content, words) }</li> }
}

/// Content of a single paragraph is written without the `<p>`, as list items, definitions and
/// table cells usually are.
pub fn single_paragraph(content: &[Block], words: &Words) -> Html {
    match content {
        [Block::Paragraph(runs)] => inlines(runs, words),
        _ => blocks(content, words),
    }
}
