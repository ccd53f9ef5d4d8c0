//! The widget's stylesheet, built once and adopted by every shadow root.
//!
//! A constructed stylesheet is not inline CSS, so it works under `style-src 'self'`, and one
//! parsed sheet serves every widget on the page.

use web_sys::{CssStyleSheet, ShadowRoot};

/// `styles/lede.css`, minified by `build.rs`.
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/lede.min.css"));

thread_local! {
    static SHEET: Option<CssStyleSheet> = CssStyleSheet::new()
        .ok()
        .filter(|sheet| sheet.replace_sync(CSS).is_ok());
}

pub fn adopt(shadow: &ShadowRoot) {
    SHEET.with(|sheet| {
        if let Some(sheet) = sheet {
            shadow.set_adopted_style_sheets(&js_sys::Array::of1(sheet));
        }
    });
}
