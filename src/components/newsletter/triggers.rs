//! When the sign-up offers itself: after some seconds, after the reader has read far enough, or
//! when the pointer heads for the tabs (desktop only); once a page view, never within the
//! frequency cap, never after a sign-up, and on a phone never in the first seconds after arrival
//! (Google's guidance on intrusive interstitials).

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::focused;
use crate::model::Triggers;
use crate::web::{cap, Cap};

/// On a phone, nothing covers the article before this many seconds.
const PHONE_GRACE_SECONDS: u32 = 20;
const DAY_MILLIS: f64 = 86_400_000.0;
/// How long after focus moves the page's scrolling is taken to be the browser showing it.
const FOCUS_SCROLL_MILLIS: f64 = 1000.0;

#[hook]
pub fn use_triggers(
    triggers: &Triggers,
    cap_days: u32,
    site: &str,
    dialog: NodeRef,
    open: Callback<()>,
) {
    use_effect_with(
        (*triggers, cap_days, site.to_owned()),
        move |(triggers, cap_days, site)| {
            let listeners: Rc<std::cell::RefCell<Vec<EventListener>>> = Rc::default();
            let mut timeout = None;
            let capped = match cap(site) {
                Cap::Subscribed => true,
                Cap::Closed(at) => js_sys::Date::now() - at < f64::from(*cap_days) * DAY_MILLIS,
                Cap::Never => false,
            };
            if !capped {
                let fired = Rc::new(Cell::new(false));
                let arrived = js_sys::Date::now();
                let phone =
                    matches_media("(pointer: coarse)") || matches_media("(max-width: 40em)");
                let grace_millis = if phone {
                    f64::from(PHONE_GRACE_SECONDS) * 1000.0
                } else {
                    0.0
                };
                let fire = {
                    let (fired, open, listeners) = (fired.clone(), open.clone(), listeners.clone());
                    Rc::new(move || {
                        if !fired.get() && js_sys::Date::now() - arrived >= grace_millis {
                            fired.set(true);
                            // Once offered, the other triggers have nothing left to do.
                            listeners.borrow_mut().clear();
                            open.emit(());
                        }
                    })
                };
                if let Some(seconds) = triggers.after_seconds {
                    let seconds = if phone {
                        seconds.max(PHONE_GRACE_SECONDS)
                    } else {
                        seconds
                    };
                    let fire = fire.clone();
                    timeout = Some(Timeout::new(seconds.saturating_mul(1000), move || fire()));
                }
                if let (Some(percent), Some(window)) = (triggers.scroll_percent, web_sys::window())
                {
                    // A scroll that comes with a move of focus is the browser bringing the
                    // focused control into view (Tab), not reading: opening then would make
                    // focusing a control change the context (WCAG 3.2.1).
                    let (fire, dialog) = (fire.clone(), dialog.clone());
                    let (mut focus, mut moved_at) = (focused(&dialog), f64::NEG_INFINITY);
                    // gloo listeners are passive by default: scrolling is never held up.
                    listeners
                        .borrow_mut()
                        .push(EventListener::new(&window, "scroll", move |_| {
                            let (now, at) = (focused(&dialog), js_sys::Date::now());
                            if now != focus {
                                (focus, moved_at) = (now, at);
                            }
                            // A page with smooth scrolling brings the control into view over
                            // several frames: all of them follow the move of focus.
                            if at - moved_at > FOCUS_SCROLL_MILLIS && read_past(&dialog, percent) {
                                fire();
                            }
                        }));
                }
                let document = web_sys::window().and_then(|window| window.document());
                if let (true, false, Some(document)) = (triggers.exit_intent, phone, document) {
                    let fire = fire.clone();
                    listeners.borrow_mut().push(EventListener::new(
                        &document,
                        "mouseout",
                        move |event| {
                            let Some(event) = event.dyn_ref::<web_sys::MouseEvent>() else {
                                return;
                            };
                            if event.related_target().is_none() && event.client_y() <= 0 {
                                fire();
                            }
                        },
                    ));
                }
            }
            move || {
                drop(timeout);
                listeners.borrow_mut().clear();
            }
        },
    );
}

fn matches_media(query: &str) -> bool {
    web_sys::window()
        .and_then(|window| window.match_media(query).ok().flatten())
        .is_some_and(|list| list.matches())
}

/// Whether the reader has scrolled `percent` of the way through the widget (the article).
fn read_past(anchor: &NodeRef, percent: u32) -> bool {
    let widget = anchor
        .cast::<web_sys::Element>()
        .and_then(|element| element.closest(".lede").ok().flatten());
    let (Some(widget), Some(window)) = (widget, web_sys::window()) else {
        return false;
    };
    let rect = widget.get_bounding_client_rect();
    let viewport = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    rect.height() > 0.0 && (viewport - rect.top()) / rect.height() * 100.0 >= f64::from(percent)
}
