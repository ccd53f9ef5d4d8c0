//! In-page links (footnotes, a table of contents) inside the shadow root, where the browser
//! itself would look for their targets in the host page. A link moves focus to its target: a
//! note reference to its note, a note's back-link to the reference. A note reference shows
//! its note in a popover beside it, on hover or focus, placed where it fits (the WAI-ARIA
//! tooltip pattern: Escape closes it). One set of listeners on the article, in a component of
//! its own, so that none of this re-renders the body.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, KeyboardEvent, MouseEvent};
use yew::prelude::*;

use crate::model::{looks_like_reference, note_text, Article};
use crate::web::{hide_popover, show_popover};

use super::inline::CONTENT_ID_PREFIX;
use super::language::content_lang;
use super::Shared;

#[derive(Properties, PartialEq)]
pub struct FootnotesProps {
    pub root: NodeRef,
    pub article: Shared<Article>,
}

/// The popover's id, in lede's own namespace of ids.
const POPOVER_ID: &str = "lede-note";

/// What moves focus to a target that is an empty marker: the block it stands at the start of.
const NOTE_BLOCKS: &str =
    "li, dd, dt, td, th, p, h2, h3, h4, h5, h6, figure, caption, blockquote, pre";

#[component]
pub fn Footnotes(props: &FootnotesProps) -> Html {
    let popover = use_node_ref();
    {
        let (root, popover, article) = (props.root.clone(), popover.clone(), props.article.clone());
        use_effect_with(props.article.clone(), move |_| {
            let listeners = root
                .cast::<Element>()
                .zip(popover.cast::<HtmlElement>())
                .map(|(root, popover)| listen(&root, popover, article));
            move || drop(listeners)
        });
    }
    html! {
        <div id={POPOVER_ID} class="note-popover" role="tooltip" popover="manual" ref={popover}
            lang={content_lang(props.article.language.as_deref())}
            dir={props.article.direction.map(|d| d.as_html())}></div>
    }
}

/// The reference whose note the popover shows.
type Shown = Rc<RefCell<Option<HtmlElement>>>;

/// The events the article is listened to for; one handler takes them all.
const EVENTS: [&str; 6] = [
    "click",
    "mouseover",
    "focusin",
    "mouseout",
    "focusout",
    "keydown",
];

fn listen(root: &Element, popover: HtmlElement, article: Shared<Article>) -> Vec<EventListener> {
    let state = Rc::new((popover, article, Shown::default()));
    // Escape closes the note wherever focus is: a reader who only hovered has focus outside
    // the article (the tooltip pattern), so the key is listened to on the whole document.
    let document = root.owner_document();
    EVENTS
        .iter()
        .map(|&name| {
            let state = Rc::clone(&state);
            let target: &web_sys::EventTarget = match (name, &document) {
                ("keydown", Some(document)) => document,
                _ => root,
            };
            EventListener::new_with_options(
                target,
                name,
                EventListenerOptions::enable_prevent_default(),
                move |event| handle(event, &state.0, &state.1, &state.2),
            )
        })
        .collect()
}

fn handle(event: &Event, popover: &HtmlElement, article: &Article, shown: &Shown) {
    match event.type_().as_str() {
        "click" => {
            let Some(link) = in_page_link(event.target()) else {
                return;
            };
            event.prevent_default();
            hide(popover, shown);
            if let Some(target) = target_of(&link) {
                move_focus_to(&target);
            }
        }
        "mouseover" | "focusin" => {
            let Some(link) = in_page_link(event.target()) else {
                return;
            };
            if shown.borrow().as_ref() == Some(&link) {
                return;
            }
            if let Some(text) = link_note(&link, article) {
                hide(popover, shown);
                show(popover, &link, &text);
                *shown.borrow_mut() = Some(link);
            }
        }
        "mouseout" => {
            let into = event
                .dyn_ref::<MouseEvent>()
                .and_then(MouseEvent::related_target)
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            let (still_on, focused) = shown.borrow().as_ref().map_or((false, false), |link| {
                let still_on = into.as_ref().is_some_and(|node| link.contains(Some(node)));
                // Focus keeps it open: the reader who tabbed to it has not left it.
                (still_on, is_focused(link))
            });
            if !still_on && !focused {
                hide(popover, shown);
            }
        }
        "focusout" => hide(popover, shown),
        "keydown"
            if event
                .dyn_ref::<KeyboardEvent>()
                .is_some_and(|key| key.key() == "Escape") =>
        {
            hide(popover, shown)
        }
        _ => {}
    }
}

/// The in-page link (one of the content's) that an event happened in.
fn in_page_link(target: Option<web_sys::EventTarget>) -> Option<HtmlElement> {
    let element = target?.dyn_into::<Element>().ok()?;
    element
        .closest("a.in-page")
        .ok()
        .flatten()?
        .dyn_into::<HtmlElement>()
        .ok()
}

/// The element a link goes to, looked up where it is: in the widget's shadow root.
fn target_of(link: &Element) -> Option<Element> {
    let id = link.get_attribute("href")?.strip_prefix('#')?.to_owned();
    if !id.starts_with(CONTENT_ID_PREFIX) {
        return None;
    }
    let root = link.get_root_node();
    if let Some(shadow) = root.dyn_ref::<web_sys::ShadowRoot>() {
        return shadow.get_element_by_id(&id);
    }
    root.dyn_ref::<web_sys::Document>()?.get_element_by_id(&id)
}

/// The note a reference link stands for, when it is one.
fn link_note(link: &HtmlElement, article: &Article) -> Option<String> {
    if !looks_like_reference(&link.text_content().unwrap_or_default()) {
        return None;
    }
    let href = link.get_attribute("href")?;
    let id = href.strip_prefix('#')?.strip_prefix(CONTENT_ID_PREFIX)?;
    note_text(&article.body, id)
}

/// Focus on the target: the reference right after an empty marker (where a back-link returns
/// to), or the block the marker starts (a note), which takes focus for it.
fn move_focus_to(target: &Element) {
    let marker = target.class_list().contains("target");
    let next_link = target
        .next_element_sibling()
        .filter(|next| next.tag_name() == "A");
    let element = match (marker, next_link) {
        (true, Some(link)) => link,
        (true, None) => target
            .closest(NOTE_BLOCKS)
            .ok()
            .flatten()
            .unwrap_or_else(|| target.clone()),
        (false, _) => target.clone(),
    };
    let Ok(element) = element.dyn_into::<HtmlElement>() else {
        return;
    };
    if element.tag_name() != "A" && !element.has_attribute("tabindex") {
        let _ = element.set_attribute("tabindex", "-1");
    }
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    element.scroll_into_view_with_scroll_into_view_options(&options);
    let focus = web_sys::FocusOptions::new();
    focus.set_prevent_scroll(true);
    let _ = element.focus_with_options(&focus);
}

fn show(popover: &HtmlElement, link: &HtmlElement, text: &str) {
    // lede's own element, given text: nothing of the content is parsed here.
    popover.set_text_content(Some(text));
    // The popover is placed by CSS anchor positioning, under the reference or wherever it fits.
    let _ = link
        .style()
        .set_property("anchor-name", "--lede-note-reference");
    let _ = link.set_attribute("aria-describedby", POPOVER_ID);
    show_popover(popover);
}

fn hide(popover: &HtmlElement, shown: &Shown) {
    if let Some(link) = shown.borrow_mut().take() {
        let _ = link.style().remove_property("anchor-name");
        let _ = link.remove_attribute("aria-describedby");
        hide_popover(popover);
    }
}

fn is_focused(element: &HtmlElement) -> bool {
    element.matches(":focus").unwrap_or(false)
}
