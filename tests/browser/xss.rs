//! The DOMPurify corpus, and lede's own vectors for what the allow-list added (MathML, nested
//! tables, definition lists, links in `pre`, in-page links): every payload rendered as an
//! article body and as a caption, through `DOMParser` and the allow-list. Nothing may run, and
//! nothing dangerous may reach the DOM.

use lede::components::{ArticleView, ArticleViewProps};
use lede::formats::{html, Environment};
use lede::model::{Article, Image, MathAttribute, MathName};
use lede::web::BrowserEnv;
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{console_log, wasm_bindgen_test};

use crate::support::document;

/// Replaces `alert` and friends with counters, so an executed payload is noticed.
fn hook_sinks() {
    let window: JsValue = web_sys::window().unwrap().into();
    let counter =
        js_sys::Function::new_no_args("window.__ledeExecuted = (window.__ledeExecuted || 0) + 1;");
    for name in ["alert", "confirm", "prompt", "print", "open"] {
        js_sys::Reflect::set(&window, &name.into(), &counter).unwrap();
    }
    js_sys::Reflect::set(&window, &"__ledeExecuted".into(), &0.into()).unwrap();
}

fn executed() -> f64 {
    let window: JsValue = web_sys::window().unwrap().into();
    js_sys::Reflect::get(&window, &"__ledeExecuted".into())
        .unwrap()
        .as_f64()
        .unwrap_or(0.0)
}

/// Every place in `root` where something dangerous made it through.
fn findings(root: &web_sys::Element) -> Vec<String> {
    let mut found = Vec::new();
    // The content: the body and captions. lede's own controls around them are not content.
    let all = root
        .query_selector_all(".article-body, .article-body *, figcaption, figcaption *")
        .unwrap();
    for index in 0..all.length() {
        let element: web_sys::Element = all.item(index).unwrap().dyn_into().unwrap();
        let tag = element.local_name();
        let mathml = element.namespace_uri().as_deref() == Some(MATHML);
        if mathml {
            // MathML only from the allow-list, each element under a `<math>` root.
            let known = tag == "math" || MathName::from_tag(&tag).is_some();
            let rooted = tag == "math" || element.closest("math").ok().flatten().is_some();
            if !known || !rooted {
                found.push(format!("<{tag}> in MathML"));
            }
            for name in element
                .get_attribute_names()
                .iter()
                .filter_map(|n| n.as_string())
            {
                let allowed = MathAttribute::from_tag(&name).is_some()
                    || (tag == "math"
                        && matches!(name.as_str(), "display" | "alttext" | "tabindex"));
                if !allowed {
                    found.push(format!("{tag}[{name}] is not on MathML's allow-list"));
                }
            }
            continue;
        }
        if matches!(
            tag.as_str(),
            "script"
                | "iframe"
                | "object"
                | "embed"
                | "svg"
                | "math"
                | "style"
                | "form"
                | "base"
                | "meta"
                | "link"
                | "template"
                | "frame"
        ) {
            found.push(format!("<{tag}>"));
        }
        let names = element.get_attribute_names();
        for name in names.iter().filter_map(|n| n.as_string()) {
            let value = element.get_attribute(&name).unwrap_or_default();
            // lede's own places for the host page's elements, named by lede, never by content.
            if tag == "slot" && name == "name" {
                let number = value.strip_prefix("after-paragraph-");
                if number.is_none_or(|n| n.parse::<u32>().is_err()) {
                    found.push(format!("slot[name={value}] is not one of lede's slots"));
                }
                continue;
            }
            if name.to_ascii_lowercase().starts_with("on") {
                found.push(format!("{tag}[{name}]"));
            }
            if matches!(name.as_str(), "href" | "src" | "srcset" | "data-zoom")
                && dangerous_url(&name, &value)
            {
                found.push(format!("{tag}[{name}={value}]"));
            }
            // An in-page link goes to a content id, which can never be one of lede's own.
            if name == "href" && value.starts_with('#') && !value.starts_with("#content-") {
                found.push(format!("{tag}[{name}={value}] is not a content id"));
            }
            if name == "id" && !value.starts_with("content-") {
                found.push(format!("{tag}[id={value}] is not a content id"));
            }
            if !matches!(
                name.as_str(),
                "href"
                    | "src"
                    | "srcset"
                    | "sizes"
                    | "alt"
                    | "width"
                    | "height"
                    | "loading"
                    | "decoding"
                    | "fetchpriority"
                    | "class"
                    | "target"
                    | "rel"
                    | "lang"
                    | "dir"
                    | "tabindex"
                    | "elementtiming"
                    | "colspan"
                    | "rowspan"
                    | "scope"
                    | "role"
                    | "part"
                    | "data-zoom"
                    // lede's own mark on a picture that could not load (set when it fails,
                    // so present or not depending on how fast the browser gives up).
                    | "data-unavailable"
                    | "aria-hidden"
                    | "aria-label"
                    | "aria-labelledby"
                    | "media"
                    | "type"
                    | "datetime"
                    | "id"
                    // `abbr`'s expansion, text only.
                    | "title"
            ) {
                found.push(format!("{tag}[{name}] is not on the allow-list"));
            }
        }
    }
    found
}

