//! What loading a document means wherever it happens, in the browser (`web`) or on a server
//! (`render`): the limits, and the typed errors a reader is told.

mod error;

pub use error::{FetchError, LoadError};

use std::time::Duration;

/// How long a server may take to send a whole document (article, site configuration, quotes).
pub const TIME_LIMIT: Duration = Duration::from_secs(15);

/// Asks for JSON in the formats lede reads; every part of this value is CORS-safelisted.
pub const ACCEPT: &str =
    "application/json, application/feed+json, application/ld+json;q=0.9, */*;q=0.1";
