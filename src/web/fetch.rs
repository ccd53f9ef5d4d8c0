//! Fetching text over HTTP, with a time limit and cancellation that outlive no one.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use futures::future::{select, Either};
use gloo::net::http::{Request, Response};
use gloo::timers::future::TimeoutFuture;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal};

use crate::formats::MAX_BYTES;
use crate::load::{FetchError, ACCEPT};

/// Cancels a task when dropped: a component that goes away, or whose `src` changes, drops its
/// `Abort`; the browser stops the transfer instead of finishing it for nobody, and the task,
/// holding a [`Ticket`], knows not to deliver what it got.
pub struct Abort {
    controller: Option<AbortController>,
    dropped: Rc<Cell<bool>>,
}

/// What a task keeps of its [`Abort`]: the signal for its requests, and whether it is still
/// wanted once they are done (a request can finish in the moment its owner goes away).
#[derive(Clone)]
pub struct Ticket {
    signal: Option<AbortSignal>,
    dropped: Rc<Cell<bool>>,
}

impl Abort {
    pub fn new() -> Self {
        Self {
            controller: AbortController::new().ok(),
            dropped: Rc::default(),
        }
    }

    /// The signal to pass to requests this guard should cancel.
    pub fn signal(&self) -> Option<AbortSignal> {
        self.controller.as_ref().map(AbortController::signal)
    }

    /// A ticket for a task this guard should cancel.
    pub fn ticket(&self) -> Ticket {
        Ticket {
            signal: self.signal(),
            dropped: Rc::clone(&self.dropped),
        }
    }
}

impl Ticket {
    /// Runs `task` with this ticket's signal, and gives what it ends with to `done` only if it
    /// is still wanted: a load an effect starts and its cleanup (dropping the [`Abort`])
    /// cancels, once (`abort.ticket().spawn(…)`) or again and again (a refresh keeps the ticket).
    pub fn spawn<F, T>(
        &self,
        task: impl FnOnce(Option<AbortSignal>) -> F + 'static,
        done: impl FnOnce(T) + 'static,
    ) where
        F: std::future::Future<Output = T> + 'static,
        T: 'static,
    {
        let ticket = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let result = task(ticket.signal.clone()).await;
            if ticket.wanted() {
                done(result);
            }
        });
    }

    /// Whether the task's owner still wants its result.
    fn wanted(&self) -> bool {
        !self.dropped.get()
    }
}