const MATHML: &str = "http://www.w3.org/1998/Math/MathML";

/// Whether an address (or any `srcset` candidate) would open as `javascript:`, `vbscript:` or
/// `data:`, as the browser parses it.
fn dangerous_url(name: &str, value: &str) -> bool {
    let addresses: Vec<&str> = if name == "srcset" {
        value
            .split(", ")
            .filter_map(|candidate| candidate.split(' ').next())
            .collect()
    } else {
        vec![value]
    };
    addresses.into_iter().any(|address| {
        match web_sys::Url::new_with_base(address, "https://news.example/") {
            Ok(url) => matches!(
                url.protocol().as_str(),
                "javascript:" | "vbscript:" | "data:"
            ),
            Err(_) => true,
        }
    })
}

/// Renders every payload of the corpus at `path` as a body and a caption; returns how many
/// cases it held and every problem found.
async fn render_corpus(path: &str) -> (usize, Vec<String>) {
    let corpus: Value = serde_json::from_str(
        &gloo::net::http::Request::get(path)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    )
    .unwrap();
    let cases = corpus.as_array().unwrap();
    let env = BrowserEnv::new("https://news.example/article.json");
    let mut problems = Vec::new();
    for (index, case) in cases.iter().enumerate() {
        let payload = case["payload"].as_str().unwrap_or_default();
        let nodes = env.parse_html(payload);
        let article = Article {
            headline: format!("Case {index}"),
            body: html::blocks(&nodes, &env),
            hero: Some(Image {
                src: "https://news.example/x.jpg".into(),
                caption: html::inlines(&nodes, &env),
                ..Image::default()
            }),
            ..Article::default()
        };
        let root = document().create_element("div").unwrap();
        document().body().unwrap().append_child(&root).unwrap();
        let props = ArticleViewProps {
            article: article.into(),
            take_focus: false,
            on_back: None,
            body_html: None,
            feed: None,
        };
        let app = yew::Renderer::<ArticleView>::with_root_and_props(root.clone(), props).render();
        gloo::timers::future::sleep(std::time::Duration::from_millis(0)).await;
        for finding in findings(&root) {
            problems.push(format!("case {index}: {finding}"));
        }
        app.destroy();
        root.remove();
    }
    (cases.len(), problems)
}

#[wasm_bindgen_test]
async fn no_payload_of_the_dompurify_corpus_runs_or_survives() {
    hook_sinks();
    let (cases, problems) = render_corpus("/fixtures/xss/dompurify-expect.json").await;
    // Give anything scheduled (timers, image errors) the chance to run.
    gloo::timers::future::sleep(std::time::Duration::from_millis(500)).await;
    console_log!(
        "DOMPurify corpus: {} cases rendered as bodies and captions; {} script executions; {} dangerous elements, attributes or URLs",
        cases,
        executed(),
        problems.len()
    );
    assert_eq!(cases, 223);
    assert_eq!(executed(), 0.0);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[wasm_bindgen_test]
async fn no_mathml_nested_table_or_in_page_vector_runs_or_survives() {
    hook_sinks();
    let (cases, problems) = render_corpus("/fixtures/xss/fidelity-vectors.json").await;
    gloo::timers::future::sleep(std::time::Duration::from_millis(500)).await;
    console_log!(
        "lede's vectors: {} cases; {} script executions; {} problems",
        cases,
        executed(),
        problems.len()
    );
    assert!(cases >= 25, "{cases} cases");
    assert_eq!(executed(), 0.0);
    assert!(problems.is_empty(), "{problems:#?}");
}
