//! The newsletter sign-up: a modal dialog (the WAI-ARIA modal dialog pattern on the browser's own
//! `<dialog>`), opened by its Subscribe buttons or, within the frequency cap, by a trigger. Sign-ups
//! are delivered through an outbox, so none is lost.

mod form;
mod opener;
mod subscribe_button;
mod triggers;

pub use opener::NewsletterOpener;
pub use subscribe_button::subscribe_button;

/// The dialog's id, which the Subscribe buttons name as their invoker target.
const DIALOG_ID: &str = "lede-newsletter";

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::HtmlDialogElement;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::model::{Message, Site};
use crate::web::{after_paint, cap, forget, left_in_outbox, remember, send, Cap, Delivery};

use super::online::use_returns_online;
use super::words::use_words;
use super::Shared;
use form::SignupForm;
use triggers::use_triggers;

/// What became of a sign-up, for the host page (`lede:subscribe`).
#[derive(Debug, Clone, PartialEq)]
pub struct SubscribeEvent {
    pub email: String,
    /// `subscribed`, `rejected`, `retrying`, `delivered` (from the outbox, later) or `spam`.
    pub outcome: &'static str,
    pub message: String,
}

#[derive(Properties, PartialEq)]
pub struct NewsletterProps {
    pub site: Shared<Site>,
    pub opener: NewsletterOpener,
    pub on_event: Callback<SubscribeEvent>,
}

#[component]
pub fn Newsletter(props: &NewsletterProps) -> Html {
    let words = use_words();
    let dialog = use_node_ref();
    let newsletter = &props.site.newsletter;
    let site_name = props.site.name.clone();

    let open = {
        let dialog = dialog.clone();
        Callback::from(move |()| {
            if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                if !dialog.open() {
                    scroll_lock::lock();
                    let _ = dialog.show_modal();
                }
            }
        })
    };
    // The Subscribe buttons open it through the opener.
    {
        let (opener, open) = (props.opener.clone(), open.clone());
        use_effect_with((), move |()| {
            opener.register(Some(open));
            move || opener.register(None)
        });
    }
    use_triggers(
        &newsletter.triggers,
        newsletter.cap_days,
        &site_name,
        dialog.clone(),
        open.clone(),
    );

    // Closing, however it happens (Close, Escape, the backdrop), starts the frequency cap, unlocks
    // the page's scrolling, and the browser returns focus to where it was.
    {
        let dialog = dialog.clone();
        use_effect_with(site_name.clone(), move |site_name| {
            let site_name = site_name.clone();
            let listener = dialog.cast::<HtmlDialogElement>().map(|element| {
                let closed = element.clone();
                EventListener::new(&element, "close", move |_| {
                    // After the frame without the dialog: giving the page its scrolling back
                    // lays the whole page out again, which must not delay the dialog going.
                    // (Unless it has been opened again meanwhile.)
                    let closed = closed.clone();
                    after_paint(move || {
                        if !closed.open() {
                            scroll_lock::unlock();
                        }
                    });
                    if cap(&site_name) != Cap::Subscribed {
                        remember(&site_name, Cap::Closed(js_sys::Date::now()));
                    }
                })
            });
            move || {
                drop(listener);
                scroll_lock::unlock();
            }
        });
    }

    // Sign-ups left from an earlier visit (or from before going offline) are sent again, now
    // and each time the browser comes back online.
    let returned = use_returns_online(true);
    {
        let on_event = props.on_event.clone();
        use_effect_with(returned, move |_| {
            spawn_local(async move { deliver_outbox(&on_event).await });
        });
    }

    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| close_dialog(&dialog))
    };
    // A click on the backdrop lands on the <dialog> itself; its content fills it otherwise.
    let on_backdrop = {
        let dialog = dialog.clone();
        Callback::from(move |event: MouseEvent| {
            let on_dialog = event
                .target()
                .zip(dialog.get())
                .is_some_and(|(target, element)| target == element.into());
            if on_dialog {
                close_dialog(&dialog);
            }
        })
    };
    let onkeydown = {
        let dialog = dialog.clone();
        Callback::from(move |event: KeyboardEvent| trap_tab(&dialog, &event))
    };
    let on_subscribed = {
        let site_name = site_name.clone();
        Callback::from(move |()| remember(&site_name, Cap::Subscribed))
    };

    html! {
        <dialog ref={dialog} id={DIALOG_ID} class="newsletter" part="newsletter" aria-modal="true"
            aria-labelledby="lede-newsletter-title" aria-describedby="lede-newsletter-description"
            onclick={on_backdrop} {onkeydown}>
            <div class="newsletter-content">
                <button type="button" class="dialog-close" aria-label={words.say(Message::Close)} onclick={close}
                    commandfor={DIALOG_ID} command="close">
                    <span aria-hidden="true">{ "×" }</span>
                </button>
                <h2 id="lede-newsletter-title" class="newsletter-title">{ &newsletter.title }</h2>
                <p id="lede-newsletter-description" class="newsletter-description">{ &newsletter.description }</p>
                <SignupForm site={props.site.clone()} on_event={props.on_event.clone()} {on_subscribed} />
            </div>
        </dialog>
    }
}

