//! An article's body in parts the browser can skip while they are out of view; the first part
//! is in the first frame, the rest follow once it has been painted. A body a server rendered is
//! taken over as it is.

use yew::prelude::*;

use crate::model::{Article, Block};

use super::body::blocks;
use super::rendering::use_painted;
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
}

/// Each part is `content-visibility: auto`, so what changes the whole page (a dialog making
/// everything behind it inert, the first layout) costs what the visible parts cost, not what a
/// 2,000-paragraph article does. Building the DOM of the parts below the fold waits for the first
/// paint, so that it never holds back the headline.
///
/// The body holds no controls of its own (pictures are enlarged through one listener on the
/// article), so a body a server rendered needs nothing from the program: it is taken over whole,
/// untouched, instead of being built again node by node to be compared.
#[function_component]
pub fn ArticleBody(props: &ArticleBodyProps) -> Html {
    let whole = use_painted();
    if let Some(html) = &props.server_html {
        // Yew writes a raw node's HTML only when it creates one; taking one over, it keeps the
        // nodes between its markers. On a server the HTML is Yew's own rendering of the model.
        return html! {
            <div class="article-body" part="body">{ Html::from_html_unchecked(html.clone()) }</div>
        };
    }
    let body = &props.article.body;
    let (first, rest) = body.split_at(body.len().min(FIRST_PART));
    // Busy until the last part is in, so that assistive technology reads the body whole.
    let busy = (!whole && !rest.is_empty()).then_some("true");
    html! {
        <div class="article-body" part="body" aria-busy={busy}>
            { parts(first, if whole { rest } else { &[] }) }
        </div>
    }
}

fn parts(first: &[Block], rest: &[Block]) -> Html {
    html! {
        <>
            <div class="body-part">{ blocks(first) }</div>
            { for rest.chunks(PART).map(|part| html! { <div class="body-part">{ blocks(part) }</div> }) }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct BodyPartsProps {
    pub article: Shared<Article>,
}

/// The whole body in its parts, for a server to render on its own into the HTML that
/// [`ArticleBody`] is given.
#[function_component]
pub fn BodyParts(props: &BodyPartsProps) -> Html {
    let body = &props.article.body;
    let (first, rest) = body.split_at(body.len().min(FIRST_PART));
    parts(first, rest)
}
