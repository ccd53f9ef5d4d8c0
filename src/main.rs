//! The wasm entry point Trunk builds: the `<lede-reader>` element is defined by `lede.js`,
//! which calls into the library's exports, so there is nothing to start here.

// Linking the library keeps its `#[wasm_bindgen]` exports (`mount`, `Widget`) in the binary.
pub use lede::embed::{mount, Widget};

fn main() {}
