//! The renderer against the built-in article, every fixture and hostile content.

use std::path::PathBuf;

use scraper::{Html, Selector};
use serde_json::Value;

use super::batch::{render_all, Job};
use super::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The content documents of `fixtures/models/cases.json`.
fn documents() -> Vec<(String, String)> {
    let manifest = std::fs::read_to_string(root().join("fixtures/models/cases.json")).unwrap();
    let manifest: Value = serde_json::from_str(&manifest).unwrap();
    manifest
        .as_array()
        .unwrap()
        .iter()
        .filter(|case| case["kind"] == "document")
        .map(|case| {
            let source = case["source"].as_str().unwrap().to_owned();
            let text = std::fs::read_to_string(root().join(&source)).unwrap();
            (source, text)
        })
        .collect()
}

/// A document given as the file `post.json`.
fn given(text: &str) -> Source {
    Source {
        url: "post.json".into(),
        text: text.to_owned(),
    }
}

/// The rendered reader as a browser without scripts parses it: the template's content.
fn parsed(html: &str) -> Html {
    Html::parse_document(html)
}

fn texts(document: &Html, selector: &str) -> Vec<String> {
    let selector = Selector::parse(selector).unwrap();
    document
        .select(&selector)
        .map(|element| {
            element
                .text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

fn json_ld(document: &Html) -> Value {
    let script = Selector::parse("lede-reader > script[type='application/ld+json']").unwrap();
    let text: String = document.select(&script).next().unwrap().text().collect();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn the_built_in_article_reads_in_full_without_scripts() {
    let html = render(None, &Options::default()).unwrap();
    let document = parsed(&html);
    assert_eq!(
        texts(&document, "h1"),
        ["Zelenskiy Rejects US Minerals Deal Over Security Concerns"]
    );
    assert_eq!(texts(&document, ".article .section"), ["Politics"]);
    assert_eq!(texts(&document, ".dateline time"), ["February 16, 2025"]);
    assert_eq!(
        texts(&document, "figure.hero .credit"),
        ["Source: The White House from Washington, DC, Public domain, via Wikimedia Commons"]
    );
    assert_eq!(texts(&document, ".article-body p").len(), 3);
    assert!(texts(&document, ".article-body p")[2].ends_with("post-war recovery efforts."));
    let hero = Selector::parse("figure.hero img").unwrap();
    let hero = document.select(&hero).next().unwrap().value();
    assert_eq!(
        (hero.attr("width"), hero.attr("height")),
        (Some("3000"), Some("2000"))
    );
    // The chrome that works without the program: the Menu's links, the sign-up dialog.
    assert_eq!(
        texts(&document, "nav#lede-menu a"),
        ["Politics", "Market Data"]
    );
    assert_eq!(
        texts(&document, "dialog#lede-newsletter h2"),
        ["Welcome to EconoTimes"]
    );
    assert_eq!(
        texts(
            &document,
            "button[commandfor='lede-newsletter'][command='show-modal']"
        ),
        ["Subscribe", "Subscribe"],
        "in the masthead and at the article's end"
    );
    let ld = json_ld(&document);
    assert_eq!(ld["@type"], "NewsArticle");
    assert_eq!(
        ld["headline"],
        "Zelenskiy Rejects US Minerals Deal Over Security Concerns"
    );
    assert_eq!(ld["datePublished"], "2025-02-16");
    assert_eq!(
        ld["image"]["creditText"],
        "The White House from Washington, DC"
    );
    assert_eq!(ld["publisher"]["name"], "EconoTimes");
}

#[test]
fn every_fixture_renders_markup_the_widget_can_hydrate() {
    let documents = documents();
    assert!(documents.len() >= 15);
    for (source, text) in documents {
        let options = Options {
            src: Some(format!("https://news.example/{source}")),
            ..Options::default()
        };
        let given = Source {
            url: source.clone(),
            text,
        };
        let html = render(Some(&given), &options).unwrap_or_else(|e| panic!("{source}: {e}"));
        assert!(
            !html.contains("data-lede-shape=\"reshaped\""),
            "{source}: the parser would rebuild what the components rendered"
        );
        // Under `style-src 'self'`: no style element or attribute, and no inline handler.
        let document = parsed(&html);
        let styled = Selector::parse("style, [style]").unwrap();
        assert_eq!(document.select(&styled).count(), 0, "{source}");
        for element in document
            .root_element()
            .descendants()
            .filter_map(scraper::ElementRef::wrap)
        {
            for (name, _) in element.value().attrs() {
                assert!(
                    !name.starts_with("on"),
                    "{source}: {name} on <{}>",
                    element.value().name()
                );
            }
        }
        let scripts = Selector::parse("script").unwrap();
        let types: Vec<_> = document
            .select(&scripts)
            .map(|script| script.value().attr("type").unwrap_or_default().to_owned())
            .collect();
        assert_eq!(
            types,
            ["application/json", "application/ld+json"],
            "{source}"
        );
    }
}

#[test]
fn content_cannot_end_the_script_elements_it_is_written_into() {
    let hostile = "</script><script>alert(1)</script><!--<script>";
    let content = serde_json::json!({
        "lede": 1,
        "headline": hostile,
        "standfirst": "a & b < c > d \u{2028}",
        "body": [hostile]
    });
    let html = render(Some(&given(&content.to_string())), &Options::default()).unwrap();
    assert_eq!(
        html.matches("</script>").count(),
        2,
        "only lede's own two end tags"
    );
    assert!(!html.contains("<!--<script>"));
    let document = parsed(&html);
    assert_eq!(json_ld(&document)["headline"], hostile);
    assert_eq!(texts(&document, "h1"), [hostile]);
    let data = Selector::parse("script.lede-data").unwrap();
    let data: String = document.select(&data).next().unwrap().text().collect();
    let data: Value = serde_json::from_str(&data).unwrap();
    assert_eq!(data["content"]["headline"], hostile);
}

#[test]
fn bad_content_is_the_widget_s_own_error() {
    let cases = [
        ("{\"lede\": 1}", "The article at post.json has no headline."),
        (
            "<html>",
            "The article at post.json is a web page, not the JSON lede reads.",
        ),
        ("", "The article at post.json is empty."),
        (
            "[",
            "The article at post.json is not JSON (EOF while parsing a list at line 1 column 1).",
        ),
    ];
    for (text, message) in cases {
        assert_eq!(
            render(Some(&given(text)), &Options::default())
                .unwrap_err()
                .to_string(),
            message
        );
    }
    let huge = format!("\"{}\"", "a".repeat(formats::MAX_BYTES + 1));
    assert_eq!(
        render(Some(&given(&huge)), &Options::default())
            .unwrap_err()
            .to_string(),
        "The article at post.json is 5.0 MB, more than the 5.0 MB lede reads."
    );
    let site = Options {
        site: Some(Source {
            url: "https://news.example/site.json".into(),
            text: "{\"lede_site\": 1}".into(),
        }),
        ..Options::default()
    };
    assert_eq!(
        render(None, &site).unwrap_err().to_string(),
        "The site configuration at https://news.example/site.json has no name."
    );
}

#[test]
fn a_page_loads_the_bundle_from_where_it_is_told() {
    let options = Options {
        page: true,
        bundle: "https://cdn.example/lede/lede.js".into(),
        ..Options::default()
    };
    let html = render(None, &options).unwrap();
    for expected in [
        "<script type=\"module\" src=\"https://cdn.example/lede/lede.js\"></script>",
        // In the head, before the reader it applies the settings to.
        "<script src=\"https://cdn.example/lede/lede-settings.js\"></script>\n</head>",
        "</lede-reader></main>",
        "<link rel=\"modulepreload\" href=\"https://cdn.example/lede/lede.js\">",
        "<link rel=\"stylesheet\" href=\"https://cdn.example/lede/lede.css\">",
        "<link rel=\"stylesheet\" href=\"https://cdn.example/lede/page.css\">",
        "<title>Zelenskiy Rejects US Minerals Deal Over Security Concerns — EconoTimes</title>",
        "<meta property=\"og:title\"",
        "<lede-reader standalone>",
        // The built-in site's feeds are beside the bundle, opened as views of the page.
        "href=\"?src=https%3A%2F%2Fcdn.example%2Flede%2Ffeeds%2Fpolitics.json\"",
    ] {
        assert!(html.contains(expected), "{expected}");
    }
    // Nothing holds the first paint but the page's stylesheet and the small settings script
    // before the reader, and nothing competes with it.
    assert!(!html.contains("blocking="), "{html}");
    assert!(!html.contains("lede_bg.wasm"), "{html}");
}

#[test]
fn a_relative_bundle_keeps_the_built_in_site_s_addresses_relative() {
    for (bundle, feed) in [
        ("lede.js", "feeds/politics.json"),
        ("static/lede.js", "static/feeds/politics.json"),
        ("/static/lede/lede.js", "/static/lede/feeds/politics.json"),
    ] {
        let options = Options {
            bundle: bundle.into(),
            ..Options::default()
        };
        let html = render(None, &options).unwrap();
        assert!(
            html.contains(&format!("<a href=\"{feed}\">Politics</a>")),
            "{bundle}"
        );
    }
}

#[test]
fn the_batch_renders_a_folder_on_every_thread() {
    let out = std::env::temp_dir().join(format!("lede-batch-{}", std::process::id()));
    std::fs::create_dir_all(&out).unwrap();
    let jobs: Vec<Job> = documents()
        .into_iter()
        .map(|(source, _)| Job {
            output: out.join(source.replace('/', "-") + ".html"),
            input: root().join(source),
        })
        .collect();
    let report = render_all(&jobs, &Options::default(), 2);
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    assert_eq!(report.rendered, jobs.len());
    assert_eq!(report.threads, 2);
    for job in &jobs {
        assert!(std::fs::read_to_string(&job.output)
            .unwrap()
            .starts_with("<lede-reader"));
    }
    let missing = [Job {
        input: out.join("missing.json"),
        output: out.join("missing.html"),
    }];
    assert_eq!(render_all(&missing, &Options::default(), 4).failed.len(), 1);
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn a_french_site_is_rendered_in_french_and_its_words_come_with_the_page() {
    let site = std::fs::read_to_string(root().join("fixtures/sites/french-site.json")).unwrap();
    let options = Options {
        site: Some(Source {
            url: "https://quotidien.example/site.json".into(),
            text: site,
        }),
        ..Options::default()
    };
    let article = r#"{"lede": 1, "headline": "Un titre", "language": "en",
        "bylines": ["Ana Lima", "Joe Bloggs"],
        "body": [{"type": "figure", "src": "https://x.example/a.jpg", "credit": "Agence", "via": "Wikimedia"}]}"#;
    let html = render(Some(&given(article)), &options).unwrap();
    let document = parsed(&html);
    let frame = Selector::parse(".frame").unwrap();
    let frame = document.select(&frame).next().unwrap().value();
    assert_eq!(
        (frame.attr("lang"), frame.attr("dir")),
        (Some("fr"), Some("ltr"))
    );
    // What the reader says if its program fails, ready in the frame's language.
    assert_eq!(
        frame.attr("data-panic-message"),
        Some("Le lecteur s'est arrêté à la suite d'une erreur interne. Rechargez la page pour réessayer.")
    );
    assert_eq!(
        texts(&document, ".masthead-bar .subscribe-button"),
        ["S'abonner"]
    );
    assert_eq!(texts(&document, ".byline"), ["Par Ana Lima et Joe Bloggs"]);
    // The body, rendered apart, says the same language's words.
    assert_eq!(
        texts(&document, ".article-body .credit"),
        ["Source : Agence, via Wikimedia"]
    );
    let zoom = Selector::parse(".article-body button.zoom").unwrap();
    assert_eq!(
        document
            .select(&zoom)
            .next()
            .unwrap()
            .value()
            .attr("aria-label"),
        Some("Agrandir l'image")
    );
    // The article keeps its own language inside the French interface.
    let article = Selector::parse("article").unwrap();
    assert_eq!(
        document
            .select(&article)
            .next()
            .unwrap()
            .value()
            .attr("lang"),
        Some("en")
    );
    let data = Selector::parse("script.lede-data").unwrap();
    let data: Value = serde_json::from_str(
        &document
            .select(&data)
            .next()
            .unwrap()
            .text()
            .collect::<String>(),
    )
    .unwrap();
    assert_eq!(data["words"]["language"], "fr");
    assert_eq!(data["words"]["messages"]["subscribe"], "S'abonner");
}

#[test]
fn english_pages_carry_no_words() {
    let html = render(None, &Options::default()).unwrap();
    let document = parsed(&html);
    let data = Selector::parse("script.lede-data").unwrap();
    let data: Value = serde_json::from_str(
        &document
            .select(&data)
            .next()
            .unwrap()
            .text()
            .collect::<String>(),
    )
    .unwrap();
    assert_eq!(data["words"], Value::Null, "English is in every widget");
}
