//! Delivering newsletter sign-ups so that none is lost: each is written to the outbox before it
//! is sent, carries one idempotency key however often it is sent, and leaves the outbox only
//! when the server has answered for it (accepted or refused).

use std::cell::RefCell;
use std::time::Duration;

use gloo::net::http::Request;
use wasm_bindgen::JsValue;

use super::fetch::within;
use super::{storage, Abort};
use crate::formats::parse_json;
use crate::model::{Encoding, Newsletter};

const OUTBOX: &str = "lede:outbox";
/// The longest server message shown to the reader.
const MAX_MESSAGE: usize = 300;

/// One reader's sign-up, with everything needed to send it again on a later visit.
#[derive(Debug, Clone, PartialEq)]
pub struct Signup {
    pub key: String,
    pub email: String,
    pub consent: bool,
    pub site: String,
    pub endpoint: String,
    pub encoding: Encoding,
    pub email_field: String,
    pub consent_field: String,
    pub key_field: String,
}

impl Signup {
    /// A new sign-up with a fresh idempotency key.
    pub fn new(
        newsletter: &Newsletter,
        endpoint: &str,
        site: &str,
        email: &str,
        consent: bool,
    ) -> Self {
        Self {
            key: new_key(),
            email: email.to_owned(),
            consent,
            site: site.to_owned(),
            endpoint: endpoint.to_owned(),
            encoding: newsletter.encoding,
            email_field: newsletter.email_field.clone(),
            consent_field: newsletter.consent_field.clone(),
            key_field: newsletter.key_field.clone(),
        }
    }
}

/// What became of one attempt to send a sign-up.
#[derive(Debug, Clone, PartialEq)]
pub enum Delivery {
    /// 2xx: the server has it.
    Accepted,
    /// 4xx: the server will not take it; its message, when it sent one.
    Refused(String),
    /// 5xx, a 4xx that means "not now", a timeout, or no connection: worth trying again.
    Failed,
}

