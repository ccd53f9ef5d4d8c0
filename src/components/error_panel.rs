//! The failure view: what went wrong, in the reader's words, and a Retry button.

use yew::prelude::*;

use super::words::use_words;
use crate::model::Message;

#[derive(Properties, PartialEq)]
pub struct ErrorPanelProps {
    pub message: AttrValue,
    pub on_retry: Callback<()>,
    /// Focuses Retry once shown, when the reader's last Retry failed again.
    #[prop_or_default]
    pub take_focus: bool,
}

#[component]
pub fn ErrorPanel(props: &ErrorPanelProps) -> Html {
    let words = use_words();
    let retry = use_node_ref();
    {
        let retry = retry.clone();
        use_effect_with(props.take_focus, move |&take_focus| {
            if take_focus {
                if let Some(button) = retry.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        });
    }
    let onclick = props.on_retry.reform(|_: MouseEvent| ());
    html! {
        // Not a named region: two readers in error on one page would be two landmarks of the
        // same name.
        <div class="error-panel" part="error">
            <div role="alert">
                // Level 1: the panel stands where the article's headline would be.
                <h1>{ words.say(Message::ErrorTitle) }</h1>
                <p class="error-message">{ props.message.clone() }</p>
            </div>
            <button type="button" class="button" part="button retry-button" ref={retry} {onclick}>{ words.say(Message::Retry) }</button>
        </div>
    }
}
