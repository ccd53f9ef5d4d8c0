//! A panic must not leave a silently dead widget: every mounted reader shows an error instead.

use std::cell::RefCell;
use std::sync::Once;

use web_sys::HtmlElement;

use super::events;

thread_local! {
    /// The hosts of the readers now mounted, to tell if the program stops.
    static MOUNTED: RefCell<Vec<HtmlElement>> = const { RefCell::new(Vec::new()) };
}

const MESSAGE: &str =
    "The reader stopped because of an internal error. Reload the page to try again.";

pub fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| yew::set_custom_panic_hook(Box::new(|info| on_panic(&info.to_string()))));
}

pub fn register(host: &HtmlElement) {
    MOUNTED.with(|hosts| hosts.borrow_mut().push(host.clone()));
}

pub fn unregister(host: &HtmlElement) {
    MOUNTED.with(|hosts| hosts.borrow_mut().retain(|mounted| mounted != host));
}

fn on_panic(description: &str) {
    web_sys::console::error_1(&format!("lede: {description}").into());
    // `try_borrow`: the panic may have struck while the list was being changed. A copy, not
    // the borrow, is walked: a page that answers `lede:error` by removing the element drops its
    // reader, which takes the list again.
    let hosts = MOUNTED
        .try_with(|hosts| hosts.try_borrow().map(|hosts| hosts.clone()).ok())
        .ok()
        .flatten()
        .unwrap_or_default();
    hosts.iter().for_each(show_failure);
}

/// Replaces the reader with plain DOM that needs no more Rust to stay on screen.
fn show_failure(host: &HtmlElement) {
    if let Some(shadow) = host.shadow_root() {
        shadow.set_text_content(None);
        if let Some(document) = host.owner_document() {
            if let Ok(paragraph) = document.create_element("p") {
                let _ = paragraph.set_attribute("role", "alert");
                let _ = paragraph.set_attribute("class", "panic");
                paragraph.set_text_content(Some(MESSAGE));
                let _ = shadow.append_child(&paragraph);
            }
        }
    }
    events::fail(host, "panic", MESSAGE);
}
