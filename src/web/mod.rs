//! Browser services: loading content over the network, resolving links, formatting dates.
//!
//! This layer turns what the browser does well into typed Rust for the components, and keeps
//! every call that can throw behind a `Result` so that nothing a page or server does can panic.

mod environment;
mod fetch;
mod intl;
mod json;
mod load;

pub use environment::BrowserEnv;
pub use fetch::{fetch_text, Abort, FetchError};
pub use intl::{format_date, relative_time};
pub use json::parse_json;
pub use load::{default_content, load_content, LoadError, DEFAULT_ARTICLE};
