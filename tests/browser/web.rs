//! Browser services: link resolution, date formatting, and numbers for lede's words.

use lede::formats::Environment;
use lede::model::Timestamp;
use lede::web::{format_date, numbers_for, BrowserEnv};
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn links_resolve_against_the_content_and_only_to_the_web_or_mail() {
    let env = BrowserEnv::new("https://news.example/feeds/today.json");
    assert_eq!(
        env.resolve_url("/a").as_deref(),
        Some("https://news.example/a")
    );
    assert_eq!(
        env.resolve_url("b.jpg").as_deref(),
        Some("https://news.example/feeds/b.jpg")
    );
    assert_eq!(
        env.resolve_url("//cdn.example/c").as_deref(),
        Some("https://cdn.example/c")
    );
    assert_eq!(
        env.resolve_url("mailto:desk@news.example").as_deref(),
        Some("mailto:desk@news.example")
    );
    assert_eq!(
        env.resolve_url("HTTP://Other.Example/").as_deref(),
        Some("http://other.example/")
    );
    for hostile in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "\u{1}javascript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "blob:https://news.example/uuid",
        "http://[not-an-address",
    ] {
        assert_eq!(env.resolve_url(hostile), None, "{hostile:?}");
    }
}

#[wasm_bindgen_test]
fn dates_follow_the_article_language() {
    let stamp = Timestamp::parse("2025-02-16").unwrap();
    assert_eq!(format_date(&stamp, Some("en-US")), "February 16, 2025");
    assert_eq!(format_date(&stamp, Some("en-GB")), "16 February 2025");
    assert_eq!(format_date(&stamp, Some("es")), "16 de febrero de 2025");
    // A tag Intl rejects falls back to the reader's locale instead of throwing.
    assert!(!format_date(&stamp, Some("xx-invalid-tag-!!")).is_empty());
    let moment = Timestamp::parse("2025-02-16T09:30:00Z").unwrap();
    assert!(format_date(&moment, Some("en-US")).contains("2025"));
}

#[wasm_bindgen_test]
fn strings_cross_from_the_page_intact_short_or_long() {
    use js_sys::JsString;
    use lede::web::string_of;

    let long_ascii = "Paragraph one. ".repeat(40);
    let long_mixed = format!("{}é😀\u{0}قهوة", "x".repeat(300));
    for text in ["", "short", "é😀", long_ascii.as_str(), long_mixed.as_str()] {
        assert_eq!(
            string_of(&JsString::from(text).into()).as_deref(),
            Some(text)
        );
    }
    // A lone surrogate (possible in a page, not in UTF-8) becomes U+FFFD, short or long.
    for padding in [0, 300] {
        let lone = JsString::from("a".repeat(padding)).concat(&JsString::from_char_code1(0xd800));
        assert_eq!(
            string_of(&lone.into()),
            Some(format!("{}\u{fffd}", "a".repeat(padding)))
        );
    }
    assert_eq!(string_of(&wasm_bindgen::JsValue::from(5)), None);
}

/// The widget's plural categories and digits are `Intl`'s, as the renderer's are ICU4X's (the
/// host tests hold the renderer to the same values).
#[wasm_bindgen_test]
fn numbers_follow_the_language_by_intl() {
    let polish = numbers_for("pl");
    assert_eq!(
        [1, 2, 5, 22, 25].map(|n| polish.category(n)),
        ["one", "few", "many", "few", "many"]
    );
    let arabic = numbers_for("ar");
    assert_eq!(
        [0, 1, 2, 3, 11, 100].map(|n| arabic.category(n)),
        ["zero", "one", "two", "few", "many", "other"]
    );
    assert_eq!(numbers_for("fr").write(10_000), "10\u{202f}000");
    assert_eq!(numbers_for("de").write(10_000), "10.000");
    // English is built in: no grouping, as lede always wrote its numbers.
    assert_eq!(numbers_for("en").write(10_000), "10000");
    assert_eq!(numbers_for("en").category(1), "one");
}
