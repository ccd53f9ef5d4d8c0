//! What the host page sees of the reader: the `data-state` attribute and `lede:*` events.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

use crate::components::{ReaderStatus, ReadingEvent, SubscribeEvent};

/// Sets `data-state` first, then fires the event, so listeners see the new state.
pub fn announce(host: &HtmlElement, status: &ReaderStatus) {
    match status {
        ReaderStatus::Loading => set_state(host, "loading"),
        ReaderStatus::Ready { title, url, .. } => {
            set_state(host, "ready");
            dispatch(
                host,
                "lede:ready",
                &[("title", title.into()), ("url", url.as_deref().into())],
            );
        }
        ReaderStatus::Failed { kind, message } => fail(host, kind, message),
    }
}

pub fn fail(host: &HtmlElement, kind: &str, message: &str) {
    set_state(host, "error");
    dispatch(
        host,
        "lede:error",
        &[("kind", kind.into()), ("message", message.into())],
    );
}

/// `lede:subscribe`: what became of a sign-up, so a host page can wire its own provider.
pub fn subscribe(host: &HtmlElement, event: &SubscribeEvent) {
    dispatch(
        host,
        "lede:subscribe",
        &[
            ("email", event.email.as_str().into()),
            ("outcome", event.outcome.into()),
            ("message", event.message.as_str().into()),
        ],
    );
}

/// The reading events of an article view (`lede:view`, `lede:progress`, …), for analytics.
pub fn reading(host: &HtmlElement, event: &ReadingEvent) {
    match event {
        ReadingEvent::View => dispatch(host, "lede:view", &[]),
        ReadingEvent::Progress(percent) => dispatch(
            host,
            "lede:progress",
            &[("percent", JsValue::from(*percent))],
        ),
        ReadingEvent::Complete { seconds } => dispatch(
            host,
            "lede:complete",
            &[("seconds", JsValue::from(*seconds))],
        ),
        ReadingEvent::Engaged { seconds } => dispatch(
            host,
            "lede:engaged",
            &[("seconds", JsValue::from(*seconds))],
        ),
        ReadingEvent::Paywall => dispatch(host, "lede:paywall", &[]),
        ReadingEvent::Slots(names) => {
            let names: Array = names
                .iter()
                .map(|name| JsValue::from(name.as_str()))
                .collect();
            dispatch(host, "lede:slots", &[("names", names.into())]);
        }
    }
}

fn set_state(host: &HtmlElement, state: &str) {
    let _ = host.set_attribute("data-state", state);
}

/// A bubbling, composed `CustomEvent`, so it crosses the shadow boundary to the host page.
fn dispatch(host: &HtmlElement, name: &str, detail: &[(&str, JsValue)]) {
    let object = Object::new();
    for (key, value) in detail {
        let _ = Reflect::set(&object, &(*key).into(), value);
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&object);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}
