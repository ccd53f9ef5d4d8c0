//! The schema.org JSON-LD adapter: Article subtypes alone, in arrays and in `@graph`, authors
//! and images in every shape, and `@context` as a string or an object.

use serde_json::json;

use super::*;

#[test]
fn a_news_article_reads_with_its_image_credit_and_licence() {
    let news = article(fixture("formats/schema-newsarticle.json"));
    assert_eq!(news.headline, "Parliament passes the budget");
    assert_eq!(news.section.as_deref(), Some("Politics"));
    assert_eq!(news.standfirst.as_deref(), Some("The vote was 312 to 250."));
    let names: Vec<_> = news.bylines.iter().map(|b| b.name.as_str()).collect();
    assert_eq!(names, ["Sam Reporter", "Wire Services"]);
    assert_eq!(news.language.as_deref(), Some("en-GB"));
    let hero = news.hero.unwrap();
    assert_eq!((hero.width, hero.height), (Some(1600), Some(900)));
    assert_eq!(
        Inline::plain_text(&hero.caption),
        "The House of Commons during the vote."
    );
    assert_eq!(hero.credit.credit.as_deref(), Some("UK Parliament"));
    assert_eq!(hero.credit.licence.as_deref(), Some("CC BY 3.0"));
    assert_eq!(
        hero.credit.licence_url.as_deref(),
        Some("https://creativecommons.org/licenses/by/3.0/")
    );
    assert_eq!(
        paragraphs(&article(fixture("formats/schema-newsarticle.json"))).len(),
        2
    );
}

#[test]
fn a_graph_follows_references() {
    let post = article(fixture("formats/schema-graph.json"));
    assert_eq!(post.headline, "Why we moved to Rust");
    assert_eq!(post.bylines[0].name, "Ana Writer");
    assert_eq!(
        post.bylines[0].url.as_deref(),
        Some("https://blog.example/about")
    );
    assert_eq!(post.url.as_deref(), Some("https://blog.example/post"));
    assert_eq!(post.language.as_deref(), Some("en"));
    let hero = post.hero.unwrap();
    assert_eq!(hero.src, "https://blog.example/hero.jpg");
    assert_eq!(hero.credit.credit.as_deref(), Some("Pat Lens"));
    assert_eq!(hero.credit.licence.as_deref(), Some("© Pat Lens 2024"));
    assert_eq!(
        paragraphs(&article(fixture("formats/schema-graph.json"))),
        ["It started with a crash.", "It ended with none."]
    );
}

#[test]
fn an_array_finds_its_article_among_other_nodes() {
    let floods = article(fixture("formats/schema-array.json"));
    assert_eq!(floods.headline, "Floods in the valley");
    assert_eq!(floods.bylines[0].name, "Valley Times");
    assert_eq!(floods.hero.unwrap().src, "https://valley.example/a.jpg");
}

#[test]
fn context_may_be_text_an_object_or_a_list() {
    for context in [
        json!("http://schema.org"),
        json!({"@vocab": "https://schema.org/"}),
        json!(["https://schema.org", {"x": "y"}]),
    ] {
        let document = json!({"@context": context, "@type": "Article", "headline": "H"});
        assert_eq!(article(value(document)).headline, "H");
    }
    let prefixed =
        json!({"@context": "https://schema.org", "@type": "schema:BlogPosting", "name": "Named"});
    assert_eq!(article(value(prefixed)).headline, "Named");
}

#[test]
fn documents_without_an_article_say_what_they_hold() {
    let error =
        value(json!({"@context": "https://schema.org", "@type": "Organization", "name": "X"}))
            .unwrap_err();
    assert_eq!(
        error.to_string(),
        "is not in a format lede reads (lede JSON, WordPress REST API, JSON Feed, schema.org JSON-LD or Ghost \
         Content API): it is schema.org JSON-LD with no Article in it (it has types: Organization)"
    );
    assert_eq!(
        value(json!({"@type": "NewsArticle"})).unwrap_err(),
        ContentError::Missing {
            field: "headline".into()
        }
    );
}

#[test]
fn odd_author_and_image_shapes_read() {
    let document = json!({
        "@type": "NewsArticle", "headline": "H",
        "author": {"@type": "Person", "name": "Solo"},
        "image": [{"@type": "ImageObject", "contentUrl": "/i.jpg", "creator": "Snapper", "width": "640"}],
        "articleSection": "World"
    });
    let news = article(value(document));
    assert_eq!(news.bylines[0].name, "Solo");
    let hero = news.hero.unwrap();
    assert_eq!(hero.src, "https://news.example/i.jpg");
    assert_eq!(hero.credit.credit.as_deref(), Some("Snapper"));
    assert_eq!(hero.width, Some(640));
    assert_eq!(news.section.as_deref(), Some("World"));
}

#[test]
fn a_person_named_by_a_list_keeps_the_first_name() {
    let document = json!({
        "@type": "ReportageNewsArticle", "headline": "H", "articleBody": "x",
        "author": [{"@type": "Person", "name": ["Ana Ruiz", "A. Ruiz"]}, {"@type": "Person", "name": []}]
    });
    let news = article(value(document));
    let names: Vec<&str> = news
        .bylines
        .iter()
        .map(|byline| byline.name.as_str())
        .collect();
    assert_eq!(names, ["Ana Ruiz"]);
}

#[test]
fn the_body_comes_from_text_where_there_is_no_article_body() {
    let news = article(value(json!({
        "@type": "BlogPosting", "headline": "H", "text": "First.\n\nSecond."
    })));
    assert_eq!(paragraphs(&news), ["First.", "Second."]);
    let both = article(value(json!({
        "@type": "NewsArticle", "headline": "H", "articleBody": "Body.", "text": "Other."
    })));
    assert_eq!(paragraphs(&both), ["Body."]);
}
