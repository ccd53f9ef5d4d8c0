//! Property tests, the short run of lede's fuzzing: whatever arrives, reading gives an article
//! with a headline or a typed error, and never panics. `./scripts/fuzz` runs them far longer
//! (`PROPTEST_CASES`), seeded the same way: generated JSON in the shapes of every format, the
//! fixtures with random damage, and HTML built from the tags and attributes attackers use.

use proptest::prelude::*;
use serde_json::{Map, Value};

use super::*;
use crate::formats::html::{self, defuse_inline_code};
use crate::formats::{language_tag, parse_json, read_quotes, read_site, Environment};
use crate::model::Timestamp;

/// Keys that the adapters look for, so generated documents reach deep into them.
const KEYS: [&str; 40] = [
    "lede",
    "type",
    "headline",
    "title",
    "rendered",
    "content",
    "excerpt",
    "body",
    "text",
    "items",
    "hero",
    "src",
    "href",
    "url",
    "link",
    "caption",
    "credit",
    "bylines",
    "name",
    "published",
    "date_gmt",
    "version",
    "content_html",
    "content_text",
    "summary",
    "authors",
    "posts",
    "html",
    "feature_image",
    "@context",
    "@type",
    "@graph",
    "@id",
    "articleBody",
    "image",
    "author",
    "_embedded",
    "wp:featuredmedia",
    "level",
    "blocks",
];
const WORDS: [&str; 16] = [
    "",
    " ",
    "list",
    "article",
    "paragraph",
    "heading",
    "quote",
    "figure",
    "NewsArticle",
    "https://jsonfeed.org/version/1.1",
    "https://schema.org",
    "2025-02-16T09:30:00Z",
    "javascript:alert(1)",
    "<p>x</p><script>y</script>",
    "/relative.jpg",
    "☃",
];

fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |n| n.is_finite())
            .prop_map(Value::from),
        prop::sample::select(WORDS.to_vec()).prop_map(Value::from),
        ".{0,40}".prop_map(Value::String),
    ];
    leaf.prop_recursive(8, 256, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS.to_vec()), inner), 0..8).prop_map(
                |pairs| Value::Object(
                    pairs
                        .into_iter()
                        .map(|(k, v)| (k.to_owned(), v))
                        .collect::<Map<_, _>>()
                )
            ),
        ]
    })
}

fn fixture_texts() -> Vec<String> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let mut texts = Vec::new();
    for folder in ["lede", "formats", "wordpress", "sites"] {
        for entry in std::fs::read_dir(format!("{root}/{folder}"))
            .unwrap()
            .flatten()
        {
            if entry.path().extension().is_some_and(|e| e == "json") {
                texts.push(std::fs::read_to_string(entry.path()).unwrap());
            }
        }
    }
    texts
}

/// Damage: bytes replaced, removed, or repeated, as truncated and corrupted transfers do.
fn damaged(text: &str, edits: &[(usize, u8, u8)]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for &(at, kind, byte) in edits {
        if bytes.is_empty() {
            break;
        }
        let at = at % bytes.len();
        match kind % 4 {
            0 => bytes[at] = byte,
            1 => {
                bytes.remove(at);
            }
            2 => bytes.insert(at, byte),
            _ => bytes.truncate(at),
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// What must hold of any reading: a headline (for a list, on every item it keeps; a list may
/// be empty, as a new section is), or a typed error.
fn holds(result: Result<Content, ContentError>) -> Result<(), TestCaseError> {
    match result {
        Ok(Content::Article(article)) => prop_assert!(!article.headline.trim().is_empty()),
        Ok(Content::Feed(feed)) => {
            for article in feed.items {
                prop_assert!(!article.headline.trim().is_empty());
            }
        }
        Err(error) => prop_assert!(!error.to_string().is_empty()),
    }
    Ok(())
}

fn html_soup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(vec![
            "<p>",
            "</p>",
            "<div>",
            "</div>",
            "<a href=\"javascript:alert(1)\">",
            "<a href=/x>",
            "</a>",
            "<img src=x onerror=alert(1)>",
            "<img data-src=/a.jpg srcset=\"a.jpg 1x, javascript:b 2x\">",
            "<svg><a href=/s>",
            "</svg>",
            "<math>",
            "<table><tr><td colspan=999>",
            "<ul><li>",
            "<ol>",
            "<blockquote class=twitter-tweet>",
            "<figure>",
            "<figcaption>",
            "<iframe src=https://www.youtube.com/embed/x>",
            "<br>",
            "<br><br>",
            "<pre>",
            "<!--",
            "-->",
            "<![CDATA[",
            "]]>",
            "<style>",
            "</style>",
            "<script>",
            "<template>",
            "<form><input name=nodeType>",
            "[caption id=1]",
            "[/caption]",
            "&nbsp;",
            "&#x2028;",
            "\u{0}",
            "<h1>",
            "<h6>",
            "<picture><source srcset=x>",
            "<q>",
            "<em><strong>",
            "<p style=\"x\" onclick=y>",
            "<b/STYLE=x>",
            "'",
            "\"",
            "=",
            "é",
            "日本",
        ])
        .prop_map(str::to_owned),
        ".{0,12}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

proptest! {
    #[test]
    fn any_json_reads_as_an_article_or_a_typed_error(document in json()) {
        holds(read_value(&document, &TestEnv))?;
        let _ = read_site(&document, &TestEnv);
        let _ = read_quotes(&document);
    }

    #[test]
    fn damaged_fixtures_read_as_an_article_or_a_typed_error(
        pick in any::<prop::sample::Index>(),
        edits in prop::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 1..12),
    ) {
        let texts = fixture_texts();
        let text = damaged(&texts[pick.index(texts.len())], &edits);
        holds(read(&text, &TestEnv))?;
    }

    #[test]
    fn any_html_is_rebuilt_or_dropped_without_panicking(markup in html_soup()) {
        let nodes = TestEnv.parse_html(&markup);
        let _ = html::blocks(&nodes, &TestEnv);
        let _ = html::inlines(&nodes, &TestEnv);
        let _ = html::plain_text(&nodes);
        let _ = defuse_inline_code(&markup);
    }

    #[test]
    fn small_readers_take_any_text(text in ".{0,64}") {
        let _ = Timestamp::parse(&text);
        let _ = Timestamp::parse_with_rfc2822(&text);
        let _ = language_tag(&text);
        let _ = parse_json(&text);
        let _ = defuse_inline_code(&text);
        let _ = crate::model::search(&[], &text, 5);
    }
}
