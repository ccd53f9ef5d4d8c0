//! The reading-progress bar and the time left: a native `<progress>` kept in step with the
//! scroll position, written straight to the DOM so that scrolling never re-renders the article.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlProgressElement, ResizeObserver};
use yew::prelude::*;

use super::words::use_words;
use crate::model::{Arg, Message};

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    /// The `<article>` whose reading this follows.
    pub root: NodeRef,
    /// The slowest usual reading time, in minutes, for the time left.
    pub minutes: u32,
}

#[component]
pub fn ReadingProgress(props: &ProgressProps) -> Html {
    let words = use_words();
    let bar = use_node_ref();
    let left = use_node_ref();
    {
        let (bar, left, root, minutes) =
            (bar.clone(), left.clone(), props.root.clone(), props.minutes);
        let said = words.clone();
        use_effect_with((minutes, words.clone()), move |_| {
            let words = said;
            let article = root.cast::<Element>();
            let update = move || {
                let (Some(bar), Some(left), Some(article)) = (
                    bar.cast::<HtmlProgressElement>(),
                    left.cast::<Element>(),
                    root.cast::<Element>(),
                ) else {
                    return;
                };
                let read = fraction_read(&article);
                bar.set_value(read * 100.0);
                let remaining = (f64::from(minutes) * (1.0 - read)).ceil() as u32;
                left.set_text_content(Some(&if remaining == 0 {
                    words.say(Message::Finished)
                } else {
                    words.with(
                        Message::TimeLeft,
                        &[("minutes", Arg::Number(u64::from(remaining)))],
                    )
                }));
            };
            let update = Rc::new(update);
            // Measured whenever the article's size changes (its first layout, the later parts
            // of a long body coming in, pictures loading, a new text size), just after layout:
            // read earlier, it would make the browser lay the whole article out an extra time.
            let resized = Closure::<dyn FnMut()>::new({
                let update = Rc::clone(&update);
                move || update()
            });
            let observer = ResizeObserver::new(resized.as_ref().unchecked_ref()).ok();
            if let (Some(observer), Some(article)) = (&observer, &article) {
                observer.observe(article);
            }
            // Passive: the listener never delays scrolling.
            let listener = web_sys::window()
                .map(|window| EventListener::new(&window, "scroll", move |_| update()));
            move || {
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                drop((resized, listener));
            }
        });
    }
    html! {
        <div class="reading-progress scripted" part="progress">
            <progress ref={bar} max="100" value="0" aria-label={words.say(Message::ReadingProgress)}></progress>
            <span class="time-left" ref={left}></span>
        </div>
    }
}

/// How far the reader has scrolled through the article, from 0 to 1: 0 while its top is still
/// at or below the top of the window (what shows on opening is not yet read), 1 once its end has
/// come into view. At the bottom of the page, all of it, even when the page cannot scroll that far.
fn fraction_read(article: &Element) -> f64 {
    let Some(window) = web_sys::window() else {
        return 0.0;
    };
    let viewport = window
        .inner_height()
        .ok()
        .and_then(|height| height.as_f64())
        .unwrap_or(0.0);
    let rect = article.get_bounding_client_rect();
    let page_bottom = window
        .document()
        .and_then(|document| document.document_element())
        .map(|root| f64::from(root.scroll_height()));
    let at_bottom = page_bottom
        .is_some_and(|bottom| window.scroll_y().unwrap_or(0.0) + viewport >= bottom - 2.0);
    scrolled_through(rect.top(), rect.height(), viewport, at_bottom)
}

/// The arithmetic of [`fraction_read`], on the article's top and height relative to the window.
fn scrolled_through(top: f64, height: f64, viewport: f64, at_bottom: bool) -> f64 {
    let end_in_view = top + height <= viewport + 1.0;
    if at_bottom && end_in_view {
        return 1.0;
    }
    let scrollable = height - viewport;
    if scrollable <= 0.0 {
        // It fits in the window: read once the window has reached its end.
        return if end_in_view && top < 0.0 { 1.0 } else { 0.0 };
    }
    (-top / scrollable).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::scrolled_through;

    #[test]
    fn nothing_is_read_at_the_top_however_much_of_it_shows() {
        // A 3,000 px article whose first 600 px fill a 700 px window below a 100 px header.
        assert_eq!(scrolled_through(100.0, 3000.0, 700.0, false), 0.0);
        assert_eq!(scrolled_through(0.0, 3000.0, 700.0, false), 0.0);
    }

    #[test]
    fn halfway_and_the_end() {
        assert_eq!(scrolled_through(-1150.0, 3000.0, 700.0, false), 0.5);
        assert_eq!(scrolled_through(-2300.0, 3000.0, 700.0, false), 1.0);
        assert_eq!(scrolled_through(-2900.0, 3000.0, 700.0, false), 1.0);
    }

    #[test]
    fn the_bottom_of_the_page_finishes_it() {
        // The page ends before the article's top can reach the window's top.
        assert_eq!(scrolled_through(200.0, 400.0, 700.0, true), 1.0);
        assert_eq!(scrolled_through(-900.0, 1500.0, 700.0, true), 1.0);
    }

    #[test]
    fn a_short_article_on_a_longer_page() {
        assert_eq!(scrolled_through(300.0, 300.0, 700.0, false), 0.0);
        assert_eq!(scrolled_through(-10.0, 300.0, 700.0, false), 1.0);
        assert_eq!(scrolled_through(500.0, 300.0, 700.0, false), 0.0);
    }
}
