//! Coming back online: a count that views key their loads on, so that what failed offline is
//! tried again by itself, as a browser's own pages do.

use gloo::events::EventListener;
use yew::prelude::*;

/// How many times the browser has come back online (its `online` event) while `listening`.
/// Each count gets a listener of its own, so no return counts from a stale value.
#[hook]
pub fn use_returns_online(listening: bool) -> u32 {
    let returns = use_state(|| 0_u32);
    {
        let handle = returns.clone();
        use_effect_with((listening, *returns), move |&(listening, count)| {
            let listener = listening.then(web_sys::window).flatten().map(|window| {
                EventListener::new(&window, "online", move |_| {
                    handle.set(count.wrapping_add(1));
                })
            });
            move || drop(listener)
        });
    }
    *returns
}
