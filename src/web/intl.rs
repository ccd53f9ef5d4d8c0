//! Dates in the reader's words, by the browser's `Intl`, in the article's language.

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::model::Timestamp;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = Date)]
    type JsDate;

    #[wasm_bindgen(constructor, js_class = "Date")]
    fn new(epoch_millis: f64) -> JsDate;

    /// `Date.prototype.toLocaleString`, bound with `catch` because a locale or option the
    /// browser rejects throws a `RangeError`, which must not unwind through Rust.
    #[wasm_bindgen(method, catch, js_class = "Date", js_name = toLocaleString)]
    fn to_locale_string(
        this: &JsDate,
        locales: &JsValue,
        options: &Object,
    ) -> Result<String, JsValue>;
}

/// "16 February 2025" or "February 16, 2025 at 9:30 AM", as the language writes it.
/// Falls back to the reader's own locale, then to the source's ISO text.
pub fn format_date(stamp: &Timestamp, language: Option<&str>) -> String {
    let date = JsDate::new(stamp.epoch_millis());
    let options = Object::new();
    let set = |key: &str, value: &str| {
        let _ = Reflect::set(&options, &key.into(), &value.into());
    };
    set("dateStyle", "long");
    if stamp.is_date_only() {
        // A calendar day is the same day everywhere.
        set("timeZone", "UTC");
    } else {
        set("timeStyle", "short");
    }
    let locales = language.map_or(JsValue::UNDEFINED, JsValue::from_str);
    date.to_locale_string(&locales, &options)
        .or_else(|_| date.to_locale_string(&JsValue::UNDEFINED, &options))
        .unwrap_or_else(|_| stamp.iso().to_owned())
}
