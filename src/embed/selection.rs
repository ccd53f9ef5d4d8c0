//! A text selection the reader made in a server's rendering before the program arrived, kept
//! across hydration: Yew writes every text node's value again as it takes it over, which
//! collapses a selection inside it, though the node and its text stay the same.

use wasm_bindgen::JsCast;
use web_sys::{Node, Selection, ShadowRoot};

/// Where the selection began and ended, when it is inside `shadow`.
pub struct Kept {
    selection: Selection,
    anchor: (Node, u32),
    focus: (Node, u32),
}

/// The page's selection, if it lies in `shadow` (Chromium sees into a shadow root through the
/// root's own `getSelection`; elsewhere the page's selection stops at the host).
pub fn keep(shadow: &ShadowRoot) -> Option<Kept> {
    let selection = js_sys::Reflect::get(shadow, &"getSelection".into())
        .ok()
        .and_then(|get| get.dyn_into::<js_sys::Function>().ok())
        .and_then(|get| get.call0(shadow).ok())
        .and_then(|selection| selection.dyn_into::<Selection>().ok())?;
    if selection.is_collapsed() {
        return None;
    }
    let anchor = (selection.anchor_node()?, selection.anchor_offset());
    let focus = (selection.focus_node()?, selection.focus_offset());
    let inside = |node: &Node| shadow.contains(Some(node));
    (inside(&anchor.0) && inside(&focus.0)).then_some(Kept {
        selection,
        anchor,
        focus,
    })
}

/// Selects again what was selected, where the nodes are still there.
pub fn restore(kept: Option<Kept>) {
    let Some(Kept {
        selection,
        anchor,
        focus,
    }) = kept
    else {
        return;
    };
    if anchor.0.is_connected() && focus.0.is_connected() {
        let _ = selection.set_base_and_extent(&anchor.0, anchor.1, &focus.0, focus.1);
    }
}
