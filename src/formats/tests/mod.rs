//! Adapter tests against real published documents and hand-made edge cases.

mod detection;
mod fidelity;
#[cfg(not(target_arch = "wasm32"))]
mod fuzz;
mod ghost;
mod json_feed;
#[cfg(not(target_arch = "wasm32"))]
mod native_parsing;
mod page_language;
mod paywall;
mod readability;
mod round_trip;
mod schema_org;
mod wordpress;

use serde_json::Value;

use super::testing::TestEnv;
use super::{read, read_value, ContentError};
use crate::model::{Article, Block, Content, Feed, Inline};

/// Reads a file under `fixtures/`.
fn fixture(path: &str) -> Result<Content, ContentError> {
    let text =
        std::fs::read_to_string(format!("{}/fixtures/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    read(&text, &TestEnv)
}

fn article(content: Result<Content, ContentError>) -> Article {
    match content {
        Ok(Content::Article(article)) => article,
        other => panic!("expected an article, got {other:?}"),
    }
}

fn feed(content: Result<Content, ContentError>) -> Feed {
    match content {
        Ok(Content::Feed(feed)) => feed,
        other => panic!("expected a list, got {other:?}"),
    }
}

fn value(document: Value) -> Result<Content, ContentError> {
    read_value(&document, &TestEnv)
}

fn paragraphs(article: &Article) -> Vec<String> {
    article
        .body
        .iter()
        .filter_map(|block| match block {
            Block::Paragraph(runs) => Some(Inline::plain_text(runs)),
            _ => None,
        })
        .collect()
}

fn count(article: &Article, matches: fn(&Block) -> bool) -> usize {
    fn walk(blocks: &[Block], matches: fn(&Block) -> bool) -> usize {
        blocks
            .iter()
            .map(|block| {
                let inner = match block {
                    Block::Quote { content, .. } => walk(content, matches),
                    Block::List { items, .. } => {
                        items.iter().map(|item| walk(&item.0, matches)).sum()
                    }
                    Block::Gallery(images) if matches(&Block::Figure(Box::default())) => {
                        images.len()
                    }
                    _ => 0,
                };
                inner + usize::from(matches(block))
            })
            .sum()
    }
    walk(&article.body, matches)
}
