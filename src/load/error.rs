//! Why a document could not be loaded, in words for the reader.

use thiserror::Error;

use crate::formats::ContentError;

/// Why a fetch gave no text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// The request never got an answer: offline, DNS, refused, CORS, or cancelled.
    Network,
    /// The server answered with a status outside 200–299, and maybe when to try again.
    Status {
        code: u16,
        reason: String,
        retry_after: Option<u32>,
    },
    /// No complete answer within the time limit.
    Timeout { seconds: u64 },
    /// A body over what lede reads: its declared size (`Content-Length`), or at least its length.
    TooLarge { bytes: u64 },
}

/// Why a document could not be used. The messages are written for the reader; `what` names the
/// document ("article", "site configuration", "market data").
#[derive(Debug, Clone, PartialEq, Error)]
pub enum LoadError {
    #[error("“{0}” is not a web address lede can load.")]
    BadAddress(String),
    /// A server-side fetch refuses addresses inside the server's own network.
    #[error(
        "{url} is on a private or local network ({address}), which lede's renderer does not fetch from unless told to."
    )]
    PrivateAddress { url: String, address: String },
    #[error("You're offline, so {url} couldn't load. It will load when you're back online.")]
    Offline { url: String },
    #[error(
        "Couldn't load {url}: {host} did not answer, or did not let this page read it. Try again in a moment."
    )]
    Network { url: String, host: String },
    #[error("{}", status_message(what, url, *code, reason, *retry_after))]
    Status {
        what: &'static str,
        url: String,
        code: u16,
        reason: String,
        retry_after: Option<u32>,
    },
    /// The chunk of the program that reads the content's format did not load (it is loaded on
    /// first use: see scripts/build-wasm).
    #[error("The part of this reader that reads {url} couldn't load. Try again in a moment.")]
    ProgramPart { url: String },
    #[error("{host} took more than {seconds} seconds to send {url}.")]
    Timeout {
        url: String,
        host: String,
        seconds: u64,
    },
    #[error("The {what} at {url} {source}.")]
    Content {
        what: &'static str,
        url: String,
        source: ContentError,
    },
}

impl LoadError {
    /// A stable name for the kind of failure, for `lede:error` listeners and tests.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::BadAddress(_) | Self::PrivateAddress { .. } => "address",
            Self::Offline { .. } => "offline",
            Self::Network { .. } | Self::ProgramPart { .. } => "network",
            Self::Status { .. } => "http",
            Self::Timeout { .. } => "timeout",
            Self::Content { .. } => "content",
        }
    }

    /// What a failed fetch of the `what` at `url` (on `host`) means for the reader; `online` is
    /// whether the machine believes it has a connection.
    pub fn from_fetch(
        what: &'static str,
        url: &str,
        host: String,
        error: FetchError,
        online: bool,
    ) -> Self {
        let url = url.to_owned();
        match error {
            // A browser tells a lost connection apart from a server that failed to answer
            // (refused, unknown, a redirect loop, or no CORS permission) only by `onLine`.
            FetchError::Network if !online => Self::Offline { url },
            FetchError::Network => Self::Network { host, url },
            FetchError::Status {
                code,
                reason,
                retry_after,
            } => Self::Status {
                what,
                url,
                code,
                reason,
                retry_after,
            },
            FetchError::Timeout { seconds } => Self::Timeout { host, url, seconds },
            FetchError::TooLarge { bytes } => Self::Content {
                what,
                url,
                source: ContentError::too_large(bytes),
            },
        }
    }
}

fn status_message(
    what: &str,
    url: &str,
    code: u16,
    reason: &str,
    retry_after: Option<u32>,
) -> String {
    let answer = if reason.is_empty() {
        code.to_string()
    } else {
        format!("{code} {reason}")
    };
    let message = match code {
        404 | 410 => format!("There is no {what} at {url} (the server answered “{answer}”)."),
        401 | 403 => format!("The server refused to send {url} (“{answer}”)."),
        500..=599 => format!(
            "The server had a problem sending {url} (“{answer}”). It may work again shortly."
        ),
        _ => format!("The server answered “{answer}” for {url}."),
    };
    match retry_after {
        // English's plural rule for a count (CLDR's "one" is 1 alone), as the catalogue has it.
        Some(1) => format!("{message} The server asks to try again in 1 second."),
        Some(seconds) => format!("{message} The server asks to try again in {seconds} seconds."),
        None => message,
    }
}
