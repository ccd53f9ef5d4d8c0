//! Clicks on the article's pictures (or their Enlarge buttons) open them large. One listener on
//! the article, in a component of its own, so that opening a picture never re-renders the body.
//! A picture that could not load keeps its place and its description, but loses its Enlarge
//! button: there is nothing to show large.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlImageElement};
use yew::prelude::*;

use crate::model::{Article, Block, Image};

use super::lightbox::Lightbox;
use super::Shared;

#[derive(Properties, PartialEq)]
pub struct ZoomProps {
    pub root: NodeRef,
    pub article: Shared<Article>,
}

#[component]
pub fn Zoom(props: &ZoomProps) -> Html {
    let zoomed = use_state(|| None::<Shared<Image>>);
    {
        let (zoomed, root, article) = (zoomed.clone(), props.root.clone(), props.article.clone());
        use_effect_with(props.article.clone(), move |_| {
            let unavailable = root.cast::<Element>().map(mark_unavailable_pictures);
            let listener = root.cast::<Element>().map(|element| {
                EventListener::new(&element, "click", move |event| {
                    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok())
                    else {
                        return;
                    };
                    let frame = target.closest(".picture-frame").ok().flatten();
                    if frame.is_some_and(|frame| frame.has_attribute(UNAVAILABLE)) {
                        return;
                    }
                    // A linked picture follows its link; its Enlarge button still shows it.
                    let linked = target.closest("a").ok().flatten().is_some();
                    let src = match target.closest(".zoom").ok().flatten() {
                        Some(button) => button.get_attribute("data-zoom"),
                        None if target.tag_name() == "IMG"
                            && !linked
                            && target.closest(".picture-frame").ok().flatten().is_some() =>
                        {
                            target.get_attribute("src")
                        }
                        None => None,
                    };
                    if let Some(image) = src.and_then(|src| find(&article, &src)) {
                        zoomed.set(Some(Shared::from(image)));
                    }
                })
            });
            move || drop((listener, unavailable))
        });
    }
    let on_close = {
        let zoomed = zoomed.clone();
        Callback::from(move |()| zoomed.set(None))
    };
    html! { <Lightbox image={(*zoomed).clone()} {on_close} /> }
}

/// Set on a `.picture-frame` whose picture failed to load.
const UNAVAILABLE: &str = "data-unavailable";

/// Marks the frames of the article's pictures that failed to load, and of those that fail from
/// now on (later parts of a long body, pictures loaded as the reader nears them). `error` does
/// not bubble, so it is caught on its way down.
fn mark_unavailable_pictures(article: Element) -> EventListener {
    let mark = |image: &Element| {
        if let Ok(Some(frame)) = image.closest(".picture-frame") {
            let _ = frame.set_attribute(UNAVAILABLE, "");
        }
    };
    let listener = EventListener::new_with_options(
        &article,
        "error",
        EventListenerOptions::run_in_capture_phase(),
        move |event| {
            if let Some(image) = event
                .target()
                .and_then(|t| t.dyn_into::<HtmlImageElement>().ok())
            {
                mark(&image);
            }
        },
    );
    // Those that failed before the listener was there: finished, with no picture.
    if let Ok(images) = article.query_selector_all(".picture-frame img") {
        for index in 0..images.length() {
            let failed = images
                .item(index)
                .and_then(|node| node.dyn_into::<HtmlImageElement>().ok())
                .filter(|image| image.complete() && image.natural_width() == 0);
            if let Some(image) = failed {
                mark(&image);
            }
        }
    }
    listener
}

/// The article's picture with this address, wherever the body holds it (figures, galleries,
/// pictures in lists, tables and text), or the hero.
fn find(article: &Article, src: &str) -> Option<Image> {
    if let Some(hero) = article.hero.as_ref().filter(|hero| hero.src == src) {
        return Some(hero.clone());
    }
    let mut found = None;
    Block::each_image(&article.body, &mut |image| {
        if found.is_none() && image.src == src {
            found = Some(image.clone());
        }
    });
    found
}
