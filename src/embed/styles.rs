//! The widget's stylesheet: `lede.css`, beside `lede.js`, which `lede.js` loads once as a
//! constructed stylesheet that every shadow root the program renders adopts (so it works under
//! `style-src 'self'`, and one parsed sheet serves every reader on the page). A server's
//! rendering links the same file itself. Kept out of the program, it costs the wasm nothing.

use web_sys::{CssStyleSheet, ShadowRoot};

pub fn adopt(shadow: &ShadowRoot, sheet: Option<&CssStyleSheet>) {
    if let Some(sheet) = sheet {
        shadow.set_adopted_style_sheets(&js_sys::Array::of1(sheet));
    }
}
