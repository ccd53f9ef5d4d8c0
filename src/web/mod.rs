//! Browser services: loading content over the network, resolving links, formatting dates.
//!
//! This layer turns what the browser does well into typed Rust for the components, and keeps
//! every call that can throw behind a `Result` so that nothing a page or server does can panic.

mod catalogue;
mod chunks;
mod environment;
mod fetch;
mod history;
mod intl;
mod load;
mod paint;
mod popover;
mod signup;
pub mod storage;
mod strings;

pub use crate::load::{FetchError, LoadError};
pub use catalogue::{load_catalogue, loaded_catalogue};
pub use environment::BrowserEnv;
pub use fetch::{back_online, fetch_text, within, Abort, Ticket};
pub use history::{on_history_move, page_params, page_query, push_address, PageParams};
pub use intl::{format_date, format_number, numbers_for, relative_time};
pub use load::{
    arrived_content, default_content, default_site, load_content, load_quotes, load_site, online,
};
pub use paint::{after_paint, mark_after_paint, HEADLINE_MARK};
pub use popover::{hide_popover, show_popover};
pub use signup::{
    cap, forget, keep, left_in_outbox, remember, send, Cap, Delivery, InHand, Signup,
};
pub use strings::string_of;
