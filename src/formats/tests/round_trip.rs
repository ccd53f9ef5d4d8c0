//! lede JSON holds everything the model can say: every fixture, read in its own format, written
//! as lede JSON and read again, gives the same model. The written models are kept as snapshots
//! in `fixtures/models/`, which the browser tests read too: the same document through html5ever
//! here and through `DOMParser` there must give the model the snapshot holds.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::super::{html_article, write_lede};
use super::*;

/// The cases `fixtures/models/cases.json` lists: a content document in any format, or an HTML
/// body (read as an article body), each with the snapshot of its model.
fn cases() -> Vec<(String, String, String)> {
    let manifest = read_file("fixtures/models/cases.json");
    let manifest: Value = serde_json::from_str(&manifest).unwrap();
    manifest
        .as_array()
        .unwrap()
        .iter()
        .map(|case| {
            let field = |name| case[name].as_str().unwrap().to_owned();
            (field("source"), field("kind"), field("model"))
        })
        .collect()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read_file(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The content of a case, as the widget would read it.
fn content_of(source: &str, kind: &str) -> Content {
    let text = read_file(source);
    match kind {
        "document" => read(&text, &TestEnv).unwrap_or_else(|e| panic!("{source}: {e}")),
        "html" => Content::Article(html_article(source, &text, &TestEnv)),
        // One article a case of the DOMPurify corpus: its payload as the body.
        "xss" => {
            let corpus: Value = serde_json::from_str(&text).unwrap();
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
                        html_article(&format!("case {index}"), payload, &TestEnv)
                    })
                    .collect(),
            })
        }
        other => panic!("{source}: unknown kind {other}"),
    }
}

fn pretty(document: &Value) -> String {
    let mut text = serde_json::to_string_pretty(document).unwrap();
    text.push('\n');
    text
}

#[test]
fn every_fixture_survives_lede_json_and_matches_its_snapshot() {
    let bless = std::env::var_os("LEDE_BLESS").is_some();
    let mut stale = Vec::new();
    let cases = cases();
    assert!(cases.len() >= 20, "{} cases", cases.len());
    for (source, kind, model) in &cases {
        let content = content_of(source, kind);
        let written = pretty(&write_lede(&content));
        let again = read(&written, &TestEnv).unwrap_or_else(|e| panic!("{source}: {e}"));
        assert!(
            again == content,
            "{source}: reading its lede JSON gives another model\n{}",
            first_difference(&format!("{content:#?}"), &format!("{again:#?}"))
        );
        let path = root().join(model);
        if bless {
            std::fs::write(&path, &written).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(written.as_str()) {
            stale.push(model.clone());
        }
    }
    assert!(
        stale.is_empty(),
        "snapshots differ from the models read now (LEDE_BLESS=1 cargo test --lib round_trip \
         writes them, then review the diff): {stale:?}"
    );
}

#[test]
fn the_manifest_lists_every_json_fixture() {
    let listed: Vec<String> = cases().into_iter().map(|(source, ..)| source).collect();
    for folder in ["fixtures/formats", "fixtures/wordpress", "fixtures/lede"] {
        for entry in std::fs::read_dir(root().join(folder)).unwrap() {
            let path = entry.unwrap().path();
            let relative = path
                .strip_prefix(root())
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let readable = read(&read_file(&relative), &TestEnv).is_ok();
            assert!(
                !readable || listed.contains(&relative),
                "{relative} reads as content but is not in fixtures/models/cases.json"
            );
        }
    }
    assert!(Path::new(&root().join("fixtures/models/cases.json")).exists());
}

/// The first line where two long debug dumps part, with a little context.
fn first_difference(a: &str, b: &str) -> String {
    let (a, b): (Vec<_>, Vec<_>) = (a.lines().collect(), b.lines().collect());
    let at = a
        .iter()
        .zip(&b)
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()));
    let from = at.saturating_sub(6);
    format!(
        "before:\n{}\nafter:\n{}",
        a[from..(at + 3).min(a.len())].join("\n"),
        b[from..(at + 3).min(b.len())].join("\n")
    )
}
