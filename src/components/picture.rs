//! A picture as the reader's pages show it: its `<img>`, inside a `<picture>` with its other
//! sources (art direction, newer formats) when the content gives them.

use yew::prelude::*;

use crate::model::Image;

/// When the browser fetches a picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fetch {
    /// The picture the reader sees first (the hero): at once, ahead of the others.
    First,
    /// The others: as the reader comes near them.
    Lazily,
}

/// `image` as the browser should load it; `class` styles its `<img>`.
pub fn picture(image: &Image, class: Option<&'static str>, fetch: Fetch) -> Html {
    let first = fetch == Fetch::First;
    let img = html! {
        <img
            {class}
            src={image.src.clone()}
            srcset={image.srcset.clone()}
            sizes={image.sizes.clone()}
            width={image.width.map(|w| w.to_string())}
            height={image.height.map(|h| h.to_string())}
            alt={image.alt.clone()}
            loading={if first { "eager" } else { "lazy" }}
            fetchpriority={first.then_some("high")}
            decoding="async"
        />
    };
    if image.sources.is_empty() {
        return img;
    }
    html! {
        <picture>
            { for image.sources.iter().map(|source| html! {
                <source
                    srcset={source.srcset.clone()}
                    media={source.media.clone()}
                    type={source.mime_type.clone()}
                    sizes={source.sizes.clone()}
                />
            }) }
            { img }
        </picture>
    }
}
