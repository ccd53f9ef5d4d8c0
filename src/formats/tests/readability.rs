//! The Readability test pages and the Arabic page, as JSON Feed items.

use super::*;
use crate::model::{Block, Direction};

fn page(name: &str) -> Article {
    feed(fixture(&format!("formats/{name}.feed.json")))
        .items
        .remove(0)
}

fn images(article: &Article) -> usize {
    count(article, |block| matches!(block, Block::Figure(_)))
}

fn captioned(article: &Article) -> usize {
    fn walk(blocks: &[Block]) -> usize {
        blocks
            .iter()
            .map(|block| match block {
                Block::Figure(image) => usize::from(!image.caption.is_empty()),
                Block::Gallery(images) => images.iter().filter(|i| !i.caption.is_empty()).count(),
                Block::Quote { content, .. } => walk(content),
                Block::List { items, .. } => items.iter().map(|item| walk(&item.0)).sum(),
                _ => 0,
            })
            .sum()
    }
    walk(&article.body)
}

#[test]
fn bbc_reads_with_byline_and_date() {
    let bbc = page("readability-bbc-1");
    assert_eq!(
        bbc.headline,
        "Obama admits US gun laws are his 'biggest frustration'"
    );
    assert_eq!(bbc.bylines[0].name, "BBC News");
    assert!(bbc.published.is_some());
    assert!(paragraphs(&bbc).len() >= 10);
}

#[test]
fn guardian_keeps_its_pictures_and_their_srcsets() {
    let guardian = page("readability-guardian-1");
    let mut with_sources = 0;
    for block in &guardian.body {
        if let Block::Figure(image) = block {
            if !image.sources.is_empty() || image.srcset.is_some() {
                with_sources += 1;
            }
        }
    }
    assert!(with_sources >= 13, "{with_sources} pictures with srcset");
}

#[test]
fn nytimes_keeps_its_captioned_figures() {
    let nytimes = page("readability-nytimes-5");
    assert_eq!(nytimes.language.as_deref(), Some("es"));
    assert!(
        captioned(&nytimes) >= 22,
        "{} captioned figures",
        captioned(&nytimes)
    );
}

#[test]
fn pixnet_keeps_all_its_images() {
    let pixnet = page("readability-pixnet");
    assert!(images(&pixnet) >= 46, "{} images", images(&pixnet));
}

#[test]
fn wordpress_tavern_keeps_its_quote() {
    let tavern = page("readability-wordpress");
    assert!(count(&tavern, |b| matches!(b, Block::Quote { .. })) >= 1);
}

#[test]
fn the_arabic_page_reads_right_to_left_from_its_text_alone() {
    let arabic = page("rtl-cnn-arabic");
    assert_eq!(arabic.language, None);
    assert_eq!(arabic.direction, Some(Direction::RightToLeft));
    let with_language = page("rtl-cnn-arabic-with-language");
    assert_eq!(with_language.direction, Some(Direction::RightToLeft));
    let expected = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/rtl/cnn-arabic.expected-text.txt"
    ))
    .unwrap();
    let shown: String = paragraphs(&arabic).join(" ");
    assert_eq!(
        shown.split_whitespace().collect::<Vec<_>>(),
        expected.split_whitespace().collect::<Vec<_>>()
    );
}
