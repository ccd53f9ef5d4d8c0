//! The wasm entry point Trunk builds: the `<lede-reader>` element is defined by `lede.js`,
//! which calls into the library's exports, so there is nothing to start here.

// Linking the library keeps its `#[wasm_bindgen]` exports (`mount`, `Widget`) in the binary.
pub use lede::embed::{mount, Widget};

// Smaller than the default allocator (issue 21's map); single-threaded, as the widget is.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {}
