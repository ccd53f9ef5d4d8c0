//! What the masthead's popovers (Menu, Search, Reading settings) add to the browser's own: focus
//! goes back to their button when they close with focus inside, they close when focus moves out
//! of them, so that an open panel never covers the control that has focus, and their button can
//! say whether the panel is open.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::web::hide_popover;

/// Keeps focus and the popover `panel`, opened by `button`, together (WAI-ARIA disclosure
/// pattern): Escape, a choice or a click away gives focus back to the button, and Tab out of
/// the panel closes it (a full-height drawer on a phone would otherwise hide where focus went).
#[hook]
pub fn use_popover_focus(panel: NodeRef, button: NodeRef) {
    use_effect_with((), move |()| {
        let listeners = panel.cast::<HtmlElement>().map(|element| {
            let closing = {
                let (target, button) = (element.clone(), button.clone());
                EventListener::new(&element, "beforetoggle", move |event| {
                    let closes = new_state(event).as_deref() == Some("closed");
                    if closes && target.matches(":focus-within").unwrap_or(false) {
                        if let Some(button) = button.cast::<HtmlElement>() {
                            let _ = button.focus();
                        }
                    }
                })
            };
            // `focusin` comes once focus has moved, so closing then does not pull it back.
            // The button is not "out": pressing it toggles the panel itself.
            let leaving = element
                .get_root_node()
                .dyn_into::<web_sys::EventTarget>()
                .ok()
                .map(|root| {
                    let (panel, button) = (element.clone(), button.clone());
                    let options = EventListenerOptions::run_in_capture_phase();
                    EventListener::new_with_options(&root, "focusin", options, move |event| {
                        let Some(node) = event
                            .target()
                            .and_then(|target| target.dyn_into::<web_sys::Node>().ok())
                        else {
                            return;
                        };
                        let within = |owner: Option<web_sys::Node>| {
                            owner.is_some_and(|owner| owner.contains(Some(&node)))
                        };
                        if !within(Some(panel.clone().into()))
                            && !within(button.get())
                            && panel.matches(":popover-open").unwrap_or(false)
                        {
                            hide_popover(&panel);
                        }
                    })
                });
            (closing, leaving)
        });
        move || drop(listeners)
    });
}

/// Whether the popover `panel` is open, however it opened or closed (its button, Escape, a click
/// away, a script): for the button's `aria-expanded`, and for what runs only while it is open.
#[hook]
pub fn use_popover_open(panel: NodeRef) -> bool {
    let open = use_state(|| false);
    {
        let open = open.clone();
        use_effect_with((), move |()| {
            let listener = panel.cast::<HtmlElement>().map(|element| {
                EventListener::new(&element, "toggle", move |event| {
                    open.set(new_state(event).as_deref() == Some("open"));
                })
            });
            move || drop(listener)
        });
    }
    *open
}

/// `newState` of a (before)toggle event: "open" or "closed".
fn new_state(event: &web_sys::Event) -> Option<String> {
    js_sys::Reflect::get(event, &"newState".into())
        .ok()?
        .as_string()
}
