//! The sign-up form: validation tied to its field, a honeypot, a button that cannot send twice,
//! and delivery that keeps trying (with backoff, and on the next visit) until the server answers.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::model::{is_email, Arg, Message, Site};
use crate::web::{back_online, forget, keep, online, send, within, Delivery, InHand, Signup};

use super::super::rendering::use_live;
use super::super::words::use_words;
use super::super::Shared;
use super::SubscribeEvent;

/// Waits between attempts while the reader is here; later attempts wait the longest.
const BACKOFF_SECONDS: [u32; 6] = [2, 4, 8, 16, 30, 60];

#[derive(Clone, PartialEq)]
enum Stage {
    Editing,
    Sending,
    /// Not delivered yet: it is in the outbox, and is tried again in `retry_in` seconds.
    Waiting {
        retry_in: u32,
    },
    Subscribed,
    Refused(String),
}

#[derive(Properties, PartialEq)]
pub struct SignupFormProps {
    pub site: Shared<Site>,
    pub on_event: Callback<SubscribeEvent>,
    pub on_subscribed: Callback<()>,
}

#[component]
pub fn SignupForm(props: &SignupFormProps) -> Html {
    let words = use_words();
    let email = use_state(String::new);
    let consent = use_state(|| false);
    let honeypot = use_state(String::new);
    let email_error = use_state(|| false);
    let consent_error = use_state(|| false);
    let stage = use_state(|| Stage::Editing);
    // The sign-up being delivered: retries and "Try again" reuse it, and its idempotency key.
    let pending = use_mut_ref(|| None::<Signup>);
    // Each delivery run has its number; a newer run, or the form going away, stops older ones.
    let run = use_mut_ref(|| Rc::new(Cell::new(0u32)));
    let email_input = use_node_ref();
    let done_message = use_node_ref();
    // Sending needs the program: in a server's HTML the dialog opens, but sends nothing yet.
    let live = use_live();
    {
        let run = run.clone();
        use_effect_with((), move |()| move || run.borrow().set(u32::MAX));
    }
    {
        let done_message = done_message.clone();
        use_effect_with((*stage).clone(), move |stage| {
            if matches!(stage, Stage::Subscribed) {
                if let Some(message) = done_message.cast::<web_sys::HtmlElement>() {
                    let _ = message.focus();
                }
            }
        });
    }

    let newsletter = &props.site.newsletter;
    let onsubmit = {
        let words = words.clone();
        let (email, consent, honeypot) = (email.clone(), consent.clone(), honeypot.clone());
        let (email_error, consent_error, stage, pending, run) = (
            email_error.clone(),
            consent_error.clone(),
            stage.clone(),
            pending.clone(),
            run.clone(),
        );
        let (site, on_event, on_subscribed, email_input) = (
            props.site.clone(),
            props.on_event.clone(),
            props.on_subscribed.clone(),
            email_input.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if *stage == Stage::Sending {
                return;
            }
            let address = email.trim().to_owned();
            let newsletter = &site.newsletter;
            let consent_missing =
                newsletter.consent.as_ref().is_some_and(|c| c.required) && !*consent;
            email_error.set(!is_email(&address));
            consent_error.set(consent_missing);
            if !is_email(&address) {
                if let Some(input) = email_input.cast::<web_sys::HtmlElement>() {
                    let _ = input.focus();
                }
                return;
            }
            if consent_missing {
                return;
            }
            if !honeypot.is_empty() {
                // Only bots fill the hidden field: nothing is sent for them.
                stage.set(Stage::Subscribed);
                on_event.emit(SubscribeEvent {
                    email: address,
                    outcome: "spam",
                    message: String::new(),
                });
                return;
            }
            let Some(endpoint) = newsletter.endpoint.clone() else {
                return;
            };
            let signup = {
                let mut pending = pending.borrow_mut();
                match pending.as_ref() {
                    Some(signup) if signup.email == address && signup.consent == *consent => {
                        signup.clone()
                    }
                    _ => {
                        let signup =
                            Signup::new(newsletter, &endpoint, &site.name, &address, *consent);
                        *pending = Some(signup.clone());
                        signup
                    }
                }
            };
            // Written down before it is sent: a reload or a closed tab cannot lose it.
            keep(&signup);
            let generation = run.borrow().get().wrapping_add(1);
            run.borrow().set(generation);
            let current = Rc::clone(&run.borrow());
            let (stage, on_event, on_subscribed, pending) = (
                stage.clone(),
                on_event.clone(),
                on_subscribed.clone(),
                pending.clone(),
            );
            let (limit, success) = (
                Duration::from_secs(u64::from(newsletter.timeout_seconds)),
                newsletter
                    .success
                    .clone()
                    .unwrap_or_else(|| words.say(Message::SignupSuccess)),
            );
            // Taken before the first await: an outbox flush from now on leaves it to this loop.
            let in_hand = InHand::new(&signup.key);
            spawn_local(async move {
                let _in_hand = in_hand;
                let alive = || current.get() == generation;
                for attempt in 0.. {
                    if !alive() {
                        return;
                    }
                    stage.set(Stage::Sending);
                    let offline_before = !online();
                    let delivery = send(&signup, limit).await;
                    if !alive() {
                        return;
                    }
                    let event = |outcome, message: &str| SubscribeEvent {
                        email: signup.email.clone(),
                        outcome,
                        message: message.to_owned(),
                    };
                    match delivery {
                        Delivery::Accepted => {
                            forget(&signup.key);
                            *pending.borrow_mut() = None;
                            stage.set(Stage::Subscribed);
                            on_subscribed.emit(());
                            on_event.emit(event("subscribed", &success));
                            return;
                        }
                        Delivery::Refused(message) => {
                            forget(&signup.key);
                            *pending.borrow_mut() = None;
                            stage.set(Stage::Refused(message.clone()));
                            on_event.emit(event("rejected", &message));
                            return;
                        }
                        Delivery::Failed => {
                            let wait = BACKOFF_SECONDS
                                .get(attempt)
                                .or(BACKOFF_SECONDS.last())
                                .copied()
                                .unwrap_or_default();
                            if attempt == 0 {
                                on_event.emit(event("retrying", "Couldn't reach the server; the sign-up is kept and sent again."));
                            }
                            stage.set(Stage::Waiting { retry_in: wait });
                            // Back online, it is sent at once rather than at the end of the wait
                            // (also when the connection came back while it was being sent).
                            if !(offline_before && online()) {
                                let wait = Duration::from_secs(u64::from(wait));
                                let _ = within(wait, back_online()).await;
                            }
                        }
                    }
                }
            });
        })
    };

    if *stage == Stage::Subscribed {
        return html! {
            <p class="form-status success" role="status" tabindex="-1" ref={done_message}>{ newsletter.success.clone().unwrap_or_else(|| words.say(Message::SignupSuccess)) }</p>
        };
    }
    let on_email = {
        let (email, email_error) = (email.clone(), email_error.clone());
        Callback::from(move |event: InputEvent| {
            email.set(
                event
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            );
            email_error.set(false);
        })
    };
    let on_consent = {
        let (consent, consent_error) = (consent.clone(), consent_error.clone());
        Callback::from(move |event: Event| {
            consent.set(
                event
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked(),
            );
            consent_error.set(false);
        })
    };
    let on_honeypot = {
        let honeypot = honeypot.clone();
        Callback::from(move |event: InputEvent| {
            honeypot.set(
                event
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let sending = *stage == Stage::Sending;
    let status = match &*stage {
        Stage::Waiting { retry_in } => Some(words.with(
            Message::SignupWaiting,
            &[("seconds", Arg::Number(u64::from(*retry_in)))],
        )),
        Stage::Refused(message) => Some(message.clone()),
        _ => None,
    };
    let button_label = words.say(match &*stage {
        Stage::Sending => Message::Subscribing,
        Stage::Waiting { .. } => Message::TryAgain,
        _ => Message::Subscribe,
    });
    html! {
        <form class="signup" novalidate=true {onsubmit}>
            <label for="lede-email" class="field-label">{ words.say(Message::Email) }</label>
            <input id="lede-email" ref={email_input} type="email" name="email" autocomplete="email" required=true
                autofocus=true value={(*email).clone()} oninput={on_email}
                aria-invalid={(*email_error).to_string()}
                aria-describedby={email_error.then_some("lede-email-error")} />
            if *email_error {
                <p id="lede-email-error" class="field-error">{ words.say(Message::EmailInvalid) }</p>
            }
            // A field people never see or reach: only bots fill it in.
            <div class="honeypot" aria-hidden="true">
                <label for="lede-website">{ words.say(Message::Honeypot) }</label>
                <input id="lede-website" type="text" name="website" tabindex="-1" autocomplete="off"
                    value={(*honeypot).clone()} oninput={on_honeypot} />
            </div>
            if let Some(consent_settings) = &newsletter.consent {
                <div class="consent">
                    <input id="lede-consent" type="checkbox" checked={*consent} onchange={on_consent}
                        required={consent_settings.required} aria-invalid={(*consent_error).to_string()}
                        aria-describedby={consent_error.then_some("lede-consent-error")} />
                    <label for="lede-consent">{ &consent_settings.label }</label>
                    if let Some(privacy) = &consent_settings.privacy_url {
                        { " " }<a href={privacy.clone()} target="_blank" rel="noopener noreferrer">{ words.say(Message::PrivacyPolicy) }</a>
                    }
                </div>
                if *consent_error {
                    <p id="lede-consent-error" class="field-error">{ words.say(Message::ConsentMissing) }</p>
                }
            }
            <button type="submit" class="button subscribe" disabled={sending || !live}>{ button_label }</button>
            <p class={classes!("form-status", matches!(&*stage, Stage::Refused(_)).then_some("refused"))} role="status">
                { status.unwrap_or_default() }
            </p>
        </form>
    }
}
