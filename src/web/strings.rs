//! JavaScript strings into Rust through the browser's own UTF-8 encoder: one native copy.
//!
//! The bindings copy a string into the program's memory with a JavaScript loop, a character at
//! a time; on a page just loaded that loop is not yet compiled, and a reader's long article (its
//! data block, its JSON's paragraphs) then held the main thread for over 100 ms on its way in.

use js_sys::{JsString, Uint8Array};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The platform's `TextEncoder`, bound to take a JavaScript string as it is (web-sys's
    /// takes a Rust `&str`, which is the other direction).
    #[wasm_bindgen(js_name = TextEncoder)]
    type Utf8Encoder;

    #[wasm_bindgen(constructor, js_class = "TextEncoder")]
    fn new() -> Utf8Encoder;

    #[wasm_bindgen(method, js_class = "TextEncoder")]
    fn encode(this: &Utf8Encoder, text: &JsString) -> Uint8Array;
}

/// Shorter strings (in UTF-16 units) cross as quickly by the bindings' own copy.
const LONG: u32 = 128;

thread_local! {
    static ENCODER: Utf8Encoder = Utf8Encoder::new();
}

/// `text` as a Rust string, losslessly for any text a page can hold (a lone surrogate, which
/// UTF-8 cannot carry, becomes U+FFFD, as the bindings' own copy makes it).
pub fn to_rust(text: &JsString) -> String {
    if text.length() < LONG {
        return String::from(text);
    }
    let bytes = ENCODER.with(|encoder| encoder.encode(text)).to_vec();
    String::from_utf8(bytes)
        .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned())
}

/// `value` as a Rust string, when it is a string.
pub fn string_of(value: &JsValue) -> Option<String> {
    value.dyn_ref::<JsString>().map(to_rust)
}
