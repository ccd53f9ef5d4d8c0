//! Figures: an image that keeps its space even when it cannot load, its caption and its credit.

use yew::prelude::*;

use crate::model::{Arg, Credit, Image, Inline, Message};

use super::inline::{inlines, link, link_label, to};
use super::language::ui_words;
use super::picture::{picture, Fetch};
use super::words::Words;

/// `hero` images are wanted at once; images further down load as the reader nears them. An
/// Enlarge button (and a click on a picture that is not a link) opens it large; the article
/// handles the click. A linked picture is a link; Enlarge still shows it large.
pub fn figure(image: &Image, hero: bool, words: &Words) -> Html {
    let enlarge = if image.alt.is_empty() {
        words.say(Message::Enlarge)
    } else {
        words.with(
            Message::EnlargeDescribed,
            &[("description", Arg::Text(&image.alt))],
        )
    };
    let fetch = if hero { Fetch::First } else { Fetch::Lazily };
    html! {
        <figure class={classes!("figure", hero.then_some("hero"))} part={if hero { "figure hero" } else { "figure" }}>
            { targets_without_caption(image, words) }
            <div class="picture-frame">
                { match &image.link {
                    Some(target) => {
                        // A picture without a description names its link by its caption.
                        let label = image.alt.is_empty().then(|| link_label(target, Some(&image.caption), words));
                        to(target, picture(image, None, fetch), label)
                    }
                    None => picture(image, None, fetch),
                } }
                <button type="button" class="zoom scripted" aria-label={enlarge} data-zoom={image.src.clone()}>
                    <span aria-hidden="true">{ "⤢" }</span>
                </button>
            </div>
            { caption(image, words) }
        </figure>
    }
}

/// The targets of in-page links a figure holds when it has no caption to hold them.
fn targets_without_caption(image: &Image, words: &Words) -> Html {
    if shows_caption(image) {
        return Html::default();
    }
    inlines(&image.caption, words)
}

/// Whether the caption has anything to show (it may hold only targets of in-page links).
fn shows_caption(image: &Image) -> bool {
    image
        .caption
        .iter()
        .any(|run| !matches!(run, Inline::Target(_)))
}

/// The caption and then the credit line, when there is either.
pub fn caption(image: &Image, words: &Words) -> Html {
    if !shows_caption(image) && image.credit.is_empty() {
        return Html::default();
    }
    html! {
        <figcaption part="caption">
            if shows_caption(image) {
                <span class="caption">{ inlines(&image.caption, words) }</span>
                { " " }
            }
            { credit_line(&image.credit, words) }
        </figcaption>
    }
}

/// "Source: The White House from Washington, DC, Public domain, via Wikimedia Commons",
/// each part a link when the content gives its address.
fn credit_line(credit: &Credit, words: &Words) -> Html {
    if credit.is_empty() {
        return Html::default();
    }
    let part = |text: &Option<String>, url: &Option<String>| {
        text.as_ref().map(|text| match url {
            Some(url) => link(url, html! { { text } }),
            None => html! { { text } },
        })
    };
    let mut parts: Vec<Html> = [
        part(&credit.credit, &credit.credit_url),
        part(&credit.licence, &credit.licence_url),
    ]
    .into_iter()
    .flatten()
    .collect();
    if let Some(via) = part(&credit.via, &credit.via_url) {
        parts.push(html! { <>{ ui_words(words, words.say(Message::Via)) }{ " " }{ via }</> });
    }
    let mut line = vec![ui_words(words, words.say(Message::Source)), html! { " " }];
    for (index, part) in parts.into_iter().enumerate() {
        if index > 0 {
            line.push(html! { ", " });
        }
        line.push(part);
    }
    html! { <span class="credit" part="credit">{ for line }</span> }
}
