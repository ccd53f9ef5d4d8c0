//! Every real-world fixture, loaded through the whole pipeline (fetch, JSON,
//! adapter, `DOMParser`, allow-list, render), shows its headline, byline, images and captions.

use lede::components::ReaderStatus;
use wasm_bindgen_test::{console_log, wasm_bindgen_test};

use crate::support::{eventually, mount, text, Mounted};

async fn open(path: &str) -> Mounted {
    let reader = mount(Some(&format!("/fixtures/{path}")));
    let status = reader.settled().await;
    assert!(
        matches!(status, ReaderStatus::Ready { .. }),
        "{path}: {status:?}"
    );
    reader
}

/// Opens the first card of a list, as a reader would.
async fn open_first_card(reader: &Mounted) {
    reader.all(".card-link")[0]
        .clone()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    // The parts of a long body below the fold come a frame after the headline.
    reader.until(".article-body:not([aria-busy])").await;
}

use wasm_bindgen::JsCast;

#[wasm_bindgen_test]
async fn the_wordpress_post_shows_figure_caption_embeds_and_gallery() {
    let reader = open("wordpress/post-60-embed.json").await;
    reader.one("heading", "The Beauties of Gullfoss");
    assert_eq!(text(&reader.all(".byline")[0]), "By Alan Martin");
    assert_eq!(text(&reader.all(".section")[0]), "Photography");
    assert_eq!(
        reader.all("figure.hero img")[0]
            .get_attribute("alt")
            .as_deref(),
        Some("iceland")
    );
    let captions: Vec<String> = reader.all("figcaption").iter().map(text).collect();
    assert!(
        captions.contains(&"Gullfoss, an iconic waterfall of Iceland.".to_owned()),
        "{captions:?}"
    );
    for card in [
        "YouTube: https://www.youtube.com/watch?v=3bUtvUAeX8s",
        "X (Twitter): Exploring Iceland pic.twitter.com/G5c2iVAKHg",
    ] {
        reader.one("link", card);
    }
    assert_eq!(reader.all(".embed-card").len(), 3);
    assert_eq!(reader.all(".gallery img").len(), 5);
    assert!(reader
        .all("iframe, script, blockquote.twitter-tweet")
        .is_empty());
    console_log!("wordpress/post-60-embed.json: headline, byline, section, hero, 1 captioned figure, 3 link cards, 5-image gallery");
}

#[wasm_bindgen_test]
async fn the_wordpress_list_shows_cards_that_open() {
    let reader = open("wordpress/posts-category-7-embed.json").await;
    let cards = reader.all(".card");
    assert_eq!(cards.len(), 5);
    open_first_card(&reader).await;
    assert_eq!(reader.all("article h1").len(), 1);
    reader.click("button", "← Back to the list");
    eventually("Back shows the list", || !reader.all(".card").is_empty()).await;
    assert_eq!(reader.all(".card").len(), 5);
    console_log!(
        "wordpress/posts-category-7-embed.json: 5 cards; the first opens and Back returns"
    );
}

#[wasm_bindgen_test]
async fn the_wordpress_media_item_shows_its_caption() {
    let reader = open("wordpress/media-11680.json").await;
    let caption = text(&reader.all("figure.hero figcaption")[0]);
    assert!(!caption.is_empty());
    console_log!("wordpress/media-11680.json: picture with caption “{caption}”");
}

#[wasm_bindgen_test]
async fn the_readability_pages_keep_their_pictures_and_captions() {
    let cases = [
        (
            "readability-bbc-1",
            "Obama admits US gun laws are his 'biggest frustration'",
            "By BBC News",
        ),
        ("readability-guardian-1", "", ""),
        ("readability-nytimes-5", "", ""),
        ("readability-pixnet", "", ""),
        ("readability-wordpress", "", ""),
    ];
    for (name, headline, byline) in cases {
        let reader = open(&format!("formats/{name}.feed.json")).await;
        open_first_card(&reader).await;
        let h1 = text(&reader.all("article h1")[0]);
        if !headline.is_empty() {
            assert_eq!(h1, headline);
            assert_eq!(text(&reader.all(".byline")[0]), byline);
        }
        let images = reader.all(".article-body img").len();
        let captions = reader.all(".article-body figcaption").len();
        let with_srcset = reader
            .all(".article-body img[srcset], .article-body picture source[srcset]")
            .len();
        match name {
            "readability-pixnet" => assert!(images >= 46, "pixnet: {images} images"),
            "readability-nytimes-5" => assert!(captions >= 22, "nytimes-5: {captions} captions"),
            "readability-guardian-1" => {
                assert!(with_srcset >= 13, "guardian-1: {with_srcset} with srcset")
            }
            _ => {}
        }
        console_log!("{name}: “{h1}”, {images} images, {captions} captions, {with_srcset} srcsets");
    }
}

#[wasm_bindgen_test]
async fn the_arabic_page_reads_right_to_left() {
    let reader = open("formats/rtl-cnn-arabic.feed.json").await;
    open_first_card(&reader).await;
    let article = reader.all("article").remove(0);
    assert_eq!(article.get_attribute("dir").as_deref(), Some("rtl"));
    let direction = web_sys::window()
        .unwrap()
        .get_computed_style(&reader.all(".article-body p")[0])
        .unwrap()
        .unwrap();
    assert_eq!(direction.get_property_value("direction").unwrap(), "rtl");
    console_log!("rtl/cnn-arabic: dir=rtl with no language given");
}
