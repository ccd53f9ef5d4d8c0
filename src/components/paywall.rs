//! The wall after the free part of an article for subscribers: the host's own (its
//! `slot="paywall"` element), or lede's panel with the site's subscribe and sign-in links.

use yew::prelude::*;

use crate::model::{Message, PaywallLinks};

use super::words::Words;

/// The class that marks the gated part in server HTML, named by the JSON-LD's `hasPart`
/// `cssSelector` (Google's markup for paywalled content).
pub const GATED_CLASS: &str = "lede-paywalled";

/// The wall. Lede's panel is the slot's fallback content: the platform shows it exactly when the
/// host gives no `paywall` element, with or without the program.
pub fn paywall(links: &PaywallLinks, words: &Words) -> Html {
    html! {
        <div class={classes!("paywall", GATED_CLASS)} part="paywall">
            <slot name="paywall">
                <section class="paywall-panel" aria-labelledby="lede-paywall-title" lang={words.language()} dir={words.direction()}>
                    <h2 class="paywall-title" id="lede-paywall-title">{ words.say(Message::PaywallTitle) }</h2>
                    <p>{ words.say(Message::PaywallText) }</p>
                    if links.subscribe_url.is_some() || links.sign_in_url.is_some() {
                        <p class="paywall-actions">
                            if let Some(url) = &links.subscribe_url {
                                <a class="button paywall-subscribe" part="button" href={url.clone()}>{ words.say(Message::Subscribe) }</a>
                            }
                            if let Some(url) = &links.sign_in_url {
                                <a class="paywall-sign-in" href={url.clone()}>{ words.say(Message::PaywallSignIn) }</a>
                            }
                        </p>
                    }
                </section>
            </slot>
        </div>
    }
}
