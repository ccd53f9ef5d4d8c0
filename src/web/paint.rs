//! Work that waits until the next frame has been painted (a timeout queued from the animation
//! frame runs after that frame's paint), and the `lede:headline` performance mark set then, for
//! real-user monitoring and the benchmark.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

pub const HEADLINE_MARK: &str = "lede:headline";

pub fn mark_after_paint(name: &'static str) {
    after_paint(move || {
        if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
            let _ = performance.mark(name);
        }
    });
}

/// Runs `work` once the next frame has been painted: work that can wait does not delay it.
pub fn after_paint(work: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let after_frame = Closure::once_into_js(move || {
        let work = Closure::once_into_js(work);
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(work.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(after_frame.unchecked_ref());
}
