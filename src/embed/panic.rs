//! A panic must not leave a silently dead widget: every mounted reader shows an error instead.

use std::cell::RefCell;
use std::sync::Once;

use web_sys::HtmlElement;

use super::events;

thread_local! {
    /// The hosts of the readers now mounted, to tell if the program stops.
    static MOUNTED: RefCell<Vec<HtmlElement>> = const { RefCell::new(Vec::new()) };
}

/// The frame's attribute holding the failure's words in its interface language, kept there by
/// the app (a panic is no time to look words up); and the words in English, for the host and
/// for a reader with no frame yet.
const WORDS_ATTRIBUTE: &str = "data-panic-message";
const ENGLISH: &str =
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

/// Replaces the reader with plain DOM that needs no more Rust to stay on screen, in the
/// language the reader's interface was in.
pub fn show_failure(host: &HtmlElement) {
    let shadow = host.shadow_root();
    let frame = shadow
        .as_ref()
        .and_then(|shadow| shadow.query_selector(".frame").ok().flatten());
    let attribute = |name: &str| frame.as_ref().and_then(|frame| frame.get_attribute(name));
    let said = attribute(WORDS_ATTRIBUTE).filter(|words| !words.trim().is_empty());
    let message = said.as_deref().unwrap_or(ENGLISH);
    if let (Some(shadow), Some(document)) = (&shadow, host.owner_document()) {
        shadow.set_text_content(None);
        if let Ok(paragraph) = document.create_element("p") {
            let _ = paragraph.set_attribute("role", "alert");
            let _ = paragraph.set_attribute("class", "panic");
            // The frame's language is its words' only when they are its own.
            if said.is_some() {
                for name in ["lang", "dir"] {
                    if let Some(value) = attribute(name) {
                        let _ = paragraph.set_attribute(name, &value);
                    }
                }
            }
            paragraph.set_text_content(Some(message));
            let _ = shadow.append_child(&paragraph);
        }
    }
    // The host hears English, as for every error (see the README's Interface language).
    events::fail(host, "panic", ENGLISH);
}