fn close_dialog(dialog: &NodeRef) {
    if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
        dialog.close();
    }
}

/// Tab and Shift+Tab go round the dialog's controls instead of leaving it.
fn trap_tab(dialog_ref: &NodeRef, event: &KeyboardEvent) {
    if event.key() != "Tab" {
        return;
    }
    let Some(dialog) = dialog_ref.cast::<web_sys::Element>() else {
        return;
    };
    let Ok(found) = dialog.query_selector_all(
        "button:not([disabled]), input:not([disabled]):not([tabindex='-1']), a[href]",
    ) else {
        return;
    };
    let focusable: Vec<web_sys::HtmlElement> = (0..found.length())
        .filter_map(|index| found.item(index)?.dyn_into::<web_sys::HtmlElement>().ok())
        // Hidden controls (display: none) have no offset parent.
        .filter(|element| element.offset_parent().is_some())
        .collect();
    let (Some(first), Some(last)) = (focusable.first(), focusable.last()) else {
        return;
    };
    let (page, widget) = focused(dialog_ref);
    let active = widget.or(page);
    let at = |element: &web_sys::HtmlElement| {
        active
            .as_ref()
            .is_some_and(|active| active == element.unchecked_ref::<web_sys::Element>())
    };
    if event.shift_key() && at(first) {
        event.prevent_default();
        let _ = last.focus();
    } else if !event.shift_key() && at(last) {
        event.prevent_default();
        let _ = first.focus();
    }
}

/// What has focus: in the page, and inside the widget (focus moving inside a shadow root is not
/// seen from the page, where the widget's host keeps it).
fn focused(anchor: &NodeRef) -> (Option<web_sys::Element>, Option<web_sys::Element>) {
    let page = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.active_element());
    let widget = anchor
        .get()
        .and_then(|node| node.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok())
        .and_then(|root| root.active_element());
    (page, widget)
}

/// Sends every sign-up in the outbox once (but those a form is sending); those the server
/// answers for leave it.
async fn deliver_outbox(on_event: &Callback<SubscribeEvent>) {
    for signup in left_in_outbox() {
        let (outcome, message) = match send(&signup, std::time::Duration::from_secs(10)).await {
            Delivery::Accepted => ("delivered", "Delivered from the outbox.".to_owned()),
            Delivery::Refused(message) => ("rejected", message),
            Delivery::Failed => continue,
        };
        forget(&signup.key);
        on_event.emit(SubscribeEvent {
            email: signup.email.clone(),
            outcome,
            message,
        });
    }
}

/// The page does not scroll behind the dialog, and nothing shifts when its scroll bar goes.
mod scroll_lock {
    use std::cell::RefCell;

    thread_local! {
        /// The page's own `overflow` and `scrollbar-gutter`, to put back.
        static SAVED: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
    }

    fn root_style() -> Option<(web_sys::CssStyleDeclaration, bool)> {
        let window = web_sys::window()?;
        let root = window.document()?.document_element()?;
        let has_scroll_bar = window.inner_width().ok()?.as_f64()? > f64::from(root.client_width());
        let style = root.dyn_into::<web_sys::HtmlElement>().ok()?.style();
        Some((style, has_scroll_bar))
    }

    use wasm_bindgen::JsCast;

    pub fn lock() {
        let Some((style, has_scroll_bar)) = root_style() else {
            return;
        };
        SAVED.with(|saved| {
            let mut saved = saved.borrow_mut();
            if saved.is_none() {
                *saved = Some((
                    style.get_property_value("overflow").unwrap_or_default(),
                    style
                        .get_property_value("scrollbar-gutter")
                        .unwrap_or_default(),
                ));
                let _ = style.set_property("overflow", "hidden");
                if has_scroll_bar {
                    let _ = style.set_property("scrollbar-gutter", "stable");
                }
            }
        });
    }

    pub fn unlock() {
        let Some((style, _)) = root_style() else {
            return;
        };
        SAVED.with(|saved| {
            if let Some((overflow, gutter)) = saved.borrow_mut().take() {
                let _ = style.set_property("overflow", &overflow);
                let _ = style.set_property("scrollbar-gutter", &gutter);
            }
        });
    }
}
