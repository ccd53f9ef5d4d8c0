//! Browser tests: run by wasm-bindgen-test in headless Chromium (`cargo test --target
//! wasm32-unknown-unknown --test browser`). All tests share one page: each cleans up after itself.
#![cfg(target_arch = "wasm32")]

mod support;

mod embed;
mod fixtures;
mod masthead;
mod parity;
mod reader;
mod web;
mod xss;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
