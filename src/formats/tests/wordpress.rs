//! The WordPress REST API adapter: posts with and without `_embed`, media items, lists,
//! entity-encoded titles, and missing or mistyped fields named.

use serde_json::json;

use super::*;
use crate::model::{Block, Direction};

#[test]
fn the_embedded_post_fixture_reads_in_full() {
    let post = article(fixture("wordpress/post-60-embed.json"));
    assert_eq!(post.headline, "The Beauties of Gullfoss");
    assert_eq!(post.section.as_deref(), Some("Photography"));
    assert_eq!(post.bylines.len(), 1);
    assert_eq!(post.bylines[0].name, "Alan Martin");
    assert_eq!(
        post.bylines[0].url.as_deref(),
        Some("https://demo.worona.org/author/alan/")
    );
    assert_eq!(
        post.url.as_deref(),
        Some("https://demo.worona.org/the-beauties-of-gullfoss/")
    );
    assert_eq!(
        post.published.as_ref().unwrap().iso(),
        "2016-11-25T18:31:11"
    );
    assert_eq!(post.direction, Some(Direction::LeftToRight));
    // The excerpt only repeats the first paragraph, so it is not shown twice.
    assert_eq!(post.standfirst, None);

    let hero = post.hero.as_ref().unwrap();
    assert_eq!(
        hero.src,
        "https://demo.worona.org/wp-content/uploads/2016/11/Iceland-test.jpg"
    );
    assert_eq!((hero.width, hero.height), (Some(5000), Some(3025)));
    assert_eq!(hero.alt, "iceland");
    let srcset = hero.srcset.as_deref().unwrap();
    assert!(srcset.contains("Iceland-test-300x182.jpg 300w"), "{srcset}");
    assert!(
        !srcset.contains("150x150"),
        "square crops are not the same picture: {srcset}"
    );

    let figure = post.body.iter().find_map(|block| match block {
        Block::Figure(image) => Some(image),
        _ => None,
    });
    let figure = figure.unwrap();
    assert_eq!(
        Inline::plain_text(&figure.caption),
        "Gullfoss, an iconic waterfall of Iceland."
    );
    let cards: Vec<_> = post
        .body
        .iter()
        .filter_map(|block| match block {
            Block::Embed(card) => Some(card.provider.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(cards, ["YouTube", "X (Twitter)", "Instagram"]);
    let gallery = post.body.iter().find_map(|block| match block {
        Block::Gallery(images) => Some(images.len()),
        _ => None,
    });
    assert_eq!(gallery, Some(5));
    assert!(paragraphs(&post)
        .iter()
        .any(|p| p.starts_with("During the first half of the 20th century")));
    let first_heading = post
        .body
        .iter()
        .find(|b| matches!(b, Block::Heading { .. }));
    // The post's <h3> is the top of its outline, so it becomes level 2 under the headline.
    assert!(
        matches!(first_heading, Some(Block::Heading { level: 2, .. })),
        "{first_heading:?}"
    );
    assert_eq!(count(&post, |b| matches!(b, Block::Quote { .. })), 1);
}

#[test]
fn the_category_list_opens_as_a_list() {
    let list = feed(fixture("wordpress/posts-category-7-embed.json"));
    assert_eq!(list.items.len(), 5);
    for item in &list.items {
        assert!(!item.headline.is_empty());
        assert!(item.published.is_some());
    }
    assert!(list.items.iter().filter(|item| item.hero.is_some()).count() >= 4);
}

#[test]
fn a_media_item_reads_as_its_picture_with_its_caption() {
    let media = article(fixture("wordpress/media-11680.json"));
    let hero = media.hero.unwrap();
    assert!(!hero.caption.is_empty(), "caption.rendered is shown");
    assert!(hero.src.starts_with("https://"));
}

#[test]
fn titles_are_decoded_from_entities() {
    let post = article(value(
        json!({"title": {"rendered": "Rock &#038; Roll &#8217;s &lt;b&gt;best&lt;/b&gt;"}, "content": {"rendered": ""}}),
    ));
    assert_eq!(post.headline, "Rock & Roll ’s <b>best</b>");
}

#[test]
fn posts_without_embed_still_read() {
    let post = article(value(json!({
        "id": 1, "date_gmt": "2024-01-01T10:00:00", "link": "https://wp.example/p/1",
        "title": {"rendered": "Plain"}, "content": {"rendered": "<p>Text</p>"},
        "excerpt": {"rendered": "<p>A different summary</p>"}, "author": 3, "featured_media": 9
    })));
    assert_eq!(post.bylines, vec![]);
    assert_eq!(post.hero, None);
    assert_eq!(post.standfirst.as_deref(), Some("A different summary"));
    assert_eq!(post.published.unwrap().epoch_millis(), 1_704_103_200_000.0);
}

#[test]
fn missing_and_mistyped_fields_are_named() {
    let error = |document| value(document).unwrap_err().to_string();
    assert_eq!(
        error(json!({"title": {"rendered": ""}, "content": {"rendered": ""}})),
        "has no title.rendered"
    );
    assert_eq!(
        error(json!({"title": {"rendered": 5}})),
        "has a title.rendered that is a number, where text was expected"
    );
    assert_eq!(
        error(json!({"title": {"rendered": "x"}, "date_gmt": "soon"})),
        "has a date_gmt of “soon”, which is not an ISO 8601 date"
    );
    assert_eq!(
        error(json!({"title": {"rendered": "x"}, "_embedded": {"author": {"name": "A"}}})),
        "has a _embedded.author that is an object, where a list was expected"
    );
    // A forbidden featured-media error object is no picture, not a failure.
    let post = article(value(
        json!({"title": {"rendered": "x"}, "_embedded": {"wp:featuredmedia": [{"code": "rest_forbidden"}]}}),
    ));
    assert_eq!(post.hero, None);
}

#[test]
fn a_list_skips_unreadable_posts_but_not_all() {
    let list = feed(value(
        json!([{"title": {"rendered": "Good"}}, {"title": {"rendered": ""}}]),
    ));
    assert_eq!(list.items.len(), 1);
    assert_eq!(
        value(json!([{"title": {"rendered": ""}}]))
            .unwrap_err()
            .to_string(),
        "has no [0].title.rendered"
    );
}

#[test]
fn a_featured_file_that_is_no_picture_is_no_hero() {
    let post = article(value(json!({
        "title": {"rendered": "Clip"}, "content": {"rendered": "<p>Watch.</p>"},
        "_embedded": {"wp:featuredmedia": [{
            "media_type": "file", "mime_type": "video/mp4",
            "source_url": "https://news.example/wp-content/uploads/clip.mp4"
        }]}
    })));
    assert_eq!(post.hero, None);
    assert_eq!(paragraphs(&post), ["Watch."]);
}

#[test]
fn an_untitled_post_is_named_by_its_first_words() {
    let aside = article(value(json!({
        "title": {"rendered": ""},
        "content": {"rendered": "<p>Back from the summit. More tomorrow.</p>"}
    })));
    assert_eq!(aside.headline, "Back from the summit.");
    let with_excerpt = article(value(json!({
        "title": {"rendered": " "},
        "excerpt": {"rendered": "<p>In short: rates held.</p>"},
        "content": {"rendered": "<p>The bank held rates.</p>"}
    })));
    assert_eq!(with_excerpt.headline, "In short: rates held.");
}
