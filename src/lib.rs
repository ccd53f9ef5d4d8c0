//! lede: a news article reader that fetches article JSON and renders it as an accessible widget.
//!
//! The layers depend one way, top to bottom, and the folders show them:
//! - [`model`]: the content model, plain Rust data.
//! - [`formats`]: adapters that read published JSON into the model (pure, tested on the host).
//! - [`load`]: what loading a document means, and how it fails, in the browser or on a server.
//! - [`web`]: the browser services the widget uses: fetching, HTML parsing, dates.
//! - [`components`]: the Yew components that render the model.
//! - [`embed`]: the `<lede-reader>` element that hosts the components in a page.
//! - [`render`]: the server side (host only): the components rendered to HTML.
//!
//! A panic in the widget is a dead reader (its wasm is built with `panic = "abort"`), so the
//! code compiled into it may not call what panics on unexpected input: no `unwrap`, no
//! indexing or slicing that can be out of range. Clippy holds it to that (its tests may).

#![cfg_attr(
    all(target_arch = "wasm32", not(test)),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::string_slice,
        clippy::panic,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

pub mod components;
pub mod embed;
pub mod formats;
pub mod load;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod render;
pub mod web;
