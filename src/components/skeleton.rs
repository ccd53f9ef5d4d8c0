//! The loading placeholder: the article's shape in grey (the reader says "Loading…" itself).

use yew::prelude::*;

use super::words::use_words;
use crate::model::Message;

#[component]
pub fn Skeleton() -> Html {
    let words = use_words();
    html! {
        <div class="skeleton" part="skeleton">
            // A heading, as the article's will be, so the page is never without one.
            <h1 class="visually-hidden">{ words.say(Message::Loading) }</h1>
            <div class="bone bone-section" aria-hidden="true"></div>
            <div class="bone bone-headline" aria-hidden="true"></div>
            <div class="bone bone-headline short" aria-hidden="true"></div>
            <div class="bone bone-figure" aria-hidden="true"></div>
            { for (0..4).map(|_| html! { <div class="bone bone-line" aria-hidden="true"></div> }) }
        </div>
    }
}
