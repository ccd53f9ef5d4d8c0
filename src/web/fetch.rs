//! Fetching text over HTTP, with a time limit and cancellation that outlive no one.

use std::time::Duration;

use futures::future::{select, Either};
use gloo::net::http::Request;
use gloo::timers::future::TimeoutFuture;
use web_sys::{AbortController, AbortSignal};

/// Cancels a request when dropped: a component that goes away, or whose `src` changes, drops
/// its `Abort`, and the browser stops the transfer instead of finishing it for nobody.
pub struct Abort(Option<AbortController>);

impl Abort {
    pub fn new() -> Self {
        Self(AbortController::new().ok())
    }

    /// The signal to pass to requests this guard should cancel.
    pub fn signal(&self) -> Option<AbortSignal> {
        self.0.as_ref().map(AbortController::signal)
    }
}

impl Default for Abort {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for Abort {
    fn drop(&mut self) {
        if let Some(controller) = &self.0 {
            controller.abort();
        }
    }
}

/// Why a fetch gave no text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// The request never got an answer: offline, DNS, refused, CORS, or cancelled.
    Network,
    /// The server answered with a status outside 200–299.
    Status { code: u16, reason: String },
    /// No complete answer within the time limit.
    Timeout { seconds: u64 },
}

/// Asks for JSON in the formats lede reads; every part of this value is CORS-safelisted.
const ACCEPT: &str =
    "application/json, application/feed+json, application/ld+json;q=0.9, */*;q=0.1";

/// GETs `url` and reads the body as text, giving up after `limit` (headers and body together).
pub async fn fetch_text(
    url: &str,
    signal: Option<&AbortSignal>,
    limit: Duration,
) -> Result<String, FetchError> {
    let transfer = async {
        let response = Request::get(url)
            .header("Accept", ACCEPT)
            .abort_signal(signal)
            .send()
            .await
            .map_err(|_| FetchError::Network)?;
        if !response.ok() {
            return Err(FetchError::Status {
                code: response.status(),
                reason: response.status_text(),
            });
        }
        response.text().await.map_err(|_| FetchError::Network)
    };
    let millis = u32::try_from(limit.as_millis()).unwrap_or(u32::MAX);
    match select(Box::pin(transfer), TimeoutFuture::new(millis)).await {
        Either::Left((result, _)) => result,
        Either::Right(_) => Err(FetchError::Timeout {
            seconds: limit.as_secs(),
        }),
    }
}
