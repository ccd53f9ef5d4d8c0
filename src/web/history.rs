//! The standalone page's address as the reader's state: `?src=…&item=…` can be shared and
//! bookmarked, and the browser's Back and Forward move between views. Only the standalone page
//! uses this; an embedded reader never touches its host page's address or history.

use gloo::events::EventListener;
use web_sys::UrlSearchParams;

/// What the page's query string says.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PageParams {
    pub src: Option<String>,
    /// Which article of a list is open.
    pub item: Option<usize>,
    pub site: Option<String>,
    pub theme: Option<String>,
}

fn search_params() -> Option<UrlSearchParams> {
    UrlSearchParams::new_with_str(&page_query()).ok()
}

pub fn page_params() -> PageParams {
    let Some(params) = search_params() else {
        return PageParams::default();
    };
    let get = |name: &str| params.get(name).filter(|value| !value.trim().is_empty());
    PageParams {
        src: get("src"),
        item: get("item").and_then(|item| item.parse().ok()),
        site: get("site"),
        theme: get("theme"),
    }
}

/// The page's query string (`?src=…&site=…`), as it is now.
pub fn page_query() -> String {
    web_sys::window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default()
}

/// Adds a history entry for the view at `address` (a query string).
pub fn push_address(address: &str) {
    if let Some(Ok(history)) = web_sys::window().map(|window| window.history()) {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(address));
    }
}

/// Calls `on_change` with the page's parameters after Back or Forward; dropping the listener
/// stops it. The reader then restores scroll positions itself, so the browser is told not to.
pub fn on_history_move(on_change: impl Fn(PageParams) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    if let Ok(history) = window.history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    Some(EventListener::new(&window, "popstate", move |_| {
        on_change(page_params())
    }))
}
