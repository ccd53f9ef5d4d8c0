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
fn json_is_parsed_by_the_browser_into_the_same_values() {
    use lede::formats::ContentError;
    use lede::web::parse_json;
    use serde_json::json;

    assert_eq!(
        parse_json("\u{feff}{\"a\": [1, -2, 2.5, 1e300, true, null, \"é😀\\u0000\"], \"b\": {}}"),
        Ok(json!({"a": [1, -2, 2.5, 1e300, true, null, "é😀\u{0}"], "b": {}}))
    );
    assert_eq!(
        parse_json("9007199254740993").unwrap().as_u64(),
        Some(9_007_199_254_740_992)
    );
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(parse_json(&nested(128)).is_ok());
    assert_eq!(parse_json(&nested(130)), Err(ContentError::TooDeep));
    assert_eq!(parse_json(&nested(100_000)), Err(ContentError::TooDeep));
    for bad in ["{", "{\"a\":}", "[1,]", "NaN", "'single'"] {
        assert!(
            matches!(parse_json(bad), Err(ContentError::NotJson(message)) if !message.is_empty()),
            "{bad:?}"
        );
    }
    assert_eq!(parse_json(" "), Err(ContentError::Empty));
    assert_eq!(parse_json("<html>"), Err(ContentError::WebPage));
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