impl Default for Abort {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for Abort {
    fn drop(&mut self) {
        self.dropped.set(true);
        if let Some(controller) = &self.controller {
            controller.abort();
        }
    }
}

#[wasm_bindgen]
extern "C" {
    /// The request `lede.js` started for `url` while the program was compiling (see
    /// `src/embed/lede-reader.js`), if any, cancelled with `signal`. Outside the bundle (in
    /// tests) there is no such function, and `catch` turns that into "none".
    #[wasm_bindgen(catch, js_name = ledeTakePrefetch)]
    fn take_prefetch(url: &str, signal: Option<&AbortSignal>) -> Result<Prefetch, JsValue>;

    /// That request's whole text, if a successful answer has already arrived.
    #[wasm_bindgen(catch, js_name = ledeTakeArrived)]
    fn take_arrived(url: &str) -> Result<JsValue, JsValue>;

    /// A request `lede.js` started: the answer, and its body read as it arrives (`null` for a
    /// status outside 200–299).
    type Prefetch;

    #[wasm_bindgen(method, getter)]
    fn response(this: &Prefetch) -> js_sys::Promise;

    #[wasm_bindgen(method, getter)]
    fn body(this: &Prefetch) -> js_sys::Promise;
}

/// The text `lede.js` prefetched for `url`, if it has all arrived with a successful status
/// (the reader can then show it in its first render), or why it is more than lede reads.
pub fn arrived_text(url: &str) -> Option<Result<String, FetchError>> {
    let text = take_arrived(url).ok()?;
    (!text.is_undefined()).then(|| bounded_text(text))
}

/// A body's text, unless it is more than lede reads. It is measured while still a JavaScript
/// string: a body without a declared size is refused before it is copied into the program's
/// memory, which a huge one could exhaust (and that would end the program).
fn bounded_text(text: JsValue) -> Result<String, FetchError> {
    let text = text
        .dyn_into::<js_sys::JsString>()
        .map_err(|_| FetchError::Network)?;
    // A text has at least as many UTF-8 bytes as UTF-16 units, so more units is too large.
    let units = text.length();
    if units as usize > MAX_BYTES {
        return Err(FetchError::TooLarge {
            bytes: u64::from(units),
        });
    }
    Ok(super::strings::to_rust(&text))
}

/// A GET for content, cancelled by `signal`.
async fn request(url: &str, signal: Option<&AbortSignal>) -> Result<Response, FetchError> {
    Request::get(url)
        .header("Accept", ACCEPT)
        // News changes: a cached copy is used only after the server says it is current, and
        // Retry never gets a stale failure back from the cache.
        .cache(web_sys::RequestCache::NoCache)
        .abort_signal(signal)
        .send()
        .await
        .map_err(|_| FetchError::Network)
}

/// GETs `url` and reads the body as text, giving up after `limit` (headers and body together).
pub async fn fetch_text(
    url: &str,
    signal: Option<&AbortSignal>,
    limit: Duration,
) -> Result<String, FetchError> {
    let prefetched = take_prefetch(url, signal)
        .ok()
        .filter(|prefetch| prefetch.is_object());
    let transfer = async move {
        let response = match &prefetched {
            Some(prefetch) => JsFuture::from(prefetch.response())
                .await
                .ok()
                .and_then(|response| response.dyn_into::<web_sys::Response>().ok())
                .map(Response::from)
                .ok_or(FetchError::Network)?,
            None => request(url, signal).await?,
        };
        if !response.ok() {
            return Err(FetchError::Status {
                code: response.status(),
                reason: response.status_text(),
                // Seconds only; an HTTP date is rare, and then the reader just tries later.
                retry_after: response
                    .headers()
                    .get("retry-after")
                    .and_then(|after| after.trim().parse().ok()),
            });
        }
        // A declared size over the limit is refused before a byte of the body is read. It is
        // read as a u64: a usize is 32 bits in wasm, and a bigger length must not pass as none.
        let declared = response
            .headers()
            .get("content-length")
            .and_then(|length| length.trim().parse::<u64>().ok());
        if let Some(bytes) = declared.filter(|&bytes| bytes > MAX_BYTES as u64) {
            return Err(FetchError::TooLarge { bytes });
        }
        let body = match &prefetched {
            // `lede.js` is already reading the body.
            Some(prefetch) => prefetch.body(),
            None => web_sys::Response::from(response)
                .text()
                .map_err(|_| FetchError::Network)?,
        };
        let text = JsFuture::from(body)
            .await
            .map_err(|_| FetchError::Network)?;
        bounded_text(text)
    };
    within(limit, transfer)
        .await
        .unwrap_or(Err(FetchError::Timeout {
            seconds: limit.as_secs(),
        }))
}

/// Resolves when the browser says it is back online (its `online` event).
pub async fn back_online() {
    let Some(window) = web_sys::window() else {
        return futures::future::pending().await;
    };
    let (sender, receiver) = futures::channel::oneshot::channel::<()>();
    let _listener = gloo::events::EventListener::once(&window, "online", move |_| {
        let _ = sender.send(());
    });
    let _ = receiver.await;
}

/// What `work` gives, if it is done within `limit`; dropped unfinished otherwise (a request
/// then is cancelled by its abort signal).
pub async fn within<T>(limit: Duration, work: impl std::future::Future<Output = T>) -> Option<T> {
    let millis = u32::try_from(limit.as_millis()).unwrap_or(u32::MAX);
    match select(Box::pin(work), TimeoutFuture::new(millis)).await {
        Either::Left((done, _)) => Some(done),
        Either::Right(_) => None,
    }
}
