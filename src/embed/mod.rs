//! The embedding layer: the `<lede-reader>` element that hosts the reader in any page.
//!
//! `lede-reader.js` defines the element and forwards its lifecycle to [`mount`]; everything
//! else (shadow root, styles, attributes, state and events) is decided here in Rust.

mod events;
mod panic;
mod selection;
mod styles;
mod takeover;
mod widget;

pub use panic::show_failure;
pub use widget::{mount, Widget};
