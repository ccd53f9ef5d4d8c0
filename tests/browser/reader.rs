//! The reader component: what it shows for real content, for failures, and on Retry.

use lede::components::ReaderStatus;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{document, eventually, fixture, mount, text};

const SEED_HEADLINE: &str = "Zelenskiy Rejects US Minerals Deal Over Security Concerns";
const SEED_CREDIT: &str =
    "Source: The White House from Washington, DC, Public domain, via Wikimedia Commons";

#[wasm_bindgen_test]
async fn shows_the_built_in_article_without_a_src() {
    let reader = mount(None);
    let status = reader.settled().await;
    assert_eq!(
        status,
        ReaderStatus::Ready {
            section: Some("Politics".into()),
            title: SEED_HEADLINE.into(),
            url: Some(
                "https://www.econotimes.com/Zelenskiy-Rejects-US-Minerals-Deal-Over-Security-Concerns-1702125"
                    .into()
            ),
            language: Some("en".into()),
        }
    );
    // The built-in article is there at once: no loading state first.
    assert!(!reader.statuses.borrow().contains(&ReaderStatus::Loading));
    reader.one("heading", SEED_HEADLINE);
    let credit = text(&reader.all("figcaption .credit")[0]);
    assert_eq!(credit, SEED_CREDIT);
    let body = reader.all(".body-part > p");
    assert_eq!(body.len(), 3);
    assert!(text(&body[0]).starts_with("Ukrainian President Volodymyr Zelenskiy has rejected"));
    assert!(text(&body[2]).ends_with("post-war recovery efforts."));
    let image = reader.all("figure.hero img").remove(0);
    assert_eq!(image.get_attribute("width").as_deref(), Some("3000"));
    assert_eq!(image.get_attribute("height").as_deref(), Some("2000"));
    assert_eq!(text(&reader.all(".section")[0]), "Politics");
}

#[wasm_bindgen_test]
async fn renders_every_part_of_a_full_article() {
    let reader = mount(Some(&fixture("full-article.json")));
    assert!(matches!(reader.settled().await, ReaderStatus::Ready { .. }));

    let article = &reader.all("article")[0];
    assert_eq!(article.get_attribute("lang").as_deref(), Some("en-GB"));
    assert_eq!(article.get_attribute("dir").as_deref(), Some("ltr"));
    reader.one("heading", "Central banks hold rates as inflation cools");
    reader.one("heading", "What comes next");
    assert_eq!(
        text(&reader.all(".byline")[0]),
        "By Ana Lima, Joe Bloggs and Jo Smith"
    );
    reader.one("link", "Ana Lima");

    let times = reader.all("time");
    eventually("the date is written", || !text(&times[0]).trim().is_empty()).await;
    assert_eq!(
        times[0].get_attribute("datetime").as_deref(),
        Some("2025-03-20T09:30:00Z")
    );
    // en-GB writes the day before the month.
    assert!(
        text(&times[0]).starts_with("20 March 2025"),
        "{}",
        text(&times[0])
    );
    assert_eq!(times.len(), 2, "published and updated");

    let hero = reader.one(
        "img",
        "The European Central Bank tower in Frankfurt at dusk",
    );
    let resolved = hero.get_attribute("src").unwrap();
    assert!(
        resolved.ends_with("/fixtures/lede/images/frankfurt.jpg"),
        "{resolved}"
    );
    assert_eq!(hero.get_attribute("loading").as_deref(), Some("eager"));
    assert_eq!(
        text(&reader.all("figure.hero figcaption")[0]),
        "The ECB's headquarters in Frankfurt. Source: Jane Photographer, CC BY-SA 4.0, via Wikimedia Commons"
    );
    for name in ["Jane Photographer", "CC BY-SA 4.0", "Wikimedia Commons"] {
        let link = reader.one("link", name);
        assert_eq!(
            link.get_attribute("rel").as_deref(),
            Some("noopener noreferrer")
        );
        assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
    }

    assert_eq!(reader.all(".body-part > p").len(), 3);
    assert_eq!(reader.all(".article-body li").len(), 3);
    assert_eq!(
        text(&reader.all("figure.quote figcaption")[0]),
        "— A central banker"
    );
    let chart = reader.one(
        "img",
        "Line chart of inflation falling from 10% to 2.6% since 2022",
    );
    assert_eq!(chart.get_attribute("loading").as_deref(), Some("lazy"));
    assert_eq!(text(&reader.all("strong")[0]), "bond yields barely moved");
}

