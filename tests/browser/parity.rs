//! The allow-list gives the same model in the browser (`DOMParser`, the `URL` parser) as on a
//! server (html5ever, the `url` crate): every case of `fixtures/models/cases.json`, read here,
//! equals the snapshot the host tests wrote from the native reading of the same document.

use gloo::net::http::Request;
use lede::formats::parse_json;
use lede::formats::{html_article, read_value};
use lede::model::{Content, Feed};
use lede::web::BrowserEnv;
use serde_json::Value;
use wasm_bindgen_test::{console_log, wasm_bindgen_test};

/// The address the host tests read fixtures at (`formats::testing::TestEnv`).
const BASE: &str = "https://news.example/articles/today.json";

async fn text(path: &str) -> String {
    let response = Request::get(&format!("/{path}")).send().await.unwrap();
    assert!(response.ok(), "{path}: {}", response.status());
    response.text().await.unwrap()
}

fn read(text: &str) -> Content {
    read_value(&parse_json(text).unwrap(), &BrowserEnv::new(BASE)).unwrap()
}

/// A case read in the browser, as `formats/tests/round_trip.rs` reads it on the host.
fn content_of(source: &str, kind: &str, text: &str) -> Content {
    let env = BrowserEnv::new(BASE);
    match kind {
        "document" => read(text),
        "html" => Content::Article(html_article(source, text, &env)),
        "xss" => {
            let corpus: Value = serde_json::from_str(text).unwrap();
            Content::Feed(Feed {
                title: Some(source.to_owned()),
                url: None,
                items: corpus
                    .as_array()
                    .unwrap()
                    .iter()
                    .enumerate()
                    .map(|(index, case)| {
                        let payload = case["payload"].as_str().unwrap_or_default();
                        html_article(&format!("case {index}"), payload, &env)
                    })
                    .collect(),
            })
        }
        other => panic!("{source}: unknown kind {other}"),
    }
}

#[wasm_bindgen_test]
async fn the_browser_reads_every_fixture_as_the_server_does() {
    let manifest: Value = serde_json::from_str(&text("fixtures/models/cases.json").await).unwrap();
    let cases = manifest.as_array().unwrap();
    let mut differ = Vec::new();
    for case in cases {
        let field = |name: &str| case[name].as_str().unwrap().to_owned();
        let (source, kind, model) = (field("source"), field("kind"), field("model"));
        let here = content_of(&source, &kind, &text(&source).await);
        let there = read(&text(&model).await);
        if here != there {
            console_log!(
                "{source}: the browser's model differs\nhere: {here:#?}\nthere: {there:#?}"
            );
            differ.push(source);
        }
    }
    assert!(differ.is_empty(), "{differ:?}");
    console_log!(
        "{} documents: the same model in the browser and on the host",
        cases.len()
    );
}
