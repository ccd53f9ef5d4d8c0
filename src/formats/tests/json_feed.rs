//! The JSON Feed adapter: versions 1.1 and 1.0 field by field, and what bad feeds are told.

use serde_json::json;

use super::*;

#[test]
fn version_1_1_feeds_read_every_field() {
    let list = feed(fixture("formats/json-feed-1.1.json"));
    assert_eq!(list.title.as_deref(), Some("Markets Daily"));
    assert_eq!(list.url.as_deref(), Some("https://markets.example/"));
    let [oil, gold] = list.items.as_slice() else {
        panic!()
    };
    assert_eq!(oil.headline, "Oil slips as supply fears ease");
    assert_eq!(
        oil.standfirst.as_deref(),
        Some("Prices fell for a third day.")
    );
    assert_eq!(oil.bylines[0].name, "Rita Ortega");
    assert_eq!(oil.language.as_deref(), Some("en-US"));
    assert_eq!(
        oil.hero.as_ref().unwrap().src,
        "https://markets.example/img/oil.jpg"
    );
    assert_eq!(
        oil.updated.as_ref().unwrap().iso(),
        "2025-03-18T09:30:00-05:00"
    );
    assert_eq!(
        paragraphs(oil),
        [
            "Brent crude fell 2% on Tuesday.",
            "Traders watched Cushing stocks."
        ]
    );
    // An untitled item is named by its first sentence; it inherits the feed's authors.
    assert_eq!(
        gold.headline,
        "Gold hit a record on Monday as investors sought safety."
    );
    assert_eq!(gold.bylines[0].name, "Markets Desk");
    assert_eq!(gold.language.as_deref(), Some("es"));
    assert_eq!(paragraphs(gold).len(), 2);
}

#[test]
fn version_1_0_feeds_read_author_and_banner() {
    let list = feed(fixture("formats/json-feed-1.0.json"));
    let item = &list.items[0];
    assert_eq!(item.bylines[0].name, "Old Style");
    assert_eq!(
        item.hero.as_ref().unwrap().src,
        "https://old.example/banner.png"
    );
}

#[test]
fn bad_feeds_say_what_is_wrong() {
    let feed_of = |items| json!({"version": "https://jsonfeed.org/version/1.1", "items": items});
    let error = |document| value(document).unwrap_err().to_string();
    // A feed with nothing in it yet is a new section, not a broken one.
    assert_eq!(feed(value(feed_of(json!([])))).items, []);
    assert_eq!(
        error(feed_of(json!("nope"))),
        "has a items that is text, where a list was expected"
    );
    assert_eq!(
        error(feed_of(json!([{"id": "1"}]))),
        "has no items[0].title"
    );
    assert_eq!(
        error(feed_of(json!([{"title": "x", "date_published": 2020}]))),
        "has a items[0].date_published that is a number, where text was expected"
    );
    assert!(value(feed_of(json!([{"title": "ok", "unknown": {"deep": [1]}}]))).is_ok());
}

#[test]
fn dates_written_as_rss_writes_them_are_read() {
    // Feeds converted from RSS, and some sites' own templates, put RFC 2822 where the spec
    // asks for RFC 3339: the item keeps its date.
    let list = feed(value(json!({
        "version": "https://jsonfeed.org/version/1.1",
        "items": [{"title": "x", "content_text": "y", "date_published": "Tue, 18 Mar 2025 09:30:00 -0500"}]
    })));
    let published = list.items[0].published.as_ref().unwrap();
    assert_eq!(published.iso(), "2025-03-18T09:30:00-05:00");
    assert_eq!(
        published.epoch_millis(),
        crate::model::Timestamp::parse("2025-03-18T14:30:00Z")
            .unwrap()
            .epoch_millis()
    );
}

#[test]
fn an_empty_title_is_no_title() {
    let list = feed(value(json!({
        "version": "https://jsonfeed.org/version/1.1",
        "items": [{"title": "", "content_text": "Only text here. And more."}]
    })));
    assert_eq!(list.items[0].headline, "Only text here.");
}
