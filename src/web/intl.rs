//! Dates in the reader's words, by the browser's `Intl`, in the article's language.

use std::cell::OnceCell;
use std::rc::Rc;

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::model::{EnglishNumbers, Numbers, Timestamp};

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

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = RelativeTimeFormat)]
    type RelativeTimeFormat;

    #[wasm_bindgen(constructor, catch, js_namespace = Intl, js_class = "RelativeTimeFormat")]
    fn new(locales: &JsValue, options: &Object) -> Result<RelativeTimeFormat, JsValue>;

    #[wasm_bindgen(method, catch, js_class = "RelativeTimeFormat")]
    fn format(this: &RelativeTimeFormat, value: f64, unit: &str) -> Result<String, JsValue>;
}

/// "3 hours ago", "yesterday", "2 weeks ago" in the article's language; beyond a month, the date.
pub fn relative_time(stamp: &Timestamp, language: Option<&str>) -> String {
    const MINUTE: f64 = 60_000.0;
    let elapsed = js_sys::Date::now() - stamp.epoch_millis();
    let minutes = elapsed / MINUTE;
    let (value, unit) = match minutes.abs() {
        m if m < 60.0 => (minutes, "minute"),
        m if m < 60.0 * 24.0 => (minutes / 60.0, "hour"),
        m if m < 60.0 * 24.0 * 7.0 => (minutes / (60.0 * 24.0), "day"),
        m if m < 60.0 * 24.0 * 30.0 => (minutes / (60.0 * 24.0 * 7.0), "week"),
        _ => return format_date(stamp, language),
    };
    let options = Object::new();
    let _ = Reflect::set(&options, &"numeric".into(), &"auto".into());
    let locales = language.map_or(JsValue::UNDEFINED, JsValue::from_str);
    RelativeTimeFormat::new(&locales, &options)
        .or_else(|_| RelativeTimeFormat::new(&JsValue::UNDEFINED, &options))
        .and_then(|format| format.format(-value.round(), unit))
        .unwrap_or_else(|_| format_date(stamp, language))
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = NumberFormat)]
    type NumberFormat;

    #[wasm_bindgen(constructor, catch, js_namespace = Intl, js_class = "NumberFormat")]
    fn new(locales: &JsValue, options: &Object) -> Result<NumberFormat, JsValue>;

    #[wasm_bindgen(method, js_class = "NumberFormat")]
    fn format(this: &NumberFormat, value: f64) -> String;

    #[wasm_bindgen(js_namespace = Intl, js_name = PluralRules)]
    type PluralRules;

    #[wasm_bindgen(constructor, catch, js_namespace = Intl, js_class = "PluralRules")]
    fn new(locales: &JsValue) -> Result<PluralRules, JsValue>;

    #[wasm_bindgen(method, catch, js_class = "PluralRules")]
    fn select(this: &PluralRules, value: f64) -> Result<String, JsValue>;
}

/// The rules for numbers in `language`: English's built in, any other's from `Intl`, whose
/// objects are made on first use (the first use of `Intl` loads its locale data).
pub fn numbers_for(language: &str) -> Rc<dyn Numbers> {
    if language == "en" {
        return Rc::new(EnglishNumbers);
    }
    Rc::new(IntlNumbers {
        language: JsValue::from_str(language),
        rules: OnceCell::new(),
        format: OnceCell::new(),
    })
}

struct IntlNumbers {
    language: JsValue,
    rules: OnceCell<Option<PluralRules>>,
    format: OnceCell<Option<NumberFormat>>,
}

impl Numbers for IntlNumbers {
    fn category(&self, n: u64) -> &'static str {
        let rules = self
            .rules
            .get_or_init(|| PluralRules::new(&self.language).ok());
        let category = rules.as_ref().and_then(|rules| rules.select(n as f64).ok());
        match category.as_deref() {
            Some("zero") => "zero",
            Some("one") => "one",
            Some("two") => "two",
            Some("few") => "few",
            Some("many") => "many",
            _ => "other",
        }
    }

    fn write(&self, n: u64) -> String {
        let format = self
            .format
            .get_or_init(|| NumberFormat::new(&self.language, &Object::new()).ok());
        match format {
            Some(format) => format.format(n as f64),
            None => n.to_string(),
        }
    }
}

/// A number as the reader's locale writes it ("6,114.63"), with `digits` after the point and,
/// when `signed`, a sign for positive values too ("+1.25").
pub fn format_number(value: f64, digits: u8, signed: bool) -> String {
    let options = Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = Reflect::set(&options, &key.into(), &value);
    };
    set("minimumFractionDigits", digits.into());
    set("maximumFractionDigits", digits.into());
    if signed {
        set("signDisplay", "exceptZero".into());
    }
    NumberFormat::new(&JsValue::UNDEFINED, &options)
        .map(|format| format.format(value))
        // Intl.NumberFormat with these options exists in every browser lede runs in; Rust's own
        // float printing would cost more bytes than this fallback is worth.
        .unwrap_or_else(|_| "—".to_owned())
}
