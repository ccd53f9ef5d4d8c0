//! The browser's side of the adapters' [`Environment`]: URL resolution with the WHATWG parser.

use crate::formats::Environment;

/// Resolves content links the way the browser will follow them, against the content's address.
pub struct BrowserEnv {
    base: String,
}

impl BrowserEnv {
    /// `base` is the address the content was loaded from.
    pub fn new(base: impl Into<String>) -> Self {
        Self { base: base.into() }
    }
}

impl Environment for BrowserEnv {
    fn resolve_url(&self, raw: &str) -> Option<String> {
        // The browser's own parser strips the tabs, newlines and control characters that
        // obfuscated schemes hide behind, so checking its result checks what a click would open.
        let url = web_sys::Url::new_with_base(raw, &self.base).ok()?;
        matches!(url.protocol().as_str(), "http:" | "https:" | "mailto:").then(|| url.href())
    }
}