/// POSTs a sign-up, giving up after `limit`.
pub async fn send(signup: &Signup, limit: Duration) -> Delivery {
    let abort = Abort::new();
    let request = match signup.encoding {
        Encoding::Json => {
            let body = js_sys::Object::new();
            let set = |key: &str, value: JsValue| {
                let _ = js_sys::Reflect::set(&body, &key.into(), &value);
            };
            set(&signup.email_field, signup.email.as_str().into());
            set(&signup.consent_field, signup.consent.into());
            set(&signup.key_field, signup.key.as_str().into());
            set("site", signup.site.as_str().into());
            let text = js_sys::JSON::stringify(&body)
                .map(String::from)
                .unwrap_or_default();
            Request::post(&signup.endpoint)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", &signup.key)
                .abort_signal(abort.signal().as_ref())
                .body(text)
        }
        // A form post carries no custom header, so it stays a CORS "simple" request that
        // form-action providers accept; the key travels as a field.
        Encoding::Form => {
            let form = web_sys::UrlSearchParams::new().ok();
            let text = form.map_or_else(String::new, |form| {
                form.append(&signup.email_field, &signup.email);
                if signup.consent {
                    form.append(&signup.consent_field, "true");
                }
                form.append(&signup.key_field, &signup.key);
                String::from(form.to_string())
            });
            Request::post(&signup.endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .abort_signal(abort.signal().as_ref())
                .body(text)
        }
    };
    let Ok(request) = request else {
        return Delivery::Failed;
    };
    let exchange = async {
        let response = request.send().await.ok()?;
        let status = response.status();
        let text = response.text().await.unwrap_or_default();
        Some((status, text))
    };
    match within(limit, exchange).await.flatten() {
        Some((200..=299, _)) => Delivery::Accepted,
        Some((status, _)) if asks_again_later(status) => Delivery::Failed,
        Some((status @ 400..=499, text)) => Delivery::Refused(server_message(&text, status)),
        _ => Delivery::Failed,
    }
}

/// The 4xx answers that are not a refusal but "not now": the request took too long (408), a
/// request with the same idempotency key is still being handled (409, in the IETF
/// Idempotency-Key draft), too early (425), or too many requests (429). The sign-up stays in
/// the outbox and is sent again.
fn asks_again_later(status: u16) -> bool {
    matches!(status, 408 | 409 | 425 | 429)
}

/// The server's own words: `{"message": …}`, or a short text body.
fn server_message(text: &str, status: u16) -> String {
    let from_json = parse_json(text).ok().and_then(|value| {
        value
            .get("message")
            .and_then(|m| m.as_str())
            .map(str::to_owned)
    });
    let message = from_json.unwrap_or_else(|| text.trim().to_owned());
    if message.is_empty() || message.starts_with('<') {
        return format!("The newsletter service refused this sign-up (error {status}).");
    }
    message.chars().take(MAX_MESSAGE).collect()
}

fn new_key() -> String {
    web_sys::window()
        .and_then(|window| window.crypto().ok())
        .map(|crypto| crypto.random_uuid())
        .unwrap_or_else(|| format!("lede-{}", js_sys::Math::random().to_bits()))
}

thread_local! {
    /// Keys of the sign-ups a form is sending now (a key once for each of its senders).
    static IN_HAND: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// A sign-up in a form's hands for as long as this lives: the outbox flush leaves it to the
/// form, so that each sign-up has one sender (one request at a time, one outcome event).
pub struct InHand(String);

impl InHand {
    pub fn new(key: &str) -> Self {
        IN_HAND.with(|keys| keys.borrow_mut().push(key.to_owned()));
        Self(key.to_owned())
    }
}

impl Drop for InHand {
    fn drop(&mut self) {
        let _ = IN_HAND.try_with(|keys| {
            let mut keys = keys.borrow_mut();
            if let Some(at) = keys.iter().position(|key| *key == self.0) {
                keys.swap_remove(at);
            }
        });
    }
}

/// The sign-ups not yet delivered that no form is sending: the outbox flush's to send.
pub fn left_in_outbox() -> Vec<Signup> {
    let held = IN_HAND.with(|keys| keys.borrow().clone());
    outbox()
        .into_iter()
        .filter(|signup| !held.contains(&signup.key))
        .collect()
}

/// The sign-ups not yet delivered.
fn outbox() -> Vec<Signup> {
    storage::read_records(OUTBOX)
        .into_iter()
        .filter_map(|record| {
            let text = |name: &str| {
                record
                    .iter()
                    .find(|(key, _)| key == name)
                    .and_then(|(_, value)| value.as_string())
            };
            Some(Signup {
                key: text("key")?,
                email: text("email")?,
                consent: record
                    .iter()
                    .any(|(key, value)| key == "consent" && value.as_bool() == Some(true)),
                site: text("site").unwrap_or_default(),
                endpoint: text("endpoint")?,
                encoding: if text("encoding").as_deref() == Some("form") {
                    Encoding::Form
                } else {
                    Encoding::Json
                },
                email_field: text("email_field")?,
                consent_field: text("consent_field")?,
                key_field: text("key_field")?,
            })
        })
        .collect()
}

/// Keeps a sign-up in the outbox (once, by its key) until it is delivered.
pub fn keep(signup: &Signup) {
    let mut pending = outbox();
    if !pending.iter().any(|kept| kept.key == signup.key) {
        pending.push(signup.clone());
    }
    save(&pending);
}

pub fn forget(key: &str) {
    let pending: Vec<Signup> = outbox()
        .into_iter()
        .filter(|kept| kept.key != key)
        .collect();
    save(&pending);
}

fn save(pending: &[Signup]) {
    if pending.is_empty() {
        storage::remove(OUTBOX);
        return;
    }
    let records: Vec<Vec<(&str, JsValue)>> = pending
        .iter()
        .map(|signup| {
            vec![
                ("key", signup.key.as_str().into()),
                ("email", signup.email.as_str().into()),
                ("consent", signup.consent.into()),
                ("site", signup.site.as_str().into()),
                ("endpoint", signup.endpoint.as_str().into()),
                (
                    "encoding",
                    if signup.encoding == Encoding::Form {
                        "form"
                    } else {
                        "json"
                    }
                    .into(),
                ),
                ("email_field", signup.email_field.as_str().into()),
                ("consent_field", signup.consent_field.as_str().into()),
                ("key_field", signup.key_field.as_str().into()),
            ]
        })
        .collect();
    storage::write_records(OUTBOX, &records);
}

/// What the reader has done with a site's newsletter, for the frequency cap.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cap {
    Never,
    /// Closed at this time (epoch milliseconds).
    Closed(f64),
    Subscribed,
}

fn cap_key(site: &str) -> String {
    format!("lede:newsletter:{site}")
}

pub fn cap(site: &str) -> Cap {
    match storage::read(&cap_key(site)) {
        Some(value) if value == "subscribed" => Cap::Subscribed,
        Some(value) => value
            .strip_prefix("closed:")
            // Whole milliseconds, read as an integer: parsing a float would bring in Rust's
            // float parser and its tables for nothing.
            .and_then(|millis| millis.parse::<u64>().ok())
            .map_or(Cap::Never, |millis| Cap::Closed(millis as f64)),
        None => Cap::Never,
    }
}

pub fn remember(site: &str, cap: Cap) {
    match cap {
        Cap::Never => storage::remove(&cap_key(site)),
        Cap::Closed(at) => storage::write(&cap_key(site), &format!("closed:{}", at as u64)),
        Cap::Subscribed => storage::write(&cap_key(site), "subscribed"),
    }
}
