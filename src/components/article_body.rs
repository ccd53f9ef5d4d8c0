//! An article's body in parts the browser can skip while they are out of view; the first part
//! is in the first frame, the rest follow once it has been painted. A body a server rendered is
//! taken over as it is.

use yew::prelude::*;

use crate::model::{AdRule, Article, Block, BodySlots, Player, Provider};

use super::body::{block, embed_card};
use super::rendering::use_painted;
use super::words::{use_words, Words};
use super::Shared;

/// How many top-level blocks the first part has: at 5–11 em a block, more than a screen.
const FIRST_PART: usize = 24;
/// How many the later parts have: more, because each part is an element of its own to style
/// and lay out whenever the whole page changes.
const PART: usize = 96;

#[derive(Properties, PartialEq)]
pub struct ArticleBodyProps {
    pub article: Shared<Article>,
    /// The body's HTML as a server rendered it ([`BodyParts`]): on a server, what it rendered;
    /// in the browser over that HTML, `""`, which takes the nodes the server sent as they are.
    #[prop_or_default]
    pub server_html: Option<AttrValue>,
    /// The site's repeating ad positions, if it wants them.
    #[prop_or_default]
    pub ads: Option<AdRule>,
    /// The video providers whose players the site lets a reader load.
    #[prop_or_default]
    pub players: Vec<Provider>,
}

/// Each part is `content-visibility: auto`, so what changes the whole page (a dialog making
/// everything behind it inert, the first layout) costs what the visible parts cost, not what a
/// 2,000-paragraph article does. Building the DOM of the parts below the fold waits for the first
/// paint, so that it never holds back the headline.
///
/// The body holds no controls of its own (pictures are enlarged through one listener on the
/// article), so a body a server rendered needs nothing from the program: it is taken over whole,
/// untouched, instead of being built again node by node to be compared.
#[component]
pub fn ArticleBody(props: &ArticleBodyProps) -> Html {
    let whole = use_painted();
    let taken_over = props.server_html.is_some();
    let slots = use_memo(
        (props.article.clone(), props.ads, taken_over),
        |(article, ads, taken_over)| {
            // The server placed the slots in the HTML taken over.
            if *taken_over {
                BodySlots::default()
            } else {
                BodySlots::of(&article.body, ads.as_ref())
            }
        },
    );
    let words = use_words();
    if let Some(html) = &props.server_html {
        // Yew writes a raw node's HTML only when it creates one; taking one over, it keeps the
        // nodes between its markers. On a server the HTML is Yew's own rendering of the model.
        return html! {
            <div class="article-body" part="body">{ Html::from_html_unchecked(html.clone()) }</div>
        };
    }
    let body = &props.article.body;
    let shown = if whole {
        body.len()
    } else {
        body.len().min(FIRST_PART)
    };
    // Busy until the last part is in, so that assistive technology reads the body whole.
    let busy = (shown < body.len()).then_some("true");
    html! {
        <div class="article-body" part="body" aria-busy={busy}>
            { parts(body.get(..shown).unwrap_or(body), &slots, &props.players, &words) }
        </div>
    }
}

/// `body` in its parts, each block followed by the host's slots that follow it (see
/// [`BodySlots`]), and the slots for positions past the last paragraph at the end.
fn parts(body: &[Block], slots: &BodySlots, players: &[Provider], words: &Words) -> Html {
    let (first, rest) = body.split_at(body.len().min(FIRST_PART));
    let part = |blocks: &[Block], offset: usize| -> Html {
        blocks
            .iter()
            .enumerate()
            .map(|(index, shown)| {
                let names = slots
                    .after_block
                    .get(offset + index)
                    .map(Vec::as_slice)
                    .unwrap_or_default();
                html! { <>{ top_level(shown, players, words) }{ for names.iter().map(|name| slot(name)) }</> }
            })
            .collect()
    };
    // Keyed: Yew matches unkeyed siblings from the end, so without keys the parts that come
    // after the first paint would take over the first part's element and build it anew, and
    // what the reader already sees would jump (a layout shift of 0.21 on a long article).
    html! {
        <>
            <div class="body-part" key="part-0">{ part(first, 0) }</div>
            { for rest.chunks(PART).enumerate().map(|(index, blocks)| html! {
                <div class="body-part" key={format!("part-{}", index + 1)} data-lines={estimated_lines(blocks).to_string()}>
                    { part(blocks, FIRST_PART + index * PART) }
                </div>
            }) }
            { for slots.trailing.iter().map(|name| slot(name)) }
        </>
    }
}

/// A block of the body; a video the site lets the reader play offers its player.
fn top_level(shown: &Block, players: &[Provider], words: &Words) -> Html {
    let player = match shown {
        Block::Embed(card) => Player::of(&card.url).filter(|p| players.contains(&p.provider)),
        _ => None,
    };
    match (shown, player) {
        (Block::Embed(card), Some(player)) => embed_card(card, Some(&player), words),
        _ => block(shown, words),
    }
}

/// A place for the host page's element of that name: standard slotting, so the host's own
/// scripts keep running in the host page. Empty, it takes no space (`display: contents`).
/// Keyed by its name, so that the slots after the last part are keyed as the parts are (a key
/// among unkeyed siblings, as after a block, changes nothing).
pub fn slot(name: &str) -> Html {
    html! { <slot key={format!("slot-{name}")} name={name.to_owned()}></slot> }
}

/// About how many lines of body text `blocks` take, for the size a part out of view is given
/// until it is laid out (`contain-intrinsic-block-size`): the scroll bar, and where a jump
/// down the article lands, then match the article.
fn estimated_lines(blocks: &[Block]) -> u32 {
    /// Characters on a line of the usual measure (65ch), and lines a block's margin takes.
    const LINE: usize = 65;
    let text = |text: &str| (text.chars().count().div_ceil(LINE)) as u32;
    let picture = |width: Option<u32>, height: Option<u32>| match (width, height) {
        // As wide as the text (about 20 lines of it), as tall as its proportions make it.
        (Some(w), Some(h)) if w > 0 => (20 * h / w).clamp(4, 40) + 2,
        _ => 16,
    };
    blocks
        .iter()
        .map(|block| {
            1 + match block {
                Block::Paragraph(_)
                | Block::Heading { .. }
                | Block::Preformatted(_)
                | Block::Quote { .. }
                | Block::List { .. }
                | Block::Definitions(_) => {
                    let mut lines = 0;
                    Block::each_text(std::slice::from_ref(block), &mut |t| {
                        lines += text(t).max(1)
                    });
                    lines
                }
                Block::Figure(image) => picture(image.width, image.height),
                Block::Gallery(images) => images
                    .iter()
                    .map(|image| picture(image.width, image.height) / 2)
                    .sum(),
                Block::Table(table) => (table.head.len() + table.body.len()) as u32 * 2,
                Block::Rule | Block::Embed(_) => 2,
            }
        })
        .sum()
}

#[derive(Properties, PartialEq)]
pub struct BodyPartsProps {
    pub article: Shared<Article>,
    #[prop_or_default]
    pub ads: Option<AdRule>,
    #[prop_or_default]
    pub players: Vec<Provider>,
    /// The words the rest of the reader is rendered with (this renders on its own).
    #[prop_or_else(Words::english)]
    pub words: Words,
}

/// The whole body in its parts, for a server to render on its own into the HTML that
/// [`ArticleBody`] is given.
#[component]
pub fn BodyParts(props: &BodyPartsProps) -> Html {
    let slots = BodySlots::of(&props.article.body, props.ads.as_ref());
    parts(&props.article.body, &slots, &props.players, &props.words)
}
