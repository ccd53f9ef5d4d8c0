//! `use_painted`: false in a component's first render, true once the frame that first showed it
//! has been painted, for what the reader cannot see at first and so need not delay that frame.

use yew::prelude::*;

use crate::web::after_paint;

#[hook]
pub fn use_painted() -> bool {
    let painted = use_state(|| false);
    {
        let painted = painted.clone();
        use_effect_with((), move |()| after_paint(move || painted.set(true)));
    }
    *painted
}
