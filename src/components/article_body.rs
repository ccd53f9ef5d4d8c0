//! An article's body in parts the browser can skip while they are out of view; the first part
//! is in the first frame, the rest follow once it has been painted.

use yew::prelude::*;

use crate::model::Article;

use super::body::blocks;
use super::painted::use_painted;
use super::Shared;

/// How many top-level blocks the first part has: at 5–11 em a block, more than a screen.
const FIRST_PART: usize = 24;
/// How many the later parts have: more, because each part is an element of its own to style
/// and lay out whenever the whole page changes.
const PART: usize = 96;

#[derive(Properties, PartialEq)]
pub struct ArticleBodyProps {
    pub article: Shared<Article>,
}

/// Each part is `content-visibility: auto`, so what changes the whole page (a dialog making
/// everything behind it inert, the first layout) costs what the visible parts cost, not what a
/// 2,000-paragraph article does. Building the DOM of the parts below the fold waits for the first
/// paint, so that it never holds back the headline.
#[function_component]
pub fn ArticleBody(props: &ArticleBodyProps) -> Html {
    let whole = use_painted();
    let (first, rest) = props
        .article
        .body
        .split_at(props.article.body.len().min(FIRST_PART));
    // Busy until the last part is in, so that assistive technology reads the body whole.
    let busy = (!whole && !rest.is_empty()).then_some("true");
    let rest = if whole { rest } else { &[] };
    html! {
        <div class="article-body" part="body" aria-busy={busy}>
            <div class="body-part">{ blocks(first) }</div>
            { for rest.chunks(PART).map(|part| html! { <div class="body-part">{ blocks(part) }</div> }) }
        </div>
    }
}