/// Each failure ends in its own message, naming the address and what is wrong with it.
#[wasm_bindgen_test]
async fn failures_say_what_went_wrong() {
    let origin = web_sys::window().unwrap().location().origin().unwrap();
    let cases = [
        (
            fixture("missing.json"),
            "http",
            format!("There is no article at {origin}/fixtures/lede/missing.json (the server answered “404 Not Found”)."),
        ),
        (
            fixture("no-headline.json"),
            "content",
            format!("The article at {origin}/fixtures/lede/no-headline.json has no headline."),
        ),
        (
            fixture("not-json.json"),
            "content",
            format!("The article at {origin}/fixtures/lede/not-json.json is a web page, not the JSON lede reads."),
        ),
        (
            fixture("unknown-shape.json"),
            "content",
            format!(
                "The article at {origin}/fixtures/lede/unknown-shape.json is not in a format lede reads (lede JSON, \
                 WordPress REST API, JSON Feed, schema.org JSON-LD or Ghost Content API): it is a JSON object with keys: foo, bar."
            ),
        ),
        (
            "javascript:alert(1)".to_owned(),
            "address",
            "“javascript:alert(1)” is not a web address lede can load.".to_owned(),
        ),
        (
            "http://127.0.0.1:9/unreachable.json".to_owned(),
            "network",
            "Couldn't load http://127.0.0.1:9/unreachable.json: 127.0.0.1:9 did not answer, or did not let this page read it. \
             Try again in a moment."
                .to_owned(),
        ),
    ];
    for (src, kind, message) in cases {
        let reader = mount(Some(&src));
        let status = reader.settled().await;
        assert_eq!(
            status,
            ReaderStatus::Failed {
                kind,
                message: message.clone()
            },
            "{src}"
        );
        let alert = reader.by_role("alert", None).remove(0);
        assert!(text(&alert).contains(&message), "{src}: {}", text(&alert));
        reader.one("button", "Retry");
    }
}

#[wasm_bindgen_test]
async fn retry_loads_again_and_keeps_focus_on_retry() {
    let reader = mount(Some(&fixture("missing.json")));
    reader.settled().await;
    let seen = reader.statuses.borrow().len();
    reader.click("button", "Retry");
    assert_eq!(reader.status_after(seen).await, ReaderStatus::Loading);
    assert!(matches!(
        reader.status_after(seen + 1).await,
        ReaderStatus::Failed { kind: "http", .. }
    ));
    eventually("focus stays on Retry", || {
        document()
            .active_element()
            .and_then(|focused| focused.text_content())
            .as_deref()
            == Some("Retry")
    })
    .await;
}

/// A response for a `src` that has since changed is never shown.
#[wasm_bindgen_test]
async fn a_late_response_for_an_old_src_is_ignored() {
    let mut reader = mount(Some(&fixture("full-article.json")));
    reader.set_src(Some(&fixture("no-headline.json")));
    let status = reader.settled().await;
    assert!(
        matches!(
            status,
            ReaderStatus::Failed {
                kind: "content",
                ..
            }
        ),
        "{status:?}"
    );
    // Give the first request every chance to arrive, then check it changed nothing.
    gloo::timers::future::sleep(std::time::Duration::from_millis(300)).await;
    assert!(
        !reader
            .statuses
            .borrow()
            .iter()
            .any(|s| matches!(s, ReaderStatus::Ready { .. })),
        "{:?}",
        reader.statuses.borrow()
    );
    assert!(reader.all("article").is_empty());

    let seen = reader.statuses.borrow().len();
    reader.set_src(None);
    assert!(matches!(
        reader.status_after(seen).await,
        ReaderStatus::Ready { .. }
    ));
    reader.one("heading", SEED_HEADLINE);
}
