//! The Popover API's methods, which are not in the web-sys features lede builds with.

use wasm_bindgen::JsCast;
use web_sys::Element;

/// Opens the popover `element`.
pub fn show_popover(element: &Element) {
    call(element, "showPopover");
}

/// Closes the popover `element`.
pub fn hide_popover(element: &Element) {
    call(element, "hidePopover");
}

fn call(element: &Element, method: &str) {
    let function = js_sys::Reflect::get(element, &method.into()).ok();
    if let Some(function) = function
        .as_ref()
        .and_then(|f| f.dyn_ref::<js_sys::Function>())
    {
        let _ = function.call0(element);
    }
}
