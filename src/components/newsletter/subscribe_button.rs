//! A Subscribe button: it opens the sign-up dialog through the opener, and names the dialog as
//! its invoker target (`commandfor`), so that in a server's HTML it opens the dialog before the
//! program has arrived, and without it.

use yew::prelude::*;

use super::super::words::Words;
use super::opener::NewsletterOpener;
use super::DIALOG_ID;
use crate::model::Message;

/// The browser opens the dialog itself once the click has been handled: the opener's
/// `showModal` comes first and locks the page's scrolling; the command then finds it open.
pub fn subscribe_button(class: &'static str, opener: NewsletterOpener, words: &Words) -> Html {
    html! {
        <button type="button" {class} commandfor={DIALOG_ID} command="show-modal"
            onclick={Callback::from(move |_: MouseEvent| opener.open())}>{ words.say(Message::Subscribe) }</button>
    }
}
