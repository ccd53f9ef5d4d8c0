//! A picture shown large, in a modal dialog with its caption and credit: opened by clicking (or
//! pressing) the picture in the article, closed by Close, Escape or a click beside it.

use web_sys::HtmlDialogElement;
use yew::prelude::*;

use crate::model::{Image, Message};

use super::figure::caption;
use super::words::use_words;
use super::Shared;

#[derive(Properties, PartialEq)]
pub struct LightboxProps {
    pub image: Option<Shared<Image>>,
    pub on_close: Callback<()>,
}

#[component]
pub fn Lightbox(props: &LightboxProps) -> Html {
    let words = use_words();
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with(props.image.clone(), move |image| {
            if let (Some(_), Some(dialog)) = (image, dialog.cast::<HtmlDialogElement>()) {
                if !dialog.open() {
                    let _ = dialog.show_modal();
                }
            }
        });
    }
    let Some(image) = &props.image else {
        return Html::default();
    };
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                dialog.close();
            }
        })
    };
    let onclose = props.on_close.reform(|_: Event| ());
    let on_backdrop = {
        let dialog = dialog.clone();
        Callback::from(move |event: MouseEvent| {
            if event
                .target()
                .zip(dialog.get())
                .is_some_and(|(target, element)| target == element.into())
            {
                if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                    dialog.close();
                }
            }
        })
    };
    let label = if image.alt.is_empty() {
        words.say(Message::Picture)
    } else {
        image.alt.clone()
    };
    html! {
        <dialog ref={dialog} class="lightbox" aria-label={label} {onclose} onclick={on_backdrop} part="lightbox">
            <figure class="lightbox-figure">
                <button type="button" class="dialog-close" aria-label={words.say(Message::Close)} autofocus=true onclick={close}>
                    <span aria-hidden="true">{ "×" }</span>
                </button>
                <img src={image.src.clone()} srcset={image.srcset.clone()} sizes="100vw" alt={image.alt.clone()}
                    width={image.width.map(|w| w.to_string())} height={image.height.map(|h| h.to_string())} />
                { caption(image, &words) }
            </figure>
        </dialog>
    }
}
