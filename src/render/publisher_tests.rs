//! What the renderer writes for a publisher: the host's slots and the ad positions in the body,
//! the wall after the free part (and nothing past it, anywhere in the output), the JSON-LD's
//! paywall markup, related cards and the offer to play a video.

use scraper::{Html, Selector};

use super::*;

fn file(path: &str) -> Source {
    let root = env!("CARGO_MANIFEST_DIR");
    Source {
        url: path.to_owned(),
        text: std::fs::read_to_string(format!("{root}/{path}")).unwrap(),
    }
}

fn with_site() -> Options {
    Options {
        src: Some("https://harbour.example/api/article.json".into()),
        site: Some(Source {
            url: "https://harbour.example/lede/site.json".into(),
            ..file("fixtures/publisher/site.json")
        }),
        ..Options::default()
    }
}

fn select<'a>(document: &'a Html, selector: &str) -> Vec<scraper::ElementRef<'a>> {
    document
        .select(&Selector::parse(selector).unwrap())
        .collect()
}

/// The names of the slots in the body, in order, up to the first trailing one.
fn body_slots(document: &Html) -> Vec<String> {
    select(document, ".article-body slot")
        .iter()
        .filter_map(|slot| slot.value().attr("name").map(str::to_owned))
        .collect()
}

#[test]
fn the_body_has_a_slot_after_each_paragraph_and_the_site_s_ads() {
    let html = render(Some(&file("fixtures/publisher/article.json")), &with_site()).unwrap();
    let document = Html::parse_document(&html);
    let slots = body_slots(&document);
    let ads: Vec<_> = slots
        .iter()
        .filter(|name| name.starts_with("ad-"))
        .collect();
    assert_eq!(ads, ["ad-1", "ad-2", "ad-3"]);
    let after = |name: &str| slots.iter().position(|slot| slot == name).unwrap();
    assert_eq!(after("ad-1"), after("after-paragraph-3") + 1);
    assert_eq!(after("ad-2"), after("after-paragraph-8") + 1);
    assert_eq!(after("ad-3"), after("after-paragraph-13") + 1);
    // 16 paragraphs: the positions to 20 wait at the end.
    assert_eq!(slots.last().map(String::as_str), Some("after-paragraph-20"));
    for name in ["before-body", "end"] {
        assert_eq!(
            select(&document, &format!("article slot[name={name}]")).len(),
            1,
            "{name}"
        );
    }
    assert!(select(&document, ".paywall").is_empty());
    // Without the site's `ads`, no ad slots.
    let plain = render(
        Some(&file("fixtures/publisher/article.json")),
        &Options::default(),
    )
    .unwrap();
    assert!(!body_slots(&Html::parse_document(&plain))
        .iter()
        .any(|name| name.starts_with("ad-")));
}

#[test]
fn the_wall_follows_the_free_part_and_nothing_gated_is_written() {
    let html = render(
        Some(&file("fixtures/publisher/paywalled-article.json")),
        &with_site(),
    )
    .unwrap();
    assert!(html.contains("A survey commissioned by the city council"));
    for gated in [
        "Work on the first berth",
        "Opponents have said",
        "What comes next",
    ] {
        assert!(!html.contains(gated), "{gated} is past free_blocks");
    }
    let document = Html::parse_document(&html);
    let wall = select(&document, "div.paywall.lede-paywalled");
    assert_eq!(wall.len(), 1);
    let links: Vec<_> = select(&document, ".paywall-panel a")
        .iter()
        .map(|link| {
            (
                link.text().collect::<String>(),
                link.value().attr("href").unwrap_or_default().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        links,
        [
            (
                "Subscribe".to_owned(),
                "https://harbour.example/subscribe".to_owned()
            ),
            (
                "Sign in".to_owned(),
                "https://harbour.example/sign-in".to_owned()
            ),
        ]
    );
    // Two ads in the free part: the third position is past the wall.
    let ads: Vec<_> = body_slots(&document)
        .into_iter()
        .filter(|n| n.starts_with("ad-"))
        .collect();
    assert_eq!(ads, ["ad-1", "ad-2"]);
    let script = Selector::parse("lede-reader > script[type='application/ld+json']").unwrap();
    let ld: serde_json::Value = serde_json::from_str(
        &document
            .select(&script)
            .next()
            .unwrap()
            .text()
            .collect::<String>(),
    )
    .unwrap();
    assert_eq!(ld["isAccessibleForFree"], false);
    assert_eq!(
        ld["hasPart"],
        serde_json::json!({"@type": "WebPageElement", "isAccessibleForFree": false, "cssSelector": ".lede-paywalled"})
    );
    // Read next: the content's own links, without the article itself or a bad address.
    let cards: Vec<String> = select(&document, ".related-card a")
        .iter()
        .map(|link| link.value().attr("href").unwrap_or_default().to_owned())
        .collect();
    assert_eq!(
        cards,
        [
            "https://harbour.example/news/2026/market-hall",
            "https://harbour.example/news/2026/dock-workers",
            "https://harbour.example/news/2026/battery-ferries",
            "https://harbour.example/news/2026/grid",
        ]
    );
}

#[test]
fn allowed_videos_are_offered_and_nothing_else_is() {
    let video = file("fixtures/publisher/video-article.json");
    let offers = |options: &Options| {
        let html = render(Some(&video), options).unwrap();
        assert!(
            !html.contains("<iframe"),
            "a player is only ever built by the program"
        );
        let document = Html::parse_document(&html);
        select(&document, ".embed-card")
            .iter()
            .map(|card| {
                let offer = card
                    .select(&Selector::parse(".player-offer.scripted button").unwrap())
                    .next()
                    .map(|button| button.text().collect::<String>());
                (card.value().attr("data-provider").map(str::to_owned), offer)
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        offers(&with_site()),
        [
            (
                Some("youtube".into()),
                Some("Play video (loads from YouTube)".into())
            ),
            (
                Some("vimeo".into()),
                Some("Play video (loads from Vimeo)".into())
            ),
            (None, None),
            (None, None),
        ]
    );
    assert!(offers(&Options::default())
        .iter()
        .all(|offer| *offer == (None, None)));
}
