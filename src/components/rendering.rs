//! How a render of the widget comes about: in the browser from nothing, on a server, or in the
//! browser over the HTML a server sent. Components ask this rather than the browser, so that
//! the same components render on a server and take over its HTML in the browser.

use yew::prelude::*;

use crate::web::after_paint;

/// Given to every component through a context by the [`App`](super::App).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Rendering {
    /// The browser builds the widget from nothing: the first frame holds only what it needs.
    #[default]
    Client,
    /// A server writes the widget's HTML: all a reader without scripts can use, and nothing that
    /// needs the program.
    Server,
    /// The browser takes over HTML a server wrote: its first render is the server's, exactly,
    /// and only then does the program add what needs it.
    Hydrating,
}

impl Rendering {
    /// Whether the page already holds the whole widget, so nothing waits for a first paint.
    pub fn whole_from_the_start(self) -> bool {
        self != Self::Client
    }
}

#[hook]
pub fn use_rendering() -> Rendering {
    use_context::<Rendering>().unwrap_or_default()
}

/// False in a component's first render in the browser, true once the frame that first showed it
/// has been painted: for what the reader cannot see at first and so need not delay that frame.
/// On a server, and over a server's HTML, true from the start: that HTML is whole.
#[hook]
pub fn use_painted() -> bool {
    let whole = use_rendering().whole_from_the_start();
    let painted = use_state(|| whole);
    {
        let painted = painted.clone();
        use_effect_with((), move |()| {
            if !*painted {
                after_paint(move || painted.set(true));
            }
        });
    }
    *painted
}

/// Whether the program drives the widget: what only it can do (Listen, reading settings,
/// enlarging a picture) is offered. False on a server, and in the first render over a
/// server's HTML, which must be the server's; true once that render is in the page.
#[hook]
pub fn use_live() -> bool {
    let rendering = use_rendering();
    let live = use_state(|| rendering == Rendering::Client);
    {
        let live = live.clone();
        use_effect_with((), move |()| {
            if !*live {
                live.set(true);
            }
        });
    }
    *live
}
