//! A Subscribe button: it opens the sign-up dialog through the opener, and names the dialog as
//! its invoker target (`commandfor`), so that in a server's HTML it opens the dialog before the
//! program has arrived, and without it.

use yew::prelude::*;

use super::opener::NewsletterOpener;
use super::DIALOG_ID;

#[derive(Properties, PartialEq)]
pub struct SubscribeButtonProps {
    pub class: AttrValue,
    pub opener: NewsletterOpener,
}

#[function_component]
pub fn SubscribeButton(props: &SubscribeButtonProps) -> Html {
    let opener = props.opener.clone();
    // The browser opens the dialog itself once the click has been handled: the opener's
    // `showModal` comes first and locks the page's scrolling; the command finds it open.
    html! {
        <button type="button" class={props.class.clone()} commandfor={DIALOG_ID} command="show-modal"
            onclick={Callback::from(move |_: MouseEvent| opener.open())}>{ "Subscribe" }</button>
    }
}
